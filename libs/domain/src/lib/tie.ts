/**
 * Ties between two residents. Never overwritten: ending a tie sets `until`, so every figure can be computed as of a date.
 * Professional contact (worker ↔ resident) is a ContactMoment, never a tie: it must not make a lonely person look connected.
 */
import { isValidAt } from './person';

export enum TieKind {
  NEIGHBOUR = 'NEIGHBOUR',
  FRIEND = 'FRIEND',
  FAMILY = 'FAMILY',
  ACQUAINTANCE = 'ACQUAINTANCE',
  /** one helps the other (practically or otherwise) */
  HELPS = 'HELPS',
  MET_VIA_INITIATIVE = 'MET_VIA_INITIATIVE',
  CO_MEMBER = 'CO_MEMBER',
  OTHER = 'OTHER',
}

/** Ecogram functions (Wolf, "Ecogram"): what a relation gives. */
export enum EcogramFunction {
  PRACTICAL = 'PRACTICAL',
  COMPANIONSHIP = 'COMPANIONSHIP',
  ADVICE = 'ADVICE',
  EMOTIONAL = 'EMOTIONAL',
}

export enum TieSource {
  SELF_REPORTED = 'SELF_REPORTED',
  OBSERVED_BY_WORKER = 'OBSERVED_BY_WORKER',
  THIRD_PARTY = 'THIRD_PARTY',
  /** e.g. projected from co-membership; marked as such, never mistaken for a known tie */
  INFERRED = 'INFERRED',
}

export enum TieVisibility {
  /** visible to every worker of the place and, pseudonymised, in analyses */
  NORMAL = 'NORMAL',
  /** sensitive (e.g. a help relation): visible to workers of the place, left out of analyst exports */
  SENSITIVE = 'SENSITIVE',
}

export const TIE_STRENGTH_MIN = 1;
export const TIE_STRENGTH_MAX = 5;
/** Granovetter's weak ties: strength 1 or 2 on Weefsel's five-point scale (DESIGN.md). */
export const WEAK_TIE_MAX_STRENGTH = 2;

export interface Tie {
  id: string;
  tenantId: string;
  personAId: string;
  personBId: string;
  kind: TieKind;
  functions: EcogramFunction[];
  strength: number;
  since: string;
  until: string | null;
  lastConfirmedOn: string | null;
  source: TieSource;
  /** 0..1: how sure the recorder is */
  confidence: number;
  originInitiativeId: string | null;
  visibility: TieVisibility;
  note: string | null;
  externalId: string | null;
}

export function isWeakTie(tie: Pick<Tie, 'strength'>): boolean {
  return tie.strength <= WEAK_TIE_MAX_STRENGTH;
}

export function isTieValidAt(tie: Pick<Tie, 'since' | 'until'>, asOf: string): boolean {
  return isValidAt(tie, asOf);
}

/**
 * Ties are undirected: the pair is stored with the smaller id first so that one pair has one key.
 * Returns the pair in canonical order.
 */
export function canonicalPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}
