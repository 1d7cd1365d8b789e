/** The place hierarchy: street → buurt → wijk → dorp/gemeente, with CBS codes and safe deletes. */
import { codeOf, gql, ok } from './support/client';
import { buildFixture, createPerson, Fixture } from './support/fixture';

const CREATE = `mutation($input: CreatePlaceInput!) { createPlace(input: $input) { id name level parentId cbsCode } }`;

describe('places', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await buildFixture('places');
  });

  it('lists a place and everything below it, top level first', async () => {
    const data = await ok<{ places: { totalCount: number; edges: { node: { name: string; level: string } }[] } }>(
      `query($under: ID) { places(under: $under) { totalCount edges { node { name level } } } }`,
      { under: f.buurtId },
      f.workerToken,
    );
    expect(data.places.totalCount).toBe(3);
    expect(data.places.edges.map((e) => e.node.level)).toEqual(['NEIGHBOURHOOD', 'STREET', 'STREET']);
  });

  it('refuses a street inside a street and a buurt inside a street', async () => {
    const res = await gql(CREATE, { input: { name: 'Hofje', level: 'STREET', parentId: f.streetAId } }, f.adminToken);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/cannot lie inside/);
    const up = await gql(CREATE, { input: { name: 'X', level: 'NEIGHBOURHOOD', parentId: f.streetAId } }, f.adminToken);
    expect(codeOf(up)).toBe('BAD_USER_INPUT');
  });

  it('checks CBS codes against the level', async () => {
    const good = await ok<{ createPlace: { cbsCode: string } }>(
      CREATE,
      { input: { name: 'Wijk Oost', level: 'DISTRICT', parentId: f.municipalityId, cbsCode: 'WK036301' } },
      f.adminToken,
    );
    expect(good.createPlace.cbsCode).toBe('WK036301');
    const wrongLevel = await gql(
      CREATE,
      { input: { name: 'Wijk West', level: 'DISTRICT', parentId: f.municipalityId, cbsCode: 'BU03630000' } },
      f.adminToken,
    );
    expect(codeOf(wrongLevel)).toBe('BAD_USER_INPUT');
    const malformed = await gql(
      CREATE,
      { input: { name: 'Wijk Zuid', level: 'DISTRICT', parentId: f.municipalityId, cbsCode: 'WK12' } },
      f.adminToken,
    );
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
  });

  it('lets a worker add a street in their buurt but not a top-level place', async () => {
    const street = await ok<{ createPlace: { parentId: string } }>(
      CREATE,
      { input: { name: 'Cpad', level: 'STREET', parentId: f.buurtId } },
      f.workerToken,
    );
    expect(street.createPlace.parentId).toBe(f.buurtId);
    expect(codeOf(await gql(CREATE, { input: { name: 'Stad', level: 'MUNICIPALITY' } }, f.workerToken))).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses to delete a place that still has residents, and deletes an empty one', async () => {
    await createPerson(f.workerToken, 'Bewoner Bstraat', f.streetBId);
    const res = await gql(`mutation($id: ID!) { deletePlace(id: $id) }`, { id: f.streetBId }, f.adminToken);
    expect(codeOf(res)).toBe('CONFLICT');
    const empty = await ok<{ createPlace: { id: string } }>(
      CREATE,
      { input: { name: 'Leeg', level: 'STREET', parentId: f.buurtId } },
      f.adminToken,
    );
    const deleted = await ok<{ deletePlace: string }>(
      `mutation($id: ID!) { deletePlace(id: $id) }`,
      { id: empty.createPlace.id },
      f.adminToken,
    );
    expect(deleted.deletePlace).toBe(empty.createPlace.id);
    expect(
      codeOf(await gql(`query($id: ID!) { place(id: $id) { id } }`, { id: empty.createPlace.id }, f.adminToken)),
    ).toBe('NOT_FOUND');
  });

  it('refuses a malformed id with BAD_USER_INPUT', async () => {
    expect(codeOf(await gql(`{ places(under: "not-a-uuid") { totalCount } }`, {}, f.adminToken))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
