/**
 * Bridging groups (lesson 4: "make friends before you need them" — collectives with no bridges, single points of
 * failure, visible before a crisis): two groups of the place's residents with no link between them, or only one,
 * which is then a single point of failure.
 *
 * Groups: the Louvain communities of the whole graph (seeded, as the health figures; named after their best-placed
 * member and the street most of them live in) and the collectives, each restricted to the place's residents (a collective: its active members at asOf), with at least `minGroupSize`
 * residents. Links between groups A and B: the people in both, plus the ties between someone of A (not in B) and
 * someone of B (not in A). A pair of groups with
 * - no link: a suggestion when both are collectives, or for two communities when some street has residents of
 *   both (neighbours living side by side in separate circles) — two communities of different streets with no tie
 *   are the normal state of a neighbourhood, not a gap;
 * - one link: always a suggestion; the reason names the person or the tie the two groups hang on.
 * Proposed tie: between two well-placed members, one of each group (not in both): members ranked by connector
 * role, then betweenness, then ties, then id; of the first four of each, the pair not already tied that avoids the
 * person or tie the groups hang on, then lives closest (same street, then same parent place), then has the best
 * ranks, then ids.
 *
 * Urgency (points; gap-filler.ts adds the predicted effect): 30, + 10 when the groups hang on one link,
 * + the smaller group's residents up to 10.
 */
import type { Candidate } from './candidate';
import type { SuggestionContext } from './context';
import type { SuggestionReason } from './suggestion';

export const BRIDGE_POINTS = { base: 30, singleLink: 10, groupSizeUpTo: 10 } as const;

/** How many of each group's best-placed members are tried as an end of the proposed tie. */
const TRIED = 4;

interface Group {
  key: string;
  /** collective id, or null for a community */
  collectiveId: string | null;
  /** residents, best placed first */
  members: number[];
  memberSet: Set<number>;
  nl: string;
  en: string;
}

interface Link {
  person?: number;
  tie?: { u: number; w: number; tieId: string };
}

export function bridgeGroups(ctx: SuggestionContext): Candidate[] {
  const groups = [...communityGroups(ctx), ...collectiveGroups(ctx)];
  const result: Candidate[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i];
      const b = groups[j];
      // a community and a collective overlap by nature; bridge like with like
      if ((a.collectiveId === null) !== (b.collectiveId === null)) continue;
      const links = linksBetween(ctx, a, b);
      if (links === null) continue;
      if (links.length === 0 && a.collectiveId === null && !shareAStreet(ctx, a, b)) continue;
      const candidate = candidateOf(ctx, a, b, links[0] ?? null);
      if (candidate) result.push(candidate);
    }
  }
  return result;
}

function communityGroups(ctx: SuggestionContext): Group[] {
  const { community } = ctx.net.communities();
  const byCommunity = new Map<number, number[]>();
  for (const v of ctx.residents) {
    if (ctx.net.degree(v) === 0) continue;
    const list = byCommunity.get(community[v]);
    if (list) list.push(v);
    else byCommunity.set(community[v], [v]);
  }
  const groups: Group[] = [];
  for (const [c, residents] of [...byCommunity].sort((x, y) => x[0] - y[0])) {
    if (residents.length < ctx.settings.minGroupSize) continue;
    const members = residents.sort(ctx.compareWellPlaced);
    const lead = members[0];
    const street = mostCommonStreet(ctx, members);
    const name = ctx.labelOf(lead);
    groups.push({
      key: `community:${c}`,
      collectiveId: null,
      members,
      memberSet: new Set(members),
      nl: street === null ? `de groep rond ${name}` : `de groep rond ${name} (vooral ${street})`,
      en: street === null ? `the circle around ${name}` : `the circle around ${name} (mostly ${street})`,
    });
  }
  return groups;
}

function collectiveGroups(ctx: SuggestionContext): Group[] {
  const groups: Group[] = [];
  for (const c of ctx.snapshot.collectives) {
    const members = (ctx.members.get(c.id) ?? []).map((m) => m.v).filter((v) => ctx.resident[v] === 1);
    if (members.length < ctx.settings.minGroupSize) continue;
    members.sort(ctx.compareWellPlaced);
    groups.push({
      key: `collective:${c.id}`,
      collectiveId: c.id,
      members,
      memberSet: new Set(members),
      nl: c.name,
      en: c.name,
    });
  }
  return groups;
}

/** The links between two groups, or null when there are two or more. */
function linksBetween(ctx: SuggestionContext, a: Group, b: Group): Link[] | null {
  const links: Link[] = [];
  for (const v of a.members) {
    if (b.memberSet.has(v)) {
      links.push({ person: v });
      if (links.length > 1) return null;
    }
  }
  const { offsets, neighbours, edgeOf } = ctx.net.adjacency;
  for (const u of a.members) {
    if (b.memberSet.has(u)) continue;
    for (let p = offsets[u]; p < offsets[u + 1]; p++) {
      const w = neighbours[p];
      if (!b.memberSet.has(w) || a.memberSet.has(w)) continue;
      links.push({ tie: { u, w, tieId: ctx.net.edgeTies[edgeOf[p]][0].id } });
      if (links.length > 1) return null;
    }
  }
  return links;
}

function shareAStreet(ctx: SuggestionContext, a: Group, b: Group): boolean {
  const streets = new Set(a.members.map((v) => ctx.homeOf(v)));
  return b.members.some((v) => streets.has(ctx.homeOf(v)));
}

function mostCommonStreet(ctx: SuggestionContext, members: number[]): string | null {
  const counts = new Map<string, number>();
  for (const v of members) {
    const home = ctx.homeOf(v);
    if (home !== null) counts.set(home, (counts.get(home) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [place, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && place < best)) {
      best = place;
      bestCount = count;
    }
  }
  return best === null ? null : ctx.placeName(best);
}

function candidateOf(ctx: SuggestionContext, a: Group, b: Group, link: Link | null): Candidate | null {
  const avoid = new Set<number>();
  if (link?.person !== undefined) avoid.add(link.person);
  if (link?.tie) {
    avoid.add(link.tie.u);
    avoid.add(link.tie.w);
  }
  const left = a.members.filter((v) => !b.memberSet.has(v)).slice(0, TRIED);
  const right = b.members.filter((v) => !a.memberSet.has(v)).slice(0, TRIED);
  let best: { x: number; y: number; key: number[] } | null = null;
  for (let i = 0; i < left.length; i++) {
    for (let j = 0; j < right.length; j++) {
      const [x, y] = [left[i], right[j]];
      if (x === y || ctx.tied(x, y)) continue;
      const key = [avoid.has(x) || avoid.has(y) ? 1 : 0, -closeness(ctx, x, y), i + j];
      if (best === null || lexLess(key, best.key)) best = { x, y, key };
    }
  }
  if (best === null) return null;
  const { x, y } = best;

  const sizes = { count: a.members.length, otherCount: b.members.length };
  const reasons: SuggestionReason[] = [];
  if (link === null) reasons.push({ code: 'NO_LINK_BETWEEN_GROUPS', ...sizes });
  else if (link.person !== undefined)
    reasons.push({ code: 'ONLY_LINK_PERSON', personId: ctx.idOf(link.person), ...sizes });
  else if (link.tie) {
    reasons.push({
      code: 'ONLY_LINK_TIE',
      personId: ctx.idOf(link.tie.u),
      otherPersonId: ctx.idOf(link.tie.w),
      tieId: link.tie.tieId,
      ...sizes,
    });
  }
  for (const v of [x, y]) {
    if (ctx.isConnector(v)) reasons.push({ code: 'CONNECTOR_ROLE', personId: ctx.idOf(v) });
    else if (ctx.hidden[v])
      reasons.push({ code: 'HIDDEN_CONNECTOR', personId: ctx.idOf(v), betweenness: ctx.betweenness[v] });
  }
  if (ctx.homeOf(x) !== null && ctx.homeOf(x) === ctx.homeOf(y)) {
    reasons.push({ code: 'SAME_STREET', placeId: ctx.homeOf(x) as string });
  }

  const urgency =
    BRIDGE_POINTS.base +
    (link === null ? 0 : BRIDGE_POINTS.singleLink) +
    Math.min(Math.min(a.members.length, b.members.length), BRIDGE_POINTS.groupSizeUpTo);
  const [first, second] = [ctx.idOf(x), ctx.idOf(y)];
  const people = [first, second];
  if (link?.person !== undefined) people.push(ctx.idOf(link.person));
  if (link?.tie) people.push(ctx.idOf(link.tie.u), ctx.idOf(link.tie.w));
  const groupIds =
    a.collectiveId !== null && b.collectiveId !== null
      ? [a.collectiveId, b.collectiveId].sort()
      : [first, second].sort();
  return {
    kind: 'BRIDGE_GROUPS',
    idParts: groupIds,
    people,
    proposedTie: { personAId: first, personBId: second },
    urgency,
    reasons,
    explanation: explain(ctx, a, b, link, x, y),
  };
}

/** 2 same street, 1 same parent place, 0 otherwise */
function closeness(ctx: SuggestionContext, x: number, y: number): number {
  const hx = ctx.homeOf(x);
  const hy = ctx.homeOf(y);
  if (hx === null || hy === null) return 0;
  if (hx === hy) return 2;
  const px = ctx.net.places.byId.get(hx)?.parentId ?? null;
  return px !== null && px === (ctx.net.places.byId.get(hy)?.parentId ?? null) ? 1 : 0;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}

function explain(
  ctx: SuggestionContext,
  a: Group,
  b: Group,
  link: Link | null,
  x: number,
  y: number,
): { nl: string; en: string } {
  const who = (v: number): string => {
    const street = ctx.streetName(v);
    return street === null ? ctx.labelOf(v) : `${ctx.labelOf(v)} (${street})`;
  };
  let situation: { nl: string; en: string };
  let purpose: { nl: string; en: string };
  if (link === null) {
    situation = {
      nl: `Tussen ${a.nl} en ${b.nl} is geen enkel contact.`,
      en: `There is no tie between ${a.en} and ${b.en}.`,
    };
    purpose = { nl: 'zodat er een eerste verbinding is', en: 'to make a first link' };
  } else if (link.person !== undefined) {
    const name = ctx.labelOf(link.person);
    situation = {
      nl: `${name} is de enige schakel tussen ${a.nl} en ${b.nl}.`,
      en: `${name} is the only link between ${a.en} and ${b.en}.`,
    };
    purpose = {
      nl: `zodat de groepen ook zonder ${name} contact houden`,
      en: `so the groups keep in touch without ${name}`,
    };
  } else {
    const tie = link.tie as { u: number; w: number };
    const [u, w] = [ctx.labelOf(tie.u), ctx.labelOf(tie.w)];
    situation = {
      nl: `Het contact tussen ${u} en ${w} is de enige schakel tussen ${a.nl} en ${b.nl}.`,
      en: `The tie between ${u} and ${w} is the only link between ${a.en} and ${b.en}.`,
    };
    purpose = { nl: 'zodat ze niet van één contact afhangen', en: 'so they do not hang on one tie' };
  }
  return {
    nl: `${situation.nl} Stel ${who(x)} voor aan ${who(y)}, ${purpose.nl}.`,
    en: `${situation.en} Introduce ${who(x)} to ${who(y)} ${purpose.en}.`,
  };
}
