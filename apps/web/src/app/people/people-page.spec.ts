import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import { ErrorCode, PersonRole, PlaceLevel } from '@weefsel/domain';
import { type Observable, of, Subject, throwError } from 'rxjs';
import { GraphqlClient, type GraphqlOperation } from '../graphql/graphql-client';
import { GraphqlError } from '../graphql/graphql-error';
import { PEOPLE, type PersonListItem, PLACES } from './people-api';
import { PeoplePage, SEARCH_DEBOUNCE_MS } from './people-page';

interface PeopleVariables {
  placeId: string | null;
  search: string | null;
  first: number;
  after: string | null;
}

const PLACE_NODES = [
  { id: 'g1', name: 'Groningen', level: PlaceLevel.MUNICIPALITY, parentId: null, cbsCode: 'GM0014' },
  { id: 'b1', name: 'Oosterpark', level: PlaceLevel.NEIGHBOURHOOD, parentId: 'w1', cbsCode: null },
  { id: 'w1', name: 'Oost', level: PlaceLevel.DISTRICT, parentId: 'g1', cbsCode: null },
  { id: 's1', name: 'Asterstraat', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
];

function person(n: number, extra: Partial<PersonListItem> = {}): PersonListItem {
  return {
    id: `p${n}`,
    displayName: `Bewoner ${n}`,
    pseudonym: 'P-3F9K2Q',
    onWatchList: false,
    birthYear: null,
    homePlace: { id: 's1', name: 'Asterstraat', level: PlaceLevel.STREET },
    roles: [],
    ...extra,
  };
}

/** A fake API of `total` residents, paged by cursors `c<index>` like a Relay connection. */
function connection(total: number, variables: PeopleVariables) {
  const start = variables.after === null ? 0 : Number(variables.after.slice(1));
  const people = Array.from({ length: Math.max(0, Math.min(variables.first, total - start)) }, (_, i) =>
    person(start + i + 1),
  );
  const end = start + people.length;
  return {
    people: {
      totalCount: total,
      pageInfo: { hasNextPage: end < total, endCursor: people.length ? `c${end}` : null },
      edges: people.map((node, i) => ({ cursor: `c${start + i + 1}`, node })),
    },
  };
}

/** The element, or a test failure that names what is missing from the screen. */
function must<T>(found: T | null | undefined, what: string): T {
  if (found === null || found === undefined) throw new Error(`not on screen: ${what}`);
  return found;
}

describe('PeoplePage', () => {
  let fixture: ComponentFixture<PeoplePage>;
  let people: jest.Mock<Observable<unknown>, [PeopleVariables]>;
  let request: jest.Mock;

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(PeoplePage);
    await fixture.whenStable();
  }

  beforeEach(() => {
    people = jest.fn((variables: PeopleVariables) => of(connection(120, variables)));
    request = jest.fn((op: GraphqlOperation<unknown, never>, variables: PeopleVariables) => {
      if (op === PLACES) return of({ places: { edges: PLACE_NODES.map((node) => ({ node })) } });
      if (op === PEOPLE) return people(variables);
      throw new Error('unexpected operation');
    });
    TestBed.configureTestingModule({
      imports: [PeoplePage],
      providers: [provideRouter([]), { provide: GraphqlClient, useValue: { request } }],
    });
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => el().querySelector(selector)?.textContent?.trim().replace(/\s+/g, ' ') ?? null;
  const rowNames = () => Array.from(el().querySelectorAll('tbody th')).map((th) => th.textContent?.trim());
  const buttonNamed = (name: string) =>
    must(
      Array.from(el().querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === name),
      name,
    );
  const lastVariables = () => people.mock.calls[people.mock.calls.length - 1][0];

  it('renders a row per resident with street, roles held today and the watch-list marker', async () => {
    people.mockReturnValue(
      of({
        people: {
          totalCount: 2,
          pageInfo: { hasNextPage: false, endCursor: 'c2' },
          edges: [
            {
              cursor: 'c1',
              node: person(1, {
                displayName: 'Fatima El Amrani',
                onWatchList: true,
                roles: [
                  { role: PersonRole.CONNECTOR, since: '2020-01-01', until: null },
                  { role: PersonRole.VOLUNTEER, since: '2019-01-01', until: '2020-01-01' },
                ],
              }),
            },
            { cursor: 'c2', node: person(2, { displayName: 'Henk Bos' }) },
          ],
        },
      }),
    );
    await render();

    const rows = el().querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    const [fatima, henk] = Array.from(rows).map((row) => Array.from(row.children).map((c) => c.textContent?.trim()));
    expect(fatima[0]).toBe('Fatima El Amrani');
    // the name opens the resident's own page
    expect(rows[0].querySelector('th a')?.getAttribute('href')).toBe('/people/p1');
    expect(fatima[1]).toBe('Asterstraat');
    expect(fatima[2]).toBe('verbinder'); // the volunteer spell ended in 2020
    expect(fatima[3]).toContain('aandachtslijst');
    expect(henk[2]).toBe('geen');
    expect(henk[3]).toBe('');
    expect(text('.total')).toBe('2 bewoners');
    expect(el().querySelector('.pager')).toBeNull();
  });

  it('asks for the first page of 50 and shows the total', async () => {
    await render();
    expect(people).toHaveBeenCalledTimes(1);
    expect(lastVariables()).toEqual({ placeId: null, search: null, first: 50, after: null });
    expect(rowNames()).toHaveLength(50);
    expect(text('.total')).toBe('120 bewoners');
    expect(text('.range')).toBe('1–50 van 120');
  });

  it('pages forward with the end cursor and back with the cursor it came from', async () => {
    await render();
    expect(buttonNamed('Vorige').disabled).toBe(true);

    buttonNamed('Volgende').click();
    await fixture.whenStable();
    expect(lastVariables().after).toBe('c50');
    expect(rowNames()[0]).toBe('Bewoner 51');
    expect(text('.range')).toBe('51–100 van 120');

    buttonNamed('Volgende').click();
    await fixture.whenStable();
    expect(lastVariables().after).toBe('c100');
    expect(text('.range')).toBe('101–120 van 120');
    expect(buttonNamed('Volgende').disabled).toBe(true);

    buttonNamed('Vorige').click();
    await fixture.whenStable();
    expect(lastVariables().after).toBe('c50');
    expect(rowNames()[0]).toBe('Bewoner 51');

    buttonNamed('Vorige').click();
    await fixture.whenStable();
    expect(lastVariables().after).toBeNull();
    expect(buttonNamed('Vorige').disabled).toBe(true);
  });

  it('shows the empty state when a place has no residents yet', async () => {
    people.mockImplementation((variables) => of(connection(0, variables)));
    await render();
    expect(el().querySelector('table')).toBeNull();
    expect(text('.empty')).toBe('Hier zijn nog geen bewoners. Importeer een CSV-bestand of voeg iemand toe.');
    expect(text('.total')).toBe('0 bewoners');
  });

  it('shows a loading state until the first page arrives', async () => {
    const pending = new Subject<unknown>();
    people.mockReturnValue(pending);
    await render();
    expect(text('.loading')).toBe('Bewoners laden…');

    pending.next(connection(3, { placeId: null, search: null, first: 50, after: null }));
    await fixture.whenStable();
    expect(el().querySelector('.loading')).toBeNull();
    expect(rowNames()).toHaveLength(3);
  });

  it('shows an error in words and tries again on request', async () => {
    people.mockReturnValueOnce(throwError(() => new GraphqlError(ErrorCode.FORBIDDEN, 'Forbidden resource')));
    await render();
    expect(text('[role=alert] p')).toBe('Je hebt geen toegang tot deze gegevens.');

    buttonNamed('Opnieuw proberen').click();
    await fixture.whenStable();
    expect(people).toHaveBeenCalledTimes(2);
    expect(el().querySelector('[role=alert]')).toBeNull();
    expect(rowNames()).toHaveLength(50);
  });

  it('offers the places as an indented hierarchy and filters by the chosen one from page one', async () => {
    await render();
    const select = must(el().querySelector<HTMLSelectElement>('#people-place'), 'place');
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual([
      'Alle plekken',
      'Groningen (gemeente)',
      '\u00a0\u00a0\u00a0Oost (wijk)',
      '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Oosterpark (buurt)',
      '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Asterstraat (straat)',
    ]);

    buttonNamed('Volgende').click();
    await fixture.whenStable();

    select.value = 'b1';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(lastVariables()).toEqual({ placeId: 'b1', search: null, first: 50, after: null });
    expect(buttonNamed('Vorige').disabled).toBe(true);
  });

  it('starts with the name from ?search= (the map links here) in the first request', async () => {
    TestBed.overrideProvider(ActivatedRoute, {
      useValue: { snapshot: { queryParamMap: convertToParamMap({ search: 'Anna de Boer' }) } },
    });
    await render();
    expect(people).toHaveBeenCalledTimes(1);
    expect(lastVariables()).toEqual({ placeId: null, search: 'Anna de Boer', first: 50, after: null });
    expect(must(el().querySelector<HTMLInputElement>('#people-search'), 'search').value).toBe('Anna de Boer');
  });

  it('searches once the user stops typing, and says when nobody matches', async () => {
    people.mockImplementation((variables) => of(connection(variables.search ? 0 : 120, variables)));
    await render();
    const input = must(el().querySelector<HTMLInputElement>('#people-search'), 'search');
    for (const value of ['z', 'zw', 'zwa']) {
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();
    expect(people).toHaveBeenCalledTimes(1);

    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await fixture.whenStable();
    expect(people).toHaveBeenCalledTimes(2);
    expect(lastVariables().search).toBe('zwa');
    expect(text('.empty')).toBe('Niemand gevonden met “zwa” in de naam.');
  });
});
