/**
 * Lesson 3 made visible: in a neighbourhood, people who offer help outnumber those who ask for it about
 * ten to one, because asking is hard (vraagverlegenheid). The balance counts what is still waiting — open
 * requests and available offers — per place and per need, including needs nobody asked for: zero requests
 * for SOCIAL_CONTACT next to many offers is itself the finding.
 */
import { NeedKind } from '@weefsel/domain';

export interface NeedCount {
  need: NeedKind;
  count: number;
}

export interface NeedBalance {
  need: NeedKind;
  offers: number;
  requests: number;
  /** offers per request; null when nobody asked */
  ratio: number | null;
}

export interface HelpBalance {
  offers: number;
  requests: number;
  /** offers per request; null when nobody asked */
  ratio: number | null;
  /** every kind of need, in the order of `NeedKind` */
  byNeed: NeedBalance[];
}

/** Offers per request, or null when there are no requests (a ratio over zero means nothing). */
export function offersPerRequest(offers: number, requests: number): number | null {
  return requests > 0 ? offers / requests : null;
}

/**
 * @param requests open requests counted per need (a need may be missing or appear more than once)
 * @param offers available offers counted per need
 */
export function helpBalance(requests: readonly NeedCount[], offers: readonly NeedCount[]): HelpBalance {
  const tally = (counts: readonly NeedCount[]): Map<NeedKind, number> => {
    const map = new Map<NeedKind, number>();
    for (const c of counts) map.set(c.need, (map.get(c.need) ?? 0) + c.count);
    return map;
  };
  const asked = tally(requests);
  const offered = tally(offers);
  const byNeed = Object.values(NeedKind).map((need) => {
    const o = offered.get(need) ?? 0;
    const r = asked.get(need) ?? 0;
    return { need, offers: o, requests: r, ratio: offersPerRequest(o, r) };
  });
  // needs outside NeedKind (an old value left in the database) still count in the totals
  const sum = (map: Map<NeedKind, number>): number => [...map.values()].reduce((a, b) => a + b, 0);
  const totalOffers = sum(offered);
  const totalRequests = sum(asked);
  return { offers: totalOffers, requests: totalRequests, ratio: offersPerRequest(totalOffers, totalRequests), byNeed };
}
