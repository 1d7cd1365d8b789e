/**
 * Where quick capture goes back to after saving: the page that sent the worker here, passed as `returnUrl`
 * (the watch-list's visit plan passes its own URL, whose query holds the whole plan). Only a path inside this app
 * is accepted — never another site (`//evil.example`, `https:…`) — so a crafted link cannot send a worker away.
 */
import type { TranslationKey } from '../i18n/nl';

/** The path if it is one of this app's own, else null. */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/')) return null;
  // "//host" and "/\host" are read by browsers as another site; control characters have no place in a path
  if (value.startsWith('//') || value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 0x20)) return null;
  return value;
}

/** What the way back is called: the visit plan, the watch-list, or just "back". */
export function returnLabel(url: string): TranslationKey {
  const [path, query = ''] = url.split('?', 2);
  if (path !== '/watch-list') return 'capture.back';
  return new URLSearchParams(query).get('view') === 'plan' ? 'capture.backToPlan' : 'capture.backToWatchList';
}
