import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ErrorCode, PlaceLevel } from '@weefsel/domain';
import { of, throwError } from 'rxjs';
import { GraphqlClient, type GraphqlOperation } from '../graphql/graphql-client';
import { GraphqlError } from '../graphql/graphql-error';
import { PLACES } from '../people/people-api';
import { AT_RISK, ON_WATCH_LIST, SET_WATCH_LIST } from './watch-list-api';
import { WatchListPage } from './watch-list-page';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const PLACE_NODES = [
  { id: 'b1', name: 'Oosterpark', level: PlaceLevel.NEIGHBOURHOOD, parentId: null, cbsCode: null },
  { id: 's1', name: 'Asterstraat', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
  { id: 's2', name: 'Beukenlaan', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
];

function person(n: number, street: 's1' | 's2', onWatchList: boolean, lastContact: string | null) {
  return {
    id: id(n),
    displayName: `Bewoner ${n}`,
    onWatchList,
    homePlace: { id: street, name: street === 's1' ? 'Asterstraat' : 'Beukenlaan' },
    contactMoments: { edges: lastContact ? [{ node: { occurredOn: lastContact } }] : [] },
  };
}

const AT_RISK_ROWS = [
  {
    rank: 1,
    personId: id(1),
    score: 80,
    ties: 0,
    weakTies: 0,
    isolated: true,
    reasons: [
      { code: 'ISOLATED', detail: {} },
      { code: 'ON_WATCH_LIST', detail: {} },
    ],
    nearest: [
      { kind: 'CONNECTOR', id: 'c1', label: 'Els Smit', samePlace: true, sharedAssets: [], hiddenConnector: false },
      {
        kind: 'INITIATIVE',
        id: 'i1',
        label: 'TaartExpress',
        samePlace: false,
        sharedAssets: ['bakken'],
        hiddenConnector: false,
      },
    ],
    person: person(1, 's2', true, null),
  },
  {
    rank: 2,
    personId: id(2),
    score: 65,
    ties: 1,
    weakTies: 1,
    isolated: false,
    reasons: [
      { code: 'SINGLE_TIE', detail: {} },
      { code: 'NO_TIE_CONFIRMED_SINCE', detail: { months: 14 } },
    ],
    nearest: [],
    person: person(2, 's1', false, '2000-01-01'),
  },
];

describe('WatchListPage', () => {
  let request: jest.Mock;
  let setWatch: jest.Mock;

  async function open(url = '/watch-list'): Promise<{ harness: RouterTestingHarness; root: HTMLElement }> {
    const harness = await RouterTestingHarness.create(url);
    await harness.fixture.whenStable();
    return { harness, root: harness.routeNativeElement as HTMLElement };
  }

  const button = (root: HTMLElement, label: string) => {
    const found = Array.from(root.querySelectorAll('button')).find((b) => b.getAttribute('aria-label') === label);
    if (!found) throw new Error(`no button "${label}"`);
    return found;
  };

  beforeEach(() => {
    setWatch = jest.fn((variables: { id: string; onWatchList: boolean }) =>
      of({ setWatchList: { id: variables.id, onWatchList: variables.onWatchList } }),
    );
    request = jest.fn((op: GraphqlOperation<unknown, never>, variables: never) => {
      if (op === PLACES) return of({ places: { edges: PLACE_NODES.map((node) => ({ node })) } });
      if (op === AT_RISK) return of({ atRisk: AT_RISK_ROWS });
      if (op === ON_WATCH_LIST) return of({ people: { edges: [{ node: person(3, 's1', true, '2026-11-01') }] } });
      if (op === SET_WATCH_LIST) return setWatch(variables);
      throw new Error('unexpected operation');
    });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'watch-list', component: WatchListPage }]),
        { provide: GraphqlClient, useValue: { request } },
      ],
    });
  });

  it('asks the at-risk list of the top place and shows it ranked, with reasons in words', async () => {
    const { root } = await open();
    // the place tree's top (the buurt) is the default place
    expect(request).toHaveBeenCalledWith(AT_RISK, { placeId: 'b1' });
    expect(root.querySelector('.summary')?.textContent).toContain(
      '2 bewoners lopen risico, van wie 1 zonder enige band.',
    );
    const ranked = Array.from(root.querySelectorAll('ol.entries > li .who .name')).map((a) => a.textContent?.trim());
    expect(ranked).toEqual(['Bewoner 1', 'Bewoner 2']);
    const second = root.querySelector(`li[data-person-id="${id(2)}"]`);
    expect(second?.querySelector('.reasons')?.textContent).toContain('al 14 maanden geen band bevestigd');
    const first = root.querySelector(`li[data-person-id="${id(1)}"]`);
    expect(first?.querySelector('.nearest')?.textContent).toContain('Els Smit');
    expect(first?.querySelector('.nearest')?.textContent).toContain('deelt: bakken');
    // someone on the watch-list whom the figures do not put at risk is listed apart
    expect(root.querySelector('ul.entries')?.textContent).toContain('Bewoner 3');
  });

  it('filters by street and says so when nobody is left', async () => {
    const { harness, root } = await open();
    const street = root.querySelector<HTMLSelectElement>('#watch-street');
    if (!street) throw new Error('no street filter');
    street.value = 's2';
    street.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(Array.from(root.querySelectorAll('.entries .who .name')).map((a) => a.textContent?.trim())).toEqual([
      'Bewoner 1',
    ]);

    const reason = root.querySelector<HTMLSelectElement>('#watch-reason');
    if (!reason) throw new Error('no reason filter');
    reason.value = 'SINGLE_TIE';
    reason.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(root.querySelector('.empty')?.textContent).toContain('Niemand past bij deze filters.');
  });

  it('puts someone on the watch-list through the API and shows it', async () => {
    const { harness, root } = await open();
    const toggle = button(root, 'Bewoner 2 op de aandachtslijst');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    await harness.fixture.whenStable();
    expect(setWatch).toHaveBeenCalledWith({ id: id(2), onWatchList: true });
    expect(button(root, 'Bewoner 2 op de aandachtslijst').getAttribute('aria-pressed')).toBe('true');
  });

  it('says in words when the watch-list could not be changed', async () => {
    setWatch.mockReturnValue(throwError(() => new GraphqlError(ErrorCode.FORBIDDEN, 'no')));
    const { harness, root } = await open();
    button(root, 'Bewoner 1 op de aandachtslijst').click();
    await harness.fixture.whenStable();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(
      'Bewoner 1 kon niet op of van de aandachtslijst worden gezet: Je hebt geen toegang tot deze gegevens.',
    );
    expect(button(root, 'Bewoner 1 op de aandachtslijst').getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps the visit plan in the URL and shows it grouped by street', async () => {
    const { harness, root } = await open();
    button(root, 'Bewoner 2 in het bezoekplan').click();
    await harness.fixture.whenStable();
    button(root, 'Bewoner 1 in het bezoekplan').click();
    await harness.fixture.whenStable();
    const routerUrl = TestBed.inject(Router).url;
    expect(routerUrl).toContain(`visit=${id(2)},${id(1)}`);
    // personal data must not outlive the session: nothing about the plan in localStorage (the language is)
    expect(JSON.stringify({ ...localStorage })).not.toContain(id(1));

    await harness.navigateByUrl(`${routerUrl}&view=plan`);
    await harness.fixture.whenStable();
    const streets = Array.from(root.querySelectorAll('.plan-street h3')).map((h) => h.textContent?.trim());
    // Beukenlaan holds the most urgent resident (rank 1), so the walk starts there
    expect(streets).toEqual(['Beukenlaan (1)', 'Asterstraat (1)']);
    expect(root.querySelector('.progress')?.textContent).toContain('0 van 2 bezocht');
    const log = Array.from(root.querySelectorAll('a')).find((a) => a.textContent?.trim() === 'Bezoek vastleggen');
    // the link names the resident and the way back: this very plan, with its query, so capture can return to it
    const href = new URL(log?.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/capture');
    expect(href.searchParams.get('person')).toBe(id(1));
    const back = new URL(href.searchParams.get('returnUrl') ?? '', 'http://x');
    expect(back.pathname).toBe('/watch-list');
    expect(back.searchParams.get('view')).toBe('plan');
    expect(back.searchParams.get('visit')).toBe(`${id(2)},${id(1)}`);
  });

  it('says what to do next in a place where nobody is at risk and nobody is on the watch-list', async () => {
    request.mockImplementation((op: GraphqlOperation<unknown, never>) => {
      if (op === PLACES) return of({ places: { edges: PLACE_NODES.map((node) => ({ node })) } });
      if (op === AT_RISK) return of({ atRisk: [] });
      if (op === ON_WATCH_LIST) return of({ people: { edges: [] } });
      throw new Error('unexpected operation');
    });
    const { root } = await open('/watch-list?place=s1');
    expect(root.querySelector('.empty')?.textContent?.trim()).toBe(
      'Volgens de cijfers loopt in Asterstraat niemand risico en staat niemand op je aandachtslijst. Houd contact met de verbinders, en zet iemand op de aandachtslijst op diens pagina (Bewoners) als je je zorgen maakt.',
    );
    expect(root.querySelector('ol.entries')).toBeNull();
  });

  it('shows an empty plan with what to do next', async () => {
    const { root } = await open('/watch-list?view=plan');
    expect(root.querySelector('.plan .empty')?.textContent).toContain('Je bezoekplan is nog leeg.');
  });

  it('shows a failed load in words with a way to try again', async () => {
    request.mockImplementation((op: GraphqlOperation<unknown, never>) =>
      op === PLACES
        ? of({ places: { edges: PLACE_NODES.map((node) => ({ node })) } })
        : throwError(() => new GraphqlError('NETWORK_ERROR', 'down')),
    );
    const { root } = await open();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('De Weefsel-server is niet bereikbaar.');
    expect(root.querySelector('[role="alert"] button')?.textContent).toContain('Opnieuw proberen');
  });
});
