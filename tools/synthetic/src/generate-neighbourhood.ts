/**
 * A seeded synthetic neighbourhood: people in households along streets, streets grouped into buurten, and
 * ties that look like a real neighbourhood's — for benchmarks and for trying the analysts' CLI without
 * personal data. Pure: the same options give the same neighbourhood (and the same CSV bytes).
 *
 * How it is made (all draws from @weefsel/graph's seeded `createRandom`):
 * 1. Streets of 20–60 people (the last one takes the rest), filled with households of 1–5 people along the
 *    street (sizes 1:37 %, 2:33 %, 3:12 %, 4:13 %, 5:5 %, roughly the Dutch mix; CBS). Streets form buurten of
 *    6–12 consecutive streets; a street's neighbours are those at most two places away in its buurt.
 * 2. Isolates: `isolateShare` of the people (default 6.5 %), single-person households first, get no tie.
 *    `closedStreets` streets (default 2) tie only among themselves: with the isolates they make the extra
 *    components (a block of flats, a new-build court).
 * 3. Ties, until exactly `ties` distinct pairs exist (fewer only if the budget runs out in stage a):
 *    a. household members all know each other (strength 5, sometimes 4);
 *    b. next-door neighbours: each household to the next one on the street (so streets hang together), and
 *       anyone still without a tie gets one to a near neighbour;
 *    c. 30 % of the rest: acquaintances on the same street, mostly a few doors away;
 *    d. 20 %: friendships with people on a neighbouring street;
 *    e. 5 %: long weak ties between streets of different buurten (strength 1–2);
 *    f. the rest: triadic closure — two contacts of one person get to know each other (friends of friends),
 *       which gives the clustering of a real neighbourhood; then, should closure run dry, more of (c).
 *    Who makes the ties is skewed: everyone has a sociability drawn from a log-normal distribution, so a few
 *    connectors have many ties and most people a handful.
 * Strengths (1–5): household 5/4; same street mostly 2–3; across streets mostly 1–2 (weak ties are the ones
 * that cross).
 */
import { createRandom, type RandomSource } from '@weefsel/graph';

export interface NeighbourhoodOptions {
  people: number;
  ties: number;
  seed: number;
  /** share of people without any tie */
  isolateShare: number;
  /** streets whose people tie only among themselves (extra components) */
  closedStreets: number;
}

export const DEFAULTS: NeighbourhoodOptions = {
  people: 10_000,
  ties: 50_000,
  seed: 1,
  isolateShare: 0.065,
  closedStreets: 2,
};

export interface SyntheticPerson {
  id: string;
  street: number;
  household: number;
}

export interface SyntheticTie {
  source: string;
  target: string;
  weight: number;
}

export interface Neighbourhood {
  people: SyntheticPerson[];
  /** distinct undirected pairs, sorted by source then target */
  ties: SyntheticTie[];
  streets: number;
  buurten: number;
  households: number;
  isolates: number;
}

const STREET_MIN = 20;
const STREET_MAX = 60;
const BUURT_MIN = 6;
const BUURT_MAX = 12;
/** cumulative shares of household sizes 1..5 */
const HOUSEHOLD_SIZES = [0.37, 0.7, 0.82, 0.95, 1];
/** cumulative probabilities of strengths 1..5 */
const STRENGTH = {
  sameStreet: [0.12, 0.42, 0.75, 0.92, 1],
  crossStreet: [0.3, 0.65, 0.85, 0.95, 1],
  longWeak: [0.65, 1, 1, 1, 1],
};
const SHARE = { sameStreet: 0.3, crossStreet: 0.15, longWeak: 0.05 };
/** chance that two contacts of someone on different streets get to know each other, when drawn */
const CROSS_STREET_CLOSURE = 0.3;
/** give up on a stage after this many failed draws per tie asked for */
const ATTEMPTS_PER_TIE = 30;

function check(options: NeighbourhoodOptions): void {
  const { people, ties, seed, isolateShare, closedStreets } = options;
  if (!Number.isInteger(people) || people < 2)
    throw new Error(`synthetic: people must be a whole number ≥ 2, got ${people}`);
  if (!Number.isInteger(ties) || ties < 1) throw new Error(`synthetic: ties must be a whole number ≥ 1, got ${ties}`);
  if (!Number.isInteger(seed)) throw new Error(`synthetic: seed must be a whole number, got ${seed}`);
  if (!(isolateShare >= 0 && isolateShare < 1)) {
    throw new Error(`synthetic: isolateShare must be in [0, 1), got ${isolateShare}`);
  }
  if (!Number.isInteger(closedStreets) || closedStreets < 0) {
    throw new Error(`synthetic: closedStreets must be a whole number ≥ 0, got ${closedStreets}`);
  }
  const active = people - Math.round(isolateShare * people);
  // a street of 60 people can hold 1,770 ties; ask for at most a third of that density
  if (ties > (active * (STREET_MAX - 1)) / 6) {
    throw new Error(
      `synthetic: ${ties} ties is too many for ${people} people (at most ${Math.floor((active * (STREET_MAX - 1)) / 6)})`,
    );
  }
}

function between(rng: RandomSource, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pick<T>(rng: RandomSource, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

function draw(rng: RandomSource, cumulative: readonly number[]): number {
  const u = rng();
  let i = 0;
  while (i < cumulative.length - 1 && u >= cumulative[i]) i++;
  return i + 1;
}

function shuffle<T>(rng: RandomSource, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** log-normal sociability, σ = 0.8 (Box–Muller) */
function sociability(rng: RandomSource): number {
  const normal = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  return Math.exp(0.8 * normal);
}

/** Draws an index with probability proportional to its weight (cumulative sums, binary search). */
class WeightedPicker {
  private readonly cumulative: Float64Array;

  constructor(
    readonly items: readonly number[],
    weight: (item: number) => number,
  ) {
    this.cumulative = new Float64Array(items.length);
    let total = 0;
    items.forEach((item, i) => {
      total += weight(item);
      this.cumulative[i] = total;
    });
  }

  get empty(): boolean {
    return this.items.length === 0;
  }

  pick(rng: RandomSource): number {
    const target = rng() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

interface Street {
  buurt: number;
  /** households in house order, each a list of person indices */
  households: number[][];
  closed: boolean;
}

export function generateNeighbourhood(options: Partial<NeighbourhoodOptions> = {}): Neighbourhood {
  const settings: NeighbourhoodOptions = { ...DEFAULTS, ...options };
  check(settings);
  const { people: n, ties: budget, isolateShare } = settings;
  const rng = createRandom(settings.seed);

  // 1. streets, households, buurten
  const streets: Street[] = [];
  const streetOf = new Int32Array(n);
  const householdOf = new Int32Array(n);
  const houseOf = new Int32Array(n); // position of the household along its street
  let placed = 0;
  let householdCount = 0;
  let buurt = 0;
  let streetsLeftInBuurt = between(rng, BUURT_MIN, BUURT_MAX);
  while (placed < n) {
    const remaining = n - placed;
    const size =
      remaining <= STREET_MAX ? remaining : between(rng, STREET_MIN, Math.min(STREET_MAX, remaining - STREET_MIN));
    if (streetsLeftInBuurt === 0) {
      buurt++;
      streetsLeftInBuurt = between(rng, BUURT_MIN, BUURT_MAX);
    }
    streetsLeftInBuurt--;
    const street: Street = { buurt, households: [], closed: false };
    let filled = 0;
    while (filled < size) {
      const members: number[] = [];
      const householdSize = Math.min(draw(rng, HOUSEHOLD_SIZES), size - filled);
      for (let k = 0; k < householdSize; k++) {
        const person = placed + filled + k;
        streetOf[person] = streets.length;
        householdOf[person] = householdCount;
        houseOf[person] = street.households.length;
        members.push(person);
      }
      street.households.push(members);
      householdCount++;
      filled += householdSize;
    }
    streets.push(street);
    placed += size;
  }

  // 2. isolates (single-person households first) and closed streets (never the only open one)
  const isolated = new Uint8Array(n);
  const isolateCount = Math.round(isolateShare * n);
  const singles: number[] = [];
  const others: number[] = [];
  for (const street of streets) {
    for (const members of street.households) (members.length === 1 ? singles : others).push(...members);
  }
  for (const person of [...shuffle(rng, singles), ...shuffle(rng, others)].slice(0, isolateCount)) {
    isolated[person] = 1;
  }
  const closable = Math.max(0, Math.min(settings.closedStreets, Math.floor(streets.length / 4)));
  for (const s of shuffle(
    rng,
    streets.map((_, s) => s),
  ).slice(0, closable)) {
    streets[s].closed = true;
  }

  // 3. ties
  const weight = new Map<number, number>();
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  const add = (a: number, b: number, strength: number): boolean => {
    if (weight.size >= budget || a === b || isolated[a] || isolated[b]) return false;
    const key = a < b ? a * n + b : b * n + a;
    if (weight.has(key)) return false;
    weight.set(key, strength);
    neighbours[a].push(b);
    neighbours[b].push(a);
    return true;
  };
  const active = (members: number[]): number[] => members.filter((p) => !isolated[p]);
  const social = Float64Array.from({ length: n }, () => sociability(rng));

  // a. households
  for (const street of streets) {
    for (const members of street.households) {
      const home = active(members);
      for (let i = 0; i < home.length; i++) {
        for (let j = i + 1; j < home.length; j++) add(home[i], home[j], rng() < 0.85 ? 5 : 4);
      }
    }
  }

  // b. next door: each household to the next one with someone in it (closed streets must hang together)
  const occupied = streets.map((street) => street.households.map(active).filter((home) => home.length > 0));
  occupied.forEach((homes, s) => {
    for (let h = 0; h + 1 < homes.length; h++) {
      if (streets[s].closed || rng() < 0.85)
        add(pick(rng, homes[h]), pick(rng, homes[h + 1]), draw(rng, STRENGTH.sameStreet));
    }
  });
  // a person on a street: someone a few doors away (house distance 1 + Exp(mean 3)), on either side
  const nearby = (person: number): number => {
    const homes = streets[streetOf[person]].households;
    const step = 1 + Math.floor(-3 * Math.log(1 - rng()));
    const house = houseOf[person] + (rng() < 0.5 ? -step : step);
    if (house < 0 || house >= homes.length) return -1;
    const candidates = active(homes[house]);
    return candidates.length === 0 ? -1 : pick(rng, candidates);
  };
  for (let p = 0; p < n; p++) {
    for (let attempt = 0; !isolated[p] && neighbours[p].length === 0 && attempt < 100; attempt++) {
      const q = nearby(p);
      if (q >= 0) add(p, q, draw(rng, STRENGTH.sameStreet));
    }
  }

  const everyone: number[] = [];
  const open: number[] = [];
  for (let p = 0; p < n; p++) {
    if (isolated[p]) continue;
    everyone.push(p);
    if (!streets[streetOf[p]].closed) open.push(p);
  }
  const anyone = new WeightedPicker(everyone, (p) => social[p]);
  const anyoneOpen = new WeightedPicker(open, (p) => social[p]);
  const openOnStreet = streets.map(
    (street) =>
      new WeightedPicker(street.closed ? [] : street.households.flat().filter((p) => !isolated[p]), (p) => social[p]),
  );
  const streetsOfBuurt = new Map<number, number[]>();
  streets.forEach((street, s) => {
    if (street.closed || openOnStreet[s].empty) return;
    const list = streetsOfBuurt.get(street.buurt);
    if (list) list.push(s);
    else streetsOfBuurt.set(street.buurt, [s]);
  });

  const rest = budget - weight.size;
  const run = (quota: number, attemptTie: () => boolean): void => {
    const goal = Math.min(budget, weight.size + quota);
    for (let attempts = 0; weight.size < goal && attempts < quota * ATTEMPTS_PER_TIE; attempts++) attemptTie();
  };
  const sameStreet = (): boolean => {
    const p = anyone.pick(rng);
    const q = nearby(p);
    return q >= 0 && add(p, q, draw(rng, STRENGTH.sameStreet));
  };

  // c. acquaintances on the same street
  run(Math.round(SHARE.sameStreet * rest), sameStreet);
  // d. friends on a neighbouring street (same buurt, at most two streets away)
  if (!anyoneOpen.empty) {
    run(Math.round(SHARE.crossStreet * rest), () => {
      const p = anyoneOpen.pick(rng);
      const s = streetOf[p];
      const candidates = (streetsOfBuurt.get(streets[s].buurt) ?? []).filter((t) => t !== s && Math.abs(t - s) <= 2);
      if (candidates.length === 0) return false;
      return add(p, openOnStreet[pick(rng, candidates)].pick(rng), draw(rng, STRENGTH.crossStreet));
    });
    // e. long weak ties between buurten (or between far-apart streets when there is one buurt)
    run(Math.round(SHARE.longWeak * rest), () => {
      const p = anyoneOpen.pick(rng);
      const q = anyoneOpen.pick(rng);
      const far =
        streetsOfBuurt.size > 1
          ? streets[streetOf[p]].buurt !== streets[streetOf[q]].buurt
          : Math.abs(streetOf[p] - streetOf[q]) > 2;
      return far && add(p, q, draw(rng, STRENGTH.longWeak));
    });
  }
  // f. triadic closure: two of someone's contacts meet (strength by whether they share a street)
  run(budget - weight.size, () => {
    const p = anyone.pick(rng);
    const contacts = neighbours[p];
    if (contacts.length < 2) return false;
    const u = pick(rng, contacts);
    const v = pick(rng, contacts);
    if (streetOf[u] === streetOf[v]) return add(u, v, draw(rng, STRENGTH.sameStreet));
    // friends of friends meet more easily on their own street
    return rng() < CROSS_STREET_CLOSURE && add(u, v, draw(rng, STRENGTH.crossStreet));
  });
  run(budget - weight.size, sameStreet);

  // output: ids zero-padded so that string order is number order
  const width = String(n).length;
  const id = (p: number): string => `p${String(p + 1).padStart(width, '0')}`;
  const keys = [...weight.keys()].sort((a, b) => a - b);
  return {
    people: Array.from({ length: n }, (_, p) => ({
      id: id(p),
      street: streetOf[p] + 1,
      household: householdOf[p] + 1,
    })),
    ties: keys.map((key) => ({
      source: id(Math.floor(key / n)),
      target: id(key % n),
      weight: weight.get(key) as number,
    })),
    streets: streets.length,
    buurten: buurt + 1,
    households: householdCount,
    isolates: isolateCount,
  };
}

/** EDGES.csv for the analysts' CLI: `source,target,weight`, one tie a line. */
export function edgesCsv(neighbourhood: Neighbourhood): string {
  return (
    ['source,target,weight', ...neighbourhood.ties.map((t) => `${t.source},${t.target},${t.weight}`)].join('\n') + '\n'
  );
}

/** NODES.csv: `id,street,household` (the CLI reads `id`; street and household are for grouping). */
export function nodesCsv(neighbourhood: Neighbourhood): string {
  return (
    ['id,street,household', ...neighbourhood.people.map((p) => `${p.id},${p.street},${p.household}`)].join('\n') + '\n'
  );
}
