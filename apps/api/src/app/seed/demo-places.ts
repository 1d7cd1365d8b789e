/**
 * The places of the demo: gemeente Lindenveen → wijk Lindenveen-Oost → buurt De Lindenhof → eight streets.
 * The CBS codes follow the CBS pattern (GM + 4, WK + 6, BU + 8 digits, the gemeente digits repeated) but use
 * the unused 9xxx range, so they can never be mistaken for a real region. Streets have no CBS code.
 *
 * The streets fall into four clusters that, as of today, are joined only by a few weak ties (demo-ties.ts):
 * - DORPSKERN: the old village core (Kerkpad, Bakkerstraat, Molenweg), long-time residents;
 * - LINDENLAAN: the 1960s main street and Schoolstraat, the most mixed part;
 * - NIEUWBOUW: Vlinderhof and Zonnebloemstraat, new-build, young families;
 * - EIKENHOF: a court of senior flats, held together by one key figure.
 */
import { PlaceLevel } from '@weefsel/domain';
import type { PlaceRow } from '../import-export/import-rows';
import { BACKGROUND_WEIGHTS } from './demo-names';
import { SeededRandom } from './seeded-random';

export type ClusterKey = 'DORPSKERN' | 'LINDENLAAN' | 'NIEUWBOUW' | 'EIKENHOF';
export type StreetProfile = keyof typeof BACKGROUND_WEIGHTS;

export interface DemoStreet {
  externalId: string;
  name: string;
  cluster: ClusterKey;
  profile: StreetProfile;
  /** residents to generate (drawn around a base size, so the buurt has ~300 residents, unevenly spread) */
  residents: number;
  /** birth years of heads of household */
  headBirthYears: readonly [number, number];
  /** years before today in which households moved in: [most recent, longest ago] */
  movedInYearsAgo: readonly [number, number];
  /** weights of household sizes 1..5 */
  householdSizes: readonly [number, number, number, number, number];
  /** chance that two households this many doors apart (index 0 = next door) are neighbours with a tie */
  neighbourChance: readonly number[];
  /** weight of this street when picking isolated residents */
  isolationWeight: number;
}

interface StreetPlan extends Omit<DemoStreet, 'externalId' | 'residents'> {
  slug: string;
  baseResidents: number;
}

const STREET_PLANS: readonly StreetPlan[] = [
  {
    slug: 'kerkpad',
    name: 'Kerkpad',
    cluster: 'DORPSKERN',
    profile: 'VILLAGE',
    baseResidents: 34,
    headBirthYears: [1940, 1980],
    movedInYearsAgo: [2, 45],
    householdSizes: [34, 36, 12, 12, 6],
    neighbourChance: [0.9, 0.7, 0.45, 0.25, 0.1],
    isolationWeight: 2,
  },
  {
    slug: 'bakkerstraat',
    name: 'Bakkerstraat',
    cluster: 'DORPSKERN',
    profile: 'VILLAGE',
    baseResidents: 46,
    headBirthYears: [1945, 1985],
    movedInYearsAgo: [1, 40],
    householdSizes: [30, 34, 14, 14, 8],
    neighbourChance: [0.9, 0.65, 0.4, 0.2, 0.1],
    isolationWeight: 2,
  },
  {
    slug: 'molenweg',
    name: 'Molenweg',
    cluster: 'DORPSKERN',
    profile: 'VILLAGE',
    baseResidents: 38,
    headBirthYears: [1945, 1985],
    movedInYearsAgo: [1, 35],
    householdSizes: [32, 34, 14, 12, 8],
    neighbourChance: [0.85, 0.6, 0.4, 0.2, 0.1],
    isolationWeight: 2,
  },
  {
    slug: 'lindenlaan',
    name: 'Lindenlaan',
    cluster: 'LINDENLAAN',
    profile: 'POSTWAR',
    baseResidents: 58,
    headBirthYears: [1945, 1990],
    movedInYearsAgo: [0, 30],
    householdSizes: [40, 28, 12, 12, 8],
    neighbourChance: [0.8, 0.55, 0.35, 0.2, 0.1],
    isolationWeight: 4,
  },
  {
    slug: 'schoolstraat',
    name: 'Schoolstraat',
    cluster: 'LINDENLAAN',
    profile: 'POSTWAR',
    baseResidents: 28,
    headBirthYears: [1950, 1990],
    movedInYearsAgo: [0, 28],
    householdSizes: [34, 30, 14, 14, 8],
    neighbourChance: [0.85, 0.6, 0.35, 0.2, 0.1],
    isolationWeight: 2,
  },
  {
    slug: 'vlinderhof',
    name: 'Vlinderhof',
    cluster: 'NIEUWBOUW',
    profile: 'NEWBUILD',
    baseResidents: 40,
    headBirthYears: [1970, 1998],
    movedInYearsAgo: [0, 6],
    householdSizes: [30, 40, 12, 12, 6],
    neighbourChance: [0.9, 0.65, 0.4, 0.2, 0.1],
    isolationWeight: 3,
  },
  {
    slug: 'zonnebloemstraat',
    name: 'Zonnebloemstraat',
    cluster: 'NIEUWBOUW',
    profile: 'NEWBUILD',
    baseResidents: 32,
    headBirthYears: [1968, 1998],
    movedInYearsAgo: [0, 6],
    householdSizes: [32, 38, 12, 12, 6],
    neighbourChance: [0.85, 0.6, 0.35, 0.2, 0.1],
    isolationWeight: 3,
  },
  {
    slug: 'eikenhof',
    name: 'Eikenhof',
    cluster: 'EIKENHOF',
    profile: 'SENIOR',
    baseResidents: 24,
    headBirthYears: [1935, 1956],
    movedInYearsAgo: [0, 20],
    householdSizes: [80, 20, 0, 0, 0],
    neighbourChance: [0.55, 0.25],
    isolationWeight: 3,
  },
];

export const MUNICIPALITY_ID = 'place-gemeente';
export const DISTRICT_ID = 'place-wijk';
export const BUURT_ID = 'place-lindenhof';
/** The street that straat@demo.weefsel.nl works in. */
export const STREET_WORKER_STREET_ID = 'street-lindenlaan';

export interface DemoPlaces {
  rows: PlaceRow[];
  streets: DemoStreet[];
}

/** The place rows (parents before children) and the street definitions, with resident counts drawn from `rng`. */
export function buildPlaces(rng: SeededRandom): DemoPlaces {
  const streets: DemoStreet[] = STREET_PLANS.map(({ slug, baseResidents, ...plan }) => ({
    ...plan,
    externalId: `street-${slug}`,
    residents: baseResidents + rng.int(-2, 2),
  }));
  const rows: PlaceRow[] = [
    {
      externalId: MUNICIPALITY_ID,
      name: 'Lindenveen',
      level: PlaceLevel.MUNICIPALITY,
      parentExternalId: null,
      cbsCode: 'GM9001',
    },
    {
      externalId: DISTRICT_ID,
      name: 'Lindenveen-Oost',
      level: PlaceLevel.DISTRICT,
      parentExternalId: MUNICIPALITY_ID,
      cbsCode: 'WK900103',
    },
    {
      externalId: BUURT_ID,
      name: 'De Lindenhof',
      level: PlaceLevel.NEIGHBOURHOOD,
      parentExternalId: DISTRICT_ID,
      cbsCode: 'BU90010301',
    },
    ...streets.map((street) => ({
      externalId: street.externalId,
      name: street.name,
      level: PlaceLevel.STREET,
      parentExternalId: BUURT_ID,
      cbsCode: null,
    })),
  ];
  return { rows, streets };
}
