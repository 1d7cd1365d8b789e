/**
 * The collectives of De Lindenhof and who belongs to them. Memberships are periods: people who left keep their
 * row with `until` set. The Eikenhof coffee morning hangs on one person (its only coordinator), which the
 * analytics should flag. Membership creates no tie: co-membership is at most projected as an inferred tie later.
 */
import { CollectiveKind, MembershipRole } from '@weefsel/domain';
import type { CollectiveRow, MembershipRow } from '../import-export/import-rows';
import { addDays, dateBetween, laterOf } from './demo-dates';
import type { DemoPerson, DemoPopulation } from './demo-people';
import { BUURT_ID, ClusterKey } from './demo-places';
import { SeededRandom } from './seeded-random';

export type CollectiveKey =
  'COMMITTEE' | 'APP_CORE' | 'APP_LINDENLAAN' | 'APP_NEWBUILD' | 'CENTRE' | 'COFFEE' | 'BOULES';

interface CollectivePlan {
  key: CollectiveKey;
  name: string;
  kind: CollectiveKind;
  place: string;
  /** clusters members come from (all when empty) */
  clusters: readonly ClusterKey[];
  /** how many members, leaders included */
  size: readonly [number, number];
  /** years before today the collective started */
  foundedYearsAgo: number;
  /** the street of the connector or key figure who leads it */
  leaderStreet: string;
  leaderRole: MembershipRole;
  /** a second person who shares the lead; null where everything hangs on the leader */
  coLeaderRole: MembershipRole | null;
  memberRole: MembershipRole;
  description: (leader: DemoPerson) => string;
  /** preference for older residents (weight multiplier for those born before 1960) */
  olderWeight: number;
}

const firstName = (p: DemoPerson) => p.row.displayName.split(' ')[0];

const PLANS: readonly CollectivePlan[] = [
  {
    key: 'COMMITTEE',
    name: 'Bewonerscommissie De Lindenhof',
    kind: CollectiveKind.RESIDENT_COMMITTEE,
    place: BUURT_ID,
    clusters: [],
    size: [6, 8],
    foundedYearsAgo: 14,
    leaderStreet: 'street-kerkpad',
    leaderRole: MembershipRole.CHAIR,
    coLeaderRole: MembershipRole.COORDINATOR,
    memberRole: MembershipRole.MEMBER,
    description: () => 'Overlegt met de woningcorporatie over onderhoud en leefbaarheid; vergadert elke maand.',
    olderWeight: 2,
  },
  {
    key: 'APP_CORE',
    name: 'Buurtapp Dorpskern',
    kind: CollectiveKind.APP_GROUP,
    place: 'street-bakkerstraat',
    clusters: ['DORPSKERN'],
    size: [30, 42],
    foundedYearsAgo: 6,
    leaderStreet: 'street-bakkerstraat',
    leaderRole: MembershipRole.MODERATOR,
    coLeaderRole: MembershipRole.MODERATOR,
    memberRole: MembershipRole.MEMBER,
    description: () => 'WhatsApp-groep van Kerkpad, Bakkerstraat en Molenweg, begonnen in de coronatijd.',
    olderWeight: 0.7,
  },
  {
    key: 'APP_LINDENLAAN',
    name: 'Buurtapp Lindenlaan',
    kind: CollectiveKind.APP_GROUP,
    place: 'street-lindenlaan',
    clusters: ['LINDENLAAN'],
    size: [22, 34],
    foundedYearsAgo: 6,
    leaderStreet: 'street-lindenlaan',
    leaderRole: MembershipRole.MODERATOR,
    coLeaderRole: MembershipRole.MODERATOR,
    memberRole: MembershipRole.MEMBER,
    description: () => 'Meldingen, spullen weggeven en af en toe een oproep voor hulp.',
    olderWeight: 0.7,
  },
  {
    key: 'APP_NEWBUILD',
    name: 'Appgroep Vlinderhof & Zonnebloem',
    kind: CollectiveKind.APP_GROUP,
    place: 'street-vlinderhof',
    clusters: ['NIEUWBOUW'],
    size: [26, 38],
    foundedYearsAgo: 5,
    leaderStreet: 'street-vlinderhof',
    leaderRole: MembershipRole.MODERATOR,
    coLeaderRole: MembershipRole.MODERATOR,
    memberRole: MembershipRole.MEMBER,
    description: () => 'Begonnen bij de oplevering van de nieuwbouw; vooral jonge gezinnen.',
    olderWeight: 0.5,
  },
  {
    key: 'CENTRE',
    name: 'Buurthuisteam De Linde',
    kind: CollectiveKind.COMMUNITY_CENTRE_TEAM,
    place: BUURT_ID,
    clusters: [],
    size: [8, 12],
    foundedYearsAgo: 10,
    leaderStreet: 'street-schoolstraat',
    leaderRole: MembershipRole.COORDINATOR,
    coLeaderRole: MembershipRole.COORDINATOR,
    memberRole: MembershipRole.VOLUNTEER,
    description: () => 'Vrijwilligers die het buurthuis openhouden: bar, repaircafé en de inloop op dinsdag.',
    olderWeight: 1.5,
  },
  {
    key: 'COFFEE',
    name: 'Koffieochtend Eikenhof',
    kind: CollectiveKind.INFORMAL_GROUP,
    place: 'street-eikenhof',
    clusters: ['EIKENHOF'],
    size: [7, 10],
    foundedYearsAgo: 4,
    leaderStreet: 'street-eikenhof',
    leaderRole: MembershipRole.COORDINATOR,
    coLeaderRole: null,
    memberRole: MembershipRole.MEMBER,
    description: (leader) =>
      `Elke donderdag koffie in de gemeenschappelijke ruimte. Draait helemaal op ${firstName(leader)}: ` +
      'zet koffie, belt wie niet komt, heeft de sleutel. Niemand anders doet iets in de organisatie.',
    olderWeight: 1,
  },
  {
    key: 'BOULES',
    name: 'Jeu-de-boulesclub Het Kerkpleintje',
    kind: CollectiveKind.SPORTS_CLUB,
    place: 'street-kerkpad',
    clusters: ['DORPSKERN'],
    size: [10, 16],
    foundedYearsAgo: 20,
    leaderStreet: 'street-molenweg',
    leaderRole: MembershipRole.CHAIR,
    coLeaderRole: MembershipRole.COORDINATOR,
    memberRole: MembershipRole.MEMBER,
    description: () => 'Speelt op woensdag en zaterdag op het pleintje bij de kerk.',
    olderWeight: 3,
  },
];

export interface DemoCollectives {
  rows: CollectiveRow[];
  memberships: MembershipRow[];
  idOf: Record<CollectiveKey, string>;
}

export function buildCollectives(rng: SeededRandom, population: DemoPopulation, today: string): DemoCollectives {
  const rows: CollectiveRow[] = [];
  const memberships: MembershipRow[] = [];
  const idOf = {} as Record<CollectiveKey, string>;

  PLANS.forEach((plan, index) => {
    const externalId = `coll-${String(index + 1).padStart(2, '0')}`;
    idOf[plan.key] = externalId;
    const founded = addDays(today, -365 * plan.foundedYearsAgo - rng.int(0, 200));
    const inClusters = (p: DemoPerson) => plan.clusters.length === 0 || plan.clusters.includes(p.cluster);
    // the leader: the connector or key figure of that street when there is one, else a long-time resident
    const leader =
      population.connectors.find((c) => c.street.externalId === plan.leaderStreet) ??
      rng.pick(population.people.filter((p) => p.street.externalId === plan.leaderStreet && p.maxTiesToday > 1));
    rows.push({
      externalId,
      name: plan.name,
      kind: plan.kind,
      placeExternalId: plan.place,
      description: plan.description(leader),
    });

    const add = (person: DemoPerson, role: MembershipRole, since: string, until: string | null) =>
      memberships.push({
        externalId: `memb-${String(memberships.length + 1).padStart(4, '0')}`,
        collectiveExternalId: externalId,
        personExternalId: person.id,
        role,
        since,
        until,
      });
    add(leader, plan.leaderRole, dateBetween(rng, laterOf(founded, leader.movedInOn), addDays(today, -300)), null);

    const pool = population.people.filter((p) => p !== leader && inClusters(p) && (p.row.birthYear ?? 2000) <= 2003);
    const members = rng.weightedSample(pool, rng.int(plan.size[0], plan.size[1]) - 1, (p) => {
      const age = (p.row.birthYear ?? 1970) < 1960 ? plan.olderWeight : 1;
      // isolated residents do turn up in groups (an app group they only read, the coffee morning) but less often
      return age * (p.isolated ? 0.4 : 1) * (p.connector ? 3 : 1);
    });
    let coLeader = plan.coLeaderRole;
    for (const member of members) {
      const since = dateBetween(rng, laterOf(founded, member.movedInOn), addDays(today, -5));
      if (coLeader !== null && !member.isolated) {
        add(member, coLeader, since, null);
        coLeader = null;
        continue;
      }
      // about one in eight left again, some time after joining
      const left = rng.chance(0.13) && since < addDays(today, -30);
      const until = left ? dateBetween(rng, addDays(since, 20), today) : null;
      add(member, plan.memberRole, since, until !== null && until > since ? until : null);
    }
  });
  return { rows, memberships, idOf };
}
