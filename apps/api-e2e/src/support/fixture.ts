/**
 * A small neighbourhood built through the API itself, in the second organisation: a gemeente, a buurt,
 * two streets, a worker for the buurt and one for the first street. Each spec builds its own (unique
 * e-mails), so specs never depend on each other's data.
 */
import { login, ok } from './client';
import { OTHER_TENANT } from './state';

export interface Fixture {
  adminToken: string;
  workerToken: string;
  streetWorkerToken: string;
  municipalityId: string;
  buurtId: string;
  streetAId: string;
  streetBId: string;
}

const CREATE_PLACE = `mutation($input: CreatePlaceInput!) { createPlace(input: $input) { id } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;

export async function buildFixture(tag: string): Promise<Fixture> {
  const adminToken = await login(OTHER_TENANT.adminEmail, OTHER_TENANT.adminPassword);
  const place = async (name: string, level: string, parentId: string | null) =>
    (await ok<{ createPlace: { id: string } }>(CREATE_PLACE, { input: { name, level, parentId } }, adminToken))
      .createPlace.id;
  const municipalityId = await place(`Elders ${tag}`, 'MUNICIPALITY', null);
  const buurtId = await place(`Buurt ${tag}`, 'NEIGHBOURHOOD', municipalityId);
  const streetAId = await place(`Astraat ${tag}`, 'STREET', buurtId);
  const streetBId = await place(`Bstraat ${tag}`, 'STREET', buurtId);
  const password = 'fixture-password';
  const user = async (email: string, placeIds: string[]) => {
    await ok(CREATE_USER, { input: { email, displayName: email, role: 'WORKER', password, placeIds } }, adminToken);
    return login(email, password);
  };
  return {
    adminToken,
    workerToken: await user(`werker-${tag}@elders.test`, [buurtId]),
    streetWorkerToken: await user(`straat-${tag}@elders.test`, [streetAId]),
    municipalityId,
    buurtId,
    streetAId,
    streetBId,
  };
}

const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id pseudonym } }`;

export async function createPerson(token: string, displayName: string, homePlaceId: string): Promise<string> {
  return (await ok<{ createPerson: { id: string } }>(CREATE_PERSON, { input: { displayName, homePlaceId } }, token))
    .createPerson.id;
}

/**
 * One more community worker in the fixture's organisation, assigned to `placeIds` (and everything below them),
 * signed in: for specs that need a worker of another street or of the whole gemeente.
 */
export async function createWorker(adminToken: string, email: string, placeIds: string[]): Promise<string> {
  const password = 'fixture-password';
  await ok(CREATE_USER, { input: { email, displayName: email, role: 'WORKER', password, placeIds } }, adminToken);
  return login(email, password);
}
