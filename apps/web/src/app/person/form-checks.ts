/**
 * The checks the quick-action forms run on every keystroke, with the same limits the API applies, so the worker
 * hears what is wrong before pressing Save. Each returns the problem as a translated sentence, or null.
 */
import { isIsoDate, LIMITS } from '@weefsel/domain';
import type { Translator } from '../i18n/translator';
import { formatDate } from './local-date';

export interface DateRules {
  /** the latest allowed day (usually today) */
  max?: string;
  /** the earliest allowed day, e.g. the start of a tie */
  min?: string;
}

export function dateProblem(value: string, rules: DateRules, translator: Translator): string | null {
  if (value === '') return translator.t('validation.required');
  if (!isIsoDate(value)) return translator.t('person.validation.date');
  if (rules.max !== undefined && value > rules.max) return translator.t('person.validation.future');
  if (rules.min !== undefined && value < rules.min) {
    return translator.t('person.validation.beforeSince', { date: formatDate(rules.min, translator.language()) });
  }
  return null;
}

export function textProblem(
  value: string,
  rules: { required: boolean; max?: number },
  translator: Translator,
): string | null {
  const max = rules.max ?? LIMITS.textMax;
  if (rules.required && value.trim() === '') return translator.t('validation.required');
  if (value.length > max) return translator.t('validation.maxLength', { max });
  return null;
}
