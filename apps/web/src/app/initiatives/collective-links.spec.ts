import { collectiveLinks } from './collective-links';
import type { NetworkLinks } from './initiatives-api';

/**
 * A hand-worked network: collective A = {a1, a2, x}, B = {b1, x}, C = {c1}.
 * Ties: a1–a2 (inside A), a1–b1 (A to B), b1–p (B to an outsider), c1–p (C to the outsider).
 */
const network: NetworkLinks = {
  nodes: [
    ...['A', 'B', 'C'].map((id) => ({ id, kind: 'COLLECTIVE' })),
    ...['a1', 'a2', 'x', 'b1', 'c1', 'p'].map((id) => ({ id, kind: 'PERSON' })),
  ],
  edges: [
    { kind: 'MEMBERSHIP', source: 'a1', target: 'A' },
    { kind: 'MEMBERSHIP', source: 'a2', target: 'A' },
    { kind: 'MEMBERSHIP', source: 'x', target: 'A' },
    { kind: 'MEMBERSHIP', source: 'x', target: 'B' },
    // a membership written the other way round counts the same
    { kind: 'MEMBERSHIP', source: 'B', target: 'b1' },
    { kind: 'MEMBERSHIP', source: 'c1', target: 'C' },
    { kind: 'TIE', source: 'a1', target: 'a2' },
    { kind: 'TIE', source: 'a1', target: 'b1' },
    { kind: 'TIE', source: 'b1', target: 'p' },
    { kind: 'TIE', source: 'c1', target: 'p' },
    { kind: 'PARTICIPATION', source: 'p', target: 'I' },
  ],
};

describe('collectiveLinks', () => {
  const links = collectiveLinks(network);

  it('computes the E-I index of each collective (Krackhardt & Stern: (E − I) / (E + I))', () => {
    // A: internal a1–a2; external a1–b1 → (1 − 1) / 2 = 0
    expect(links.get('A')).toMatchObject({ members: 3, internal: 1, external: 1, ei: 0 });
    // B: no internal tie; external a1–b1 and b1–p → +1
    expect(links.get('B')).toMatchObject({ members: 2, internal: 0, external: 2, ei: 1 });
    // C: one external tie → +1
    expect(links.get('C')).toMatchObject({ members: 1, internal: 0, external: 1, ei: 1 });
  });

  it('counts links between collectives: shared members plus ties between members of only one of them', () => {
    // A–B: x is in both (1) and a1–b1 joins a member of A only with a member of B only (1)
    expect(links.get('A')?.linked).toEqual([{ collectiveId: 'B', links: 2 }]);
    expect(links.get('B')?.linked).toEqual([{ collectiveId: 'A', links: 2 }]);
    expect(links.get('A')?.unlinked).toEqual(['C']);
  });

  it('flags a collective with no link to any other as having no bridge', () => {
    // C's only tie goes to p, who is in no collective
    expect(links.get('C')).toMatchObject({ linked: [], noBridge: true });
    expect(links.get('A')?.noBridge).toBe(false);
  });

  it('gives no E-I index for a collective without ties, and no bridge verdict when it is the only one', () => {
    const alone = collectiveLinks({
      nodes: [
        { id: 'A', kind: 'COLLECTIVE' },
        { id: 'a', kind: 'PERSON' },
      ],
      edges: [{ kind: 'MEMBERSHIP', source: 'a', target: 'A' }],
    });
    expect(alone.get('A')).toMatchObject({ ei: null, noBridge: false });
  });
});
