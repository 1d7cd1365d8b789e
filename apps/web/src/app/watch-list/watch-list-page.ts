/**
 * The watch-list, "wie valt buiten de boot": the ranked at-risk residents of a place with their reasons in words,
 * the nearest connector / collective / initiative and why, who is on the watch-list (a toggle) and the last
 * contact; and a visit plan for the week, grouped by street, printable, each visit with what to bring up and a
 * link to log it. Place, tab and plan live in the URL query (see visit-plan.ts for why not in storage).
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { NgTemplateOutlet } from '@angular/common';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { LucideAngularModule, Eye, EyeOff, Printer, RefreshCw, Footprints, CircleCheck, Circle } from 'lucide-angular';
import { catchError, map, of, scan, startWith, switchMap } from 'rxjs';
import { type GraphqlErrorCode, toGraphqlError } from '../graphql/graphql-error';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { todayIso } from '../map/as-of';
import { placeChoice } from '../people/place-choice';
import {
  bestLink,
  isReasonCode,
  linkKindWords,
  linkWhyWords,
  REASON_CODES,
  reasonFilterKey,
  reasonWords,
  type ReasonCode,
  type Words,
} from './at-risk-words';
import { VisitPlanPrintStyles } from './visit-plan-print';
import {
  buildPlan,
  daysBetween,
  notVisitedFor,
  parseIds,
  parseSince,
  PLAN_MAX,
  serialiseIds,
  TOP_DEFAULT,
  topNotVisited,
  weekOf,
} from './visit-plan';
import { type NearestLink, WatchListApi, type WatchEntry } from './watch-list-api';

type View = 'list' | 'plan';

type Loaded =
  { kind: 'loading' } | { kind: 'loaded'; entries: WatchEntry[] } | { kind: 'failed'; code: GraphqlErrorCode };

interface ListState {
  loading: boolean;
  /** the last entries loaded: kept while a refresh runs, so the list does not flash */
  entries: WatchEntry[] | null;
  error: GraphqlErrorCode | null;
}

const INITIAL: ListState = { loading: true, entries: null, error: null };

interface Row {
  entry: WatchEntry;
  onWatchList: boolean;
  inPlan: boolean;
  reasons: string[];
  lastContact: string;
  links: { kind: string; label: string; why: string }[];
}

@Component({
  selector: 'wf-watch-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RouterLink, NgTemplateOutlet, LucideAngularModule, VisitPlanPrintStyles],
  templateUrl: './watch-list-page.html',
  styleUrls: ['../people/place-page.css', './watch-list-page.css'],
})
export class WatchListPage {
  private readonly api = inject(WatchListApi);
  private readonly translator = inject(Translator);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly icons = { Eye, EyeOff, Printer, RefreshCw, Footprints, CircleCheck, Circle };
  protected readonly reasonCodes = REASON_CODES;
  protected readonly planMax = PLAN_MAX;
  protected readonly today = todayIso();

  // --- URL state -----------------------------------------------------------------------------------------------
  private readonly query = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });
  protected readonly view = computed<View>(() => (this.query().get('view') === 'plan' ? 'plan' : 'list'));
  protected readonly selected = computed(() => parseIds(this.query().get('visit')));
  protected readonly since = computed(() => parseSince(this.query().get('since'), this.today) ?? this.today);
  /**
   * This page as it is now (place, tab, plan): "Bezoek vastleggen" passes it to quick capture as `returnUrl`, so
   * after saving the worker comes back to the same plan, which then shows the visit as done.
   */
  protected readonly pageUrl = computed(() => {
    const query = this.query();
    const queryParams = Object.fromEntries(query.keys.map((key) => [key, query.get(key)]));
    return this.router.serializeUrl(this.router.createUrlTree(['/watch-list'], { queryParams }));
  });

  // --- places --------------------------------------------------------------------------------------------------
  private readonly place = placeChoice(computed(() => this.query().get('place')));
  protected readonly placesState = this.place.state;
  protected readonly placeOptions = this.place.options;
  protected readonly placeId = this.place.placeId;
  protected readonly placeName = this.place.placeName;

  // --- data ----------------------------------------------------------------------------------------------------
  private readonly attempt = signal(0);
  private readonly request = computed(() => ({ placeId: this.placeId(), attempt: this.attempt() }), {
    equal: (a, b) => a.placeId === b.placeId && a.attempt === b.attempt,
  });
  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap(({ placeId }) =>
        placeId === null
          ? of<Loaded>({ kind: 'loading' })
          : this.api.entries(placeId).pipe(
              map((entries): Loaded => ({ kind: 'loaded', entries })),
              catchError((error: unknown) => of<Loaded>({ kind: 'failed', code: toGraphqlError(error).code })),
              startWith<Loaded>({ kind: 'loading' }),
            ),
      ),
      scan((state: ListState, event: Loaded): ListState => {
        switch (event.kind) {
          case 'loading':
            return { ...state, loading: true, error: null };
          case 'loaded':
            return { loading: false, entries: event.entries, error: null };
          case 'failed':
            return { loading: false, entries: null, error: event.code };
        }
      }, INITIAL),
    ),
    { initialValue: INITIAL },
  );
  protected readonly entries = computed(() => this.state().entries);
  protected readonly loading = computed(() => this.state().loading);
  protected readonly errorText = computed(() => {
    const code = this.state().error;
    return code ? this.translator.t(`error.${code}`) : null;
  });

  // --- watch-list toggles (kept here after the mutation answers, so a refresh is not needed) ---------------------
  private readonly watchOverrides = signal<ReadonlyMap<string, boolean>>(new Map());
  protected readonly watchPending = signal<ReadonlySet<string>>(new Set());
  protected readonly watchError = signal<string | null>(null);

  private isWatched(entry: WatchEntry): boolean {
    return this.watchOverrides().get(entry.id) ?? entry.onWatchList;
  }

  // --- filters -------------------------------------------------------------------------------------------------
  protected readonly streetFilter = signal('');
  protected readonly reasonFilter = signal<ReasonCode | ''>('');
  protected readonly watchedOnly = signal(false);
  protected readonly notVisitedOnly = signal(false);
  protected readonly filtering = computed(
    () => this.streetFilter() !== '' || this.reasonFilter() !== '' || this.watchedOnly() || this.notVisitedOnly(),
  );

  protected readonly streets = computed(() => {
    const byId = new Map<string, string>();
    for (const entry of this.entries() ?? []) if (entry.streetId) byId.set(entry.streetId, entry.streetName);
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  });

  private readonly filtered = computed(() => {
    const street = this.streetFilter();
    const reason = this.reasonFilter();
    const watchedOnly = this.watchedOnly();
    const notVisited = this.notVisitedOnly();
    return (this.entries() ?? []).filter((entry) => {
      if (street !== '' && entry.streetId !== street) return false;
      if (watchedOnly && !this.isWatched(entry)) return false;
      if (notVisited && !notVisitedFor(entry, this.today)) return false;
      if (reason === 'ON_WATCH_LIST') return this.isWatched(entry);
      if (reason !== '' && !entry.reasons.some((r) => r.code === reason)) return false;
      return true;
    });
  });

  private toRow(entry: WatchEntry, selected: ReadonlySet<string>): Row {
    const watched = this.isWatched(entry);
    const reasons = entry.reasons
      .filter((r) => r.code !== 'ON_WATCH_LIST') // shown from the live flag instead: the toggle changes it
      .map((r) => this.words(reasonWords(r)));
    if (watched) reasons.push(this.translator.t('watchList.reason.ON_WATCH_LIST'));
    return {
      entry,
      onWatchList: watched,
      inPlan: selected.has(entry.id),
      reasons,
      lastContact: this.lastContactText(entry.lastContact),
      links: entry.nearest.map((link) => this.linkText(link)),
    };
  }

  protected readonly rankedRows = computed(() => {
    const selected = new Set(this.selected());
    return this.filtered()
      .filter((e) => e.rank !== null)
      .map((e) => this.toRow(e, selected));
  });
  protected readonly watchedRows = computed(() => {
    const selected = new Set(this.selected());
    return this.filtered()
      .filter((e) => e.rank === null)
      .map((e) => this.toRow(e, selected));
  });

  protected readonly summary = computed(() => {
    const entries = this.entries() ?? [];
    const ranked = entries.filter((e) => e.rank !== null);
    return this.translator.t('watchList.summary', {
      atRisk: ranked.length,
      isolated: ranked.filter((e) => e.isolated).length,
    });
  });
  protected readonly shownText = computed(() => {
    const total = (this.entries() ?? []).length;
    const shown = this.rankedRows().length + this.watchedRows().length;
    return this.translator.t('watchList.summary.shown', { shown, total });
  });

  // --- top N -------------------------------------------------------------------------------------------------
  protected readonly topText = signal(String(TOP_DEFAULT));
  protected readonly topN = computed(() => {
    const text = this.topText().trim();
    const n = Number(text);
    return /^\d+$/.test(text) && n >= 1 && n <= PLAN_MAX ? n : null;
  });
  protected readonly topMessage = signal<string | null>(null);

  // --- the plan --------------------------------------------------------------------------------------------------
  protected readonly plan = computed(() => buildPlan(this.entries() ?? [], this.selected(), this.since()));
  protected readonly planWeek = computed(() => {
    const { start, end } = weekOf(this.since());
    return this.translator.t('watchList.plan.week', { start: this.formatDate(start), end: this.formatDate(end) });
  });
  protected readonly planStreets = computed(() =>
    this.plan().streets.map((street) => ({
      ...street,
      visits: street.visits.map((visit) => {
        const best = bestLink(visit.entry.nearest);
        return {
          ...visit,
          row: this.toRow(visit.entry, new Set()),
          best: best ? this.linkText(best) : null,
          others: visit.entry.nearest.filter((l) => l !== best).map((l) => this.linkText(l)),
          othersText: visit.entry.nearest
            .filter((l) => l !== best)
            .map((l) => {
              const text = this.linkText(l);
              return `${text.kind} ${text.label} (${text.why})`;
            })
            .join(' · '),
        };
      }),
    })),
  );
  protected readonly missingText = computed(() => {
    const count = this.plan().missing.length;
    const place = this.placeName();
    if (count === 0) return null;
    return count === 1
      ? this.translator.t('watchList.plan.missing.one', { place })
      : this.translator.t('watchList.plan.missing.other', { count, place });
  });
  protected readonly sinceText = signal<string | null>(null);
  protected readonly sinceInvalid = computed(() => {
    const text = this.sinceText();
    return text !== null && parseSince(text, this.today) === null;
  });

  // --- actions -----------------------------------------------------------------------------------------------
  private navigate(params: Record<string, string | null>): void {
    void this.router.navigate([], { queryParams: params, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected selectPlace(id: string): void {
    this.streetFilter.set('');
    this.navigate({ place: id });
  }

  protected show(view: View): void {
    this.navigate({ view: view === 'plan' ? 'plan' : null });
  }

  /** Arrow keys move between the two tabs (WAI-ARIA tabs pattern). */
  protected tabKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next: View = this.view() === 'list' ? 'plan' : 'list';
    this.show(next);
    const tab = (event.target as HTMLElement).parentElement?.querySelector<HTMLElement>(`#watch-tab-${next}`);
    tab?.focus();
  }

  refresh(): void {
    this.attempt.update((n) => n + 1);
  }

  private setPlan(ids: readonly string[]): void {
    const since = ids.length === 0 ? null : (this.query().get('since') ?? this.today);
    this.navigate({ visit: serialiseIds(ids), since });
  }

  protected togglePlan(id: string): void {
    const ids = this.selected();
    if (ids.includes(id)) this.setPlan(ids.filter((x) => x !== id));
    else if (ids.length < PLAN_MAX) this.setPlan([...ids, id]);
  }

  protected readonly planFull = computed(() => this.selected().length >= PLAN_MAX);

  protected planTop(): void {
    const n = this.topN();
    if (n === null) return;
    const eligible = this.filtered().filter((e) => !this.selected().includes(e.id));
    const ids = topNotVisited(eligible, Math.min(n, PLAN_MAX - this.selected().length), this.today);
    if (ids.length === 0) {
      this.topMessage.set(this.translator.t('watchList.top.none'));
      return;
    }
    this.setPlan([...this.selected(), ...ids]);
    this.topMessage.set(this.translator.t('watchList.top.added', { count: ids.length }));
  }

  protected removeMissing(): void {
    const missing = new Set(this.plan().missing);
    this.setPlan(this.selected().filter((id) => !missing.has(id)));
  }

  protected clearPlan(): void {
    this.sinceText.set(null);
    this.navigate({ visit: null, since: null });
  }

  protected changeSince(text: string): void {
    this.sinceText.set(text);
    const since = parseSince(text, this.today);
    if (since !== null) this.navigate({ since });
  }

  protected print(): void {
    window.print();
  }

  protected toggleWatch(entry: WatchEntry): void {
    if (this.watchPending().has(entry.id)) return;
    const next = !this.isWatched(entry);
    this.watchError.set(null);
    this.watchPending.update((set) => new Set(set).add(entry.id));
    this.api.setWatchList(entry.id, next).subscribe({
      next: (onWatchList) => this.watchOverrides.update((m) => new Map(m).set(entry.id, onWatchList)),
      error: (error: unknown) => {
        this.finishWatch(entry.id);
        const reason = this.translator.t(`error.${toGraphqlError(error).code}`);
        this.watchError.set(this.translator.t('watchList.watchFailed', { name: entry.name, error: reason }));
      },
      complete: () => this.finishWatch(entry.id),
    });
  }

  private finishWatch(id: string): void {
    this.watchPending.update((set) => {
      const copy = new Set(set);
      copy.delete(id);
      return copy;
    });
  }

  protected setReasonFilter(value: string): void {
    this.reasonFilter.set(isReasonCode(value) ? value : '');
  }

  protected clearFilters(): void {
    this.streetFilter.set('');
    this.reasonFilter.set('');
    this.watchedOnly.set(false);
    this.notVisitedOnly.set(false);
  }

  // --- words -------------------------------------------------------------------------------------------------
  protected reasonFilterLabel(code: ReasonCode): string {
    return this.translator.t(reasonFilterKey(code));
  }

  private words(words: Words): string {
    return this.translator.t(words.key, words.params);
  }

  private linkText(link: NearestLink): { kind: string; label: string; why: string } {
    return {
      kind: this.words(linkKindWords(link)),
      label: link.label,
      why: linkWhyWords(link)
        .map((w) => this.words(w))
        .join(' · '),
    };
  }

  protected formatDate(iso: string): string {
    const [y, m, d] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat(this.translator.language() === 'nl' ? 'nl-NL' : 'en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y, m - 1, d)));
  }

  private lastContactText(iso: string | null): string {
    if (iso === null) return this.translator.t('watchList.noContact');
    const days = Math.max(0, daysBetween(iso, this.today));
    const ago =
      days === 0
        ? this.translator.t('watchList.daysAgo.zero')
        : days === 1
          ? this.translator.t('watchList.daysAgo.one')
          : days < 14
            ? this.translator.t('watchList.daysAgo.other', { days })
            : this.translator.t('watchList.weeksAgo', { weeks: Math.floor(days / 7) });
    return `${this.formatDate(iso)} (${ago})`;
  }
}
