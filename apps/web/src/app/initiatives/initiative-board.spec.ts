import { CollectiveKind, InitiativeKind, InitiativePhase, ParticipationRole } from '@weefsel/domain';
import { carriersOf, PHASES, toCards, toColumns } from './initiative-board';
import type { BoardInitiative, InitiativeHealth } from './initiatives-api';

function initiative(
  id: string,
  name: string,
  phase: InitiativePhase,
  extra: Partial<BoardInitiative> = {},
): BoardInitiative {
  return {
    id,
    name,
    kind: InitiativeKind.OTHER,
    phase,
    startedOn: null,
    endedOn: null,
    meaningForStreet: null,
    supportNeeded: null,
    place: null,
    participations: [],
    supportingCollectives: [{ id: 'c', name: 'Buurtapp', kind: CollectiveKind.APP_GROUP }],
    ...extra,
  };
}

function participation(id: string, name: string, role: ParticipationRole) {
  return {
    id: `part-${id}`,
    role,
    since: '2025-01-01',
    person: { id, displayName: name, homePlace: { name: 'Asterstraat' } },
  };
}

function health(initiativeId: string, extra: Partial<InitiativeHealth> = {}): InitiativeHealth {
  return {
    initiativeId,
    activePeople: 0,
    dependsOnOneInitiator: false,
    soleInitiatorLabel: null,
    streets: 0,
    eiIndexStreets: null,
    collectives: 0,
    tiesCreated: 0,
    weakTiesCreated: 0,
    crossStreetTiesCreated: 0,
    bridgingTiesCreated: 0,
    tiesCreatedEver: 0,
    ...extra,
  };
}

describe('initiative board', () => {
  it('has one column per phase, from idea to ended', () => {
    expect(toColumns([]).map((c) => c.phase)).toEqual([
      'IDEA',
      'STARTING',
      'ACTIVE',
      'NEEDS_SUPPORT',
      'DORMANT',
      'ENDED',
    ]);
    expect(PHASES).toHaveLength(Object.keys(InitiativePhase).length);
  });

  it('puts each initiative in the column of its phase, one hanging on one initiator first', () => {
    const cards = toCards(
      [
        initiative('1', 'Taart', InitiativePhase.ACTIVE),
        initiative('2', 'Helpt', InitiativePhase.ACTIVE),
        initiative('3', 'Moestuin', InitiativePhase.ACTIVE),
        initiative('4', 'Speelstraat', InitiativePhase.IDEA),
      ],
      [health('3', { dependsOnOneInitiator: true })],
    );
    const columns = toColumns(cards);
    const names = (phase: InitiativePhase) =>
      columns.find((c) => c.phase === phase)?.cards.map((c) => c.initiative.name);
    // Moestuin hangs on one person, then alphabetical
    expect(names(InitiativePhase.ACTIVE)).toEqual(['Moestuin', 'Helpt', 'Taart']);
    expect(names(InitiativePhase.IDEA)).toEqual(['Speelstraat']);
    expect(names(InitiativePhase.ENDED)).toEqual([]);
  });

  it('takes people active from the health figures, and counts participants itself without them', () => {
    const people = [
      participation('p1', 'Anna', ParticipationRole.INITIATOR),
      participation('p2', 'Bram', ParticipationRole.VOLUNTEER),
      participation('p3', 'Cor', ParticipationRole.RECIPIENT),
    ];
    const [withHealth, without] = toCards(
      [
        initiative('1', 'Taart', InitiativePhase.ACTIVE, { participations: people }),
        initiative('2', 'Helpt', InitiativePhase.ACTIVE, { participations: people }),
      ],
      [health('1', { activePeople: 18 })],
    );
    expect(withHealth.activePeople).toBe(18);
    expect(without.activePeople).toBe(3);
    expect(without.health).toBeNull();
  });

  it('names the initiators as carriers, or the organisers when there is no initiator', () => {
    const withInitiator = initiative('1', 'Taart', InitiativePhase.ACTIVE, {
      participations: [
        participation('p2', 'Bram', ParticipationRole.ORGANISER),
        participation('p1', 'Anna', ParticipationRole.INITIATOR),
      ],
    });
    expect(carriersOf(withInitiator).map((p) => p.name)).toEqual(['Anna']);
    const organisersOnly = initiative('2', 'Helpt', InitiativePhase.ACTIVE, {
      participations: [
        participation('p3', 'Cor', ParticipationRole.ORGANISER),
        participation('p2', 'Bram', ParticipationRole.ORGANISER),
        { ...participation('p4', 'Dirk', ParticipationRole.INITIATOR), person: null },
      ],
    });
    // an initiator outside the user's places cannot be named: the organisers carry it as far as they can see
    expect(carriersOf(organisersOnly).map((p) => p.name)).toEqual(['Bram', 'Cor']);
  });
});
