import { codeOf, gql, login, ok } from './support/client';
import { DEMO } from './support/state';
import { e2eState } from './support/state';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken user { email role } } }`;

describe('sign-in', () => {
  it('answers GET /health without a token', async () => {
    const res = await fetch(`${e2eState().url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('gives a demo worker a token and their role', async () => {
    const data = await ok<{ login: { accessToken: string; user: { email: string; role: string } } }>(LOGIN, {
      email: DEMO.worker,
      password: DEMO.password,
    });
    expect(data.login.accessToken.split('.')).toHaveLength(3);
    expect(data.login.user).toEqual({ email: DEMO.worker, role: 'WORKER' });
  });

  it('accepts the e-mail address in any case', async () => {
    const data = await ok<{ login: { user: { email: string } } }>(LOGIN, {
      email: DEMO.worker.toUpperCase(),
      password: DEMO.password,
    });
    expect(data.login.user.email).toBe(DEMO.worker);
  });

  it('refuses a wrong password and an unknown account with the same words', async () => {
    const wrong = await gql(LOGIN, { email: DEMO.worker, password: 'not-the-password' });
    const unknown = await gql(LOGIN, { email: 'nobody@demo.weefsel.nl', password: 'whatever1' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(JSON.stringify(wrong)).not.toMatch(/stack|at \w+ \(/);
  });

  it('validates the input before looking anything up', async () => {
    const res = await gql(LOGIN, { email: 'not-an-email', password: 'x' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/e-mail/i);
  });

  it('requires a token for everything else', async () => {
    expect(codeOf(await gql(`{ me { email } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(`{ places { totalCount } }`, {}, 'not.a.token'))).toBe('UNAUTHENTICATED');
  });

  it('tells the signed-in user who they are and which places they have', async () => {
    const token = await login(DEMO.streetWorker, DEMO.password);
    const data = await ok<{ me: { role: string; places: { level: string }[] } }>(
      `{ me { role places { level } } }`,
      {},
      token,
    );
    expect(data.me.role).toBe('WORKER');
    expect(data.me.places.map((p) => p.level)).toEqual(['STREET']);
  });

  it('never answers with a stack trace, even for a malformed query', async () => {
    const res = await gql(`{ people( }`);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:\d+/);
  });
});
