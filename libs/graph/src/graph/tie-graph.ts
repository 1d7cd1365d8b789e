/**
 * The person graph as of a date (DESIGN.md, "Analytics"): one node per person, one edge per pair of people with a
 * tie valid at `asOf`.
 *
 * - A tie is valid at `asOf` when `since <= asOf < until` (`until` null: still running). Dates are ISO dates
 *   compared as strings on their first ten characters (YYYY-MM-DD), as `isValidAt` in libs/domain does.
 * - Several valid ties between the same pair (in either direction) make one edge: `weight` is the strongest
 *   tie's strength (the strongest tie between two people is the one that counts, as `buildGraph`'s 'max' rule)
 *   and `tieIds` lists every valid tie of the pair, strongest first (input order among equals).
 * - Every person is a node, isolated people included; node attributes are a shallow copy of the person object,
 *   so callers can attach street, collectives or roles and read them back in groupings.
 * - A tie naming someone not in `people` is an error (`unknownPeople: 'error'`, the default: a missing person is
 *   usually a query bug) or is left out (`'skip'`: e.g. ties that leave the place being analysed).
 *
 * Errors: `graph/tie-graph: …`.
 */
import { UndirectedGraph } from 'graphology';

export interface TiePerson {
  id: string;
}

export interface TieRecord {
  id: string;
  personAId: string;
  personBId: string;
  /** 1..5 in Weefsel; any finite number > 0 is accepted */
  strength: number;
  /** YYYY-MM-DD (a longer ISO string is compared on its date) */
  since: string;
  until: string | null;
}

export interface TieEdgeAttributes {
  /** strength of the strongest tie of the pair valid at `asOf` */
  weight: number;
  /** every tie of the pair valid at `asOf`, strongest first */
  tieIds: string[];
}

export type TieGraph<P extends TiePerson = TiePerson> = UndirectedGraph<P, TieEdgeAttributes>;

export interface TieGraphOptions {
  /** YYYY-MM-DD */
  asOf: string;
  unknownPeople: 'error' | 'skip';
}

export const DEFAULTS: Omit<TieGraphOptions, 'asOf'> = { unknownPeople: 'error' };

const DATE = /^\d{4}-\d{2}-\d{2}/;

export function buildTieGraph<P extends TiePerson, T extends TieRecord = TieRecord>(
  people: Iterable<P>,
  ties: Iterable<T>,
  options: Pick<TieGraphOptions, 'asOf'> & Partial<TieGraphOptions>,
): TieGraph<P> {
  const { asOf, unknownPeople } = { ...DEFAULTS, ...options };
  if (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new Error(`graph/tie-graph: asOf must be a date YYYY-MM-DD, got ${String(asOf)}`);
  }
  const graph: TieGraph<P> = new UndirectedGraph<P, TieEdgeAttributes>({ allowSelfLoops: false });
  for (const person of people) {
    if (typeof person.id !== 'string' || person.id.length === 0) {
      throw new Error(`graph/tie-graph: a person needs a non-empty string id, got ${String(person.id)}`);
    }
    if (graph.hasNode(person.id)) {
      throw new Error(`graph/tie-graph: person "${person.id}" is listed twice`);
    }
    graph.addNode(person.id, { ...person });
  }

  // valid ties per edge, kept with their input position for a stable strongest-first order
  const valid = new Map<string, { id: string; strength: number }[]>();
  for (const tie of ties) {
    if (!DATE.test(tie.since) || (tie.until !== null && !DATE.test(tie.until))) {
      throw new Error(
        `graph/tie-graph: tie "${tie.id}" needs dates YYYY-MM-DD, got since ${tie.since} until ${tie.until}`,
      );
    }
    const a = tie.personAId;
    const b = tie.personBId;
    // checked on every tie, valid at asOf or not: bad data should not depend on the date asked for
    if (a === b) {
      throw new Error(`graph/tie-graph: tie "${tie.id}" is a self-loop on "${a}"`);
    }
    if (typeof tie.strength !== 'number' || !Number.isFinite(tie.strength) || tie.strength <= 0) {
      throw new Error(`graph/tie-graph: tie "${tie.id}" needs a strength > 0, got ${String(tie.strength)}`);
    }
    if (!isValidAt(tie, asOf)) continue;
    if (!graph.hasNode(a) || !graph.hasNode(b)) {
      if (unknownPeople === 'skip') continue;
      const missing = graph.hasNode(a) ? b : a;
      throw new Error(`graph/tie-graph: tie "${tie.id}" names "${missing}", who is not among the people`);
    }
    let edge = graph.edge(a, b);
    if (edge === undefined) {
      edge = graph.addEdge(a, b, { weight: tie.strength, tieIds: [] });
      valid.set(edge, []);
    }
    (valid.get(edge) as { id: string; strength: number }[]).push({ id: tie.id, strength: tie.strength });
  }

  for (const [edge, list] of valid) {
    // Array.prototype.sort is stable: equal strengths keep their input order
    list.sort((x, y) => y.strength - x.strength);
    graph.mergeEdgeAttributes(edge, { weight: list[0].strength, tieIds: list.map((t) => t.id) });
  }
  return graph;
}

/** `since <= asOf < until` on the date part, as libs/domain's `isValidAt`. */
function isValidAt(tie: TieRecord, asOf: string): boolean {
  if (tie.since.slice(0, 10) > asOf) return false;
  if (tie.until !== null && tie.until.slice(0, 10) <= asOf) return false;
  return true;
}
