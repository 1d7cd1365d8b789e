/**
 * Residents. A person lives in a street, may hold community roles over time (verbinder, sleutelfiguur, …),
 * brings assets (ABCD: gifts, skills, passions) and has a consent record. Analysts only ever see the pseudonym.
 */
export enum PersonRole {
  /** verbinder: links people and groups */
  CONNECTOR = 'CONNECTOR',
  /** sleutelfiguur: a key figure others turn to */
  KEY_FIGURE = 'KEY_FIGURE',
  INITIATOR = 'INITIATOR',
  VOLUNTEER = 'VOLUNTEER',
}

/** Asset-Based Community Development: the gifts of the head, hand and heart (Kretzmann & McKnight). */
export enum AssetKind {
  GIFT = 'GIFT',
  SKILL = 'SKILL',
  PASSION = 'PASSION',
}

/** The lawful basis under the AVG/GDPR (art. 6) on which a person's data is kept. */
export enum ConsentBasis {
  CONSENT = 'CONSENT',
  LEGITIMATE_INTEREST = 'LEGITIMATE_INTEREST',
  PUBLIC_TASK = 'PUBLIC_TASK',
}

export interface PersonRoleSpell {
  role: PersonRole;
  since: string;
  until: string | null;
}

export interface Asset {
  kind: AssetKind;
  label: string;
}

export interface ConsentRecord {
  basis: ConsentBasis;
  /** ISO date on which consent was given or the basis was recorded */
  recordedOn: string;
  /** who recorded it (a user's display name or id) */
  recordedBy: string | null;
  note: string | null;
  /** ISO date of withdrawal, if withdrawn */
  withdrawnOn: string | null;
}

export interface Person {
  id: string;
  tenantId: string;
  displayName: string;
  /** stable pseudonym, the only identifier analysts see, e.g. "P-3F9K2Q" */
  pseudonym: string;
  homePlaceId: string;
  birthYear: number | null;
  roles: PersonRoleSpell[];
  assets: Asset[];
  onWatchList: boolean;
  consent: ConsentRecord | null;
  externalId: string | null;
}

/** Pseudonyms are "P-" and six characters of Crockford base32 (no I, L, O, U: nothing to misread). */
export const PSEUDONYM_PATTERN = /^P-[0-9A-HJKMNP-TV-Z]{6}$/;
export const PSEUDONYM_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The roles a person holds on a date: a spell counts from `since` (inclusive) to `until` (exclusive). */
export function rolesAt(spells: readonly PersonRoleSpell[], asOf: string): PersonRole[] {
  return spells.filter((s) => isValidAt(s, asOf)).map((s) => s.role);
}

/** Anything with a validity interval [since, until). Dates compare as ISO strings. */
export interface Interval {
  since: string | null;
  until: string | null;
}

export function isValidAt(interval: Interval, asOf: string): boolean {
  const day = asOf.slice(0, 10);
  if (interval.since && interval.since.slice(0, 10) > day) return false;
  if (interval.until && interval.until.slice(0, 10) <= day) return false;
  return true;
}
