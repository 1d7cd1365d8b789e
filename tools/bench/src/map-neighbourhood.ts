/**
 * A neighbourhood of exactly `nodes` map nodes in Weefsel's import format (docs/import-format.md), for the map
 * benchmark: tools/synthetic's seeded people and ties (streets of 20–60, households, weak ties across streets)
 * in one new buurt under the demo's wijk, plus a collective (an app group) per 80 and an initiative per 130
 * residents with members drawn at random. No personal data: residents are called "Bewoner p00001" and so on.
 */
import { createRandom } from '@weefsel/graph';
import { generateNeighbourhood } from '../../synthetic/src/generate-neighbourhood';

export interface MapNeighbourhoodOptions {
  /** map nodes in all: residents + collectives + initiatives */
  nodes: number;
  /** ties between residents */
  ties: number;
  seed: number;
  /** external id of the place the new buurt lies in (the demo's wijk) */
  parentExternalId: string;
}

export const BUURT_EXTERNAL_ID = 'bench-buurt';
export const BUURT_NAME = 'Benchbuurt';
const MEMBERS_PER_COLLECTIVE = 12;
const PARTICIPANTS_PER_INITIATIVE = 8;
const SINCE = '2020-01-01';

export interface MapNeighbourhood {
  residents: number;
  collectives: number;
  initiatives: number;
  ties: number;
  /** file name → CSV text */
  files: Record<string, string>;
}

/** One CSV line; every value here is an id, a number, a date or a word without commas or quotes. */
const line = (values: (string | number)[]) => values.join(',');
const csv = (header: string[], rows: (string | number)[][]) => [line(header), ...rows.map(line)].join('\n') + '\n';

export function mapNeighbourhood(options: MapNeighbourhoodOptions): MapNeighbourhood {
  // residents : collectives : initiatives ≈ 1 : 1/80 : 1/130, adding up to exactly `nodes`
  const residents = Math.round(options.nodes / (1 + 1 / 80 + 1 / 130));
  const collectives = Math.round(residents / 80);
  const initiatives = options.nodes - residents - collectives;
  const neighbourhood = generateNeighbourhood({ people: residents, ties: options.ties, seed: options.seed });
  const random = createRandom(options.seed);
  const street = (n: number) => `bench-straat-${n + 1}`;
  const streetOf = new Map(neighbourhood.people.map((p) => [p.id, p.street]));
  const pick = () => neighbourhood.people[Math.floor(random() * residents)].id;
  const distinct = (count: number) => {
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(pick());
    return [...chosen];
  };

  const places = [
    [BUURT_EXTERNAL_ID, BUURT_NAME, 'NEIGHBOURHOOD', options.parentExternalId],
    ...[...new Set(neighbourhood.people.map((p) => p.street))]
      .sort((a, b) => a - b)
      .map((n) => [street(n), `Benchstraat ${n + 1}`, 'STREET', BUURT_EXTERNAL_ID]),
  ];
  const people = neighbourhood.people.map((p) => [p.id, `Bewoner ${p.id}`, street(p.street)]);
  const ties = neighbourhood.ties.map((t, i) => [
    `bench-t${i + 1}`,
    t.source,
    t.target,
    streetOf.get(t.source) === streetOf.get(t.target) ? 'NEIGHBOUR' : 'ACQUAINTANCE',
    t.weight,
    SINCE,
  ]);
  const collectiveRows: string[][] = [];
  const memberships: string[][] = [];
  for (let c = 1; c <= collectives; c++) {
    collectiveRows.push([`bench-c${c}`, `Buurtapp ${c}`, 'APP_GROUP', BUURT_EXTERNAL_ID]);
    for (const person of distinct(MEMBERS_PER_COLLECTIVE)) {
      memberships.push([`bench-m${memberships.length + 1}`, `bench-c${c}`, person, 'MEMBER', SINCE]);
    }
  }
  const initiativeRows: string[][] = [];
  const participations: string[][] = [];
  for (let i = 1; i <= initiatives; i++) {
    initiativeRows.push([`bench-i${i}`, `Initiatief ${i}`, 'ATTENTION', 'ACTIVE', BUURT_EXTERNAL_ID]);
    for (const person of distinct(PARTICIPANTS_PER_INITIATIVE)) {
      participations.push([`bench-d${participations.length + 1}`, `bench-i${i}`, person, 'VOLUNTEER', SINCE]);
    }
  }

  return {
    residents,
    collectives,
    initiatives,
    ties: ties.length,
    files: {
      'places.csv': csv(['external_id', 'name', 'level', 'parent_external_id'], places),
      'people.csv': csv(['external_id', 'display_name', 'home_place_external_id'], people),
      'ties.csv': csv(
        ['external_id', 'person_a_external_id', 'person_b_external_id', 'kind', 'strength', 'since'],
        ties,
      ),
      'collectives.csv': csv(['external_id', 'name', 'kind', 'place_external_id'], collectiveRows),
      'memberships.csv': csv(
        ['external_id', 'collective_external_id', 'person_external_id', 'role', 'since'],
        memberships,
      ),
      'initiatives.csv': csv(['external_id', 'name', 'kind', 'phase', 'place_external_id'], initiativeRows),
      'participations.csv': csv(
        ['external_id', 'initiative_external_id', 'person_external_id', 'role', 'since'],
        participations,
      ),
    },
  };
}
