/** GraphQL straight to the API, beside the browser: to learn what the page ought to show. */
import { baseUrl, DEMO } from './state';

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Response<T>> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Response<T>;
}

const LOGIN =
  'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

export async function tokenFor(email: string, password: string = DEMO.password): Promise<string> {
  const res = await graphql<{ login: { accessToken: string } }>(LOGIN, { email, password });
  if (!res.data) throw new Error(`web-e2e: ${email} cannot sign in: ${JSON.stringify(res.errors)}`);
  return res.data.login.accessToken;
}

/** The message the API gives for a refused sign-in: the page must show this one, not a guess of its own. */
export async function signInRefusal(email: string, password: string): Promise<string> {
  const res = await graphql(LOGIN, { email, password });
  const message = res.errors?.[0]?.message;
  if (!message) throw new Error(`web-e2e: expected the API to refuse ${email}`);
  return message;
}

export interface ResidentsAnswer {
  totalCount: number;
  names: string[];
}

/** Residents as a user sees them through the API: a place and below, names containing `search`. */
export async function residents(
  email: string,
  filter: { placeId?: string; search?: string; first?: number } = {},
): Promise<ResidentsAnswer> {
  const res = await graphql<{ people: { totalCount: number; edges: { node: { displayName: string } }[] } }>(
    `
      query People($placeId: ID, $search: String, $first: Int) {
        people(placeId: $placeId, search: $search, first: $first) {
          totalCount
          edges {
            node {
              displayName
            }
          }
        }
      }
    `,
    { placeId: filter.placeId ?? null, search: filter.search ?? null, first: filter.first ?? 200 },
    await tokenFor(email),
  );
  if (!res.data) throw new Error(`web-e2e: people query failed: ${JSON.stringify(res.errors)}`);
  return { totalCount: res.data.people.totalCount, names: res.data.people.edges.map((e) => e.node.displayName) };
}
