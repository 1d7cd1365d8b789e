/**
 * The colour of each resident on the map, by one of three groupings the worker switches between: the community
 * the analysis found (Louvain), the street they live in, or the collective they belong to. Returns the colour per
 * node and the legend entries, so the map and its legend can never disagree. Pure: no Angular, no Cytoscape.
 *
 * A qualitative palette has room for a dozen groups a reader can tell apart; beyond that the smallest groups
 * share one "other" colour rather than getting shades nobody can match to the legend.
 */
import type { TranslationKey } from '../i18n/nl';
import type { Network, NetworkNode } from './map-api';

export type ColourBy = 'community' | 'street' | 'collective';
export const COLOUR_BY: readonly ColourBy[] = ['community', 'street', 'collective'];

/** Tableau 10 (less its grey) with three lighter tones: distinct for most readers, legible behind a dark label. */
export const PALETTE: readonly string[] = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#a0cbe8',
  '#8cd17d',
  '#d4a6c8',
];
/** no community (no ties), no collective, a street the user cannot see */
export const NO_GROUP_COLOUR = '#e6e1d6';
/** the smaller groups once the palette is used up; people in several collectives */
export const OTHER_GROUP_COLOUR = '#8c959f';

/** A legend text: a translation key (with values for its placeholders) or a name from the data. */
export type LegendLabel =
  { key: TranslationKey; params?: Readonly<Record<string, string | number>> } | { text: string };

export interface ColourGroup {
  key: string;
  colour: string;
  label: LegendLabel;
  /** residents with this colour */
  count: number;
}

export interface Colouring {
  /** fill colour per resident id; collectives and initiatives keep the colour of their kind */
  colourOf: ReadonlyMap<string, string>;
  /** a collective's own group colour (collective mode), for its outline */
  groupColourOf: ReadonlyMap<string, string>;
  groups: ColourGroup[];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export function colourNetwork(
  network: Pick<Network, 'nodes' | 'edges'>,
  by: ColourBy,
  placeNames: ReadonlyMap<string, string>,
): Colouring {
  const people = network.nodes.filter((node) => node.kind === 'PERSON');
  switch (by) {
    case 'community':
      return byCommunity(people);
    case 'street':
      return byStreet(people, placeNames);
    case 'collective':
      return byCollective(network, people);
  }
}

/**
 * Communities are numbered by the algorithm in no meaningful order, so the legend numbers them by size:
 * "community 1" is the largest. Ties in size go to the lower algorithm number, which keeps colours stable.
 */
function byCommunity(people: NetworkNode[]): Colouring {
  const sizes = new Map<number, number>();
  for (const person of people) {
    if (person.community !== null) sizes.set(person.community, (sizes.get(person.community) ?? 0) + 1);
  }
  const ranked = [...sizes.entries()].sort(([a, sizeA], [b, sizeB]) => sizeB - sizeA || a - b);
  const colourOfCommunity = new Map(ranked.slice(0, PALETTE.length).map(([community], i) => [community, PALETTE[i]]));

  const colourOf = new Map<string, string>();
  for (const person of people) {
    const colour =
      person.community === null ? NO_GROUP_COLOUR : (colourOfCommunity.get(person.community) ?? OTHER_GROUP_COLOUR);
    colourOf.set(person.id, colour);
  }
  const groups: ColourGroup[] = ranked.slice(0, PALETTE.length).map(([community, count], i) => ({
    key: `community:${community}`,
    colour: PALETTE[i],
    label: { key: 'map.colour.community', params: { n: i + 1 } },
    count,
  }));
  const rest = ranked.slice(PALETTE.length);
  if (rest.length > 0) {
    groups.push({
      key: 'community:other',
      colour: OTHER_GROUP_COLOUR,
      label: { key: 'map.colour.otherCommunities', params: { count: rest.length } },
      count: rest.reduce((sum, [, size]) => sum + size, 0),
    });
  }
  addNone(groups, people, (person) => person.community === null, 'community:none', 'map.colour.noCommunity');
  return { colourOf, groupColourOf: new Map(), groups };
}

function byStreet(people: NetworkNode[], placeNames: ReadonlyMap<string, string>): Colouring {
  const counts = new Map<string, number>();
  for (const person of people) counts.set(person.placeId, (counts.get(person.placeId) ?? 0) + 1);
  const named = [...counts.keys()].filter((id) => placeNames.has(id));
  const streets = named.sort((a, b) => collator.compare(placeNames.get(a) ?? '', placeNames.get(b) ?? ''));
  const colourOfStreet = new Map(streets.slice(0, PALETTE.length).map((id, i) => [id, PALETTE[i]]));

  const colourOf = new Map<string, string>();
  for (const person of people) {
    const colour = !placeNames.has(person.placeId)
      ? NO_GROUP_COLOUR
      : (colourOfStreet.get(person.placeId) ?? OTHER_GROUP_COLOUR);
    colourOf.set(person.id, colour);
  }
  const groups: ColourGroup[] = streets.slice(0, PALETTE.length).map((id, i) => ({
    key: `street:${id}`,
    colour: PALETTE[i],
    label: { text: placeNames.get(id) ?? '' },
    count: counts.get(id) ?? 0,
  }));
  const rest = streets.slice(PALETTE.length);
  if (rest.length > 0) {
    groups.push({
      key: 'street:other',
      colour: OTHER_GROUP_COLOUR,
      label: { key: 'map.colour.otherStreets', params: { count: rest.length } },
      count: rest.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0),
    });
  }
  addNone(groups, people, (person) => !placeNames.has(person.placeId), 'street:none', 'map.colour.unknownStreet');
  return { colourOf, groupColourOf: new Map(), groups };
}

/**
 * A resident takes the colour of their collective; one in several collectives gets the "several" colour, since
 * a node has one fill and picking one of the collectives would hide the others.
 */
function byCollective(network: Pick<Network, 'nodes' | 'edges'>, people: NetworkNode[]): Colouring {
  const collectives = network.nodes
    .filter((node) => node.kind === 'COLLECTIVE')
    .sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
  const groupColourOf = new Map(collectives.slice(0, PALETTE.length).map((c, i) => [c.id, PALETTE[i]]));
  const known = new Set(collectives.map((c) => c.id));

  const memberOf = new Map<string, Set<string>>();
  for (const edge of network.edges) {
    if (edge.kind !== 'MEMBERSHIP' || !known.has(edge.target)) continue;
    const set = memberOf.get(edge.source) ?? new Set<string>();
    set.add(edge.target);
    memberOf.set(edge.source, set);
  }

  const colourOf = new Map<string, string>();
  const counts = new Map<string, number>();
  let several = 0;
  for (const person of people) {
    const of = [...(memberOf.get(person.id) ?? [])];
    if (of.length === 0) {
      colourOf.set(person.id, NO_GROUP_COLOUR);
    } else if (of.length > 1) {
      colourOf.set(person.id, OTHER_GROUP_COLOUR);
      several++;
    } else {
      colourOf.set(person.id, groupColourOf.get(of[0]) ?? OTHER_GROUP_COLOUR);
      counts.set(of[0], (counts.get(of[0]) ?? 0) + 1);
    }
  }
  const groups: ColourGroup[] = collectives.slice(0, PALETTE.length).map((c, i) => ({
    key: `collective:${c.id}`,
    colour: PALETTE[i],
    label: { text: c.label },
    count: counts.get(c.id) ?? 0,
  }));
  const rest = collectives.slice(PALETTE.length);
  // past the palette, a member of one of the remaining collectives shares the "several/other" colour
  const restMembers = rest.reduce((sum, c) => sum + (counts.get(c.id) ?? 0), 0);
  if (several + restMembers > 0) {
    groups.push({
      key: 'collective:several',
      colour: OTHER_GROUP_COLOUR,
      label: { key: rest.length > 0 ? 'map.colour.severalOrOtherCollectives' : 'map.colour.severalCollectives' },
      count: several + restMembers,
    });
  }
  addNone(groups, people, (person) => !memberOf.has(person.id), 'collective:none', 'map.colour.noCollective');
  return { colourOf, groupColourOf, groups };
}

function addNone(
  groups: ColourGroup[],
  people: NetworkNode[],
  isNone: (person: NetworkNode) => boolean,
  key: string,
  label: TranslationKey,
): void {
  const count = people.filter(isNone).length;
  if (count > 0) groups.push({ key, colour: NO_GROUP_COLOUR, label: { key: label }, count });
}
