/**
 * A failed mutation in words. Where this screen knows what a code means for the action (a CONFLICT on "add tie"
 * is a tie that already exists) it says so itself; BAD_USER_INPUT carries the API's own sentence, written for the
 * user (apps/api common/app-error.ts); anything else gets the general text of its code.
 */
import { ErrorCode } from '@weefsel/domain';
import { type GraphqlErrorCode, toGraphqlError } from '../graphql/graphql-error';
import type { TranslationKey } from '../i18n/nl';
import type { Translator } from '../i18n/translator';

export function describeError(
  failure: unknown,
  translator: Translator,
  known: Partial<Record<GraphqlErrorCode, TranslationKey>> = {},
): string {
  const error = toGraphqlError(failure);
  const own = known[error.code];
  if (own) return translator.t(own);
  const general = translator.t(`error.${error.code}`);
  return error.code === ErrorCode.BAD_USER_INPUT && error.message ? `${general} ${error.message}` : general;
}
