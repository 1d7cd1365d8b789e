/**
 * A failed gap-filler action in words. NOT_FOUND and CONFLICT mean the list is out of date (the situation changed,
 * or a colleague decided first): the page says so and refreshes. BAD_USER_INPUT carries the API's own sentence.
 */
import { ErrorCode } from '@weefsel/domain';
import { toGraphqlError } from '../graphql/graphql-error';
import type { Translator } from '../i18n/translator';

export interface DecisionFailure {
  text: string;
  /** the suggestion list no longer matches the server: reload it */
  stale: boolean;
}

export function describeDecisionError(failure: unknown, translator: Translator): DecisionFailure {
  const error = toGraphqlError(failure);
  switch (error.code) {
    case ErrorCode.NOT_FOUND:
      return { text: translator.t('suggestions.error.gone'), stale: true };
    case ErrorCode.CONFLICT:
      return { text: translator.t('suggestions.error.conflict'), stale: true };
    case ErrorCode.BAD_USER_INPUT:
      return { text: `${translator.t('error.BAD_USER_INPUT')} ${error.message}`, stale: false };
    default:
      return { text: translator.t(`error.${error.code}`), stale: false };
  }
}
