/**
 * Data lives on disk (PGlite under its data directory, or the PostgreSQL server) and survives a restart.
 * This spec runs its own server on its own database, stops it and starts it again.
 */
import { createFreshDatabase, dropDatabase } from './support/database';
import { apiEnv, newPgliteDir, runCli, startServer } from './support/server';

async function post(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data: Record<string, { [key: string]: unknown }> };
}

describe('persistence', () => {
  it('keeps a place and a sign-in across a restart', async () => {
    const serverUrl = process.env['DATABASE_URL'];
    const fresh = serverUrl ? await createFreshDatabase(serverUrl) : null;
    const env = apiEnv(fresh ? { databaseUrl: fresh.url } : { pgliteDataDir: newPgliteDir() });
    try {
      await runCli(
        ['org:create', '--name', 'Herstart', '--admin-email', 'a@herstart.test', '--admin-password', 'herstart-1'],
        env,
      );
      const login = `mutation { login(email: "a@herstart.test", password: "herstart-1") { accessToken } }`;
      let server = await startServer(env);
      const token = String((await post(server.url, login, {})).data['login']['accessToken']);
      const created = await post(
        server.url,
        `mutation { createPlace(input: { name: "Blijvende Buurt", level: NEIGHBOURHOOD }) { id } }`,
        {},
        token,
      );
      const id = String(created.data['createPlace']['id']);
      await server.stop();
      server = await startServer(env);
      try {
        // the token was signed with the same secret, so it is still valid after the restart
        const read = await post(server.url, `query($id: ID!) { place(id: $id) { name } }`, { id }, token);
        expect(read.data['place']).toEqual({ name: 'Blijvende Buurt' });
      } finally {
        await server.stop();
      }
    } finally {
      if (fresh && serverUrl) await dropDatabase(serverUrl, fresh.name);
    }
  });
});
