/**
 * Calendar days as the worker lives them: "today" in the browser's own time zone (a contact logged at 00:30 in
 * Amsterdam happened on that day, whatever UTC says) and dates written out for people, not as ISO strings.
 */
import { isIsoDate } from '@weefsel/domain';
import type { Language } from '../i18n/translator';

/** Today as YYYY-MM-DD in the user's time zone. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "3 mrt. 2026" / "3 Mar 2026"; anything that is not a date is shown as it is. */
export function formatDate(iso: string, language: Language): string {
  if (!isIsoDate(iso)) return iso;
  const [year, month, day] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
