/**
 * Gap-filler suggestions and what-if over the viewer's snapshot (libs/graph `gapFillerSuggestions`,
 * `whatIf`). WORKER only: suggestions name residents and what-if is about their ties. Suggestions are cached
 * per data version like every analysis; the ones the team has decided on (suggestion-decisions: accepted, or
 * dismissed — NOT_NOW for 90 days) are left out after the cache, and the cache is asked for more so `limit` is met.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { gapFillerSuggestions, Suggestion, whatIf } from '@weefsel/graph';
import { DataSource } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { badInput } from '../common/app-error';
import { today } from '../common/dates';
import { AnalysisCache } from './analysis-cache';
import { fullView } from './corporation-view';
import { SuggestionModel, WhatIfModel, WhatIfTieInput } from './models/suggestion.model';
import { SEED } from './network-figures';
import { SnapshotService, ScopedSnapshot } from './snapshot.service';
import { hiddenSuggestionIds } from '../suggestion-decisions/hidden-suggestions';

const MAX_CHANGES = 50;
/** However many decisions a team has taken, never ask the engine for more than this many suggestions at once. */
const MAX_REQUESTED = 250;

function toModel(s: Suggestion): SuggestionModel {
  return {
    id: s.id,
    kind: s.kind,
    rank: s.rank,
    score: s.score,
    people: s.people,
    collectiveId: s.collectiveId ?? null,
    initiativeId: s.initiativeId ?? null,
    tieId: s.tieId ?? null,
    proposedTie: s.proposedTie ?? null,
    reasons: s.reasons.map(({ code, ...detail }) => ({ code, detail })),
    explanation: s.explanation,
    effect: s.effect,
  };
}

@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly snapshots: SnapshotService,
    private readonly access: AccessService,
    private readonly cache: AnalysisCache,
  ) {}

  async suggestions(
    viewer: Viewer,
    placeId: string,
    options: { asOf?: string; personId?: string; limit?: number },
  ): Promise<SuggestionModel[]> {
    this.access.assertPersonalData(viewer);
    await this.access.assertPlace(viewer, placeId);
    const scoped = await this.snapshots.forViewer(viewer);
    if (options.personId && !scoped.names.has(options.personId)) throw badInput('Unknown person.', 'personId');
    const hidden = await hiddenSuggestionIds(this.db, viewer.tenantId, today());
    const open = await this.openList(
      scoped,
      placeId,
      options.asOf ?? today(),
      options.personId,
      options.limit ?? 20,
      hidden,
    );
    return open.map((s, i) => ({ ...toModel(s), rank: i + 1 }));
  }

  /**
   * A suggestion among the current ones (as of today) of a place — as the place's list shows it (20, then up to
   * 50) or, with `personId`, as that person's list does — not decided on yet; null when it is not there (any more).
   */
  async findCurrent(
    viewer: Viewer,
    placeId: string,
    suggestionId: string,
    personId?: string | null,
  ): Promise<SuggestionModel | null> {
    this.access.assertPersonalData(viewer);
    await this.access.assertPlace(viewer, placeId);
    const scoped = await this.snapshots.forViewer(viewer);
    const hidden = await hiddenSuggestionIds(this.db, viewer.tenantId, today());
    const asOf = today();
    const searches: [string | undefined, number][] = [
      [undefined, 20],
      [undefined, 50],
    ];
    if (personId && scoped.names.has(personId)) searches.unshift([personId, 10]);
    for (const [person, limit] of searches) {
      const found = (await this.openList(scoped, placeId, asOf, person, limit, hidden)).find(
        (s) => s.id === suggestionId,
      );
      if (found) return toModel(found);
    }
    return null;
  }

  /**
   * The best `limit` suggestions not decided on. Asks the engine for a few more than `limit` (most decided
   * suggestions are gone anyway: a tie was made, the situation changed), and for more again while decided ones
   * keep the list short and the engine has more to give.
   */
  private async openList(
    scoped: ScopedSnapshot,
    placeId: string,
    asOf: string,
    personId: string | undefined,
    limit: number,
    hidden: ReadonlySet<string>,
  ): Promise<Suggestion[]> {
    const most = Math.min(limit + hidden.size, MAX_REQUESTED);
    let requested = Math.min(limit + Math.min(hidden.size, 10), most);
    for (;;) {
      const list = await this.ranked(scoped, placeId, asOf, personId, requested);
      const open = list.filter((s) => !hidden.has(s.id));
      if (open.length >= limit || list.length < requested || requested >= most) return open.slice(0, limit);
      requested = Math.min(requested * 2, most);
    }
  }

  private ranked(
    scoped: ScopedSnapshot,
    placeId: string,
    asOf: string,
    personId: string | undefined,
    limit: number,
  ): Promise<Suggestion[]> {
    const key = `suggestions:${scoped.key}:${placeId}:${asOf}:${personId ?? '-'}:${limit}`;
    return this.cache.get(key, async () =>
      gapFillerSuggestions(scoped.snapshot, {
        asOf,
        placeId,
        limit,
        seed: SEED,
        ...(personId ? { personId, maxPerPerson: 3 } : {}),
      }),
    );
  }

  async whatIf(
    viewer: Viewer,
    placeId: string,
    change: { asOf?: string; addTies: WhatIfTieInput[]; endTieIds: string[] },
  ): Promise<WhatIfModel> {
    this.access.assertPersonalData(viewer);
    await this.access.assertPlace(viewer, placeId);
    if (change.addTies.length + change.endTieIds.length > MAX_CHANGES) {
      throw badInput(`Try at most ${MAX_CHANGES} changes at a time.`, 'addTies');
    }
    const scoped = await this.snapshots.forViewer(viewer);
    for (const t of change.addTies) {
      if (t.personAId === t.personBId) throw badInput('A tie links two different people.', 'addTies');
      for (const id of [t.personAId, t.personBId]) {
        if (!scoped.names.has(id)) throw badInput(`Person ${id} is not in your places.`, 'addTies');
      }
    }
    const known = new Set(scoped.snapshot.ties.map((t) => t.id));
    for (const id of change.endTieIds) {
      if (!known.has(id)) throw badInput(`Tie ${id} is not in your places.`, 'endTieIds');
    }
    const result = whatIf(scoped.snapshot, {
      asOf: change.asOf ?? today(),
      placeId,
      seed: SEED,
      addTies: change.addTies.map((t) => ({ personAId: t.personAId, personBId: t.personBId, strength: t.strength })),
      endTieIds: change.endTieIds,
    });
    return {
      before: fullView(result.before),
      after: fullView(result.after),
      delta: result.delta,
      people: result.people.map((p) => ({
        personId: p.personId,
        degreeBefore: p.before.degree,
        degreeAfter: p.after.degree,
        isolatedBefore: p.before.isolated,
        isolatedAfter: p.after.isolated,
        atRiskBefore: p.before.atRisk,
        atRiskAfter: p.after.atRisk,
      })),
    };
  }
}
