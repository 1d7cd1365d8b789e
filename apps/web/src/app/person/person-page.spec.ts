import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import {
  ContactChannel,
  ContactSignal,
  ErrorCode,
  HelpOfferStatus,
  MembershipRole,
  CollectiveKind,
  NeedKind,
  PersonRole,
  PlaceLevel,
  TieKind,
  TieSource,
} from '@weefsel/domain';
import { of, throwError } from 'rxjs';
import { Session } from '../auth/session';
import { GraphqlClient } from '../graphql/graphql-client';
import { GraphqlError } from '../graphql/graphql-error';
import { localToday } from './local-date';
import {
  DELETE_CONTACT,
  END_TIE,
  LOG_CONTACT,
  PERSON,
  type PersonMetrics,
  SET_WATCH_LIST,
  UPDATE_CONTACT,
  UPDATE_TIE,
} from './person-api';
import { PersonPage } from './person-page';

const KEES = { id: 'p1', displayName: 'Kees Jansen', homePlace: { id: 's1', name: 'Lindenlaan' } };
const ANNA = { id: 'p2', displayName: 'Anna de Vries', homePlace: { id: 's1', name: 'Lindenlaan' } };
const BOB = { id: 'p3', displayName: 'Bob Smit', homePlace: { id: 's2', name: 'Bakkerstraat' } };

const METRICS: PersonMetrics = {
  asOf: '2026-11-21',
  degree: 1,
  weakTies: 1,
  betweenness: 0,
  betweennessExact: true,
  constraint: 1,
  effectiveSize: 1,
  clustering: 0,
  isolated: false,
  articulationPoint: false,
  bridges: 1,
  hiddenConnector: false,
  atRiskRank: 7,
  atRiskScore: 50,
  atRiskReasons: [{ code: 'SINGLE_TIE', detail: {} }],
};

/** the signed-in worker: Samira logged the contact moment of the fixture */
const SAMIRA = { id: 'w1', displayName: 'Samira Bouchta' };

interface Extra {
  onWatchList?: boolean;
  metrics?: PersonMetrics;
  /** lastConfirmedOn of the tie with Anna (never, by default) */
  confirmedOn?: string | null;
  tie?: Partial<{ kind: TieKind; strength: number; functions: string[]; note: string | null }>;
  noContacts?: boolean;
}

function personData(extra: Extra = {}) {
  return {
    person: {
      id: 'p1',
      displayName: 'Kees Jansen',
      onWatchList: extra.onWatchList ?? false,
      birthYear: 1948,
      homePlace: { id: 's1', name: 'Lindenlaan', level: PlaceLevel.STREET },
      roles: [{ role: PersonRole.VOLUNTEER, since: '2020-01-01', until: null }],
      assets: [{ kind: 'SKILL', label: 'fietsen repareren' }],
      ties: [
        {
          id: 't1',
          kind: TieKind.NEIGHBOUR,
          functions: ['PRACTICAL'],
          strength: 2,
          since: '2024-03-01',
          until: null,
          lastConfirmedOn: extra.confirmedOn ?? null,
          source: TieSource.OBSERVED_BY_WORKER,
          note: 'via het hondenuitlaten',
          personA: ANNA,
          personB: KEES,
          ...extra.tie,
        },
        {
          id: 't0',
          kind: TieKind.FRIEND,
          functions: [],
          strength: 4,
          since: '2019-01-01',
          until: '2025-06-01',
          lastConfirmedOn: null,
          source: TieSource.SELF_REPORTED,
          note: null,
          personA: KEES,
          personB: BOB,
        },
      ],
      memberships: [
        {
          id: 'm1',
          role: MembershipRole.MEMBER,
          since: '2022-01-01',
          until: null,
          collective: { id: 'c1', name: 'Buurtapp Lindenlaan', kind: CollectiveKind.APP_GROUP },
        },
      ],
      participations: [],
      contactMoments: {
        totalCount: extra.noContacts ? 0 : 1,
        pageInfo: { hasNextPage: false, endCursor: 'x' },
        edges: extra.noContacts
          ? []
          : [
              {
                node: {
                  id: 'cm1',
                  occurredOn: '2026-10-28',
                  channel: ContactChannel.STREET,
                  summary: 'Praatje bij de bakker.',
                  signals: [ContactSignal.LONELINESS_CONCERN],
                  worker: SAMIRA,
                  place: { id: 's1', name: 'Lindenlaan' },
                  people: [
                    { id: 'p1', displayName: 'Kees Jansen' },
                    { id: 'p2', displayName: 'Anna de Vries' },
                  ],
                },
              },
            ],
      },
      helpRequests: [],
      helpOffers: [
        {
          id: 'o1',
          need: NeedKind.PRACTICAL,
          description: 'Fietsen repareren.',
          status: HelpOfferStatus.AVAILABLE,
          offeredOn: '2025-08-02',
        },
      ],
      metrics: extra.metrics ?? METRICS,
      suggestions: [
        {
          id: 'sg1',
          kind: 'INTRODUCE_TO_CONNECTOR',
          rank: 1,
          explanation: { nl: 'Stel Kees voor aan Gerda.', en: 'Introduce Kees to Gerda.' },
        },
      ],
    },
  };
}

describe('PersonPage', () => {
  let fixture: ComponentFixture<PersonPage>;
  let request: jest.Mock;
  let current: ReturnType<typeof personData>;
  let signedIn: ReturnType<typeof signal<{ id: string; displayName: string } | null>>;

  beforeEach(() => {
    signedIn = signal<{ id: string; displayName: string } | null>(SAMIRA);
    current = personData();
    request = jest.fn((op: unknown, variables: Record<string, unknown>) => {
      if (op === PERSON) return of(current);
      if (op === SET_WATCH_LIST) {
        current = personData({ onWatchList: variables['onWatchList'] as boolean });
        return of({ setWatchList: { id: 'p1', onWatchList: variables['onWatchList'] } });
      }
      if (op === END_TIE) {
        current = personData({ metrics: { ...METRICS, degree: 0, weakTies: 0, isolated: true } });
        return of({ endTie: { id: variables['id'], until: variables['until'] } });
      }
      if (op === UPDATE_TIE) {
        const { lastConfirmedOn, ...changed } = variables['input'] as Record<string, unknown>;
        current = personData({
          confirmedOn: (lastConfirmedOn as string | undefined) ?? null,
          tie: changed as Extra['tie'],
        });
        return of({ updateTie: { id: variables['id'], lastConfirmedOn: lastConfirmedOn ?? null } });
      }
      if (op === UPDATE_CONTACT) return of({ updateContactMoment: { id: variables['id'] } });
      if (op === DELETE_CONTACT) {
        current = personData({ noContacts: true });
        return of({ deleteContactMoment: variables['id'] });
      }
      if (op === LOG_CONTACT)
        return throwError(
          () => new GraphqlError(ErrorCode.BAD_USER_INPUT, 'A contact moment cannot be in the future.'),
        );
      throw new Error('unexpected operation');
    });
    TestBed.configureTestingModule({
      imports: [PersonPage],
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: { request } },
        { provide: ActivatedRoute, useValue: { paramMap: of(convertToParamMap({ id: 'p1' })) } },
        { provide: Session, useValue: { user: signedIn } },
      ],
    });
    fixture = TestBed.createComponent(PersonPage);
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const button = (name: string) => {
    const found = Array.from(el().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === name || b.getAttribute('aria-label') === name,
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };

  it('shows who they are, their ties, groups, log, help, figures and suggestions, as of today', async () => {
    await fixture.whenStable();
    expect(request.mock.calls[0][1]).toEqual({ id: 'p1', asOf: localToday(), contacts: 10 });
    expect(text('h1')).toBe('Kees Jansen');
    expect(text('.meta .street')).toBe('Lindenlaan');
    expect(text('.meta')).toContain('geboren in 1948');
    expect(text('.chips')).toBe('vrijwilliger');

    const ties = Array.from(el().querySelectorAll('.ties > .tie:not(.ended-tie)'));
    expect(ties).toHaveLength(1);
    expect(ties[0].querySelector('.tie-name')?.textContent?.trim()).toBe('Anna de Vries');
    expect(ties[0].querySelector('.tie-name')?.getAttribute('href')).toBe('/people/p2');
    expect(ties[0].classList.contains('weak')).toBe(true);
    expect(ties[0].textContent).toContain('“via het hondenuitlaten”');
    // the ended friendship is history, not a current tie
    expect(text('.ended summary')).toBe('Eerdere banden (1)');

    expect(text('.groups')).toContain('Buurtapp Lindenlaan');
    expect(text('.contacts')).toContain('Praatje bij de bakker.');
    expect(text('.contacts')).toContain('zorg om eenzaamheid');
    expect(text('.help')).toContain('Biedt: praktische hulp');
    expect(text('.suggestions')).toBe('Stel Kees voor aan Gerda.');
    expect(text('[data-figure="degree"] .explanation')).toBe(
      'Kees Jansen heeft één contact. Valt dat contact weg, dan is Kees Jansen geïsoleerd. Die band is zwak (sterkte 1–2): een los contact.',
    );
    expect(text('[data-figure="atRisk"] .reasons')).toBe('maar één persoon om op terug te vallen');
  });

  it('puts them on the watch-list, says so and reads the person again', async () => {
    await fixture.whenStable();
    const toggle = button('Op aandachtslijst');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    await fixture.whenStable();
    expect(request).toHaveBeenCalledWith(SET_WATCH_LIST, { id: 'p1', onWatchList: true });
    expect(request.mock.calls.filter(([op]) => op === PERSON)).toHaveLength(2);
    expect(button('Van aandachtslijst').getAttribute('aria-pressed')).toBe('true');
    expect(text('.chip.watch')).toBe('aandachtslijst');
    expect(text('.toast')).toContain('Kees Jansen staat nu op de aandachtslijst.');
  });

  it('ends a tie after a confirmation with a date, then shows the figure that moved', async () => {
    await fixture.whenStable();
    button('Band met Anna de Vries beëindigen').click();
    await fixture.whenStable();
    expect(text('dialog h2')).toBe('Band beëindigen');
    expect(text('dialog .question')).toContain('De band tussen Kees Jansen en Anna de Vries beëindigen?');
    const date = el().querySelector<HTMLInputElement>('dialog input[type="date"]') as HTMLInputElement;
    expect(date.value).toBe(localToday());
    date.value = '2024-01-01'; // before the tie began
    date.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text('dialog .field-error')).toBe('Dat is vóór het begin van de band (1 mrt 2024).');
    expect(button('Ja, beëindigen').disabled).toBe(true);
    date.value = localToday();
    date.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    button('Ja, beëindigen').click();
    await fixture.whenStable();
    expect(request).toHaveBeenCalledWith(END_TIE, { id: 't1', until: localToday() });
    expect(el().querySelector('dialog')).toBeNull();
    expect(text('[data-figure="degree"] .number')).toBe('0');
    expect(text('[data-figure="degree"] .was')).toBe('was 1');
  });

  it('validates the contact form as you type and shows the server refusal in words', async () => {
    await fixture.whenStable();
    button('Contact vastleggen').click();
    await fixture.whenStable();
    expect(text('dialog h2')).toBe('Contact met Kees Jansen vastleggen');
    const summary = el().querySelector<HTMLTextAreaElement>('dialog textarea') as HTMLTextAreaElement;
    summary.value = '   ';
    summary.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text('dialog .field-error')).toBe('Vul dit veld in.');
    button('Contact opslaan').click();
    await fixture.whenStable();
    expect(request).not.toHaveBeenCalledWith(LOG_CONTACT, expect.anything());

    summary.value = 'Even gesproken.';
    summary.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(el().querySelector('dialog .field-error')).toBeNull();
    button('Contact opslaan').click();
    await fixture.whenStable();
    expect(request).toHaveBeenCalledWith(LOG_CONTACT, {
      input: {
        personIds: ['p1'],
        placeId: 's1',
        channel: ContactChannel.STREET,
        occurredOn: localToday(),
        summary: 'Even gesproken.',
        signals: [],
      },
    });
    expect(text('dialog [role="alert"]')).toBe('De invoer klopt niet. A contact moment cannot be in the future.');
    // the dialog stays open with what was typed
    expect(summary.value).toBe('Even gesproken.');
  });

  it('says when the person is not there (or not in your places)', async () => {
    request.mockImplementation(() =>
      throwError(() => new GraphqlError(ErrorCode.NOT_FOUND, 'Person x was not found.')),
    );
    await fixture.whenStable();
    expect(text('[role="alert"]')).toBe('Niet gevonden.');
    expect(el().querySelector('h1')).toBeNull();
  });

  describe('on 21 November 2026', () => {
    // only the clock is fixed (the tie began 2024-03-01: 32 whole months before); timers stay real for Angular
    beforeEach(() => {
      jest.useFakeTimers({
        now: new Date(2026, 10, 21, 12, 0),
        doNotFake: [
          'nextTick',
          'setImmediate',
          'clearImmediate',
          'setInterval',
          'clearInterval',
          'setTimeout',
          'clearTimeout',
          'queueMicrotask',
          'requestAnimationFrame',
          'cancelAnimationFrame',
          'requestIdleCallback',
          'cancelIdleCallback',
          'hrtime',
          'performance',
        ],
      });
    });
    afterEach(() => jest.useRealTimers());

    it('flags a tie nobody confirmed for a year and confirms it in one tap', async () => {
      await fixture.whenStable();
      const tie = () => el().querySelector('.tie[data-tie-id="t1"]') as HTMLElement;
      expect(text('.stale-summary')).toBe('1 band is al 12 maanden of langer niet bevestigd.');
      expect(tie().querySelector('.stale-line strong')?.textContent?.trim()).toBe(
        'Nooit bevestigd, en al 32 maanden oud.',
      );
      const confirm = button('Band met Anna de Vries bevestigen (vandaag gezien of gehoord dat die er nog is)');
      // an overdue check is the main thing to do on this tie
      expect(confirm.classList.contains('primary')).toBe(true);
      confirm.click();
      await fixture.whenStable();
      expect(request).toHaveBeenCalledWith(UPDATE_TIE, { id: 't1', input: { lastConfirmedOn: '2026-11-21' } });
      expect(text('.toast')).toContain('Band met Anna de Vries bevestigd op 21 nov 2026.');
      expect(el().querySelector('.stale-summary')).toBeNull();
      expect(tie().querySelector('.stale-line')).toBeNull();
      expect(tie().querySelector('.tie-meta')?.textContent).toContain('vandaag bevestigd');
      // confirmed today: nothing left to confirm
      expect(tie().querySelector('.confirm')).toBeNull();
    });

    it('says how long ago a tie was last confirmed, and not at all when it was this year', async () => {
      current = personData({ confirmedOn: '2025-06-21' });
      await fixture.whenStable();
      expect(text('.tie[data-tie-id="t1"] .stale-line strong')).toBe('Laatst bevestigd 17 maanden geleden.');
      current = personData({ confirmedOn: '2025-11-22' }); // 11 months
      fixture.componentInstance['retry']();
      await fixture.whenStable();
      expect(el().querySelector('.stale-line')).toBeNull();
      expect(text('.tie[data-tie-id="t1"] .tie-meta')).toContain('bevestigd 22 nov 2025');
    });
  });

  it('edits a tie with the same checks as adding one, sending only what changed', async () => {
    await fixture.whenStable();
    button('Band met Anna de Vries wijzigen').click();
    await fixture.whenStable();
    expect(text('dialog h2')).toBe('Band tussen Kees Jansen en Anna de Vries wijzigen');
    const dialog = el().querySelector('dialog') as HTMLElement;
    const kind = dialog.querySelector('select') as HTMLSelectElement;
    expect(kind.value).toBe(TieKind.NEIGHBOUR);
    const choice = (name: string) =>
      Array.from(dialog.querySelectorAll('label.choice'))
        .find((l) => l.textContent?.trim() === name)
        ?.querySelector('input') as HTMLInputElement;
    expect(choice('2').checked).toBe(true);
    expect(choice('praktische hulp').checked).toBe(true);
    const note = dialog.querySelector<HTMLInputElement>('input[type="text"]') as HTMLInputElement;
    expect(note.value).toBe('via het hondenuitlaten');

    // nothing changed yet: nothing is sent, and the form says why
    button('Wijzigingen opslaan').click();
    await fixture.whenStable();
    expect(text('dialog [role="alert"]')).toBe('Er is nog niets gewijzigd.');
    expect(request).not.toHaveBeenCalledWith(UPDATE_TIE, expect.anything());

    // too long a note is refused as it is typed (the API allows 4000 characters)
    note.value = 'x'.repeat(4001);
    note.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text('dialog .field-error')).toBe('Gebruik hoogstens 4000 tekens.');
    note.value = 'kent haar van de moestuin';
    note.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(dialog.querySelector('.field-error')).toBeNull();

    choice('4').click();
    choice('praktische hulp').click();
    choice('gezelschap').click();
    await fixture.whenStable();
    button('Wijzigingen opslaan').click();
    await fixture.whenStable();
    expect(request).toHaveBeenCalledWith(UPDATE_TIE, {
      id: 't1',
      input: { strength: 4, functions: ['COMPANIONSHIP'], note: 'kent haar van de moestuin' },
    });
    expect(el().querySelector('dialog')).toBeNull();
    expect(text('.toast')).toContain('Band met Anna de Vries gewijzigd.');
    const tie = el().querySelector('.tie[data-tie-id="t1"]') as HTMLElement;
    expect(tie.querySelector('.note')?.textContent).toBe('“kent haar van de moestuin”');
    expect(tie.querySelectorAll('.dot.on')).toHaveLength(4);
  });

  it("lets the worker change their own contact moment, checked as they type, but not someone else's", async () => {
    await fixture.whenStable();
    expect(text('.contact-meta')).toContain('door jou');
    button('Contact van 28 okt 2026 wijzigen').click();
    await fixture.whenStable();
    expect(text('dialog h2')).toBe('Contact van 28 okt 2026 wijzigen');
    const summary = el().querySelector<HTMLTextAreaElement>('dialog textarea') as HTMLTextAreaElement;
    expect(summary.value).toBe('Praatje bij de bakker.');
    expect(el().querySelector<HTMLInputElement>('dialog input[type="date"]')?.value).toBe('2026-10-28');
    summary.value = ' ';
    summary.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text('dialog .field-error')).toBe('Vul dit veld in.');
    summary.value = 'Praatje bij de bakker over de moestuin.';
    summary.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    button('Wijzigingen opslaan').click();
    await fixture.whenStable();
    expect(request).toHaveBeenCalledWith(UPDATE_CONTACT, {
      id: 'cm1',
      input: {
        channel: ContactChannel.STREET,
        occurredOn: '2026-10-28',
        summary: 'Praatje bij de bakker over de moestuin.',
        signals: [ContactSignal.LONELINESS_CONCERN],
      },
    });
    expect(text('.toast')).toContain('Contact van 28 okt 2026 gewijzigd.');

    // signed in as another worker: the moment is Samira's, so no buttons to change it
    signedIn.set({ id: 'w2', displayName: 'Joost' });
    await fixture.whenStable();
    expect(text('.contact-meta')).toContain('door Samira Bouchta');
    expect(el().querySelector('.contact-actions')).toBeNull();
  });

  it('says in words when the API refuses the change of a contact moment', async () => {
    request.mockImplementation((op: unknown) =>
      op === UPDATE_CONTACT
        ? throwError(() => new GraphqlError(ErrorCode.FORBIDDEN, 'Only the worker who logged this …'))
        : of(current),
    );
    await fixture.whenStable();
    button('Contact van 28 okt 2026 wijzigen').click();
    await fixture.whenStable();
    button('Wijzigingen opslaan').click();
    await fixture.whenStable();
    expect(text('dialog [role="alert"]')).toBe(
      'Alleen wie dit contact vastlegde, kan het wijzigen of verwijderen. Leg een nieuw contact vast om aan te vullen wat je weet.',
    );
  });

  it('deletes a contact moment only after a confirmation that says what goes, then shows the empty log', async () => {
    await fixture.whenStable();
    button('Contact van 28 okt 2026 verwijderen').click();
    await fixture.whenStable();
    expect(text('dialog h2')).toBe('Contact verwijderen');
    expect(text('dialog .question')).toBe('Het contact van 28 okt 2026 (op straat) verwijderen?');
    expect(text('dialog .quote')).toBe('Praatje bij de bakker.');
    // it was with Anna too: her log loses it as well
    expect(text('dialog')).toContain('Het verdwijnt ook uit de contactlog van Anna de Vries.');
    button('Annuleren').click();
    await fixture.whenStable();
    expect(el().querySelector('dialog')).toBeNull();
    expect(request).not.toHaveBeenCalledWith(DELETE_CONTACT, expect.anything());

    button('Contact van 28 okt 2026 verwijderen').click();
    await fixture.whenStable();
    button('Ja, verwijderen').click();
    await fixture.whenStable();
    expect(request).toHaveBeenCalledWith(DELETE_CONTACT, { id: 'cm1' });
    expect(text('.toast')).toContain('Contact van 28 okt 2026 verwijderd.');
    expect(el().textContent).toContain('Nog geen contact vastgelegd. Leg het eerste vast met ‘Contact vastleggen’.');
  });
});
