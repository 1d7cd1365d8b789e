import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ErrorCode, PlaceLevel, UserRole } from '@weefsel/domain';
import { type Observable, of, throwError } from 'rxjs';
import { Session } from '../auth/session';
import { GraphqlClient, type GraphqlOperation } from '../graphql/graphql-client';
import { GraphqlError } from '../graphql/graphql-error';
import { addMonths, todayIso } from '../map/as-of';
import { PLACES } from '../people/people-api';
import { HEALTH_OVERVIEW, HEALTH_TREND, type PlaceHealth } from './dashboard-api';
import { CHART_FACTORY, type ChartHandle } from './health-chart';
import { BUURT, figures, HOFJE, KERKPAD, LINDENLAAN } from './health-fixture';
import { DATE_DEBOUNCE_MS, PlaceDashboardPage } from './place-dashboard-page';

const PLACE_NODES = [
  { id: 'b1', name: 'De Lindenhof', level: PlaceLevel.NEIGHBOURHOOD, parentId: null, cbsCode: null },
  { id: 's1', name: 'Lindenlaan', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
  { id: 's2', name: 'Kerkpad', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
  { id: 's3', name: 'Hofje', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
];

type Vars = Record<string, unknown>;

describe('PlaceDashboardPage', () => {
  let fixture: ComponentFixture<PlaceDashboardPage>;
  let overview: jest.Mock<Observable<unknown>, [Vars]>;
  let trend: jest.Mock<Observable<unknown>, [Vars]>;
  let charts: { canvas: HTMLCanvasElement; config: { type: string; data: { datasets: { label: string }[] } } }[];
  let pngTitles: string[][];
  let role: UserRole;
  let downloads: { name: string; href: string }[];
  let blobs: Blob[];

  const tree = (place: PlaceHealth = BUURT, children: PlaceHealth[] = [LINDENLAAN, KERKPAD]) => ({
    placeHealthTree: [place, ...children],
    compareHealth: {
      previous: { ...place, asOf: '2025-11-21' },
      delta: figures({ shareIsolated: -0.03, residents: 0 }),
    },
  });

  beforeEach(() => {
    role = UserRole.WORKER;
    charts = [];
    pngTitles = [];
    downloads = [];
    blobs = [];
    overview = jest.fn(() => of(tree()));
    trend = jest.fn((vars: Vars) =>
      of({ healthTrend: (vars['dates'] as string[]).map((asOf) => ({ ...BUURT, asOf })) }),
    );
    const request = jest.fn((op: GraphqlOperation<unknown, never>, variables: Vars) => {
      if (op === PLACES) return of({ places: { edges: PLACE_NODES.map((node) => ({ node })) } });
      if (op === HEALTH_OVERVIEW) return overview(variables);
      if (op === HEALTH_TREND) return trend(variables);
      throw new Error('unexpected operation');
    });
    // jsdom has no object URLs and does not follow a download link: record what would be saved
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:${blobs.length}`;
    });
    URL.revokeObjectURL = jest.fn();
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, href: this.getAttribute('href') ?? '' });
    });
    TestBed.configureTestingModule({
      imports: [PlaceDashboardPage],
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: { request } },
        {
          provide: CHART_FACTORY,
          useValue: (canvas: HTMLCanvasElement, config: (typeof charts)[number]['config']): ChartHandle => {
            charts.push({ canvas, config });
            return {
              toPng: (title) => {
                pngTitles.push(title);
                return 'data:image/png;base64,iVBORw0KGgo=';
              },
              destroy: () => undefined,
            };
          },
        },
        {
          provide: Session,
          useValue: {
            mayImport: signal(true),
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

  afterEach(() => {
    fixture?.destroy();
    jest.restoreAllMocks();
  });

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(PlaceDashboardPage);
    await fixture.whenStable();
    await fixture.whenStable();
  }

  const el = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => el().querySelector(selector)?.textContent?.trim().replace(/\s+/g, ' ') ?? null;
  const tile = (id: string) => text(`[data-tile="${id}"]`) ?? '';
  const button = (name: string) => {
    const found = Array.from(el().querySelectorAll<HTMLButtonElement>('button')).find((b) =>
      (b.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(name),
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };
  const rowNames = () => Array.from(el().querySelectorAll('.compare tbody th .link')).map((b) => b.textContent?.trim());

  it('shows the top place as of today, compared with a year earlier, as tiles with explanations', async () => {
    await render();
    expect(overview).toHaveBeenCalledWith({
      placeId: 'b1',
      asOf: todayIso(),
      previousAsOf: addMonths(todayIso(), -12),
    });
    expect(text('h1')).toBe('Dashboard: De Lindenhof');
    expect(tile('residents')).toContain('300');
    expect(tile('isolated')).toContain('7%');
    expect(tile('isolated')).toContain('21 bewoners');
    // fewer isolated residents is good news, and a screen reader hears so
    expect(el().querySelector('[data-tile="isolated"] .change')?.getAttribute('data-trend')).toBe('better');
    expect(tile('isolated')).toContain('beter: -3 pp sinds');
    expect(tile('helpSocial')).toContain('31 : 2');
    expect(tile('atRisk')).toContain('buiten de boot');
    expect(el().querySelector('.privacy-note')).toBeNull();
  });

  it('draws the trend over the last 12 months and the help chart, each with a table', async () => {
    await render();
    const dates = trend.mock.calls[0][0]['dates'] as string[];
    expect(dates).toHaveLength(13);
    expect(dates.at(-1)).toBe(todayIso());
    expect(charts.map((c) => c.config.type)).toEqual(['line', 'line', 'bar', 'bar']);
    expect(charts[0].config.data.datasets.map((d) => d.label)).toEqual(['Geïsoleerd', 'Loopt risico']);
    expect(el().querySelectorAll('wf-health-chart table tbody tr')).toHaveLength(13 * 3 + 3);
    expect(charts[0].canvas.getAttribute('aria-label')).toContain('Wie valt buiten de boot');
  });

  it('asks for 24 months when chosen', async () => {
    await render();
    const months = el().querySelector<HTMLSelectElement>('#dashboard-months');
    if (!months) throw new Error('no months select');
    months.value = '24';
    months.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect((trend.mock.calls.at(-1)?.[0]['dates'] as string[]).length).toBe(25);
  });

  it('downloads a chart as PNG with its title, place and date, under a sensible name', async () => {
    await render();
    const png = el().querySelector<HTMLButtonElement>('[data-chart="exclusion"] .chart-actions button');
    png?.click();
    expect(pngTitles).toEqual([['Wie valt buiten de boot', `De Lindenhof · peildatum ${todayIso()}`]]);
    expect(downloads).toEqual([
      { name: `weefsel-exclusion-de-lindenhof-${todayIso()}.png`, href: 'data:image/png;base64,iVBORw0KGgo=' },
    ]);
  });

  it('exports the figures, the places below and the trend as one CSV', async () => {
    await render();
    button('Cijfers en verloop (CSV)').click();
    expect(downloads.map((d) => d.name)).toEqual([`weefsel-dashboard-de-lindenhof-${todayIso()}.csv`]);
    const csv = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]);
    });
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0].startsWith('section,place,level,date,withheld,residents,')).toBe(true);
    // the figures row carries the date the API answered for (the fixture's), not the browser's today
    expect(lines[1].startsWith(`figures,De Lindenhof,NEIGHBOURHOOD,${BUURT.asOf},false,300,21,0.07`)).toBe(true);
    // figures + previous + 2 streets + 13 months
    expect(lines).toHaveLength(1 + 1 + 1 + 2 + 13);
  });

  it('compares the streets in a table sorted by a click, and opens a street from it', async () => {
    await render();
    expect(rowNames()).toEqual(['Kerkpad', 'Lindenlaan']);
    const atRisk = Array.from(el().querySelectorAll<HTMLButtonElement>('.compare thead .sort'))[3];
    atRisk.click();
    await fixture.whenStable();
    expect(atRisk.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames()).toEqual(['Kerkpad', 'Lindenlaan']); // 25% before 20%
    atRisk.click();
    await fixture.whenStable();
    expect(rowNames()).toEqual(['Lindenlaan', 'Kerkpad']);

    overview.mockReturnValue(of(tree({ ...LINDENLAAN }, [])));
    button('Lindenlaan').click();
    await fixture.whenStable();
    expect(overview.mock.calls.at(-1)?.[0]['placeId']).toBe('s1');
    expect(text('.children .notice')).toBe('Lindenlaan heeft geen plekken eronder.');
    // back up the hierarchy from the path
    expect(el().querySelector('.path [aria-current="page"]')?.textContent?.trim()).toBe('Lindenlaan');
  });

  it('says what is wrong with a comparison date as it is typed, and does not reload for it', async () => {
    await render();
    const calls = overview.mock.calls.length;
    const previous = el().querySelector<HTMLInputElement>('#dashboard-previous');
    if (!previous) throw new Error('no date field');
    previous.value = addMonths(todayIso(), 1);
    previous.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text('#dashboard-previous-error')).toBe('Kies een datum vóór de peildatum.');
    expect(previous.getAttribute('aria-invalid')).toBe('true');
    await new Promise((r) => setTimeout(r, DATE_DEBOUNCE_MS + 50));
    expect(overview.mock.calls.length).toBe(calls);

    previous.value = '2025-01-01';
    previous.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, DATE_DEBOUNCE_MS + 50));
    await fixture.whenStable();
    expect(overview.mock.calls.at(-1)?.[0]['previousAsOf']).toBe('2025-01-01');
    expect(el().querySelector('#dashboard-previous-error')).toBeNull();
  });

  it('shows a corporation what is withheld and why, never a 0', async () => {
    role = UserRole.CORPORATION;
    overview.mockReturnValue(of(tree(BUURT, [LINDENLAAN, HOFJE])));
    await render();
    expect(text('.privacy-note')).toContain('afgerond op 5');
    const hofje = Array.from(el().querySelectorAll('.compare tbody tr')).find((r) => r.textContent?.includes('Hofje'));
    // one cell across every figure column says it is withheld: no number, no 0
    const cells = hofje?.querySelectorAll('td') ?? [];
    expect(cells).toHaveLength(1);
    expect(cells[0].getAttribute('colspan')).toBe('8');
    expect(cells[0].textContent?.trim()).toBe('afgeschermd: geen cijfers voor deze plek (zie hierboven)');
    expect(text('.children .withheld-note')).toContain('minder dan 10 bewoners');
  });

  it('shows a withheld place without figures, with the reason', async () => {
    role = UserRole.CORPORATION;
    overview.mockReturnValue(of(tree(HOFJE, [])));
    await render();
    expect(text('.figures .withheld-note')).toContain('Hofje heeft minder dan 10 bewoners');
    expect(tile('residents')).toContain('afgeschermd');
    expect(text('[data-tile="residents"] .value')).toBe('afgeschermd');
    expect(text('[data-tile="isolated"] .value')).toBe('afgeschermd');
  });

  it('explains a failure and tries again', async () => {
    overview.mockReturnValueOnce(throwError(() => new GraphqlError(ErrorCode.FORBIDDEN, 'no')));
    await render();
    expect(el().querySelector('[role="alert"]')).not.toBeNull();
    button('Opnieuw proberen').click();
    await fixture.whenStable();
    expect(tile('residents')).toContain('300');
  });
});
