/**
 * The shape of a gap-filler suggestion, its stable id, its predicted effect (read off a what-if) and the small
 * text helpers the explanations share. The ranking formula is in gap-filler.ts.
 */
import type { WhatIfResult } from './what-if';

export type SuggestionKind =
  | 'INTRODUCE_TO_CONNECTOR'
  | 'INTRODUCE_TO_COLLECTIVE'
  | 'INTRODUCE_TO_INITIATIVE'
  | 'BRIDGE_GROUPS'
  | 'BACK_UP_SINGLE_INITIATOR'
  | 'CHECK_UNCONFIRMED_TIE';

export const SUGGESTION_KINDS: readonly SuggestionKind[] = [
  'INTRODUCE_TO_CONNECTOR',
  'INTRODUCE_TO_COLLECTIVE',
  'INTRODUCE_TO_INITIATIVE',
  'BRIDGE_GROUPS',
  'BACK_UP_SINGLE_INITIATOR',
  'CHECK_UNCONFIRMED_TIE',
];

/**
 * Why a suggestion is made, as codes with numbers (the explanation says the same in words). Every variant uses
 * only these optional fields, so one flat type can carry them (e.g. over GraphQL): personId, otherPersonId,
 * placeId, tieId, count, otherCount, months, strength, span, score, betweenness, labels.
 */
export type SuggestionReason =
  /** the person has no tie at asOf */
  | { code: 'ISOLATED'; personId: string; score: number }
  /** at risk as `atRisk` defines it: score, and count = their ties */
  | { code: 'AT_RISK'; personId: string; score: number; count: number }
  /** the two live in the same street (placeId) */
  | { code: 'SAME_STREET'; placeId: string }
  /** the nearest place both live in or the group is based in (placeId), count = levels above the person's street */
  | { code: 'NEARBY'; placeId: string; count: number }
  /** asset labels (the person's spelling) found on the other side */
  | { code: 'SHARED_ASSETS'; labels: string[] }
  /** the person's asset labels whose theme the other side has (interests.ts) */
  | { code: 'MATCHING_INTEREST'; labels: string[] }
  /** holds a CONNECTOR or KEY_FIGURE role at asOf */
  | { code: 'CONNECTOR_ROLE'; personId: string }
  /** no such role, but among the highest betweenness (normalised) */
  | { code: 'HIDDEN_CONNECTOR'; personId: string; betweenness: number }
  /** the group's member with the most ties (count) */
  | { code: 'MOST_CONNECTED_MEMBER'; personId: string; count: number }
  /** two groups of count and otherCount residents with no member in common and no tie between them */
  | { code: 'NO_LINK_BETWEEN_GROUPS'; count: number; otherCount: number }
  /** the only link between two groups (count, otherCount residents) is one person in both */
  | { code: 'ONLY_LINK_PERSON'; personId: string; count: number; otherCount: number }
  /** the only link between two groups is one tie */
  | { code: 'ONLY_LINK_TIE'; personId: string; otherPersonId: string; tieId: string; count: number; otherCount: number }
  /** the only initiator or organiser (initiative) or the only member with a lead role (collective); count = active people */
  | { code: 'SOLE_LEAD'; personId: string; count: number }
  /** without this member the other members fall apart into count groups */
  | { code: 'HOLDS_GROUP_TOGETHER'; personId: string; count: number }
  /** the initiative is in phase NEEDS_SUPPORT */
  | { code: 'NEEDS_SUPPORT' }
  /** the active participant proposed as second organiser; count = their ties */
  | { code: 'ACTIVE_PARTICIPANT'; personId: string; count: number }
  /** the tie is a bridge: without it the network falls apart */
  | { code: 'BRIDGE'; tieId: string }
  /** the ends share no one they know; span = hops between them without it (null: disconnected) */
  | { code: 'LOCAL_BRIDGE'; tieId: string; span: number | null }
  /** the only tie of an at-risk person */
  | { code: 'ONLY_TIE_OF_AT_RISK'; personId: string; score: number }
  /** strength ≥ strongTie */
  | { code: 'STRONG_TIE'; strength: number }
  /** whole months since the tie was last confirmed (or began, if never) */
  | { code: 'UNCONFIRMED'; months: number };

export type SuggestionReasonCode = SuggestionReason['code'];

/**
 * The predicted effect on the place's figures (after − before, from `whatIf`):
 * - `ADD_TIE`: if the proposed tie is made;
 * - `END_TIES`: if the tie is gone (CHECK_UNCONFIRMED_TIE: what the neighbourhood loses without it);
 * - `NONE`: no tie to simulate (every change 0).
 */
export interface SuggestionEffect {
  scenario: 'ADD_TIE' | 'END_TIES' | 'NONE';
  /** residents of the place with no tie before and one after */
  residentsLeavingIsolation: number;
  /** residents of the place with a tie before and none after */
  residentsBecomingIsolated: number;
  isolatedChange: number;
  atRiskChange: number;
  tiesChange: number;
  componentsChange: number;
  largestComponentShareChange: number;
  /** null when the place has no internal tie before or after */
  bridgingShareChange: number | null;
  meanDegreeChange: number | null;
  /** internal ties that are bridges */
  bridgesChange: number;
  /** residents that are articulation points */
  articulationPointsChange: number;
}

export interface Suggestion {
  /** stable: a hash of the kind and the ids it is about (see `suggestionId`) */
  id: string;
  kind: SuggestionKind;
  /** see gap-filler.ts for the formula */
  score: number;
  /** rank in the list, from 1 */
  rank: number;
  /** the people involved: the person to help or the tie's ends first, then the others */
  people: string[];
  collectiveId?: string;
  initiativeId?: string;
  /** the tie to check (CHECK_UNCONFIRMED_TIE) */
  tieId?: string;
  /** the tie the suggestion proposes, if any */
  proposedTie?: { personAId: string; personBId: string };
  reasons: SuggestionReason[];
  explanation: { nl: string; en: string };
  effect: SuggestionEffect;
}

/** The effect fields of a what-if (see SuggestionEffect). */
export function effectOf(scenario: SuggestionEffect['scenario'], result: WhatIfResult | null): SuggestionEffect {
  if (result === null) {
    return {
      scenario,
      residentsLeavingIsolation: 0,
      residentsBecomingIsolated: 0,
      isolatedChange: 0,
      atRiskChange: 0,
      tiesChange: 0,
      componentsChange: 0,
      largestComponentShareChange: 0,
      bridgingShareChange: 0,
      meanDegreeChange: 0,
      bridgesChange: 0,
      articulationPointsChange: 0,
    };
  }
  const { delta, people, structure } = result;
  const residents = people.filter((p) => p.resident);
  return {
    scenario,
    residentsLeavingIsolation: residents.filter((p) => p.before.isolated && !p.after.isolated).length,
    residentsBecomingIsolated: residents.filter((p) => !p.before.isolated && p.after.isolated).length,
    isolatedChange: delta.isolated ?? 0,
    atRiskChange: delta.atRisk ?? 0,
    tiesChange: delta.ties ?? 0,
    componentsChange: delta.components ?? 0,
    largestComponentShareChange: delta.largestComponentShare ?? 0,
    bridgingShareChange: delta.bridgingShare,
    meanDegreeChange: delta.meanDegree,
    bridgesChange: structure.after.bridges - structure.before.bridges,
    articulationPointsChange: structure.after.articulationPoints - structure.before.articulationPoints,
  };
}

/**
 * A stable id: "sg-" and 16 hex digits of two 32-bit FNV-1a hashes (different offset bases) of the kind and the
 * ids, joined by "|". The same suggestion gets the same id on every run and every machine, so a dismissal or an
 * accepted suggestion can be remembered by id.
 */
export function suggestionId(kind: SuggestionKind, ids: readonly string[]): string {
  const text = [kind, ...ids].join('|');
  return `sg-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x050c5d1f)}`;
}

function fnv1a(text: string, basis: number): string {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** 'a', 'a en b', 'a, b en c' (nl) / 'a', 'a and b', 'a, b and c' (en), each label in single quotes. */
export function quotedList(labels: readonly string[], and: 'en' | 'and'): string {
  const quoted = labels.map((l) => `'${l.trim()}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${and} ${quoted[quoted.length - 1]}`;
}

/** English possessive: "Ans's", "Bert's". */
export function possessive(name: string): string {
  return `${name}'s`;
}

/** "1 month" / "15 months", "1 maand" / "15 maanden" */
export function months(count: number, language: 'nl' | 'en'): string {
  if (language === 'nl') return `${count} ${count === 1 ? 'maand' : 'maanden'}`;
  return `${count} ${count === 1 ? 'month' : 'months'}`;
}

/** "1 person" / "3 people", "1 persoon" / "3 mensen" */
export function people(count: number, language: 'nl' | 'en'): string {
  if (language === 'nl') return `${count} ${count === 1 ? 'persoon' : 'mensen'}`;
  return `${count} ${count === 1 ? 'person' : 'people'}`;
}
