/**
 * The place dashboard: the network health of a street, buurt or wijk as tiles with plain-language
 * explanations and the change since an earlier date, its trend over 12 or 24 months as charts (each with a
 * table and a PNG download), the places below it compared in a sortable table, and a CSV of it all.
 *
 * This is the housing corporation's whole view. The page never asks for anything personal: the API rounds a
 * corporation's counts and withholds places with fewer than 10 residents, and the page shows such a figure
 * as "withheld" with the reason, never as 0.
 */
import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { isIsoDate, UserRole } from '@weefsel/domain';
import { ArrowDown, ArrowUp, ArrowUpDown, FileDown, Lock, LucideAngularModule } from 'lucide-angular';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  filter,
  map,
  type Observable,
  of,
  scan,
  startWith,
  switchMap,
} from 'rxjs';
import { Session } from '../auth/session';
import { type GraphqlError, toGraphqlError } from '../graphql/graphql-error';
import type { TranslationKey } from '../i18n/nl';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { addMonths, todayIso } from '../map/as-of';
import { PeopleApi } from '../people/people-api';
import { toPlaceOptions } from '../people/place-tree';
import { CHILD_COLUMNS, nextSort, type Sort, type SortKey, sortChildren } from './child-table';
import { DashboardApi, type HealthOverview, type PlaceHealth } from './dashboard-api';
import { download } from './download';
import { HealthChart } from './health-chart';
import { HELP_LABELS, helpChart, trendCharts, trendDates } from './health-charts';
import { fileName, healthCsv } from './health-csv';
import { buildTiles, formatFigure, type Locale, type Trend } from './health-figures';

export const DATE_DEBOUNCE_MS = 400;
export const DEFAULT_MONTHS = 12;
export const COMPARE_MONTHS_BACK = 12;

type Loaded<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; error: GraphqlError };

interface LoadState<T> {
  loading: boolean;
  /** the last answer; kept while the next one loads, so the page does not blink */
  value: T | null;
  error: GraphqlError | null;
}

function loadState<T>() {
  return scan(
    (state: LoadState<T>, event: Loaded<T>): LoadState<T> => {
      switch (event.kind) {
        case 'loading':
          return { ...state, loading: true, error: null };
        case 'loaded':
          return { loading: false, value: event.value, error: null };
        case 'failed':
          return { loading: false, value: null, error: event.error };
      }
    },
    { loading: true, value: null, error: null },
  );
}

function loaded<T>(source: Observable<T>) {
  return source.pipe(
    map((value): Loaded<T> => ({ kind: 'loaded', value })),
    catchError((error: unknown) => of<Loaded<T>>({ kind: 'failed', error: toGraphqlError(error) })),
    startWith<Loaded<T>>({ kind: 'loading' }),
  );
}

@Component({
  selector: 'wf-place-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, HealthChart, LucideAngularModule, RouterLink],
  templateUrl: './place-dashboard-page.html',
  styleUrl: './place-dashboard-page.css',
})
export class PlaceDashboardPage {
  private readonly api = inject(DashboardApi);
  private readonly peopleApi = inject(PeopleApi);
  private readonly translator = inject(Translator);
  private readonly session = inject(Session);
  private readonly document = inject(DOCUMENT);

  protected readonly today = todayIso();
  protected readonly icons = { csv: FileDown, lock: Lock, sort: ArrowUpDown, up: ArrowUp, down: ArrowDown };
  protected readonly columns = CHILD_COLUMNS;
  protected readonly isCorporation = computed(() => this.session.user()?.role === UserRole.CORPORATION);
  protected readonly mayImport = this.session.mayImport;
  protected readonly locale = computed<Locale>(() => (this.translator.language() === 'nl' ? 'nl-NL' : 'en-GB'));

  // --- place ---------------------------------------------------------------------------------------------------
  private readonly places = toSignal(
    this.peopleApi.places().pipe(
      map((places) => ({ places, failed: false })),
      catchError(() => of({ places: [], failed: true })),
    ),
    { initialValue: null },
  );
  protected readonly placesFailed = computed(() => this.places()?.failed === true);
  private readonly placeList = computed(() => this.places()?.places ?? []);
  protected readonly placeOptions = computed(() =>
    toPlaceOptions(this.placeList()).map(({ place, depth }) => ({
      id: place.id,
      label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${place.name} (${this.translator.t(`placeLevel.${place.level}`)})`,
    })),
  );
  private readonly chosenPlaceId = signal<string | null>(
    inject(ActivatedRoute, { optional: true })?.snapshot.queryParamMap.get('place') ?? null,
  );
  /** the chosen place if the user may see it, else the top of their hierarchy */
  protected readonly placeId = computed<string | null>(() => {
    const chosen = this.chosenPlaceId();
    const list = this.placeList();
    if (chosen && list.some((p) => p.id === chosen)) return chosen;
    return this.placeOptions()[0]?.id ?? null;
  });
  protected readonly title = computed(() => {
    const heading = this.translator.t('dashboard.heading');
    return this.placeName() ? `${heading}: ${this.placeName()}` : heading;
  });
  protected readonly noPlaces = computed(() => this.places() !== null && this.placeId() === null);
  protected readonly placeName = computed(() => this.placeList().find((p) => p.id === this.placeId())?.name ?? '');
  /** from the top of the user's places down to the chosen one, for the "up" links */
  protected readonly path = computed(() => {
    const byId = new Map(this.placeList().map((p) => [p.id, p]));
    const path = [];
    const seen = new Set<string>();
    for (
      let place = byId.get(this.placeId() ?? '');
      place && !seen.has(place.id);
      place = byId.get(place.parentId ?? '')
    ) {
      seen.add(place.id);
      path.unshift(place);
    }
    return path;
  });

  // --- dates ---------------------------------------------------------------------------------------------------
  protected readonly asOfInput = signal(this.today);
  protected readonly previousInput = linkedSignal(() => addMonths(this.asOfInput(), -COMPARE_MONTHS_BACK));
  protected readonly months = signal(DEFAULT_MONTHS);
  protected readonly asOfInvalid = computed(() => !isIsoDate(this.asOfInput()) || this.asOfInput() > this.today);
  protected readonly previousInvalid = computed(
    () => !this.asOfInvalid() && (!isIsoDate(this.previousInput()) || this.previousInput() >= this.asOfInput()),
  );
  /** the pair of dates to show, or null while one is half typed or wrong: that does not reload the page */
  private readonly dates = computed(() =>
    this.asOfInvalid() || this.previousInvalid() ? null : { asOf: this.asOfInput(), previous: this.previousInput() },
  );
  private readonly initialDates = { asOf: this.today, previous: addMonths(this.today, -COMPARE_MONTHS_BACK) };
  private readonly requestedDates = toSignal(
    toObservable(this.dates).pipe(
      filter((dates) => dates !== null),
      debounceTime(DATE_DEBOUNCE_MS),
      // the first, debounced, answer repeats the initial dates: that must not ask for the figures again
      startWith(this.initialDates),
      distinctUntilChanged((a, b) => a.asOf === b.asOf && a.previous === b.previous),
    ),
    { initialValue: this.initialDates },
  );
  protected readonly asOf = computed(() => this.requestedDates().asOf);
  protected readonly asOfText = computed(() => this.formatDate(this.asOf()));
  protected readonly previousText = computed(() => this.formatDate(this.requestedDates().previous));

  // --- figures -------------------------------------------------------------------------------------------------
  private readonly attempt = signal(0);
  private readonly overviewRequest = computed(() => {
    const placeId = this.placeId();
    const { asOf, previous } = this.requestedDates();
    return placeId ? { placeId, asOf, previous, attempt: this.attempt() } : null;
  });
  protected readonly overviewState = toSignal(
    toObservable(this.overviewRequest).pipe(
      switchMap((r) =>
        r === null
          ? of<Loaded<HealthOverview>>({ kind: 'loading' })
          : loaded(this.api.overview(r.placeId, r.asOf, r.previous)),
      ),
      loadState<HealthOverview>(),
    ),
    { initialValue: { loading: true, value: null, error: null } as LoadState<HealthOverview> },
  );
  protected readonly overview = computed(() => this.overviewState().value);
  protected readonly current = computed<PlaceHealth | null>(() => this.overview()?.tree[0] ?? null);
  protected readonly errorText = computed(() => {
    const error = this.overviewState().error;
    return error ? this.translator.t(`error.${error.code}`) : null;
  });
  protected readonly tiles = computed(() => {
    const overview = this.overview();
    const current = this.current();
    if (!overview || !current) return [];
    return buildTiles(current, overview.previous, overview.delta, this.locale());
  });
  protected readonly noResidents = computed(() => {
    const current = this.current();
    return current !== null && !current.suppressed && (current.residents ?? 0) === 0;
  });

  // --- children ------------------------------------------------------------------------------------------------
  protected readonly sort = signal<Sort>({ key: 'name', direction: 'ascending' });
  protected readonly children = computed(() => {
    const overview = this.overview();
    const current = this.current();
    if (!overview || !current) return [];
    const direct = overview.tree.filter((h) => h.parentId === current.placeId);
    return sortChildren(direct, this.sort()).map((health) => ({
      id: health.placeId,
      name: health.name,
      level: this.translator.t(`placeLevel.${health.level}` as TranslationKey),
      withheld: health.suppressed,
      cells: this.columns.map((column) => formatFigure(health[column.id], column.format, this.locale()) ?? '—'),
    }));
  });
  protected readonly anyChildWithheld = computed(() => this.children().some((c) => c.withheld));

  // --- trend ---------------------------------------------------------------------------------------------------
  private readonly trendAttempt = signal(0);
  private readonly trendRequest = computed(() => {
    const placeId = this.placeId();
    return placeId ? { placeId, dates: trendDates(this.asOf(), this.months()), attempt: this.trendAttempt() } : null;
  });
  protected readonly trendState = toSignal(
    toObservable(this.trendRequest).pipe(
      switchMap((r) =>
        r === null ? of<Loaded<PlaceHealth[]>>({ kind: 'loading' }) : loaded(this.api.trend(r.placeId, r.dates)),
      ),
      loadState<PlaceHealth[]>(),
    ),
    { initialValue: { loading: true, value: null, error: null } as LoadState<PlaceHealth[]> },
  );
  protected readonly charts = computed(() => {
    const trend = this.trendState().value;
    const current = this.current();
    const specs = trend ? trendCharts(trend, this.locale()) : [];
    if (current)
      specs.push(
        helpChart(
          current,
          HELP_LABELS.map((key) => this.translator.t(key)),
        ),
      );
    return specs;
  });

  // --- actions -------------------------------------------------------------------------------------------------
  protected selectPlace(id: string): void {
    this.chosenPlaceId.set(id === '' ? null : id);
  }

  protected setAsOf(value: string): void {
    this.asOfInput.set(value);
  }

  protected setPrevious(value: string): void {
    this.previousInput.set(value);
  }

  protected setMonths(value: string): void {
    const months = Number(value);
    if (months === 12 || months === 24) this.months.set(months);
  }

  protected sortBy(key: SortKey): void {
    this.sort.update((sort) => nextSort(sort, key));
  }

  protected ariaSort(key: SortKey): 'ascending' | 'descending' | 'none' {
    const sort = this.sort();
    return sort.key === key ? sort.direction : 'none';
  }

  protected sortIcon(key: SortKey) {
    const sort = this.sort();
    if (sort.key !== key) return this.icons.sort;
    return sort.direction === 'ascending' ? this.icons.up : this.icons.down;
  }

  protected trendKey(trend: Trend): TranslationKey {
    return `dashboard.change.${trend}`;
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  protected retryTrend(): void {
    this.trendAttempt.update((n) => n + 1);
  }

  protected exportCsv(): void {
    const overview = this.overview();
    if (!overview) return;
    const csv = healthCsv(overview, this.trendState().value);
    // a BOM, so Excel reads the UTF-8 names (Zonnebloemstraat, Hôfje) right
    const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
    download(this.document, blob, fileName('dashboard', this.placeName(), this.asOf(), 'csv'));
  }

  private formatDate(iso: string): string {
    return new Intl.DateTimeFormat(this.locale(), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
  }
}
