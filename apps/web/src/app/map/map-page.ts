/**
 * The relationship map of a place as of a date: who knows whom, the collectives and initiatives between them,
 * and one-click highlights of where to act (isolated and at-risk people, bridges, single points of failure,
 * hidden connectors, gap-filler suggestions). Click or search a person for their ego network and figures;
 * move the time slider to watch the network grow or thin.
 *
 * Data flows one way: the API's Network → colours and elements (pure) → positions (the session's cache, the
 * previous positions when only the date moved, or the API's layout sent with the network) → MapGraph (the Cytoscape instance); the
 * controls only change classes (map-view.ts), so the map never reshuffles under the worker's eyes.
 */
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  type ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { EcogramFunction, UserRole } from '@weefsel/domain';
import { ImageDown, LucideAngularModule } from 'lucide-angular';
import { catchError, debounceTime, distinctUntilChanged, map, of, scan, startWith, switchMap } from 'rxjs';
import { Session } from '../auth/session';
import { download } from '../dashboard/download';
import { fileName } from '../dashboard/health-csv';
import { type GraphqlError, toGraphqlError } from '../graphql/graphql-error';
import type { TranslationKey } from '../i18n/nl';
import { TranslatePipe } from '../i18n/translate-pipe';
import { isTranslationKey, Translator } from '../i18n/translator';
import { PeopleApi } from '../people/people-api';
import { toPlaceOptions } from '../people/place-tree';
import { addMonths, monthsBetween, todayIso } from './as-of';
import { type Network, type NetworkNode, MapApi, type Suggestion } from './map-api';
import { type ColourBy, COLOUR_BY, colourNetwork } from './map-colours';
import { MapDetails } from './map-details';
import { buildElements, proposedTies } from './map-elements';
import { MapGraph, type WebglSupport, webglSupport } from './map-graph';
import { type Highlight, HIGHLIGHTS, highlightCounts } from './map-highlights';
import { extendPositions, isLargeGraph, payloadPositions } from './map-layout';
import { MapLegend } from './map-legend';
import { HIGHLIGHT_COLOUR } from './map-style';
import {
  DEFAULT_FILTER,
  type Ego,
  type EgoRadius,
  egoNodes,
  elementClasses,
  groupNodes,
  type MapFilter,
  tieKindOf,
  visibleCounts,
} from './map-view';
import { PositionCache, type Positions, positionKey } from './position-cache';

export const AS_OF_DEBOUNCE_MS = 300;
/** The time slider reaches this many months back. */
export const SLIDER_MONTHS = 24;
const SEARCH_LIST_ALL = 400;
const SEARCH_LIST_MATCHES = 30;

type Loaded = { kind: 'loading' } | { kind: 'loaded'; network: Network } | { kind: 'failed'; error: GraphqlError };

interface MapState {
  loading: boolean;
  /** the last network shown; kept while the next date loads, so the map does not blink */
  network: Network | null;
  error: GraphqlError | null;
}

const INITIAL: MapState = { loading: true, network: null, error: null };

type SuggestionsState =
  { kind: 'off' } | { kind: 'loading' } | { kind: 'loaded'; suggestions: Suggestion[] } | { kind: 'failed' };

const LABEL: Readonly<Record<Highlight, TranslationKey>> = {
  isolated: 'map.highlight.isolated',
  atRisk: 'map.highlight.atRisk',
  bridges: 'map.highlight.bridges',
  articulationPoints: 'map.highlight.articulationPoints',
  hiddenConnectors: 'map.highlight.hiddenConnectors',
  suggestions: 'map.highlight.suggestions',
};

@Component({
  selector: 'wf-map-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, MapLegend, MapDetails, LucideAngularModule],
  templateUrl: './map-page.html',
  styleUrl: './map-page.css',
})
export class MapPage {
  private readonly api = inject(MapApi);
  private readonly peopleApi = inject(PeopleApi);
  private readonly translator = inject(Translator);
  private readonly session = inject(Session);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly cache = new PositionCache(this.storage());
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');

  protected readonly today = todayIso();
  protected readonly sliderMin = -SLIDER_MONTHS;
  protected readonly strengths = [1, 2, 3, 4, 5];
  protected readonly pngIcon = ImageDown;
  /** suggestions are personal data: workers only (analysts get FORBIDDEN from the API) */
  protected readonly mayReadSuggestions = computed(() => this.session.user()?.role === UserRole.WORKER);

  // --- place ---------------------------------------------------------------------------------------------------
  private readonly places = toSignal(
    this.peopleApi.places().pipe(
      map((places) => ({ places, failed: false })),
      catchError(() => of({ places: [], failed: true })),
    ),
    { initialValue: null },
  );
  private readonly myPlaceIds = toSignal(this.api.myPlaceIds().pipe(catchError(() => of<string[]>([]))), {
    initialValue: null,
  });
  protected readonly placesFailed = computed(() => this.places()?.failed === true);
  protected readonly placeOptions = computed(() =>
    toPlaceOptions(this.places()?.places ?? []).map(({ place, depth }) => ({
      id: place.id,
      label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${place.name} (${this.translator.t(`placeLevel.${place.level}`)})`,
    })),
  );
  protected readonly placeNames = computed(
    () => new Map((this.places()?.places ?? []).map((place) => [place.id, place.name])),
  );
  private readonly chosenPlaceId = signal<string | null>(null);
  /** the chosen place, else the user's first own place, else the first place they may see */
  protected readonly placeId = computed(() => {
    const chosen = this.chosenPlaceId();
    if (chosen) return chosen;
    const places = this.places();
    const mine = this.myPlaceIds();
    if (places === null || mine === null) return null;
    return mine[0] ?? this.placeOptions()[0]?.id ?? null;
  });
  protected readonly placesReady = computed(() => this.places() !== null && this.myPlaceIds() !== null);
  protected readonly placeName = computed(() => this.placeNames().get(this.placeId() ?? '') ?? '');

  // --- date: a date field and a month slider over the same "as of" ---------------------------------------------
  protected readonly asOf = signal(this.today);
  protected readonly monthsBack = computed(() =>
    Math.max(-SLIDER_MONTHS, Math.min(0, -monthsBetween(this.asOf(), this.today))),
  );
  protected readonly asOfText = computed(() => this.formatDate(this.asOf()));
  private readonly requestedAsOf = toSignal(
    toObservable(this.asOf).pipe(debounceTime(AS_OF_DEBOUNCE_MS), distinctUntilChanged()),
    { initialValue: this.today },
  );
  private readonly attempt = signal(0);

  private readonly request = computed(() => {
    const placeId = this.placeId();
    return placeId ? { placeId, asOf: this.requestedAsOf(), attempt: this.attempt() } : null;
  });

  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) =>
        request === null
          ? of<Loaded>({ kind: 'loading' })
          : this.api.network(request.placeId, request.asOf).pipe(
              map((network): Loaded => ({ kind: 'loaded', network })),
              catchError((error: unknown) => of<Loaded>({ kind: 'failed', error: toGraphqlError(error) })),
              startWith<Loaded>({ kind: 'loading' }),
            ),
      ),
      scan((state: MapState, event: Loaded): MapState => {
        switch (event.kind) {
          case 'loading':
            return { ...state, loading: true, error: null };
          case 'loaded':
            return { loading: false, network: event.network, error: null };
          case 'failed':
            return { loading: false, network: null, error: event.error };
        }
      }, INITIAL),
    ),
    { initialValue: INITIAL },
  );
  protected readonly network = computed(() => this.state().network);
  protected readonly errorText = computed(() => {
    const error = this.state().error;
    return error ? this.translator.t(`error.${error.code}`) : null;
  });
  protected readonly noPlaces = computed(() => this.placesReady() && this.placeId() === null);
  protected readonly empty = computed(() => this.network()?.nodes.length === 0);

  // --- controls --------------------------------------------------------------------------------------------------
  protected readonly colourBy = signal<ColourBy>('community');
  protected readonly filter = signal<MapFilter>(DEFAULT_FILTER);
  protected readonly highlights = signal<ReadonlySet<Highlight>>(new Set());
  protected readonly selected = signal<string | null>(null);
  protected readonly egoRadius = signal<EgoRadius>(1);
  protected readonly searchText = signal('');
  protected readonly searchMissed = signal(false);

  private readonly suggestionsRequest = computed(() => {
    const network = this.network();
    if (!this.highlights().has('suggestions') || !network || !this.mayReadSuggestions()) return null;
    return { placeId: network.placeId, asOf: network.asOf };
  });
  protected readonly suggestions = toSignal(
    toObservable(this.suggestionsRequest).pipe(
      distinctUntilChanged((a, b) => a?.placeId === b?.placeId && a?.asOf === b?.asOf),
      switchMap((request) =>
        request === null
          ? of<SuggestionsState>({ kind: 'off' })
          : this.api.suggestions(request.placeId, request.asOf).pipe(
              map((suggestions): SuggestionsState => ({ kind: 'loaded', suggestions })),
              catchError(() => of<SuggestionsState>({ kind: 'failed' })),
              startWith<SuggestionsState>({ kind: 'loading' }),
            ),
      ),
    ),
    { initialValue: { kind: 'off' } as SuggestionsState },
  );
  private readonly suggestionList = computed(() => {
    const state = this.suggestions();
    return state.kind === 'loaded' ? state.suggestions : [];
  });

  // --- derived map data ----------------------------------------------------------------------------------------
  private readonly proposed = computed(() => {
    const network = this.network();
    return network ? proposedTies(network, this.suggestionList()) : [];
  });
  protected readonly colouring = computed(() => {
    const network = this.network();
    return network ? colourNetwork(network, this.colourBy(), this.placeNames()) : null;
  });
  private readonly elements = computed(() => {
    const network = this.network();
    const colouring = this.colouring();
    return network && colouring ? buildElements(network, colouring, this.proposed()) : null;
  });
  protected readonly counts = computed(() => {
    const network = this.network();
    return network ? visibleCounts(network, this.filter()) : null;
  });
  protected readonly figures = computed(() => {
    const network = this.network();
    return network ? highlightCounts(network, this.proposed()) : null;
  });
  protected readonly colourModes = computed(() =>
    COLOUR_BY.map((mode) => ({ mode, label: this.translator.t(`map.colourBy.${mode}`) })),
  );
  protected readonly tieKinds = computed(() => {
    const kinds = new Set<string>();
    for (const edge of this.network()?.edges ?? []) if (edge.kind === 'TIE') kinds.add(tieKindOf(edge));
    return [...kinds].sort().map((kind) => ({
      kind,
      label: this.tieKindLabel(kind),
      shown: !this.filter().hiddenTieKinds.has(kind),
    }));
  });
  protected readonly large = computed(() => isLargeGraph(this.network()?.nodes.length ?? 0));
  /** the four ecogram functions, each with the number of ties on the map that carry it */
  protected readonly functionOptions = computed(() => {
    const edges = (this.network()?.edges ?? []).filter((edge) => edge.kind === 'TIE');
    return Object.values(EcogramFunction).map((fn) => ({
      fn,
      label: this.translator.t(`map.function.${fn}`),
      count: edges.filter((edge) => (edge.functions ?? []).includes(fn)).length,
      checked: this.filter().functions.has(fn),
    }));
  });
  /** collectives and initiatives on the map, by name, for the group filter */
  protected readonly groupOptions = computed(() => {
    const groups = (this.network()?.nodes ?? []).filter((node) => node.kind !== 'PERSON');
    const byName = (a: NetworkNode, b: NetworkNode) => a.label.localeCompare(b.label, 'nl');
    return {
      collectives: groups.filter((node) => node.kind === 'COLLECTIVE').sort(byName),
      initiatives: groups.filter((node) => node.kind === 'INITIATIVE').sort(byName),
    };
  });
  private readonly focusGroup = computed(() => this.filter().group);

  protected readonly selectedNode = computed<NetworkNode | null>(() => {
    const id = this.selected();
    return (id && this.network()?.nodes.find((node) => node.id === id)) || null;
  });
  private readonly ego = computed<Ego | null>(() => {
    const node = this.selectedNode();
    return node ? { id: node.id, radius: this.egoRadius() } : null;
  });
  private readonly classes = computed(() => {
    const network = this.network();
    if (!network) return new Map<string, string>();
    return elementClasses(network, this.proposed(), {
      filter: this.filter(),
      highlights: this.highlights(),
      ego: this.ego(),
      selected: this.selected(),
    });
  });
  protected readonly selectedSuggestions = computed(() => {
    const id = this.selected();
    return id ? this.suggestionList().filter((s) => s.people.includes(id)) : [];
  });
  /** what is typed in the search box so far: the suggestions under it follow it */
  private readonly searchTyped = signal('');
  /**
   * Names to pick from: all of a small map, the first matches of what is typed on a large one (a datalist of
   * 2,000 names helps nobody, and costs the page a few hundred milliseconds to build).
   */
  protected readonly searchOptions = computed(() => {
    const term = this.searchTyped().trim().toLocaleLowerCase('nl');
    const labels = (this.network()?.nodes ?? []).map((node) => node.label);
    if (term === '' && labels.length > SEARCH_LIST_ALL) return [];
    return labels
      .filter((label) => label.toLocaleLowerCase('nl').includes(term))
      .sort((a, b) => a.localeCompare(b, 'nl'))
      .slice(0, term === '' ? SEARCH_LIST_ALL : SEARCH_LIST_MATCHES);
  });

  protected readonly highlightButtons = computed(() => {
    const figures = this.figures();
    const active = this.highlights();
    return HIGHLIGHTS.filter((h) => h !== 'suggestions' || this.mayReadSuggestions()).map((h) => ({
      id: h,
      label: this.translator.t(LABEL[h]),
      colour: HIGHLIGHT_COLOUR[h],
      active: active.has(h),
      count: !figures
        ? null
        : h === 'suggestions'
          ? this.suggestions().kind === 'loaded'
            ? figures.suggestions
            : null
          : figures[h],
    }));
  });
  protected readonly highlightStatus = computed(() => {
    const figures = this.figures();
    if (!figures) return [];
    const lines: string[] = [];
    for (const h of HIGHLIGHTS) {
      if (!this.highlights().has(h)) continue;
      if (h === 'bridges') {
        lines.push(this.translator.t('map.status.bridges', { bridges: figures.bridges, bridging: figures.bridging }));
      } else if (h === 'suggestions') {
        const state = this.suggestions();
        if (state.kind === 'loading') lines.push(this.translator.t('map.status.suggestionsLoading'));
        else if (state.kind === 'failed') lines.push(this.translator.t('map.status.suggestionsFailed'));
        else lines.push(this.translator.t('map.status.suggestions', { count: figures.suggestions }));
      } else {
        lines.push(this.translator.t(`map.status.${h}`, { count: figures[h] }));
      }
    }
    return lines;
  });

  // --- layout and the Cytoscape instance ---------------------------------------------------------------------------
  /**
   * Positions for `network`. `key` changes only when nodes are to move (a new layout or another place); when the
   * date moves and the positions are kept, the key stays, and the map adds and removes ties in place.
   */
  private readonly layout = signal<{ key: string; positions: Positions; network: Network } | null>(null);
  /**
   * Where the positions on screen came from: the session's cache, kept from the previous date, or the API's
   * layout (a data attribute, so a test can tell them apart).
   */
  protected readonly positionsSource = signal<'cache' | 'kept' | 'server' | null>(null);
  private readonly graph = signal<MapGraph | null>(null);
  /** for a large map: whether the browser offers WebGL on a GPU, in software only, or not at all */
  protected readonly webgl = signal<WebglSupport | null>(null);
  protected readonly rendererNote = computed((): TranslationKey => {
    if (this.graph()?.renderer === 'webgl') return 'map.large.webgl';
    return this.webgl() === 'software' ? 'map.large.software' : 'map.large.canvas';
  });
  /** the network the map last drew: when it is the one loaded, what is on screen is current */
  private readonly drawnNetwork = signal<Network | null>(null);
  /** for people who cannot see the canvas change (and for tests): what the map is doing */
  protected readonly mapState = computed(() => {
    if (this.errorText()) return 'error';
    if (this.noPlaces() || this.empty()) return 'empty';
    const network = this.network();
    if (!network) return 'loading';
    if (this.drawnNetwork() !== network) return 'arranging';
    return this.state().loading ? 'updating' : 'ready';
  });
  /** counts the moves to the API's positions, so each one gets a key of its own and the map moves */
  private serverLayouts = 0;

  constructor() {
    const destroyRef = inject(DestroyRef);
    destroyRef.onDestroy(() => this.graph()?.destroy());

    // a new network: its positions from the cache, from the map on screen, or from a fresh layout
    effect(() => {
      const network = this.network();
      if (network) untracked(() => this.placePositions(network));
    });

    // a Cytoscape instance fit for the network's size, created once the container is on screen
    afterNextRender(() => {
      effect(
        () => {
          const network = this.network();
          if (!network) return;
          const large = isLargeGraph(network.nodes.length);
          const current = untracked(this.graph);
          if (current && current.large === large) return;
          current?.destroy();
          const support = large ? webglSupport(this.document) : null;
          this.webgl.set(support);
          const graph = new MapGraph(this.canvas().nativeElement, {
            large,
            webgl: support === 'hardware',
            reducedMotion: this.document.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
          });
          graph.onTap((id) => this.select(id, false));
          this.graph.set(graph);
        },
        { injector: this.injector },
      );
    });

    // draw: elements at their positions, then the view's classes
    effect(() => {
      const graph = this.graph();
      const layout = this.layout();
      const elements = this.elements();
      const classes = this.classes();
      // while a new network is being laid out, the old one stays on screen as it was
      if (!graph || !layout || !elements || layout.network !== this.network()) return;
      graph.render(elements, layout.positions, layout.key);
      graph.applyClasses(classes);
      this.drawnNetwork.set(layout.network);
    });

    // focus the ego network when a person is chosen, else the chosen group, else the whole map
    effect(() => {
      const graph = this.graph();
      const ego = this.ego();
      const group = this.focusGroup();
      const network = untracked(this.network);
      if (!graph || !untracked(this.layout) || !network) return;
      if (ego) graph.focus([...egoNodes(network, ego, untracked(this.filter))]);
      else graph.focus(group ? [...groupNodes(network, group)] : null);
    });
  }

  // --- actions -----------------------------------------------------------------------------------------------------
  protected selectPlace(value: string): void {
    this.chosenPlaceId.set(value === '' ? null : value);
    this.selected.set(null);
    this.filter.update((filter) => ({ ...filter, group: null }));
  }

  protected setAsOf(value: string): void {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) this.asOf.set(value);
  }

  protected slide(value: string): void {
    const months = Number(value);
    if (Number.isInteger(months)) this.asOf.set(addMonths(this.today, Math.max(-SLIDER_MONTHS, Math.min(0, months))));
  }

  protected setColourBy(value: string): void {
    if ((COLOUR_BY as readonly string[]).includes(value)) this.colourBy.set(value as ColourBy);
  }

  protected toggleHighlight(highlight: Highlight): void {
    this.highlights.update((active) => {
      const next = new Set(active);
      if (next.has(highlight)) next.delete(highlight);
      else next.add(highlight);
      return next;
    });
  }

  protected toggleTieKind(kind: string, shown: boolean): void {
    this.filter.update((filter) => {
      const hidden = new Set(filter.hiddenTieKinds);
      if (shown) hidden.delete(kind);
      else hidden.add(kind);
      return { ...filter, hiddenTieKinds: hidden };
    });
  }

  protected setMinStrength(value: string): void {
    const strength = Number(value);
    if (strength >= 1 && strength <= 5) this.filter.update((filter) => ({ ...filter, minStrength: strength }));
  }

  protected showGroups(kind: 'showCollectives' | 'showInitiatives', shown: boolean): void {
    this.filter.update((filter) => ({ ...filter, [kind]: shown }));
  }

  protected toggleFunction(fn: string, checked: boolean): void {
    this.filter.update((filter) => {
      const functions = new Set(filter.functions);
      if (checked) functions.add(fn);
      else functions.delete(fn);
      return { ...filter, functions };
    });
  }

  protected showGroup(id: string): void {
    const group = (this.network()?.nodes ?? []).some((node) => node.id === id && node.kind !== 'PERSON') ? id : null;
    this.filter.update((filter) => ({ ...filter, group }));
  }

  /** The whole map as drawn now (filters, highlights and colours included) as a PNG download. */
  protected exportPng(): void {
    const graph = this.graph();
    const network = this.network();
    if (!graph || !network) return;
    download(this.document, graph.png(), fileName('kaart', this.placeName(), network.asOf, 'png'));
  }

  protected setEgoRadius(radius: EgoRadius): void {
    this.egoRadius.set(radius);
  }

  /** A tap on the map (or a search hit): select it and show its ego network; null lets go. */
  protected select(id: string | null, centre: boolean): void {
    this.selected.set(id);
    if (id && centre) this.graph()?.centreOn(id);
  }

  protected typeSearch(text: string): void {
    this.searchTyped.set(text);
  }

  protected search(text: string): void {
    this.searchText.set(text);
    const term = text.trim().toLocaleLowerCase('nl');
    if (term === '') {
      this.searchMissed.set(false);
      return;
    }
    const nodes = this.network()?.nodes ?? [];
    const hit =
      nodes.find((node) => node.label.toLocaleLowerCase('nl') === term) ??
      nodes.find((node) => node.label.toLocaleLowerCase('nl').includes(term));
    this.searchMissed.set(!hit);
    if (hit) this.select(hit.id, true);
  }

  protected fit(): void {
    this.graph()?.fit();
  }

  /** The API's layout for what is on screen (after the time slider has kept older positions for a while). */
  protected relayout(): void {
    const network = this.network();
    if (network) this.useServerPositions(network);
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }

  // --- helpers -----------------------------------------------------------------------------------------------------
  private placePositions(network: Network): void {
    const key = positionKey(network);
    const cached = this.cache.get(key);
    if (cached) {
      this.positionsSource.set('cache');
      this.layout.set({ key, positions: cached, network });
      return;
    }
    const graph = this.graph();
    const shown = this.layout();
    if (graph && shown && shown.key.startsWith(`${network.placeId}:`)) {
      const kept = extendPositions(graph.positions(), network);
      if (kept) {
        this.cache.set(key, kept);
        this.positionsSource.set('kept');
        // the same key: nothing moves, and the ties of the new date appear and disappear between the people
        this.layout.set({ key: shown.key, positions: kept, network });
        return;
      }
    }
    this.useServerPositions(network);
  }

  /** The positions the API laid out for this network; a new key each time, so the map moves to them. */
  private useServerPositions(network: Network): void {
    const key = positionKey(network);
    const positions = payloadPositions(network);
    this.cache.set(key, positions);
    this.positionsSource.set('server');
    this.layout.set({ key: `${key}#${++this.serverLayouts}`, positions, network });
  }

  private tieKindLabel(kind: string): string {
    const key = `tieKind.${kind}`;
    return isTranslationKey(key) ? this.translator.t(key) : kind;
  }

  private formatDate(iso: string): string {
    const locale = this.translator.language() === 'nl' ? 'nl-NL' : 'en-GB';
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  }

  private storage(): Storage | null {
    try {
      return this.document.defaultView?.sessionStorage ?? null;
    } catch {
      return null;
    }
  }
}
