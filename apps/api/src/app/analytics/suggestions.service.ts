/**
 * Gap-filler suggestions and what-if over the viewer's snapshot (libs/graph `gapFillerSuggestions`,
 * `whatIf`). WORKER only: suggestions name residents and what-if is about their ties. Suggestions are cached
 * per data version like every analysis.
 */
import { Injectable } from '@nestjs/common';
import { gapFillerSuggestions, Suggestion, whatIf } from '@weefsel/graph';
import { AccessService } from '../auth/access.service';
import { Viewer } from '../auth/viewer';
import { badInput } from '../common/app-error';
import { today } from '../common/dates';
import { AnalysisCache } from './analysis-cache';
import { fullView } from './corporation-view';
import { SuggestionModel, WhatIfModel, WhatIfTieInput } from './models/suggestion.model';
import { SEED } from './network-figures';
import { SnapshotService } from './snapshot.service';

const MAX_CHANGES = 50;

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
    const asOf = options.asOf ?? today();
    const limit = options.limit ?? 20;
    const scoped = await this.snapshots.forViewer(viewer);
    if (options.personId && !scoped.names.has(options.personId)) throw badInput('Unknown person.', 'personId');
    const key = `suggestions:${scoped.key}:${placeId}:${asOf}:${options.personId ?? '-'}:${limit}`;
    const list = await this.cache.get(key, async () =>
      gapFillerSuggestions(scoped.snapshot, {
        asOf,
        placeId,
        limit,
        seed: SEED,
        ...(options.personId ? { personId: options.personId, maxPerPerson: 3 } : {}),
      }),
    );
    return list.map(toModel);
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
