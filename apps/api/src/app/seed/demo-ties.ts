/**
 * The social ties of De Lindenhof, phase by phase: families, the single weak tie of those at risk, neighbours
 * along each street (nearby doors, so triangles form), connectors reaching across the streets of their cluster,
 * friends across streets, triadic closure, and then the bridges between clusters and the ties that ended.
 * Every tie goes through TieBuilder, which refuses whatever would break the plan.
 */
import { EcogramFunction, TieKind, TieSource } from '@weefsel/domain';
import type { TieRow } from '../import-export/import-rows';
import { addDays, dateBetween, dateOf, laterOf } from './demo-dates';
import { DemoHousehold, DemoPerson, DemoPopulation, familyNameOf } from './demo-people';
import { TIE_NOTES } from './demo-phrases';
import { TieBuilder } from './demo-tie-builder';
import { SeededRandom } from './seeded-random';

const { PRACTICAL, COMPANIONSHIP, ADVICE, EMOTIONAL } = EcogramFunction;

export interface TieContext {
  rng: SeededRandom;
  today: string;
  population: DemoPopulation;
  ties: TieBuilder;
}

/** What a tie of this kind typically gives (Wolf's ecogram functions). */
export function functionsFor(rng: SeededRandom, kind: TieKind): EcogramFunction[] {
  const maybe = (p: number, f: EcogramFunction) => (rng.chance(p) ? [f] : []);
  switch (kind) {
    case TieKind.FAMILY:
      return [EMOTIONAL, PRACTICAL, ...maybe(0.5, COMPANIONSHIP)];
    case TieKind.NEIGHBOUR:
      return [PRACTICAL, ...maybe(0.4, COMPANIONSHIP), ...maybe(0.1, ADVICE)];
    case TieKind.FRIEND:
      return [COMPANIONSHIP, ...maybe(0.6, EMOTIONAL), ...maybe(0.3, ADVICE)];
    case TieKind.HELPS:
      return [rng.chance(0.6) ? PRACTICAL : COMPANIONSHIP];
    case TieKind.MET_VIA_INITIATIVE:
      return [COMPANIONSHIP, ...maybe(0.4, PRACTICAL)];
    default:
      return [rng.chance(0.5) ? ADVICE : COMPANIONSHIP, ...maybe(0.3, PRACTICAL)];
  }
}

/** A start date after both moved in; now and then a recent one (the last three months). */
export function tieSince(rng: SeededRandom, today: string, a: DemoPerson, b: DemoPerson, recentChance = 0.08): string {
  const from = addDays(laterOf(a.movedInOn, b.movedInOn), 7);
  const to = addDays(today, -3);
  return dateBetween(rng, rng.chance(recentChance) ? laterOf(from, addDays(today, -90)) : from, to);
}

const weakStrength = (rng: SeededRandom) =>
  rng.weighted([
    [1, 45],
    [2, 55],
  ] as const);
const neighbourStrength = (rng: SeededRandom) =>
  rng.weighted([
    [1, 35],
    [2, 40],
    [3, 25],
  ] as const);

/** A neighbour tie of `p` with someone in their street (or cluster), for anyone the phases left without one. */
export function addFallbackTie(ctx: TieContext, p: DemoPerson): TieRow | null {
  const { rng, today, population, ties } = ctx;
  const sameStreet = population.people.filter((q) => q.street === p.street && q.maxTiesToday > 1);
  const sameCluster = population.people.filter((q) => q.cluster === p.cluster && q.maxTiesToday > 1);
  for (const q of [...rng.shuffle(sameStreet), ...rng.shuffle(sameCluster)]) {
    const kind = q.street === p.street ? TieKind.NEIGHBOUR : TieKind.ACQUAINTANCE;
    const since = tieSince(rng, today, p, q);
    const row = ties.add({ a: p, b: q, kind, functions: functionsFor(rng, kind), strength: weakStrength(rng), since });
    if (row) return row;
  }
  return null;
}

export function buildBaseTies(ctx: TieContext): void {
  const { rng, today, population, ties } = ctx;
  const { people, households } = population;

  // families: every pair in a household, strength 4–5
  for (const household of households) {
    const members = household.members;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const youngest = Math.max(members[i].row.birthYear ?? 0, members[j].row.birthYear ?? 0);
        const since = laterOf(household.movedInOn, dateOf(youngest, rng.int(1, 12), rng.int(1, 28)));
        const source = rng.chance(0.7) ? TieSource.SELF_REPORTED : TieSource.OBSERVED_BY_WORKER;
        const a = members[i];
        const b = members[j];
        ties.add({
          a,
          b,
          kind: TieKind.FAMILY,
          functions: functionsFor(rng, TieKind.FAMILY),
          strength: rng.int(4, 5),
          since,
          source,
        });
      }
    }
  }

  // at-risk singles: one weak tie, in Eikenhof with the key figure (so the court hangs on her or him)
  for (const p of people.filter((q) => q.maxTiesToday === 1 && q.household.members.length === 1)) {
    const pool = people.filter((q) => q.street === p.street && q.maxTiesToday > 1 && q !== p);
    const toHub = pool.length === 0 || p.cluster === 'EIKENHOF';
    const partner = toHub ? population.eikenhofHub : rng.pick(pool);
    const since = tieSince(rng, today, p, partner);
    ties.add({ a: p, b: partner, kind: TieKind.NEIGHBOUR, functions: [PRACTICAL], strength: weakStrength(rng), since });
  }

  // neighbours: households a few doors apart, chance falling with distance
  for (const street of new Set(households.map((h) => h.street))) {
    const row = households.filter((h) => h.street === street);
    for (let i = 0; i < row.length; i++) {
      street.neighbourChance.forEach((chance, distance) => {
        const other = row[i + distance + 1];
        if (!other || !rng.chance(chance)) return;
        // one tie between the households, a second one now and then between two others of bigger households
        const links = row[i].members.length > 1 && other.members.length > 1 && rng.chance(0.85) ? 2 : 1;
        const open = (h: DemoHousehold) => h.members.filter((m) => ties.degree(m) < m.maxTiesToday);
        const [as, bs] = [rng.shuffle(open(row[i])), rng.shuffle(open(other))];
        for (let k = 0; k < Math.min(links, as.length, bs.length); k++) {
          const [a, b] = [as[k], bs[k]];
          const since = tieSince(rng, today, a, b);
          const kind = TieKind.NEIGHBOUR;
          ties.add({ a, b, kind, functions: functionsFor(rng, kind), strength: neighbourStrength(rng), since });
        }
      });
    }
  }

  // connectors and key figures: many ties, mostly across the streets of their cluster
  for (const c of population.connectors) {
    const pool = people.filter((q) => q.cluster === c.cluster && q !== c && q.maxTiesToday > 1);
    const wanted = c === population.eikenhofHub ? pool.length : rng.int(13, 18);
    const chosen = rng.weightedSample(pool, wanted, (q) => (q.street === c.street ? 1 : 2.5));
    for (const q of chosen) {
      const kind = q.street === c.street ? TieKind.NEIGHBOUR : rng.chance(0.6) ? TieKind.ACQUAINTANCE : TieKind.FRIEND;
      const functions = [ADVICE, ...functionsFor(rng, kind)];
      const since = tieSince(rng, today, c, q, 0.12);
      const source = rng.chance(0.6) ? TieSource.OBSERVED_BY_WORKER : TieSource.SELF_REPORTED;
      ties.add({ a: c, b: q, kind, functions, strength: rng.int(2, 4), since, source });
    }
  }

  // friends across streets within a cluster: alike in age or background
  for (const p of people.filter((q) => q.maxTiesToday > 1)) {
    if (!rng.chance(0.25)) continue;
    const pool = people.filter((q) => q.cluster === p.cluster && q.household !== p.household && q.maxTiesToday > 1);
    const [q] = rng.weightedSample(pool, 1, (x) => {
      const ageGap = Math.abs((x.row.birthYear ?? 1970) - (p.row.birthYear ?? 1970));
      return (x.street === p.street ? 1 : 2) * (ageGap < 10 ? 3 : 1) * (x.background === p.background ? 2 : 1);
    });
    if (!q) continue;
    const note = rng.chance(0.12) ? rng.pick(TIE_NOTES) : null;
    const since = tieSince(rng, today, p, q);
    const kind = TieKind.FRIEND;
    ties.add({ a: p, b: q, kind, functions: functionsFor(rng, kind), strength: rng.int(2, 4), since, note });
  }

  // triadic closure: two people with a common acquaintance often get to know each other
  for (let round = 0; round < Math.round(people.length / 3); round++) {
    const p = rng.pick(people);
    const around = ties.neighboursOf(p).map((id) => population.byId.get(id) as DemoPerson);
    if (around.length < 2) continue;
    const [x, y] = rng.shuffle(around);
    if (x.household === y.household) continue;
    const kind = rng.chance(0.6) ? TieKind.ACQUAINTANCE : TieKind.FRIEND;
    const since = tieSince(rng, today, x, y);
    ties.add({ a: x, b: y, kind, functions: functionsFor(rng, kind), strength: rng.int(1, 3), since });
  }
}

/** Ordinary residents (not a connector, not capped) of a street, to put at the ends of a bridge. */
function bridgeEnd(ctx: TieContext, streetId: string): DemoPerson {
  const pool = ctx.population.people.filter(
    (p) => p.street.externalId === streetId && !p.connector && p.maxTiesToday > 1,
  );
  return ctx.rng.pick(pool);
}

/**
 * The weak ties that are the only link, as of today, between the village core and Lindenlaan and between the
 * village core and Eikenhof (Lindenlaan ↔ new-build is a tie made via Lindenhof Helpt, demo-initiatives.ts).
 */
export function buildBridges(ctx: TieContext): TieRow[] {
  const { rng, today, ties } = ctx;
  const plans = [
    { from: 'street-bakkerstraat', to: 'street-lindenlaan', strength: 2, note: 'Kennen elkaar van de zaterdagmarkt.' },
    { from: 'street-kerkpad', to: 'street-eikenhof', strength: 1, note: 'Groeten elkaar na de kerkdienst.' },
  ];
  const rows: TieRow[] = [];
  for (const plan of plans) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const a = bridgeEnd(ctx, plan.from);
      const b = bridgeEnd(ctx, plan.to);
      // different family names, so a bridge is never mistaken for family
      if (familyNameOf(a) === familyNameOf(b)) continue;
      const kind = TieKind.ACQUAINTANCE;
      const since = tieSince(rng, today, a, b, 0.3);
      const source = TieSource.OBSERVED_BY_WORKER;
      const { strength, note } = plan;
      const functions = [COMPANIONSHIP];
      const row = ties.add({ a, b, kind, functions, strength, since, source, note, crossCluster: true });
      if (row) {
        rows.push(row);
        break;
      }
    }
  }
  return rows;
}
