/**
 * Gap-filler suggestions (issue 3 item 5; DESIGN.md "gap-filler suggestions"): the community worker as
 * *gatenvuller* — supplementing what is there, introducing people to each other, giving initiatives a push (the
 * founding essay, lesson 5). Ranked, explained actions for a place at `asOf`, each with its predicted effect on the
 * place's health figures, computed by re-running them with the suggested change (`whatIf`).
 *
 * Kinds (one module each; the header of each states how candidates are found and its urgency points):
 * - INTRODUCE_TO_CONNECTOR / INTRODUCE_TO_INITIATIVE / INTRODUCE_TO_COLLECTIVE (introductions.ts): an isolated or
 *   at-risk resident → the nearest connector (role or hidden), initiative or collective, same street first, with a
 *   matching asset or interest where there is one; the proposed tie is to the connector or the group's most
 *   connected member.
 * - BRIDGE_GROUPS (bridge-groups.ts): two communities or collectives with no link, or only one, → a tie between two
 *   well-placed members.
 * - BACK_UP_SINGLE_INITIATOR (back-ups.ts): an initiative with one initiator/organiser, a collective with one lead
 *   or held together by one member → a second organiser, or a tie that holds the group together.
 * - CHECK_UNCONFIRMED_TIE (unconfirmed-ties.ts): an important tie not confirmed for `unconfirmedMonths` → check on
 *   it; the effect is what the place loses without it.
 *
 * Score = urgency + gain, in points, rounded to 0.01:
 * - urgency: per kind (see the modules): an introduction starts from the person's at-risk score (isolated 60, …),
 *   so isolated people come before people at risk; a tie to check starts at 45 for a bridge, 35 for a local bridge.
 * - gain: from the what-if's change in the place's figures (Δ = after − before), for the scenario's direction
 *   s = +1 (ADD_TIE: the effect of the proposed tie) or −1 (END_TIES: checking protects against the loss), 0 (NONE):
 *     gain = s · ( 20·(−Δisolated) + 10·(−ΔatRisk) + 15·(−Δcomponents)
 *                  + 50·ΔlargestComponentShare + 50·ΔbridgingShare )
 *            + 3·max(0, −Δbridges)   (ADD_TIE only: bridges made redundant — a bridge lost is not a gain)
 *   with ΔbridgingShare 0 when null. So a resident leaving isolation is worth 20, off the at-risk list 10, two
 *   parts of the place joined 15 plus the share of residents now in the largest part; a new weak tie that crosses
 *   streets, communities or collectives raises the bridging share.
 * Ranked by score (high first), then id. Rules, applied to the candidates most urgent first:
 * - no tie to oneself or between people already tied (each module checks);
 * - one suggestion per proposed pair (the most urgent wins — an introduction to a connector who is also a
 *   collective's most connected member is made once, as INTRODUCE_TO_CONNECTOR) and one per id;
 * - at most `maxPerPerson` introductions per at-risk person (default 1; pass 3, with `personId`, for a person
 *   page), and one of each kind (a person's options of one kind are alternatives, see introductions.ts);
 * - nobody is asked to meet more than `maxPerPartner` new people in one list (default 2: connector load, lesson
 *   4) — the person's next option (another connector, another member of the group) takes the place;
 * - variety: no family (the introductions, or one other kind) takes more than half the places while suggestions
 *   of other kinds are left; open places are then filled by score;
 * - only the `max(maxEvaluations, limit)` candidates chosen so (default 40, twice the default `limit`) are
 *   evaluated with what-if, which bounds the time (4–6 ms per what-if on a 300-person buurt: the whole list
 *   takes 0.2–0.4 s there, see what-if.ts); the gain reorders within that pool, and the list is the best `limit`
 *   of it under the same rules. Cost grows with the place's network: each what-if rebuilds the graph, so for a
 *   wijk of thousands ask per buurt, or lower `maxEvaluations`.
 * Explanations are short plain Dutch and English, with people named by their `label` (the caller passes names
 * for workers, pseudonyms for analysts) and places, collectives and initiatives by name — never an id.
 * Deterministic: Louvain and sampled betweenness are seeded (`seed`), and every order ends in an id.
 * Errors: `graph/what-if: …` for bad dates, places and criteria; `graph/gap-filler: …` for the list options.
 */
import { DEFAULTS as AT_RISK_DEFAULTS } from '../health/at-risk';
import type { NeighbourhoodSnapshot } from '../health/snapshot';
import { backUps } from './back-ups';
import { bridgeGroups } from './bridge-groups';
import type { Candidate } from './candidate';
import { SuggestionContext, type SuggestionSettings } from './context';
import { introductions } from './introductions';
import { effectOf, suggestionId, type Suggestion, type SuggestionEffect, type SuggestionKind } from './suggestion';
import { unconfirmedTies } from './unconfirmed-ties';
import { DEFAULTS as WHAT_IF_DEFAULTS, type WhatIfResult } from './what-if';

export type GapFillerSettings = SuggestionSettings;

/** Both languages are always given (`explanation.nl`, `explanation.en`): there is no language option. */
export type GapFillerOptions = Pick<SuggestionSettings, 'asOf' | 'placeId'> &
  Partial<Omit<SuggestionSettings, 'asOf' | 'placeId'>> & { language?: never };

export const DEFAULTS: Omit<SuggestionSettings, 'asOf' | 'placeId'> = {
  ...WHAT_IF_DEFAULTS,
  limit: 20,
  personId: null,
  maxPerPerson: 1,
  maxPerPartner: 2,
  maxEvaluations: 40,
  maxLevelsApart: 1,
  minGroupSize: 3,
  strongTie: 4,
  hiddenConnectorShare: AT_RISK_DEFAULTS.hiddenConnectorShare,
  betweenness: AT_RISK_DEFAULTS.betweenness,
};

/** Weights of the gain (see the header). */
export const GAIN_WEIGHTS = {
  isolated: 20,
  atRisk: 10,
  components: 15,
  largestComponentShare: 50,
  bridgingShare: 50,
  bridgesMadeRedundant: 3,
} as const;

export function gapFillerSuggestions(snapshot: NeighbourhoodSnapshot, options: GapFillerOptions): Suggestion[] {
  const ctx = prepare(snapshot, options);
  const { settings } = ctx;

  const candidates = [...introductions(ctx), ...bridgeGroups(ctx), ...backUps(ctx), ...unconfirmedTies(ctx)]
    .filter((c) => settings.personId === null || c.people.includes(settings.personId))
    .map((c) => ({ candidate: c, id: suggestionId(c.kind, c.idParts) }))
    .sort((a, b) => b.candidate.urgency - a.candidate.urgency || compareIds(a.id, b.id));

  const chosen = choose(candidates, Math.max(settings.maxEvaluations, settings.limit), settings);
  const suggestions = chosen.map(({ candidate, id }): Suggestion => {
    let result: WhatIfResult | null = null;
    let scenario: SuggestionEffect['scenario'] = 'NONE';
    if (candidate.proposedTie) {
      scenario = 'ADD_TIE';
      result = ctx.engine.evaluate({ addTies: [{ ...candidate.proposedTie }] });
    } else if (candidate.endTieIds) {
      scenario = 'END_TIES';
      result = ctx.engine.evaluate({ endTieIds: candidate.endTieIds });
    }
    const effect = effectOf(scenario, result);
    return {
      id,
      kind: candidate.kind,
      score: Math.round((candidate.urgency + gainOf(effect)) * 100) / 100,
      rank: 0,
      people: candidate.people,
      ...(candidate.collectiveId !== undefined ? { collectiveId: candidate.collectiveId } : {}),
      ...(candidate.initiativeId !== undefined ? { initiativeId: candidate.initiativeId } : {}),
      ...(candidate.tieId !== undefined ? { tieId: candidate.tieId } : {}),
      ...(candidate.proposedTie ? { proposedTie: candidate.proposedTie } : {}),
      reasons: candidate.reasons,
      explanation: candidate.explanation,
      effect,
    };
  });
  const byScore = (a: Suggestion, b: Suggestion): number => b.score - a.score || compareIds(a.id, b.id);
  suggestions.sort(byScore);
  return withVariety(suggestions, settings.limit, (s) => familyOf(s.kind))
    .sort(byScore)
    .map((s, i) => ({ ...s, rank: i + 1 }));
}

type Family = 'INTRODUCTION' | SuggestionKind;

function familyOf(kind: SuggestionKind): Family {
  return kind.startsWith('INTRODUCE_') ? 'INTRODUCTION' : kind;
}

/**
 * The candidates to evaluate, most urgent first, under the rules of the header: one per id, one per proposed
 * pair, at most `maxPerPerson` introductions per at-risk person, nobody asked to meet more than `maxPerPartner`
 * new people, and variety (`withVariety`).
 */
function choose(
  candidates: { candidate: Candidate; id: string }[],
  size: number,
  settings: SuggestionSettings,
): { candidate: Candidate; id: string }[] {
  const ids = new Set<string>();
  const pairs = new Set<string>();
  const perPerson = new Map<string, number>();
  const personKinds = new Set<string>();
  const perPartner = new Map<string, number>();
  const partnersOf = (c: Candidate): string[] => {
    if (!c.proposedTie) return [];
    return [c.proposedTie.personAId, c.proposedTie.personBId].filter((p) => p !== c.forPerson);
  };
  const pairOf = (c: Candidate): string | null => {
    if (!c.proposedTie) return null;
    const { personAId: a, personBId: b } = c.proposedTie;
    return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  };
  const fits = ({ candidate, id }: { candidate: Candidate; id: string }): boolean => {
    if (ids.has(id)) return false;
    const pair = pairOf(candidate);
    if (pair !== null && pairs.has(pair)) return false;
    if (candidate.forPerson !== undefined) {
      if ((perPerson.get(candidate.forPerson) ?? 0) >= settings.maxPerPerson) return false;
      if (personKinds.has(`${candidate.forPerson}\u0000${candidate.kind}`)) return false;
    }
    return partnersOf(candidate).every((p) => (perPartner.get(p) ?? 0) < settings.maxPerPartner);
  };
  const take = ({ candidate, id }: { candidate: Candidate; id: string }): void => {
    ids.add(id);
    const pair = pairOf(candidate);
    if (pair !== null) pairs.add(pair);
    if (candidate.forPerson !== undefined) {
      perPerson.set(candidate.forPerson, (perPerson.get(candidate.forPerson) ?? 0) + 1);
      personKinds.add(`${candidate.forPerson}\u0000${candidate.kind}`);
    }
    for (const p of partnersOf(candidate)) perPartner.set(p, (perPartner.get(p) ?? 0) + 1);
  };
  return withVariety(candidates, size, (entry) => familyOf(entry.candidate.kind), fits, take);
}

/**
 * Up to `size` items in their order, no family (introductions, or one other kind) taking more than half the places
 * while other items are left; then the places still open are filled in order. `fits` and `take` add rules.
 */
function withVariety<T>(
  items: readonly T[],
  size: number,
  family: (item: T) => Family,
  fits: (item: T) => boolean = () => true,
  take: (item: T) => void = () => undefined,
): T[] {
  const cap = Math.ceil(size / 2);
  const counts = new Map<Family, number>();
  const picked = new Set<number>();
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < items.length && picked.size < size; i++) {
      if (picked.has(i)) continue;
      const f = family(items[i]);
      if (pass === 0 && (counts.get(f) ?? 0) >= cap) continue;
      if (!fits(items[i])) continue;
      take(items[i]);
      picked.add(i);
      counts.set(f, (counts.get(f) ?? 0) + 1);
    }
  }
  return [...picked].sort((a, b) => a - b).map((i) => items[i]);
}

/** The gain part of the score (see the header). */
export function gainOf(effect: SuggestionEffect): number {
  const s = effect.scenario === 'ADD_TIE' ? 1 : effect.scenario === 'END_TIES' ? -1 : 0;
  if (s === 0) return 0;
  const w = GAIN_WEIGHTS;
  const change =
    w.isolated * -effect.isolatedChange +
    w.atRisk * -effect.atRiskChange +
    w.components * -effect.componentsChange +
    w.largestComponentShare * effect.largestComponentShareChange +
    w.bridgingShare * (effect.bridgingShareChange ?? 0);
  return s * change + (s === 1 ? w.bridgesMadeRedundant * Math.max(0, -effect.bridgesChange) : 0);
}

function prepare(snapshot: NeighbourhoodSnapshot, options: GapFillerOptions): SuggestionContext {
  const settings: SuggestionSettings = {
    ...DEFAULTS,
    ...options,
    weights: { ...DEFAULTS.weights, ...options.weights },
    betweenness: { ...DEFAULTS.betweenness, ...options.betweenness },
    needGroups: options.needGroups ?? DEFAULTS.needGroups,
  };
  for (const name of [
    'limit',
    'maxPerPerson',
    'maxPerPartner',
    'maxEvaluations',
    'maxLevelsApart',
    'minGroupSize',
  ] as const) {
    const value = settings[name];
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`graph/gap-filler: ${name} must be a whole number ≥ 0, got ${String(value)}`);
    }
  }
  if (!(settings.hiddenConnectorShare >= 0 && settings.hiddenConnectorShare <= 1)) {
    throw new Error(
      `graph/gap-filler: hiddenConnectorShare must be between 0 and 1, got ${String(settings.hiddenConnectorShare)}`,
    );
  }
  if (typeof settings.strongTie !== 'number' || Number.isNaN(settings.strongTie)) {
    throw new Error(`graph/gap-filler: strongTie must be a number, got ${String(settings.strongTie)}`);
  }
  if (settings.personId !== null && !snapshot.people.some((p) => p.id === settings.personId)) {
    throw new Error(`graph/gap-filler: person "${settings.personId}" is not in the snapshot`);
  }
  return new SuggestionContext(snapshot, settings);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
