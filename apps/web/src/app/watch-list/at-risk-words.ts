/**
 * The at-risk reasons and nearest links in plain words: each becomes a text key with its numbers, so the page
 * says "no tie confirmed for 14 months" in the user's language instead of NO_TIE_CONFIRMED_SINCE.
 */
import type { TranslationKey } from '../i18n/nl';
import type { TranslationParams } from '../i18n/translator';
import type { AtRiskReason, NearestLink } from './watch-list-api';

export interface Words {
  key: TranslationKey;
  params?: TranslationParams;
}

/** The reasons the API gives (libs/graph at-risk.ts), in the order it gives them. */
export const REASON_CODES = [
  'ISOLATED',
  'SINGLE_TIE',
  'ONLY_WEAK_TIES',
  'NO_TIE_CONFIRMED_SINCE',
  'LOST_TIES',
  'NO_COLLECTIVE_OR_INITIATIVE',
  'ON_WATCH_LIST',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export function isReasonCode(code: string): code is ReasonCode {
  return (REASON_CODES as readonly string[]).includes(code);
}

function count(detail: AtRiskReason['detail'], name: string): number {
  const value = detail[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** One reason in words, with its numbers; a code this web app does not know yet is shown as it is. */
export function reasonWords(reason: AtRiskReason): Words {
  switch (reason.code) {
    case 'ISOLATED':
      return { key: 'watchList.reason.ISOLATED' };
    case 'SINGLE_TIE':
      return { key: 'watchList.reason.SINGLE_TIE' };
    case 'ONLY_WEAK_TIES': {
      const ties = count(reason.detail, 'ties');
      return ties === 1
        ? { key: 'watchList.reason.ONLY_WEAK_TIES.one' }
        : { key: 'watchList.reason.ONLY_WEAK_TIES.other', params: { ties } };
    }
    case 'NO_TIE_CONFIRMED_SINCE':
      return { key: 'watchList.reason.NO_TIE_CONFIRMED_SINCE', params: { months: count(reason.detail, 'months') } };
    case 'LOST_TIES': {
      const lost = count(reason.detail, 'lost');
      const months = count(reason.detail, 'sinceMonths');
      return lost === 1
        ? { key: 'watchList.reason.LOST_TIES.one', params: { months } }
        : { key: 'watchList.reason.LOST_TIES.other', params: { lost, months } };
    }
    case 'NO_COLLECTIVE_OR_INITIATIVE':
      return { key: 'watchList.reason.NO_COLLECTIVE_OR_INITIATIVE' };
    case 'ON_WATCH_LIST':
      return { key: 'watchList.reason.ON_WATCH_LIST' };
    default:
      return { key: 'watchList.reason.other', params: { code: reason.code } };
  }
}

/** The name of a reason as a filter option (without numbers). */
export function reasonFilterKey(code: ReasonCode): TranslationKey {
  return `watchList.reasonFilter.${code}`;
}

/** "Verbinder", "Collectief", "Initiatief". */
export function linkKindWords(link: NearestLink): Words {
  switch (link.kind) {
    case 'CONNECTOR':
      return { key: link.hiddenConnector ? 'watchList.link.hiddenConnector' : 'watchList.link.CONNECTOR' };
    case 'COLLECTIVE':
      return { key: 'watchList.link.COLLECTIVE' };
    case 'INITIATIVE':
      return { key: 'watchList.link.INITIATIVE' };
    default:
      return { key: 'watchList.link.other' };
  }
}

/** Why this link: same street or nearby, and what they share (assets: gifts, skills, passions). */
export function linkWhyWords(link: NearestLink): Words[] {
  const why: Words[] = [{ key: link.samePlace ? 'watchList.why.sameStreet' : 'watchList.why.nearby' }];
  if (link.sharedAssets.length > 0) {
    why.push({ key: 'watchList.why.shared', params: { assets: link.sharedAssets.join(', ') } });
  }
  return why;
}

/**
 * The link to bring up first on a visit: one with a shared interest beats one in the same street, which beats the
 * rest; among equals the API's order (connector, collective, initiative) holds.
 */
export function bestLink(links: readonly NearestLink[]): NearestLink | null {
  let best: NearestLink | null = null;
  let bestPoints = -1;
  for (const link of links) {
    const points = (link.sharedAssets.length > 0 ? 2 : 0) + (link.samePlace ? 1 : 0);
    if (points > bestPoints) {
      best = link;
      bestPoints = points;
    }
  }
  return best;
}
