/**
 * DataLoaders keep the cost of a page flat: a page of 100 people with their ties, collectives and street
 * costs the same small number of SQL statements as a page of 10. The API reports the count per request in
 * `extensions.sqlQueries` when started with WEEFSEL_QUERY_STATS=1 (the e2e server is).
 */
import { gql, login } from './support/client';
import { DEMO } from './support/state';

const PAGE = `query($first: Int) { people(first: $first) { totalCount edges { node {
  id displayName homePlace { name }
  ties { id strength personA { displayName } personB { displayName } }
  collectives { name } memberships { role } } } } }`;

describe('a page of people with their ties, collectives and street', () => {
  it('costs a small, fixed number of SQL queries whatever the page size', async () => {
    const token = await login(DEMO.worker, DEMO.password);
    const small = await gql<{ people: { edges: unknown[] } }>(PAGE, { first: 10 }, token);
    const large = await gql<{ people: { edges: { node: { ties: unknown[] } }[] } }>(PAGE, { first: 100 }, token);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data?.people.edges).toHaveLength(100);
    // the page really has nested data to load, or the count would prove nothing
    expect(large.data?.people.edges.some((e) => e.node.ties.length > 0)).toBe(true);
    // guard, scope, count, page, places, ties, people at the ends, memberships, collectives
    expect(large.extensions?.sqlQueries).toBeLessThanOrEqual(12);
    expect(large.extensions?.sqlQueries).toBe(small.extensions?.sqlQueries);
  });
});
