import Papa from 'papaparse';
import { BUURT_EXTERNAL_ID, mapNeighbourhood } from './map-neighbourhood';

const OPTIONS = { nodes: 2000, ties: 8000, seed: 1, parentExternalId: 'place-wijk' };

/** The rows of one CSV file as objects by header, read the way the import reads them (papaparse). */
function rows(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('the map benchmark’s neighbourhood in the import format', () => {
  const data = mapNeighbourhood(OPTIONS);
  const file = (name: string) => rows(data.files[name]);

  it('has exactly the asked-for number of map nodes: residents, collectives and initiatives', () => {
    // 2000 / (1 + 1/80 + 1/130) = 1960.2 → 1960 residents; 1960 / 80 = 24.5 → 25 app groups; 15 initiatives
    expect([data.residents, data.collectives, data.initiatives]).toEqual([1960, 25, 15]);
    expect(file('people.csv')).toHaveLength(1960);
    expect(file('collectives.csv')).toHaveLength(25);
    expect(file('initiatives.csv')).toHaveLength(15);
    expect(file('ties.csv')).toHaveLength(8000);
    expect(data.ties).toBe(8000);
  });

  it('refers only to rows it writes, and puts the buurt under the given place', () => {
    const places = file('places.csv');
    expect(places[0]).toMatchObject({
      external_id: BUURT_EXTERNAL_ID,
      level: 'NEIGHBOURHOOD',
      parent_external_id: 'place-wijk',
    });
    const streets = new Set(places.filter((p) => p.level === 'STREET').map((p) => p.external_id));
    expect(places.filter((p) => p.level === 'STREET').every((p) => p.parent_external_id === BUURT_EXTERNAL_ID)).toBe(
      true,
    );
    const people = file('people.csv');
    expect(people.filter((p) => !streets.has(p.home_place_external_id))).toEqual([]);
    const ids = new Set(people.map((p) => p.external_id));
    expect(
      file('ties.csv').filter((t) => !ids.has(t.person_a_external_id) || !ids.has(t.person_b_external_id)),
    ).toEqual([]);
    const collectives = new Set(file('collectives.csv').map((c) => c.external_id));
    const memberships = file('memberships.csv');
    expect(memberships).toHaveLength(25 * 12);
    expect(
      memberships.filter((m) => !collectives.has(m.collective_external_id) || !ids.has(m.person_external_id)),
    ).toEqual([]);
    const initiatives = new Set(file('initiatives.csv').map((i) => i.external_id));
    const participations = file('participations.csv');
    expect(participations).toHaveLength(15 * 8);
    expect(
      participations.filter((p) => !initiatives.has(p.initiative_external_id) || !ids.has(p.person_external_id)),
    ).toEqual([]);
  });

  it('gives every row a distinct external id, and no one twice in one group', () => {
    for (const name of Object.keys(data.files)) {
      const ids = file(name).map((r) => r.external_id);
      expect({ name, distinct: new Set(ids).size }).toEqual({ name, distinct: ids.length });
    }
    const pairs = file('memberships.csv').map((m) => `${m.collective_external_id}/${m.person_external_id}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('writes the same files for the same seed, and other files for another', () => {
    expect(mapNeighbourhood(OPTIONS).files).toEqual(data.files);
    expect(mapNeighbourhood({ ...OPTIONS, seed: 2 }).files['ties.csv']).not.toEqual(data.files['ties.csv']);
  });
});
