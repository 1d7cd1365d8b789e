/**
 * Help offers : requests (lesson 3). Helpers outnumber requests about ten to one ("100 helpers, 1 request"),
 * because asking is hard (vraagverlegenheid); and a need for *contact* — a chat, attention, someone to talk
 * to — is far larger than the need for practical help, and harder to meet. So the balance is given overall and
 * per need, with practical help and social contact as first-class groups.
 *
 * Definitions, at `asOf` (YYYY-MM-DD), over the help of the residents of `placeId` (and the places below it), or
 * of everyone in the snapshot when `placeId` is null:
 * - `offers` = offers with status AVAILABLE made on or before `asOf`; `requests` = requests with status OPEN made
 *   on or before `asOf`. The snapshot holds the *current* status only, so for a past `asOf` these are the offers
 *   and requests made by then that are still available / open now (a request matched since then is not counted).
 * - `offersMade` / `requestsMade` = every offer / request made on or before `asOf` except withdrawn ones, whatever
 *   happened next: the registrations of lesson 3 ("400 helpers signed up, 30 requests"); exact for any date.
 * - `ratio` = offers / requests: 10 means ten offers per request; null when there is no request (0 / 0 or n / 0).
 * - Groups (`needGroups`, default below): PRACTICAL = practical, groceries, transport; SOCIAL_CONTACT = social
 *   contact and emotional support ("een praatje, even aandacht, hart luchten"); every other need is OTHER.
 *   `byNeed` keeps each need kind apart, for needs that occur.
 *
 * No graph involved; errors `graph/help-balance: …`.
 */
import {
  PlaceIndex,
  compareText,
  requireDate,
  type NeighbourhoodSnapshot,
  type SnapshotHelpOffer,
  type SnapshotHelpRequest,
} from './snapshot';

export type NeedGroup = 'PRACTICAL' | 'SOCIAL_CONTACT' | 'OTHER';

export const NEED_GROUPS: readonly NeedGroup[] = ['PRACTICAL', 'SOCIAL_CONTACT', 'OTHER'];

export interface HelpBalanceOptions {
  asOf: string;
  /** residents of this place and the places below; null: everyone in the snapshot */
  placeId: string | null;
  /** need kind → group; needs not listed are OTHER */
  needGroups: Readonly<Record<string, Exclude<NeedGroup, 'OTHER'>>>;
}

export interface NeedBalance {
  offers: number;
  requests: number;
  /** offers / requests; null without requests */
  ratio: number | null;
  offersMade: number;
  requestsMade: number;
  /** offersMade / requestsMade; null without requests */
  ratioMade: number | null;
}

export interface HelpBalance extends NeedBalance {
  asOf: string;
  placeId: string | null;
  /** always the three groups */
  byGroup: Record<NeedGroup, NeedBalance>;
  /** each need kind that occurs, by name */
  byNeed: Record<string, NeedBalance>;
}

export const DEFAULTS: Omit<HelpBalanceOptions, 'asOf'> = {
  placeId: null,
  needGroups: {
    PRACTICAL: 'PRACTICAL',
    GROCERIES: 'PRACTICAL',
    TRANSPORT: 'PRACTICAL',
    SOCIAL_CONTACT: 'SOCIAL_CONTACT',
    EMOTIONAL_SUPPORT: 'SOCIAL_CONTACT',
  },
};

export function helpBalance(
  snapshot: NeighbourhoodSnapshot,
  options: Pick<HelpBalanceOptions, 'asOf'> & Partial<HelpBalanceOptions>,
): HelpBalance {
  const { asOf, placeId, needGroups } = { ...DEFAULTS, ...options };
  requireDate('help-balance', 'asOf', asOf);
  let counted: (personId: string) => boolean = () => true;
  if (placeId !== null) {
    const places = new PlaceIndex(snapshot.places);
    if (!places.has(placeId)) throw new Error(`graph/help-balance: place "${placeId}" is not in the snapshot`);
    const within = new Set(places.within(placeId));
    const residents = new Set(snapshot.people.filter((p) => within.has(p.placeId)).map((p) => p.id));
    counted = (personId) => residents.has(personId);
  }

  const total = emptyCounts();
  const byGroup: Record<NeedGroup, Counts> = {
    PRACTICAL: emptyCounts(),
    SOCIAL_CONTACT: emptyCounts(),
    OTHER: emptyCounts(),
  };
  const byNeed = new Map<string, Counts>();
  const tally = (need: string, add: (c: Counts) => void): void => {
    add(total);
    add(byGroup[needGroupOf(need, needGroups)]);
    let counts = byNeed.get(need);
    if (!counts) byNeed.set(need, (counts = emptyCounts()));
    add(counts);
  };
  for (const offer of snapshot.helpOffers) {
    if (!counted(offer.personId)) continue;
    const { available, made } = offerAt(offer, asOf);
    if (!made) continue;
    tally(offer.need, (c) => {
      c.offersMade++;
      if (available) c.offers++;
    });
  }
  for (const request of snapshot.helpRequests) {
    if (!counted(request.personId)) continue;
    const { open, made } = requestAt(request, asOf);
    if (!made) continue;
    tally(request.need, (c) => {
      c.requestsMade++;
      if (open) c.requests++;
    });
  }

  const needs = [...byNeed.keys()].sort(compareText);
  return {
    asOf,
    placeId,
    ...balanceOf(total),
    byGroup: {
      PRACTICAL: balanceOf(byGroup.PRACTICAL),
      SOCIAL_CONTACT: balanceOf(byGroup.SOCIAL_CONTACT),
      OTHER: balanceOf(byGroup.OTHER),
    },
    byNeed: Object.fromEntries(needs.map((need) => [need, balanceOf(byNeed.get(need) as Counts)])),
  };
}

/** The group of a need kind (internal, shared with place health). */
export function needGroupOf(need: string, needGroups: HelpBalanceOptions['needGroups']): NeedGroup {
  return Object.prototype.hasOwnProperty.call(needGroups, need) ? needGroups[need] : 'OTHER';
}

/** An offer at `asOf`: made (not withdrawn, offered by then) and, of those, still AVAILABLE. */
export function offerAt(offer: SnapshotHelpOffer, asOf: string): { made: boolean; available: boolean } {
  const made = offer.status !== 'WITHDRAWN' && offer.offeredOn.slice(0, 10) <= asOf;
  return { made, available: made && offer.status === 'AVAILABLE' };
}

/** A request at `asOf`: made (not withdrawn, requested by then) and, of those, still OPEN. */
export function requestAt(request: SnapshotHelpRequest, asOf: string): { made: boolean; open: boolean } {
  const made = request.status !== 'WITHDRAWN' && request.requestedOn.slice(0, 10) <= asOf;
  return { made, open: made && request.status === 'OPEN' };
}

/** offers / requests, null without requests (internal, shared with place health). */
export function offerRatio(offers: number, requests: number): number | null {
  return requests === 0 ? null : offers / requests;
}

interface Counts {
  offers: number;
  requests: number;
  offersMade: number;
  requestsMade: number;
}

function emptyCounts(): Counts {
  return { offers: 0, requests: 0, offersMade: 0, requestsMade: 0 };
}

function balanceOf(c: Counts): NeedBalance {
  return {
    offers: c.offers,
    requests: c.requests,
    ratio: offerRatio(c.offers, c.requests),
    offersMade: c.offersMade,
    requestsMade: c.requestsMade,
    ratioMade: offerRatio(c.offersMade, c.requestsMade),
  };
}
