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
import { GraphqlClient } from '../graphql/graphql-client';
import { GraphqlError } from '../graphql/graphql-error';
import { localToday } from './local-date';
import { END_TIE, LOG_CONTACT, PERSON, type PersonMetrics, SET_WATCH_LIST } from './person-api';
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

function personData(extra: { onWatchList?: boolean; metrics?: PersonMetrics } = {}) {
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
          lastConfirmedOn: null,
          source: TieSource.OBSERVED_BY_WORKER,
          note: 'via het hondenuitlaten',
          personA: ANNA,
          personB: KEES,
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
        totalCount: 1,
        pageInfo: { hasNextPage: false, endCursor: 'x' },
        edges: [
          {
            node: {
              id: 'cm1',
              occurredOn: '2026-10-28',
              channel: ContactChannel.STREET,
              summary: 'Praatje bij de bakker.',
              signals: [ContactSignal.LONELINESS_CONCERN],
              worker: { id: 'w1', displayName: 'Samira Bouchta' },
              place: { id: 's1', name: 'Lindenlaan' },
              people: [{ id: 'p1', displayName: 'Kees Jansen' }],
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

  beforeEach(() => {
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
});
