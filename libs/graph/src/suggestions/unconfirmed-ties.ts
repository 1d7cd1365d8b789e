/**
 * Checking on important ties nobody has confirmed for a long time (lesson 4: a single point of failure may already
 * be gone; lesson 5: the community builder stays close). Kind CHECK_UNCONFIRMED_TIE, one per pair of people.
 *
 * A pair's tie (the edge at asOf, with at least one end living in the place) is checked when
 * - it was last confirmed `unconfirmedMonths` (default 12) or more whole months before asOf — the newest
 *   `lastConfirmedOn` of the pair's valid ties, or their `since` if never confirmed, a date after asOf counting as
 *   asOf (as `atRisk`'s NO_TIE_CONFIRMED_SINCE); and
 * - it is important: a bridge of the whole graph (Tarjan), a local bridge (its ends share no neighbour;
 *   Granovetter), the only tie of an at-risk resident, or of strength ≥ `strongTie` (default 4).
 * The predicted effect is what the place loses if the tie is gone: `whatIf` with the pair's valid ties ended.
 *
 * Urgency (points; gap-filler.ts adds the size of the loss): the most important reason — bridge 45, local bridge
 * 35, only tie of an at-risk person 30, strong tie 20 — plus one point per month beyond `unconfirmedMonths`, up to
 * 12.
 */
import { wholeMonthsBetween } from '../health/snapshot';
import { spanFinder } from '../structure/local-bridges';
import { lowLink } from '../structure/low-link';
import { edgesOnTriangles } from '../structure/triangles';
import type { Candidate } from './candidate';
import type { SuggestionContext } from './context';
import { months as monthsText, possessive, type SuggestionReason } from './suggestion';

export const CHECK_POINTS = {
  bridge: 45,
  localBridge: 35,
  onlyTieOfAtRisk: 30,
  strongTie: 20,
  monthsUpTo: 12,
} as const;

export function unconfirmedTies(ctx: SuggestionContext): Candidate[] {
  const { net, settings } = ctx;
  const { edgeSource, edgeTarget, weight } = net.adjacency;
  const asOf = ctx.asOf;
  let structure: { isBridge: Uint8Array; onTriangle: Uint8Array; span: (e: number) => number | null } | null = null;
  const result: Candidate[] = [];
  for (let e = 0; e < edgeSource.length; e++) {
    const [u, v] = [edgeSource[e], edgeTarget[e]];
    if (ctx.resident[u] === 0 && ctx.resident[v] === 0) continue;
    if (settings.personId !== null && ctx.idOf(u) !== settings.personId && ctx.idOf(v) !== settings.personId) continue;
    const ties = net.edgeTies[e];
    let confirmed = '';
    for (const tie of ties) {
      const day = (tie.lastConfirmedOn ?? tie.since).slice(0, 10);
      const clamped = day > asOf ? asOf : day;
      if (clamped > confirmed) confirmed = clamped;
    }
    const months = wholeMonthsBetween(confirmed, asOf);
    if (months < settings.unconfirmedMonths) continue;

    if (structure === null) {
      structure = {
        isBridge: lowLink(net.adjacency).isBridge,
        onTriangle: edgesOnTriangles(net.adjacency),
        span: spanFinder(net.adjacency),
      };
    }
    const tieId = ties[0].id;
    const bridge = structure.isBridge[e] === 1;
    const localBridge = structure.onTriangle[e] === 0;
    const lonely = [u, v].filter((w) => ctx.resident[w] === 1 && net.degree(w) === 1 && ctx.assessment[w].atRisk);
    const strong = weight[e] >= settings.strongTie;
    if (!bridge && !localBridge && lonely.length === 0 && !strong) continue;

    const reasons: SuggestionReason[] = [];
    if (bridge) reasons.push({ code: 'BRIDGE', tieId });
    else if (localBridge) reasons.push({ code: 'LOCAL_BRIDGE', tieId, span: structure.span(e) });
    for (const w of lonely) {
      reasons.push({ code: 'ONLY_TIE_OF_AT_RISK', personId: ctx.idOf(w), score: ctx.assessment[w].score });
    }
    if (strong) reasons.push({ code: 'STRONG_TIE', strength: weight[e] });
    reasons.push({ code: 'UNCONFIRMED', months });

    const importance = bridge
      ? CHECK_POINTS.bridge
      : localBridge
        ? CHECK_POINTS.localBridge
        : lonely.length > 0
          ? CHECK_POINTS.onlyTieOfAtRisk
          : CHECK_POINTS.strongTie;
    const [a, b] = [ctx.labelOf(u), ctx.labelOf(v)];
    const why: { nl: string; en: string }[] = [];
    if (bridge) {
      why.push({
        nl: 'Het is de enige verbinding tussen twee delen van het netwerk.',
        en: 'It is the only link between two parts of the network.',
      });
    } else if (localBridge) {
      const span = structure.span(e);
      why.push({
        nl: `Ze hebben geen gezamenlijke bekenden${span === null ? '' : `; zonder dit contact liggen ze ${span} stappen uit elkaar`}.`,
        en: `They know no one in common${span === null ? '' : `; without this tie they are ${span} steps apart`}.`,
      });
    } else if (strong) {
      why.push({
        nl: `Het is een sterk contact (${weight[e]} van 5).`,
        en: `It is a strong tie (${weight[e]} of 5).`,
      });
    }
    for (const w of lonely) {
      why.push({
        nl: `Het is het enige contact van ${ctx.labelOf(w)}.`,
        en: `It is ${possessive(ctx.labelOf(w))} only tie.`,
      });
    }
    result.push({
      kind: 'CHECK_UNCONFIRMED_TIE',
      idParts: [tieId],
      people: [ctx.idOf(u), ctx.idOf(v)],
      tieId,
      endTieIds: ties.map((t) => t.id),
      urgency: importance + Math.min(months - settings.unconfirmedMonths, CHECK_POINTS.monthsUpTo),
      reasons,
      explanation: {
        nl: [`Ga na of ${a} en ${b} nog contact hebben: al ${monthsText(months, 'nl')} niet bevestigd.`]
          .concat(why.map((w) => w.nl))
          .join(' '),
        en: [`Check whether ${a} and ${b} are still in touch: not confirmed for ${monthsText(months, 'en')}.`]
          .concat(why.map((w) => w.en))
          .join(' '),
      },
    });
  }
  return result;
}
