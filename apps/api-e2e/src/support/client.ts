/** A minimal GraphQL client over fetch: what any client of Weefsel's API would do. */
import { e2eState } from './state';

export interface GqlError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors?: GqlError[];
  extensions?: { sqlQueries?: number };
}

export async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResponse<T>> {
  const res = await fetch(`${e2eState().url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body, data: body.data ?? null };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export async function ok<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await gql<T>(query, variables, token);
  if (res.errors?.length || !res.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  }
  return res.data;
}

/** The `extensions.code` of the first error (undefined when the request succeeded). */
export function codeOf(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

const tokens = new Map<string, string>();

export async function login(email: string, password: string): Promise<string> {
  const key = `${email}\n${password}`;
  const cached = tokens.get(key);
  if (cached) return cached;
  const data = await ok<{ login: { accessToken: string } }>(
    `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }`,
    { email, password },
  );
  tokens.set(key, data.login.accessToken);
  return data.login.accessToken;
}
