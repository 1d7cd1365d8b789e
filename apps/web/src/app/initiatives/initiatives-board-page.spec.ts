import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  CollectiveKind,
  ErrorCode,
  InitiativeKind,
  InitiativePhase,
  ParticipationRole,
  PlaceLevel,
} from '@weefsel/domain';
import { of, throwError } from 'rxjs';
import { GraphqlClient, type GraphqlOperation } from '../graphql/graphql-client';
import { GraphqlError } from '../graphql/graphql-error';
import { PLACES } from '../people/people-api';
import { COLLECTIVES, INITIATIVE_BOARD, INITIATIVE_TIES, UPDATE_INITIATIVE } from './initiatives-api';
import { InitiativesBoardPage } from './initiatives-board-page';

const PLACE_NODES = [
  { id: 'b1', name: 'De Lindenhof', level: PlaceLevel.NEIGHBOURHOOD, parentId: null, cbsCode: null },
];

function initiative(id: string, name: string, phase: InitiativePhase) {
  return {
    id,
    name,
    kind: InitiativeKind.ATTENTION,
    phase,
    startedOn: '2023-04-01',
    endedOn: null,
    meaningForStreet: null,
    supportNeeded: 'Een vriezer',
    place: { id: 'b1', name: 'De Lindenhof', level: 'NEIGHBOURHOOD' },
    participations: [
      {
        id: `${id}-1`,
        role: ParticipationRole.INITIATOR,
        since: '2023-04-01',
        person: { id: `${id}-p1`, displayName: 'Anna de Vries', homePlace: { name: 'Lindenlaan' } },
      },
      {
        id: `${id}-2`,
        role: ParticipationRole.VOLUNTEER,
        since: '2023-05-01',
        person: { id: `${id}-p2`, displayName: 'Bram Smit', homePlace: { name: 'Molenweg' } },
      },
    ],
    supportingCollectives: [{ id: 'c1', name: 'Buurthuisteam', kind: CollectiveKind.COMMUNITY_CENTRE_TEAM }],
  };
}

const HEALTH = [
  {
    initiativeId: 'i2',
    activePeople: 4,
    dependsOnOneInitiator: true,
    soleInitiatorLabel: 'Osman Aslan',
    streets: 1,
    eiIndexStreets: -1,
    collectives: 1,
    tiesCreated: 4,
    weakTiesCreated: 4,
    crossStreetTiesCreated: 0,
    bridgingTiesCreated: 4,
    tiesCreatedEver: 4,
  },
];

describe('InitiativesBoardPage', () => {
  let request: jest.Mock;
  let update: jest.Mock;

  async function open(url = '/initiatives') {
    const harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    return { harness, root: harness.routeNativeElement as HTMLElement };
  }

  const cardIn = (root: HTMLElement, phase: string, id: string) =>
    root.querySelector(`section.column[data-phase="${phase}"] li.card[data-initiative-id="${id}"]`);

  beforeEach(() => {
    update = jest.fn((variables: { id: string; input: { phase?: InitiativePhase } }) =>
      of({
        updateInitiative: {
          id: variables.id,
          phase: variables.input.phase ?? InitiativePhase.ACTIVE,
          supportNeeded: 'Een vriezer',
          meaningForStreet: null,
          endedOn: null,
        },
      }),
    );
    request = jest.fn((op: GraphqlOperation<unknown, never>, variables: never) => {
      if (op === PLACES) return of({ places: { edges: PLACE_NODES.map((node) => ({ node })) } });
      if (op === INITIATIVE_BOARD)
        return of({
          initiatives: {
            edges: [
              { node: initiative('i1', 'TaartExpress', InitiativePhase.ACTIVE) },
              { node: initiative('i2', 'Moestuin Molenweg', InitiativePhase.NEEDS_SUPPORT) },
              { node: initiative('i3', 'Buurtfeest 2019', InitiativePhase.ENDED) },
            ],
          },
          initiativeHealth: HEALTH,
        });
      if (op === INITIATIVE_TIES)
        return of({
          initiative: {
            id: 'i2',
            tiesCreated: [
              {
                id: 't1',
                kind: 'MET_VIA_INITIATIVE',
                strength: 2,
                since: '2025-06-01',
                until: null,
                personA: { id: 'a', displayName: 'Anna de Vries' },
                personB: { id: 'b', displayName: 'Bram Smit' },
              },
            ],
          },
        });
      if (op === UPDATE_INITIATIVE) return update(variables);
      if (op === COLLECTIVES)
        return of({
          collectives: {
            edges: [
              {
                node: {
                  id: 'c1',
                  name: 'Buurthuisteam',
                  kind: CollectiveKind.COMMUNITY_CENTRE_TEAM,
                  description: null,
                  memberCount: 2,
                  place: { id: 'b1', name: 'De Lindenhof' },
                },
              },
              {
                node: {
                  id: 'c2',
                  name: 'Koffieochtend',
                  kind: CollectiveKind.INFORMAL_GROUP,
                  description: null,
                  memberCount: 1,
                  place: { id: 'b1', name: 'De Lindenhof' },
                },
              },
            ],
          },
          network: {
            nodes: [
              { id: 'c1', kind: 'COLLECTIVE' },
              { id: 'c2', kind: 'COLLECTIVE' },
            ],
            edges: [
              { kind: 'MEMBERSHIP', source: 'p1', target: 'c1' },
              { kind: 'MEMBERSHIP', source: 'p2', target: 'c1' },
              { kind: 'MEMBERSHIP', source: 'p3', target: 'c2' },
              { kind: 'TIE', source: 'p1', target: 'p2' },
            ],
          },
        });
      throw new Error('unexpected operation');
    });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'initiatives', component: InitiativesBoardPage }]),
        { provide: GraphqlClient, useValue: { request } },
      ],
    });
  });

  it('puts each initiative in the column of its phase, with ENDED folded away', async () => {
    const { harness, root } = await open();
    expect(cardIn(root, 'ACTIVE', 'i1')).not.toBeNull();
    expect(cardIn(root, 'NEEDS_SUPPORT', 'i2')).not.toBeNull();
    // the ended one is behind a button that says how many there are
    expect(cardIn(root, 'ENDED', 'i3')).toBeNull();
    const fold = root.querySelector<HTMLButtonElement>('section.column.collapsed .fold');
    expect(fold?.textContent).toContain('Beëindigde tonen (1)');
    fold?.click();
    await harness.fixture.whenStable();
    expect(cardIn(root, 'ENDED', 'i3')).not.toBeNull();
  });

  it('shows on a card who carries it, people active, the one-initiator warning and what it needs', async () => {
    const { root } = await open();
    const text = cardIn(root, 'NEEDS_SUPPORT', 'i2')?.textContent ?? '';
    expect(text).toContain('Hangt op Osman Aslan');
    expect(text).toContain('Anna de Vries');
    expect(text).toContain('4 actief');
    expect(text).toContain('1 straat · 1 collectief');
    expect(text).toContain('4 banden ontstaan');
    expect(text).toContain('Een vriezer');
  });

  it('opens the panel with people, health and ties, and moves the initiative to another phase', async () => {
    const { harness, root } = await open();
    root.querySelector<HTMLButtonElement>('li.card[data-initiative-id="i2"] .card-open')?.click();
    await harness.fixture.whenStable();
    const drawer = root.ownerDocument.querySelector('#initiative-drawer');
    expect(drawer?.querySelector('h2')?.textContent).toContain('Moestuin Molenweg');
    expect(drawer?.querySelector('a[href="/people/i2-p1"]')?.textContent).toContain('Anna de Vries');
    expect(drawer?.querySelector('.figures')?.textContent).toContain('Ja: Osman Aslan');
    expect(drawer?.querySelector('.ties')?.textContent).toContain('Anna de Vries en Bram Smit');

    const select = drawer?.querySelector<HTMLSelectElement>('#initiative-phase');
    if (!select) throw new Error('no phase select');
    select.value = 'ACTIVE';
    select.dispatchEvent(new Event('change'));
    drawer?.querySelector<HTMLFormElement>('.phase-form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    expect(update).toHaveBeenCalledWith({ id: 'i2', input: { phase: 'ACTIVE' } });
    expect(cardIn(root, 'ACTIVE', 'i2')).not.toBeNull();
    expect(cardIn(root, 'NEEDS_SUPPORT', 'i2')).toBeNull();
    expect(drawer?.querySelector('.phase-form .status')?.textContent).toContain('Verplaatst naar “Actief”.');
  });

  it('says in words why a move was not saved, and leaves the card where it was', async () => {
    update.mockReturnValue(throwError(() => new GraphqlError(ErrorCode.FORBIDDEN, 'no')));
    const { harness, root } = await open('/initiatives?initiative=i1');
    const select = root.ownerDocument.querySelector<HTMLSelectElement>('#initiative-phase');
    if (!select) throw new Error('no phase select');
    select.value = 'DORMANT';
    select.dispatchEvent(new Event('change'));
    root.ownerDocument.querySelector<HTMLFormElement>('.phase-form')?.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
    expect(root.ownerDocument.querySelector('.phase-form .status')?.textContent).toContain(
      'Niet opgeslagen: Je hebt geen toegang tot deze gegevens.',
    );
    expect(cardIn(root, 'ACTIVE', 'i1')).not.toBeNull();
  });

  it('checks what it needs while typing and refuses more than the maximum', async () => {
    const { harness, root } = await open('/initiatives?initiative=i1');
    const needs = root.ownerDocument.querySelector<HTMLTextAreaElement>('#initiative-needs');
    if (!needs) throw new Error('no needs field');
    needs.value = 'x'.repeat(4001);
    needs.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
    expect(needs.getAttribute('aria-invalid')).toBe('true');
    expect(root.ownerDocument.querySelector('#initiative-needs-hint')?.textContent).toContain(
      'Gebruik hoogstens 4000 tekens.',
    );
    expect(root.ownerDocument.querySelector<HTMLButtonElement>('.texts-form button[type="submit"]')?.disabled).toBe(
      true,
    );
  });

  it('lists the collectives with their E-I index and flags one without a bridge', async () => {
    const { root } = await open('/initiatives?tab=collectives');
    const items = [...root.querySelectorAll('ul.collectives > li')];
    expect(items.map((li) => li.querySelector('h2')?.textContent?.trim())).toEqual(['Buurthuisteam', 'Koffieochtend']);
    // Buurthuisteam: one internal tie, none outward → E-I −1
    expect(items[0].textContent).toContain('E-I -1');
    // neither has a link to the other: no shared member, no tie between them
    expect(items[1].textContent).toContain('Geen brug naar andere collectieven');
    expect(root.querySelector('.count')?.textContent).toContain('2 collectieven, waarvan 2 zonder brug');
  });

  it('names the collectives one has no link with in alphabetical order, whatever order the API gave', async () => {
    const collective = (id: string, name: string) => ({
      node: {
        id,
        name,
        kind: CollectiveKind.INFORMAL_GROUP,
        description: null,
        memberCount: 1,
        place: { id: 'b1', name: 'De Lindenhof' },
      },
    });
    const base = request.getMockImplementation();
    request.mockImplementation((op: GraphqlOperation<unknown, never>, variables: never) =>
      op === COLLECTIVES
        ? of({
            // Zangkoor shares Pim (p1) with Buurthuisteam; Koffieochtend and Appgroep share no one with anybody
            collectives: {
              edges: [
                collective('c1', 'Buurthuisteam'),
                collective('c2', 'Koffieochtend'),
                collective('c3', 'Appgroep'),
                collective('c4', 'Zangkoor'),
              ],
            },
            network: {
              nodes: ['c1', 'c2', 'c3', 'c4'].map((id) => ({ id, kind: 'COLLECTIVE' })),
              edges: [
                { kind: 'MEMBERSHIP', source: 'p1', target: 'c1' },
                { kind: 'MEMBERSHIP', source: 'p1', target: 'c4' },
                { kind: 'MEMBERSHIP', source: 'p2', target: 'c2' },
                { kind: 'MEMBERSHIP', source: 'p3', target: 'c3' },
              ],
            },
          })
        : (base as (o: typeof op, v: never) => unknown)(op, variables),
    );
    const { root } = await open('/initiatives?tab=collectives');
    const buurthuisteam = [...root.querySelectorAll('ul.collectives > li')].find(
      (li) => li.querySelector('h2')?.textContent?.trim() === 'Buurthuisteam',
    );
    // the API listed Koffieochtend (c2) before Appgroep (c3)
    expect(buurthuisteam?.textContent?.replace(/\s+/g, ' ')).toContain('Geen verbinding met: Appgroep, Koffieochtend');
  });
});
