/**
 * Collects the demo's ties and guards the invariants every phase relies on:
 * - no self-tie, and never two rows for one pair whose periods [since, until) overlap;
 * - a tie valid today stays inside one cluster unless it is one of the deliberate bridges (`crossCluster`),
 *   so the bridges stay the only links between clusters;
 * - nobody gets more ties valid today than their plan allows (isolated 0, at risk 1);
 * - since ≤ today, since < until ≤ today, since ≤ lastConfirmedOn ≤ min(until, today).
 * A tie that breaks a rule is refused (`add` returns null), so the phases can propose freely.
 */
import { EcogramFunction, TieKind, TieSource, TieVisibility, canonicalPair } from '@weefsel/domain';
import type { TieRow } from '../import-export/import-rows';
import { addDays, dateBetween, laterOf, recentDateBetween } from './demo-dates';
import type { DemoPerson } from './demo-people';
import { SeededRandom } from './seeded-random';

export interface TieDraft {
  a: DemoPerson;
  b: DemoPerson;
  kind: TieKind;
  functions: EcogramFunction[];
  strength: number;
  since: string;
  until?: string | null;
  lastConfirmedOn?: string;
  source?: TieSource;
  confidence?: number;
  originInitiativeExternalId?: string | null;
  visibility?: TieVisibility;
  note?: string | null;
  /** only for the deliberate bridges between clusters */
  crossCluster?: boolean;
}

interface Period {
  since: string;
  until: string | null;
}

const pairKey = (a: string, b: string) => canonicalPair(a, b).join('|');

export class TieBuilder {
  readonly rows: TieRow[] = [];
  private readonly periods = new Map<string, Period[]>();
  private readonly adjacency = new Map<string, Set<string>>();

  constructor(
    private readonly rng: SeededRandom,
    readonly today: string,
  ) {}

  isValidToday(since: string, until: string | null): boolean {
    return since <= this.today && (until === null || until > this.today);
  }

  /** Ties valid today of `person`. */
  degree(person: DemoPerson): number {
    return this.adjacency.get(person.id)?.size ?? 0;
  }

  /** The people `person` has a tie with, valid today (ids). */
  neighboursOf(person: DemoPerson): string[] {
    return [...(this.adjacency.get(person.id) ?? [])];
  }

  /** True when the pair has any row at all (valid today, ended or future). */
  hasAnyTie(a: DemoPerson, b: DemoPerson): boolean {
    return this.periods.has(pairKey(a.id, b.id));
  }

  /** Whether a tie between `a` and `b` over [since, until) would keep every invariant. */
  canAdd(a: DemoPerson, b: DemoPerson, since: string, until: string | null, crossCluster = false): boolean {
    if (a.id === b.id || since > this.today) return false;
    if (until !== null && (until <= since || until > this.today)) return false;
    const existing = this.periods.get(pairKey(a.id, b.id)) ?? [];
    if (existing.some((p) => (p.until === null || since < p.until) && (until === null || p.since < until))) {
      return false;
    }
    if (!this.isValidToday(since, until)) return true;
    if (a.cluster !== b.cluster && !crossCluster) return false;
    return this.degree(a) < a.maxTiesToday && this.degree(b) < b.maxTiesToday;
  }

  add(draft: TieDraft): TieRow | null {
    const until = draft.until ?? null;
    if (!this.canAdd(draft.a, draft.b, draft.since, until, draft.crossCluster)) return null;
    const [first, second] = canonicalPair(draft.a.id, draft.b.id);
    const source = draft.source ?? this.drawSource();
    const row: TieRow = {
      externalId: `tie-${String(this.rows.length + 1).padStart(4, '0')}`,
      personAExternalId: first,
      personBExternalId: second,
      kind: draft.kind,
      functions: [...new Set(draft.functions)],
      strength: draft.strength,
      since: draft.since,
      until,
      lastConfirmedOn: draft.lastConfirmedOn ?? this.drawLastConfirmed(draft.since, until, draft.strength),
      source,
      confidence: draft.confidence ?? this.drawConfidence(source),
      originInitiativeExternalId: draft.originInitiativeExternalId ?? null,
      visibility: draft.visibility ?? TieVisibility.NORMAL,
      note: draft.note ?? null,
    };
    this.rows.push(row);
    const key = pairKey(first, second);
    this.periods.set(key, [...(this.periods.get(key) ?? []), { since: draft.since, until }]);
    if (this.isValidToday(draft.since, until)) {
      this.link(first, second);
      this.link(second, first);
    }
    return row;
  }

  /** A tie that is not valid today must not be in the adjacency; used after ending a tie in place. */
  endTie(row: TieRow, until: string): void {
    const periods = this.periods.get(pairKey(row.personAExternalId, row.personBExternalId)) ?? [];
    const period = periods.find((p) => p.since === row.since && p.until === row.until);
    if (!period || until <= row.since || until > this.today) return;
    period.until = until;
    row.until = until;
    if (row.lastConfirmedOn !== null && row.lastConfirmedOn > until) row.lastConfirmedOn = until;
    this.adjacency.get(row.personAExternalId)?.delete(row.personBExternalId);
    this.adjacency.get(row.personBExternalId)?.delete(row.personAExternalId);
  }

  private link(from: string, to: string): void {
    const set = this.adjacency.get(from) ?? new Set<string>();
    set.add(to);
    this.adjacency.set(from, set);
  }

  private drawSource(): TieSource {
    return this.rng.weighted([
      [TieSource.SELF_REPORTED, 55],
      [TieSource.OBSERVED_BY_WORKER, 36],
      [TieSource.THIRD_PARTY, 9],
    ] as const);
  }

  /** 0.5–1 in steps of 0.05: residents are surest of their own ties, hearsay least. */
  private drawConfidence(source: TieSource): number {
    const [low, high] =
      source === TieSource.SELF_REPORTED ? [16, 20] : source === TieSource.OBSERVED_BY_WORKER ? [12, 18] : [10, 14];
    return this.rng.int(low, high) / 20;
  }

  /**
   * Never before `since`, never after the end or today. Strong ties (3+) were confirmed within the year (the few
   * that were not are made so on purpose, demo-tie-history.ts); weak ones within the last year and a half.
   */
  private drawLastConfirmed(since: string, until: string | null, strength: number): string {
    if (until !== null) return dateBetween(this.rng, laterOf(since, addDays(until, -200)), until);
    const window = strength >= 3 ? 340 : 540;
    return recentDateBetween(this.rng, laterOf(since, addDays(this.today, -window)), this.today);
  }
}
