import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ErrorCode, PlaceLevel, UserRole } from '@weefsel/domain';
import { NEVER, type Observable, of, throwError } from 'rxjs';
import { Session } from '../auth/session';
import type { GraphqlOperation } from '../graphql/graphql-client';
import { GraphqlClient } from '../graphql/graphql-client';
import { GraphqlError } from '../graphql/graphql-error';
import { PLACES } from '../people/people-api';
import { addMonths, todayIso } from './as-of';
import { MY_PLACES, type Network, NETWORK, SUGGESTIONS } from './map-api';
import { PALETTE } from './map-colours';
import type { MapElements } from './map-elements';
import { MapGraph } from './map-graph';
import { AS_OF_DEBOUNCE_MS, MapPage } from './map-page';
import { FIXTURE_SUGGESTIONS, fixtureNetwork, person } from './network-fixture';
import type { Positions } from './position-cache';

// Cytoscape needs a canvas, which jsdom has not: the page talks to a recording stand-in instead.
jest.mock('./map-graph', () => {
  class FakeMapGraph {
    static instances: FakeMapGraph[] = [];
    readonly large: boolean;
    readonly renderer: string;
    renders: { elements: unknown; positions: Record<string, unknown>; key: string }[] = [];
    classes: ReadonlyMap<string, string> | null = null;
    focused: (string[] | null)[] = [];
    centred: string[] = [];
    tap: ((id: string | null) => void) | null = null;
    destroyed = false;
    constructor(
      readonly container: HTMLElement,
      readonly options: { large: boolean; webgl: boolean },
    ) {
      this.large = options.large;
      this.renderer = options.webgl ? 'webgl' : 'canvas';
      FakeMapGraph.instances.push(this);
    }
    render(elements: unknown, positions: Record<string, unknown>, key: string) {
      this.renders.push({ elements, positions, key });
    }
    applyClasses(classes: ReadonlyMap<string, string>) {
      this.classes = classes;
    }
    focus(ids: readonly string[] | null) {
      this.focused.push(ids ? [...ids].sort() : null);
    }
    centreOn(id: string) {
      this.centred.push(id);
    }
    fit() {
      this.focused.push(null);
    }
    positions() {
      return this.renders.at(-1)?.positions ?? {};
    }
    onTap(handler: (id: string | null) => void) {
      this.tap = handler;
    }
    png() {
      return new Blob(['png of the map'], { type: 'image/png' });
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { MapGraph: FakeMapGraph, webglSupport: () => 'none' };
});

interface FakeGraph {
  large: boolean;
  options: { large: boolean; webgl: boolean };
  renders: { elements: MapElements; positions: Positions; key: string }[];
  classes: ReadonlyMap<string, string> | null;
  focused: (string[] | null)[];
  centred: string[];
  tap: ((id: string | null) => void) | null;
  destroyed: boolean;
}
const graphs = () => (MapGraph as unknown as { instances: FakeGraph[] }).instances;
const graph = (): FakeGraph => {
  const last = graphs().at(-1);
  if (!last) throw new Error('no map drawn');
  return last;
};

const PLACE_NODES = [
  { id: 'b1', name: 'De Lindenhof', level: PlaceLevel.NEIGHBOURHOOD, parentId: null, cbsCode: null },
  { id: 's1', name: 'Lindenlaan', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
  { id: 's2', name: 'Kerkpad', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
];

type Vars = Record<string, unknown>;

/** The element, or a test failure that names what is missing from the screen. */
function must<T>(found: T | null | undefined, what: string): T {
  if (found === null || found === undefined) throw new Error(`not on screen: ${what}`);
  return found;
}

describe('MapPage', () => {
  let fixture: ComponentFixture<MapPage>;
  let network: jest.Mock<Observable<unknown>, [Vars]>;
  let suggestions: jest.Mock<Observable<unknown>, [Vars]>;
  let role: UserRole;

  beforeEach(() => {
    (MapGraph as unknown as { instances: FakeGraph[] }).instances = [];
    role = UserRole.WORKER;
    network = jest.fn(() => of({ network: fixtureNetwork() }));
    suggestions = jest.fn(() => of({ suggestions: FIXTURE_SUGGESTIONS }));
    const request = jest.fn((op: GraphqlOperation<unknown, never>, variables: Vars) => {
      if (op === MY_PLACES) return of({ me: { places: [{ id: 'b1' }] } });
      if (op === PLACES) return of({ places: { edges: PLACE_NODES.map((node) => ({ node })) } });
      if (op === NETWORK) return network(variables);
      if (op === SUGGESTIONS) return suggestions(variables);
      throw new Error('unexpected operation');
    });
    TestBed.configureTestingModule({
      imports: [MapPage],
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: { request } },
        {
          provide: Session,
          useValue: {
            user: signal({
              id: 'u1',
              email: 'a@b.nl',
              displayName: 'Anne',
              get role() {
                return role;
              },
            }),
          },
        },
      ],
    });
  });

  afterEach(() => fixture?.destroy());

  /** Renders and waits for the data and the drawing. */
  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 40));
    await fixture.whenStable();
  }

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(MapPage);
    await settle();
  }

  const el = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => el().querySelector(selector)?.textContent?.trim().replace(/\s+/g, ' ') ?? null;
  const button = (name: RegExp | string) =>
    must(
      Array.from(el().querySelectorAll<HTMLButtonElement>('button')).find((b) => {
        const label = b.textContent?.trim().replace(/\s+/g, ' ') ?? '';
        return typeof name === 'string' ? label === name : name.test(label);
      }),
      String(name),
    );
  const lastRender = () => must(graph().renders.at(-1), 'a drawn map');
  /** how many times the map moved its nodes to new positions (a new positions key) */
  const moves = () => new Set(graph().renders.map((r) => r.key)).size;
  const positionsSource = () => el().querySelector('.map-frame')?.getAttribute('data-positions');
  const drawnEdge = (id: string) => lastRender().elements.edges.find((e) => e.data.id === id)?.data;
  const drawnNode = (id: string) => lastRender().elements.nodes.find((n) => n.data.id === id)?.data;

  it('opens on the user’s first place as of today and says how much is on the map', async () => {
    await render();
    expect(network).toHaveBeenCalledTimes(1);
    expect(network).toHaveBeenCalledWith({ placeId: 'b1', asOf: todayIso() });
    expect(text('.summary')).toBe('9 bewoners en groepen · 6 banden');
    expect(must(el().querySelector<HTMLSelectElement>('#map-place'), 'place').value).toBe('b1');
    expect(must(el().querySelector<HTMLInputElement>('#map-as-of'), 'date').value).toBe(todayIso());

    expect(graphs()).toHaveLength(1);
    expect(graph().options).toEqual({ large: false, webgl: false, reducedMotion: false });
    // at the positions the API sent (the fixture's row, 10 apart)
    expect(positionsSource()).toBe('server');
    expect(moves()).toBe(1);
    const drawn = lastRender();
    expect(drawn.elements.nodes).toHaveLength(9);
    expect(drawn.elements.edges).toHaveLength(11);
    expect(drawn.positions['p2']).toEqual({ x: 10, y: 0 });
    expect(drawn.positions['i1']).toEqual({ x: 80, y: 0 });
    expect(el().querySelector('.overlay')).toBeNull();
    expect(el().querySelector('.map-frame')?.getAttribute('data-state')).toBe('ready');
    expect(text('wf-map-legend h2')).toBe('Legenda');
  });

  it('draws a revisit from the positions cached in this tab', async () => {
    await render();
    const first = lastRender();
    fixture.destroy();
    expect(graph().destroyed).toBe(true);

    await render();
    expect(graphs()).toHaveLength(2);
    expect(positionsSource()).toBe('cache');
    expect(lastRender().positions).toEqual(first.positions);
  });

  it('toggles a highlight: pressed, counted in words, and lit on the map', async () => {
    await render();
    const isolated = button(/^Geïsoleerd/);
    expect(isolated.textContent?.replace(/\s+/g, ' ').trim()).toBe('Geïsoleerd 1');
    expect(isolated.getAttribute('aria-pressed')).toBe('false');

    isolated.click();
    await fixture.whenStable();
    expect(isolated.getAttribute('aria-pressed')).toBe('true');
    expect(text('.highlight-status')).toBe('1 geïsoleerde bewoners: geen enkele band op de peildatum.');
    expect(graph().classes?.get('p5')).toBe('hl hl-isolated');
    expect(graph().classes?.get('p1')).toBe('dim');

    button(/^Bruggen/).click();
    await fixture.whenStable();
    expect(graph().classes?.get('t2')).toBe('hl hl-bridge');
    expect(graph().classes?.get('t4')).toBe('hl hl-bridging');
    expect(el().querySelectorAll('.highlight-status p')).toHaveLength(2);

    isolated.click();
    button(/^Bruggen/).click();
    await fixture.whenStable();
    expect(graph().classes?.get('p5')).toBe('');
    expect(text('.highlight-status')).toBe('');
  });

  it('asks for suggestions only with their highlight on, and draws them as proposed ties', async () => {
    await render();
    expect(suggestions).not.toHaveBeenCalled();
    expect(drawnEdge('proposed:p2:p5')).toBeUndefined();

    button(/^Voorstellen/).click();
    await settle();
    expect(suggestions).toHaveBeenCalledWith({ placeId: 'b1', asOf: '2026-11-01', limit: 50 });
    expect(drawnEdge('proposed:p2:p5')).toMatchObject({ lineStyle: 'dashed', colour: '#c026d3' });
    expect(graph().classes?.get('proposed:p2:p5')).toBe('hl hl-proposed');
    expect(
      button(/^Voorstellen/)
        .textContent?.replace(/\s+/g, ' ')
        .trim(),
    ).toBe('Voorstellen 1');
    expect(text('.highlight-status')).toBe('1 voorgestelde banden (gatenvuller), gestreept getekend.');
    // the proposals do not move the map
    expect(moves()).toBe(1);
  });

  it('moves through time: one request per pause of the slider, and the people stay where they are', async () => {
    await render();
    const key = lastRender().key;
    const older = fixtureNetwork({ asOf: addMonths(todayIso(), -12) });
    older.edges = older.edges.filter((e) => e.id !== 't6');
    network.mockReturnValue(of({ network: older }));

    const slider = must(el().querySelector<HTMLInputElement>('#map-time'), 'slider');
    for (const value of ['-3', '-6', '-12']) {
      slider.value = value;
      slider.dispatchEvent(new Event('input'));
    }
    await fixture.whenStable();
    expect(text('.time-value')).toBe(
      new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${addMonths(todayIso(), -12)}T00:00:00Z`),
      ),
    );
    expect(network).toHaveBeenCalledTimes(1);

    await new Promise((resolve) => setTimeout(resolve, AS_OF_DEBOUNCE_MS + 50));
    await settle();
    expect(network).toHaveBeenCalledTimes(2);
    expect(network).toHaveBeenLastCalledWith({ placeId: 'b1', asOf: addMonths(todayIso(), -12) });
    expect(text('.summary')).toBe('9 bewoners en groepen · 5 banden');
    // kept where they were, not moved to the API's positions for the older date
    expect(positionsSource()).toBe('kept');
    expect(lastRender().key).toBe(key);
    expect(drawnEdge('t6')).toBeUndefined();
    expect(must(el().querySelector<HTMLInputElement>('#map-as-of'), 'date').value).toBe(addMonths(todayIso(), -12));
  });

  it('moves to the API’s positions on “Opnieuw schikken”, and for a date when most people were not there yet', async () => {
    await render();
    const slideTo = async (months: string) => {
      const slider = must(el().querySelector<HTMLInputElement>('#map-time'), 'slider');
      slider.value = months;
      slider.dispatchEvent(new Event('input'));
      await new Promise((resolve) => setTimeout(resolve, AS_OF_DEBOUNCE_MS + 50));
      await settle();
    };
    // a year ago, before Anna met Dirk (t6), the API laid the same people out 50 lower
    const older = fixtureNetwork({ asOf: addMonths(todayIso(), -12) });
    older.edges = older.edges.filter((e) => e.id !== 't6');
    older.nodes = older.nodes.map((node) => ({ ...node, y: 50 }));
    network.mockReturnValue(of({ network: older }));
    await slideTo('-12');
    expect(positionsSource()).toBe('kept');
    expect(lastRender().positions['p2']).toEqual({ x: 10, y: 0 });

    button('Opnieuw schikken').click();
    await settle();
    expect(positionsSource()).toBe('server');
    expect(moves()).toBe(2);
    expect(lastRender().positions['p2']).toEqual({ x: 10, y: 50 });

    // two years ago: of nine nodes only Anna was there (1/9 known, below 80 %), so the API's layout is used
    const early = fixtureNetwork({
      asOf: addMonths(todayIso(), -24),
      nodes: [
        person('p1', { x: 5, y: 5 }),
        ...['n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9'].map((id, i) => person(id, { x: i, y: 7 })),
      ],
      edges: [],
    });
    network.mockReturnValue(of({ network: early }));
    await slideTo('-24');
    expect(positionsSource()).toBe('server');
    expect(moves()).toBe(3);
    expect(lastRender().positions['p1']).toEqual({ x: 5, y: 5 });
    expect(lastRender().positions['n9']).toEqual({ x: 7, y: 7 });
  });

  it('a tap on a person shows their figures and their ego network; two hops widen it', async () => {
    await render();
    must(graph().tap, 'tap handler')('p1');
    await fixture.whenStable();

    expect(text('wf-map-details h2')).toBe('Anna de Boer');
    expect(text('wf-map-details .meta')).toBe('Bewoner · Lindenlaan');
    const figures = Array.from(el().querySelectorAll('wf-map-details .figure')).map((f) => [
      f.querySelector('dt')?.textContent?.trim(),
      f.querySelector('dd')?.textContent?.trim(),
    ]);
    expect(figures).toEqual([
      ['Banden', '2'],
      ['Tussenpositie', '0,1'],
      ['Ingeslotenheid', '0,5'],
      ['Onderlinge bekendheid', '0,5'],
      ['Risicoscore', 'geen risico'],
    ]);
    expect(graph().focused.at(-1)).toEqual(['c1', 'p1', 'p2', 'p4']);
    expect(graph().classes?.get('p1')).toBe('in-ego ego selected');
    expect(graph().classes?.get('p3')).toBe('faded');
    const links = Array.from(el().querySelectorAll<HTMLAnchorElement>('wf-map-details a'));
    expect(links.map((a) => a.getAttribute('href'))).toContain('/people?search=Anna%20de%20Boer');

    button('2 stappen').click();
    await fixture.whenStable();
    expect(graph().focused.at(-1)).toEqual(['c1', 'c2', 'p1', 'p2', 'p3', 'p4', 'p6']);

    button('×').click();
    await fixture.whenStable();
    expect(el().querySelector('wf-map-details')).toBeNull();
    expect(graph().focused.at(-1)).toBeNull();
  });

  it('shows an isolated, at-risk person’s flags and risk score', async () => {
    await render();
    must(graph().tap, 'tap handler')('p5');
    await fixture.whenStable();
    expect(Array.from(el().querySelectorAll('wf-map-details .chip')).map((c) => c.textContent?.trim())).toEqual([
      'geïsoleerd',
      'kwetsbaar',
      'aandachtslijst',
    ]);
    const risk = Array.from(el().querySelectorAll('wf-map-details .figure')).find(
      (f) => f.querySelector('dt')?.textContent?.trim() === 'Risicoscore',
    );
    expect(risk?.querySelector('dd')?.textContent?.trim()).toBe('80');
  });

  it('finds a person by (part of) their name and centres on them', async () => {
    await render();
    const search = must(el().querySelector<HTMLInputElement>('#map-search'), 'search');
    search.value = 'bram';
    search.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(graph().centred).toEqual(['p2']);
    expect(text('wf-map-details h2')).toBe('Bram Prins');
    expect(text('wf-map-details .meta')).toBe('Verbinder of sleutelfiguur · Lindenlaan');

    search.value = 'zzz';
    search.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(text('#map-search-missed')).toBe('Niemand gevonden met “zzz” in de naam.');
    expect(graph().centred).toEqual(['p2']);
  });

  it('filters: groups and weak ties off change what is counted and drawn, not where', async () => {
    await render();
    const collectives = must(
      Array.from(el().querySelectorAll('label.check')).find((l) => l.textContent?.trim() === 'Collectieven tonen'),
      'collectives checkbox',
    ).querySelector('input') as HTMLInputElement;
    collectives.checked = false;
    collectives.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(text('.summary')).toBe('7 bewoners en groepen · 6 banden');
    expect(graph().classes?.get('c1')).toBe('hidden');
    expect(graph().classes?.get('m1')).toBe('hidden');

    const strength = must(el().querySelector<HTMLSelectElement>('#map-strength'), 'strength');
    strength.value = '3';
    strength.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(text('.summary')).toBe('7 bewoners en groepen · 3 banden');
    expect(graph().classes?.get('t2')).toBe('hidden');
    expect(moves()).toBe(1);
  });

  it('filters by ecogram function and by collective, and focuses on the chosen group', async () => {
    await render();
    const practical = must(el().querySelector<HTMLInputElement>('input[data-function="PRACTICAL"]'), 'practical');
    // two ties on the fixture map carry practical help (t3, t5)
    expect(practical.closest('label')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('praktische hulp (2)');
    practical.checked = true;
    practical.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(text('.summary')).toBe('9 bewoners en groepen · 2 banden');
    expect(graph().classes?.get('t1')).toBe('hidden');

    practical.checked = false;
    practical.dispatchEvent(new Event('change'));
    const group = must(el().querySelector<HTMLSelectElement>('#map-group'), 'group filter');
    expect(Array.from(group.options).map((o) => o.textContent?.trim())).toEqual([
      'Iedereen',
      'Bewonerscommissie',
      'Buurtapp Lindenlaan',
      'TaartExpress',
    ]);
    group.value = 'c2';
    group.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(text('.summary')).toBe('3 bewoners en groepen · 1 banden');
    expect(graph().focused.at(-1)).toEqual(['c2', 'p2', 'p3']);
    expect(moves()).toBe(1);
  });

  it('saves the whole map as a PNG named after the place and date', async () => {
    const names: string[] = [];
    URL.createObjectURL = jest.fn(() => 'blob:map');
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await render();
    button('PNG').click();
    expect(names).toEqual(['weefsel-kaart-de-lindenhof-2026-11-01.png']);
    expect(URL.createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    click.mockRestore();
  });

  it('switches colours without moving the map, and the legend follows', async () => {
    await render();
    const key = lastRender().key;
    const colour = must(el().querySelector<HTMLSelectElement>('#map-colour'), 'colour');
    colour.value = 'street';
    colour.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(drawnNode('p5')?.fill).toBe(PALETTE[0]); // Kerkpad, first in the alphabet
    expect(drawnNode('p1')?.fill).toBe(PALETTE[1]);
    expect(lastRender().key).toBe(key);
    const legend = Array.from(el().querySelectorAll('wf-map-legend .group-name')).map((n) => n.textContent?.trim());
    expect(legend).toEqual(['Kerkpad', 'Lindenlaan']);
    const counts = Array.from(el().querySelectorAll('wf-map-legend .group-count')).map((n) => n.textContent?.trim());
    expect(counts).toEqual(['3', '3']);
  });

  it('shows an error in words and tries again on request', async () => {
    network.mockReturnValueOnce(throwError(() => new GraphqlError(ErrorCode.FORBIDDEN, 'Forbidden')));
    await render();
    expect(text('[role=alert] p')).toBe('Je hebt geen toegang tot deze gegevens.');

    button('Opnieuw proberen').click();
    await settle();
    expect(el().querySelector('[role=alert]')).toBeNull();
    expect(text('.summary')).toBe('9 bewoners en groepen · 6 banden');
  });

  it('says so, and what to do, when a place has nobody on the map yet', async () => {
    network.mockReturnValue(of({ network: { ...fixtureNetwork(), nodes: [], edges: [] } satisfies Network }));
    await render();
    expect(text('.overlay.empty')).toBe(
      'In De Lindenhof staat nog niemand op de kaart. Importeer een CSV-bestand of voeg bewoners toe.',
    );
  });

  it('shows a loading state until the network arrives', async () => {
    network.mockReturnValue(NEVER);
    await render();
    expect(text('.overlay.loading')).toBe('Kaart laden…');
    expect(el().querySelector('.map-frame')?.getAttribute('data-state')).toBe('loading');
    expect(graphs()).toHaveLength(0);
  });

  it('an analyst gets the pseudonymised map: no suggestions, no way to the residents list', async () => {
    role = UserRole.ANALYST;
    network.mockReturnValue(of({ network: fixtureNetwork({ pseudonymised: true }) }));
    await render();
    expect(
      Array.from(el().querySelectorAll('.highlights button')).map((b) => b.getAttribute('data-highlight')),
    ).toEqual(['isolated', 'atRisk', 'bridges', 'articulationPoints', 'hiddenConnectors']);
    must(graph().tap, 'tap handler')('p1');
    await fixture.whenStable();
    expect(el().querySelector('wf-map-details')).not.toBeNull();
    expect(el().querySelector('wf-map-details a')).toBeNull();
  });

  it('draws a large network with the cheaper settings and says so', async () => {
    const big = fixtureNetwork();
    big.nodes = Array.from({ length: 1001 }, (_, i) => person(`n${i}`, { label: `Bewoner ${i}` }));
    big.edges = [];
    network.mockReturnValue(of({ network: big }));
    await render();
    expect(graph().options).toEqual({ large: true, webgl: false, reducedMotion: false });
    expect(text('.side .notice')).toBe(
      'Grote kaart (1001 bewoners en groepen): zonder animaties, lijnen verborgen tijdens het schuiven. WebGL is in deze browser niet beschikbaar; getekend op canvas.',
    );
  });
});
