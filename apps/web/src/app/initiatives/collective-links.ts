/**
 * Collectives and the bridges between them (lesson 4: "make friends before you need them" — collectives with no
 * bridge to others, visible before a crisis), computed from the network of a place at a date:
 *
 * - E-I index of a collective (Krackhardt & Stern 1988, as libs/graph groups/e-i-index.ts per group): I = ties
 *   between two of its members, E = ties between a member and a non-member; (E − I) / (E + I), from −1 (all ties
 *   stay inside) to +1 (all ties go outside); null without any tie.
 * - Links between collectives A and B, as libs/graph suggestions/bridge-groups.ts defines them: the people in
 *   both, plus the ties between someone of A (not in B) and someone of B (not in A).
 * - A collective with no link to any other collective has no bridge; one linked to another by a single link hangs
 *   on that one person or tie.
 * Memberships and ties are those the network query returns: valid at its date, between people the user may see.
 */
import type { NetworkLinks } from './initiatives-api';

export interface CollectiveLinks {
  collectiveId: string;
  members: number;
  internal: number;
  external: number;
  ei: number | null;
  /** other collectives it has at least one link with, with the number of links */
  linked: { collectiveId: string; links: number }[];
  /** the other collectives of the place it has no link with */
  unlinked: string[];
  noBridge: boolean;
}

export function collectiveLinks(network: NetworkLinks): Map<string, CollectiveLinks> {
  const collectives = new Set(network.nodes.filter((n) => n.kind === 'COLLECTIVE').map((n) => n.id));
  const members = new Map<string, Set<string>>([...collectives].map((id) => [id, new Set<string>()]));
  const ties: [string, string][] = [];
  for (const edge of network.edges) {
    if (edge.kind === 'MEMBERSHIP') {
      const [person, collective] = collectives.has(edge.target)
        ? [edge.source, edge.target]
        : [edge.target, edge.source];
      members.get(collective)?.add(person);
    } else if (edge.kind === 'TIE' && edge.source !== edge.target) {
      ties.push([edge.source, edge.target]);
    }
  }

  const result = new Map<string, CollectiveLinks>();
  const ids = [...collectives];
  for (const a of ids) {
    const inA = members.get(a) as Set<string>;
    let internal = 0;
    let external = 0;
    for (const [x, y] of ties) {
      const xIn = inA.has(x);
      const yIn = inA.has(y);
      if (xIn && yIn) internal++;
      else if (xIn || yIn) external++;
    }
    const linked: { collectiveId: string; links: number }[] = [];
    const unlinked: string[] = [];
    for (const b of ids) {
      if (b === a) continue;
      const inB = members.get(b) as Set<string>;
      let links = 0;
      for (const person of inA) if (inB.has(person)) links++;
      for (const [x, y] of ties) {
        const xOnlyA = inA.has(x) && !inB.has(x);
        const yOnlyA = inA.has(y) && !inB.has(y);
        const xOnlyB = inB.has(x) && !inA.has(x);
        const yOnlyB = inB.has(y) && !inA.has(y);
        if ((xOnlyA && yOnlyB) || (xOnlyB && yOnlyA)) links++;
      }
      if (links > 0) linked.push({ collectiveId: b, links });
      else unlinked.push(b);
    }
    result.set(a, {
      collectiveId: a,
      members: inA.size,
      internal,
      external,
      ei: internal + external === 0 ? null : (external - internal) / (external + internal),
      linked,
      unlinked,
      noBridge: ids.length > 1 && linked.length === 0,
    });
  }
  return result;
}
