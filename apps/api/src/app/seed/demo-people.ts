/**
 * The residents of De Lindenhof: households along each street, with names, birth years, assets, consent, and the
 * plan the rest of the generator follows: who is isolated (no tie valid today), who is at risk (at most one tie),
 * who the connectors and key figures are.
 */
import { AssetKind, ConsentBasis, PersonRole } from '@weefsel/domain';
import type { PersonRow } from '../import-export/import-rows';
import { addDays, dateBetween, dateInYear, laterOf } from './demo-dates';
import { ASSET_LABELS, BACKGROUND_WEIGHTS, Background, CONNECTOR_ASSET, firstNames, Gender, NAMES } from './demo-names';
import { ClusterKey, DemoStreet } from './demo-places';
import { SeededRandom } from './seeded-random';

export const BIRTH_YEAR_MIN = 1935;
export const BIRTH_YEAR_MAX = 2005;

export interface DemoPerson {
  id: string;
  row: PersonRow;
  street: DemoStreet;
  cluster: ClusterKey;
  household: DemoHousehold;
  gender: Gender;
  background: Background;
  movedInOn: string;
  /** planned to have no tie valid today */
  isolated: boolean;
  /** the most ties this person may have valid today: 0 isolated, 1 at risk, otherwise unlimited */
  maxTiesToday: number;
  /** a connector or key figure: many ties across the streets of their cluster */
  connector: boolean;
}

export interface DemoHousehold {
  street: DemoStreet;
  /** position along the street: households with nearby doors are neighbours */
  door: number;
  movedInOn: string;
  members: DemoPerson[];
}

export interface DemoPopulation {
  people: DemoPerson[];
  households: DemoHousehold[];
  byId: Map<string, DemoPerson>;
  connectors: DemoPerson[];
  /** the key figure of Eikenhof, on whom the coffee morning hangs */
  eikenhofHub: DemoPerson;
}

const clampYear = (year: number) => Math.min(BIRTH_YEAR_MAX, Math.max(BIRTH_YEAR_MIN, year));

/** Polish surnames take the feminine ending for women (Kowalski → Kowalska). */
function surnameFor(surname: string, gender: Gender, background: Background): string {
  return background === 'POLISH' && gender === 'F' && /[sc]ki$/.test(surname) ? `${surname.slice(0, -1)}a` : surname;
}

/** The family name in a display name ("Jan van der Veen" → "van der Veen"). */
export function familyNameOf(person: DemoPerson): string {
  return person.row.displayName.split(' ').slice(1).join(' ');
}

/** Adds a role spell unless the person already holds that role in an overlapping period. */
export function addRole(person: DemoPerson, role: PersonRole, since: string, until: string | null = null): void {
  const overlaps = person.row.roles.some(
    (r) => r.role === role && (r.until === null || r.until > since) && (until === null || since < until),
  );
  if (!overlaps) person.row.roles.push({ role, since, until });
}

/** Adds an asset unless the person has that label already. */
export function addAsset(person: DemoPerson, kind: AssetKind, label: string): void {
  if (!person.row.assets.some((a) => a.label === label)) person.row.assets.push({ kind, label });
}

export function buildPopulation(rng: SeededRandom, streets: readonly DemoStreet[], today: string): DemoPopulation {
  const people: DemoPerson[] = [];
  const households: DemoHousehold[] = [];
  const names = new Set<string>();

  const newPerson = (
    household: DemoHousehold,
    gender: Gender,
    background: Background,
    surname: string,
    birthYear: number,
  ): DemoPerson => {
    const set = NAMES[background];
    let displayName = '';
    for (let attempt = 0; attempt < 40 && (displayName === '' || names.has(displayName)); attempt++) {
      const family = attempt < 20 ? surname : rng.pick(set.surnames);
      displayName = `${rng.pick(firstNames(set, gender, birthYear))} ${surnameFor(family, gender, background)}`;
    }
    if (names.has(displayName)) displayName = `${displayName} (${people.length + 1})`;
    names.add(displayName);
    const id = `person-${String(people.length + 1).padStart(4, '0')}`;
    const person: DemoPerson = {
      id,
      row: {
        externalId: id,
        displayName,
        homePlaceExternalId: household.street.externalId,
        birthYear: clampYear(birthYear),
        roles: [],
        assets: [],
        onWatchList: false,
        consentBasis: null,
        consentRecordedOn: null,
      },
      street: household.street,
      cluster: household.street.cluster,
      household,
      gender,
      background,
      movedInOn: household.movedInOn,
      isolated: false,
      maxTiesToday: Number.POSITIVE_INFINITY,
      connector: false,
    };
    household.members.push(person);
    people.push(person);
    return person;
  };

  for (const street of streets) {
    let count = 0;
    for (let door = 0; count < street.residents; door++) {
      const weights = street.householdSizes.map((w, i) => [i + 1, w] as const);
      const size = Math.min(rng.weighted(weights), street.residents - count);
      const background = rng.weighted(BACKGROUND_WEIGHTS[street.profile]);
      const [recent, longAgo] = street.movedInYearsAgo;
      const movedInOn = dateBetween(rng, addDays(today, -365 * longAgo - 200), addDays(today, -365 * recent - 20));
      const household: DemoHousehold = { street, door, movedInOn, members: [] };
      households.push(household);
      const surname = rng.pick(NAMES[background].surnames);
      // households with grown-up children need parents born early enough for children born by 2005
      const [fromYear, toYear] = street.headBirthYears;
      const head = rng.int(fromYear, size >= 3 ? Math.min(toYear, 1980) : toYear);
      const headGender: Gender = rng.chance(0.5) ? 'F' : 'M';
      newPerson(household, headGender, background, surname, head);
      if (size >= 2) {
        const parentAndChild = size === 2 && head <= 1975 && rng.chance(0.2);
        if (parentAndChild) {
          newPerson(household, rng.chance(0.5) ? 'F' : 'M', background, surname, rng.int(head + 24, head + 34));
        } else {
          const partnerGender: Gender = rng.chance(0.05) ? headGender : headGender === 'F' ? 'M' : 'F';
          const ownName = background === 'DUTCH' && rng.chance(0.25);
          const partnerSurname = ownName ? rng.pick(NAMES[background].surnames) : surname;
          newPerson(household, partnerGender, background, partnerSurname, head + rng.int(-4, 4));
        }
      }
      for (let child = 2; child < size; child++) {
        if (child === 4 && background !== 'DUTCH' && head - 25 >= BIRTH_YEAR_MIN && rng.chance(0.4)) {
          newPerson(household, rng.chance(0.7) ? 'F' : 'M', background, surname, head - rng.int(22, 28));
        } else {
          const born = rng.int(head + 22, Math.min(head + 38, BIRTH_YEAR_MAX));
          newPerson(household, rng.chance(0.5) ? 'F' : 'M', background, surname, born);
        }
      }
      count += size;
    }
  }
  for (const person of people) giveAssetsAndConsent(rng, person, today);

  const byId = new Map(people.map((p) => [p.id, p]));
  const connectors = chooseConnectors(rng, people, today);
  chooseIsolatedAndAtRisk(rng, people, households);
  chooseWatchList(rng, people);
  const eikenhofHub = connectors.find((c) => c.cluster === 'EIKENHOF');
  if (!eikenhofHub) throw new Error('seed/demo-people: Eikenhof has no key figure');
  return { people, households, byId, connectors, eikenhofHub };
}

function giveAssetsAndConsent(rng: SeededRandom, person: DemoPerson, today: string): void {
  const count = rng.weighted([
    [0, 30],
    [1, 35],
    [2, 25],
    [3, 10],
  ] as const);
  for (let i = 0; i < count; i++) {
    const kind = rng.pick([AssetKind.GIFT, AssetKind.SKILL, AssetKind.SKILL, AssetKind.PASSION]);
    addAsset(person, kind, rng.pick(ASSET_LABELS[kind]));
  }
  const basis = rng.weighted<ConsentBasis | null>([
    [ConsentBasis.CONSENT, 82],
    [ConsentBasis.LEGITIMATE_INTEREST, 10],
    [ConsentBasis.PUBLIC_TASK, 3],
    [null, 5],
  ]);
  person.row.consentBasis = basis;
  person.row.consentRecordedOn =
    basis === null ? null : dateBetween(rng, laterOf(person.movedInOn, addDays(today, -5 * 365)), addDays(today, -7));
}

/** Where the connectors and key figures live, and what they are. */
const CONNECTOR_PLAN: readonly { street: string; role: PersonRole }[] = [
  { street: 'street-bakkerstraat', role: PersonRole.CONNECTOR },
  { street: 'street-kerkpad', role: PersonRole.KEY_FIGURE },
  { street: 'street-lindenlaan', role: PersonRole.CONNECTOR },
  { street: 'street-schoolstraat', role: PersonRole.KEY_FIGURE },
  { street: 'street-vlinderhof', role: PersonRole.CONNECTOR },
  { street: 'street-eikenhof', role: PersonRole.KEY_FIGURE },
];

function chooseConnectors(rng: SeededRandom, people: readonly DemoPerson[], today: string): DemoPerson[] {
  const year = Number(today.slice(0, 4));
  return CONNECTOR_PLAN.map(({ street, role }) => {
    const candidates = people.filter(
      (p) => p.street.externalId === street && (p.row.birthYear ?? 0) >= 1944 && (p.row.birthYear ?? 0) <= 1985,
    );
    const person = rng.pick(candidates.length > 0 ? candidates : people.filter((p) => p.street.externalId === street));
    person.connector = true;
    addAsset(person, AssetKind.GIFT, CONNECTOR_ASSET);
    if (role === PersonRole.CONNECTOR) {
      // a volunteer since 2021 who grew into a connector in 2023 (relative to today's year)
      const connectorSince = dateInYear(rng, year - 3, today);
      addRole(person, PersonRole.VOLUNTEER, dateInYear(rng, year - 5, today), rng.chance(0.5) ? connectorSince : null);
      addRole(person, PersonRole.CONNECTOR, connectorSince);
    } else {
      addRole(person, PersonRole.KEY_FIGURE, dateInYear(rng, year - rng.int(6, 12), today));
    }
    person.row.consentBasis = ConsentBasis.CONSENT;
    person.row.consentRecordedOn ??= addDays(today, -400);
    return person;
  });
}

function chooseIsolatedAndAtRisk(rng: SeededRandom, people: DemoPerson[], households: DemoHousehold[]): void {
  const singles = people.filter((p) => p.household.members.length === 1 && !p.connector);
  const ageWeight = (p: DemoPerson) => ((p.row.birthYear ?? 1970) < 1955 ? 2 : 1);
  const isolated = rng.weightedSample(singles, rng.int(17, 22), (p) => p.street.isolationWeight * ageWeight(p));
  for (const person of isolated) {
    person.isolated = true;
    person.maxTiesToday = 0;
  }
  // at risk: singles with a single (weak) tie, and couples who only have each other
  const lonelySingles = rng.weightedSample(
    singles.filter((p) => !p.isolated),
    rng.int(13, 17),
    ageWeight,
  );
  const couples = households.filter((h) => h.members.length === 2 && h.members.every((m) => !m.connector));
  const lonelyCouples = rng.weightedSample(couples, rng.int(3, 5), (h) => ageWeight(h.members[0]));
  for (const person of [...lonelySingles, ...lonelyCouples.flatMap((h) => h.members)]) person.maxTiesToday = 1;
}

function chooseWatchList(rng: SeededRandom, people: DemoPerson[]): void {
  for (const person of people) {
    if (person.isolated) person.row.onWatchList = rng.chance(0.65);
    else if (person.maxTiesToday === 1) person.row.onWatchList = rng.chance(0.3);
  }
  const elderly = people.filter((p) => !p.row.onWatchList && !p.connector && (p.row.birthYear ?? 2000) < 1950);
  for (const person of rng.weightedSample(elderly, 2)) person.row.onWatchList = true;
}
