/**
 * The gap-filler panel (issue "Gap-filler panel"): for one of the worker's places, the ranked suggestions with
 * their plain-language explanation, people, reasons and predicted effect (and a what-if preview), to take up or
 * set aside with a reason; and the follow-ups of the ones taken up, due first, with their three outcomes.
 */
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { PlaceLevel } from '@weefsel/domain';
import { LucideAngularModule, RefreshCw } from 'lucide-angular';
import { catchError, map, of, scan, startWith, switchMap, type Observable } from 'rxjs';
import { type GraphqlError, toGraphqlError } from '../graphql/graphql-error';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { PeopleApi } from '../people/people-api';
import { toPlaceOptions } from '../people/place-tree';
import { describeDecisionError } from './decision-error';
import { FollowUpItem } from './follow-up-item';
import { SuggestionCard } from './suggestion-card';
import { formatDay } from './suggestion-words';
import {
  type FollowUp,
  type GapSuggestion,
  type PlaceFigures,
  SUGGESTION_KINDS,
  type SuggestionKind,
  SuggestionsApi,
} from './suggestions-api';

type Load<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; error: GraphqlError };

interface Listed<T> {
  loading: boolean;
  /** the last answer, kept while the next one loads so the page does not jump */
  value: T | null;
  error: GraphqlError | null;
}

interface Notice {
  text: string;
  /** a dismissal that can be undone */
  undoDecisionId?: string;
}

/** Loads `load(placeId)` whenever the request changes, keeping the previous answer while it runs. */
function listed<T>(request: Observable<{ placeId: string | null }>, load: (placeId: string) => Observable<T>) {
  const initial: Listed<T> = { loading: true, value: null, error: null };
  return request.pipe(
    switchMap(({ placeId }) =>
      placeId === null
        ? of<Load<T>>({ kind: 'loading' })
        : load(placeId).pipe(
            map((value): Load<T> => ({ kind: 'loaded', value })),
            catchError((error: unknown) => of<Load<T>>({ kind: 'failed', error: toGraphqlError(error) })),
            startWith<Load<T>>({ kind: 'loading' }),
          ),
    ),
    scan((state: Listed<T>, event: Load<T>): Listed<T> => {
      switch (event.kind) {
        case 'loading':
          return { ...state, loading: true, error: null };
        case 'loaded':
          return { loading: false, value: event.value, error: null };
        case 'failed':
          return { loading: false, value: null, error: event.error };
      }
    }, initial),
  );
}

@Component({
  selector: 'wf-suggestions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LucideAngularModule, SuggestionCard, FollowUpItem],
  templateUrl: './suggestions-page.html',
  styleUrl: './suggestions-page.css',
})
export class SuggestionsPage {
  private readonly api = inject(SuggestionsApi);
  private readonly peopleApi = inject(PeopleApi);
  private readonly translator = inject(Translator);

  protected readonly icons = { RefreshCw };

  // --- places: the worker's own, the first buurt by default ---------------------------------------------------
  private readonly places = toSignal(
    this.peopleApi.places().pipe(
      map((places) => ({ options: toPlaceOptions(places), failed: false, loaded: true })),
      catchError(() => of({ options: [], failed: true, loaded: true })),
    ),
    { initialValue: { options: [], failed: false, loaded: false } },
  );
  protected readonly placesFailed = computed(() => this.places().failed);
  protected readonly noPlaces = computed(
    () => this.places().loaded && !this.places().failed && this.places().options.length === 0,
  );
  protected readonly placeOptions = computed(() =>
    this.places().options.map(({ place, depth }) => ({
      id: place.id,
      label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${place.name} (${this.translator.t(`placeLevel.${place.level}`)})`,
    })),
  );
  protected readonly placeId = linkedSignal<string | null>(() => {
    const options = this.places().options;
    const buurt = options.find((o) => o.place.level === PlaceLevel.NEIGHBOURHOOD) ?? options[0];
    return buurt ? buurt.place.id : null;
  });
  protected readonly placeName = computed(
    () => this.places().options.find((o) => o.place.id === this.placeId())?.place.name ?? '',
  );

  // --- suggestions -----------------------------------------------------------------------------------------------
  private readonly suggestionsVersion = signal(0);
  private readonly suggestionsState = toSignal(
    listed<GapSuggestion[]>(
      toObservable(computed(() => ({ placeId: this.placeId(), version: this.suggestionsVersion() }))),
      (placeId) => this.api.suggestions(placeId),
    ),
    { initialValue: { loading: true, value: null, error: null } as Listed<GapSuggestion[]> },
  );
  /** decided here since the list was loaded: gone at once, before the next answer */
  private readonly decided = linkedSignal<Listed<GapSuggestion[]>, ReadonlySet<string>>({
    source: this.suggestionsState,
    computation: () => new Set(),
  });
  protected readonly kind = signal<SuggestionKind | 'ALL'>('ALL');

  protected readonly suggestionsLoading = computed(() => this.suggestionsState().loading);
  protected readonly suggestionsError = computed(() => {
    const error = this.suggestionsState().error;
    return error ? this.translator.t(`error.${error.code}`) : null;
  });
  private readonly open = computed(() =>
    (this.suggestionsState().value ?? []).filter((s) => !this.decided().has(s.id)),
  );
  protected readonly loaded = computed(() => this.suggestionsState().value !== null);
  protected readonly visible = computed(() => {
    const kind = this.kind();
    return kind === 'ALL' ? this.open() : this.open().filter((s) => s.kind === kind);
  });
  protected readonly kindFilters = computed(() => {
    const counts = new Map<SuggestionKind, number>();
    for (const s of this.open()) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
    const all = { value: 'ALL' as const, label: this.translator.t('suggestions.kind.ALL'), count: this.open().length };
    const kinds = SUGGESTION_KINDS.filter((k) => counts.has(k) || k === this.kind()).map((k) => ({
      value: k,
      label: this.translator.t(`suggestions.kind.${k}`),
      count: counts.get(k) ?? 0,
    }));
    return [all, ...kinds];
  });
  protected readonly countText = computed(() => {
    const n = this.open().length;
    return n === 1
      ? this.translator.t('suggestions.count.one')
      : this.translator.t('suggestions.count.other', { count: n });
  });

  // --- the place's figures, so the effect of a tie made shows here at once ------------------------------------
  private readonly figuresVersion = signal(0);
  private readonly figuresState = toSignal(
    listed<PlaceFigures>(
      toObservable(computed(() => ({ placeId: this.placeId(), version: this.figuresVersion() }))),
      (placeId) => this.api.figures(placeId),
    ),
    { initialValue: { loading: true, value: null, error: null } as Listed<PlaceFigures> },
  );
  protected readonly figuresText = computed(() => {
    const f = this.figuresState().value;
    if (!f || f.isolated === null || f.atRisk === null || f.residents === null) return null;
    return this.translator.t('suggestions.figures', { isolated: f.isolated, atRisk: f.atRisk, residents: f.residents });
  });

  // --- follow-ups ------------------------------------------------------------------------------------------------
  private readonly followUpsVersion = signal(0);
  private readonly followUpsState = toSignal(
    listed<FollowUp[]>(
      toObservable(computed(() => ({ placeId: this.placeId(), version: this.followUpsVersion() }))),
      (placeId) => this.api.followUps(placeId),
    ),
    { initialValue: { loading: true, value: null, error: null } as Listed<FollowUp[]> },
  );
  protected readonly followUps = computed(() => this.followUpsState().value ?? []);
  protected readonly followUpsLoaded = computed(() => this.followUpsState().value !== null);
  protected readonly followUpsFailed = computed(() => this.followUpsState().error !== null);
  protected readonly dueCount = computed(() => this.followUps().filter((f) => f.due).length);

  // --- what happened -----------------------------------------------------------------------------------------
  protected readonly notice = signal<Notice | null>(null);
  protected readonly undoing = signal(false);

  protected selectPlace(value: string): void {
    this.placeId.set(value === '' ? null : value);
    this.kind.set('ALL');
    this.notice.set(null);
  }

  protected selectKind(kind: SuggestionKind | 'ALL'): void {
    this.kind.set(kind);
  }

  protected refresh(): void {
    this.suggestionsVersion.update((v) => v + 1);
    this.followUpsVersion.update((v) => v + 1);
    this.figuresVersion.update((v) => v + 1);
  }

  protected onAccepted(suggestion: GapSuggestion, followUp: FollowUp): void {
    this.markDecided(suggestion.id);
    this.followUpsVersion.update((v) => v + 1);
    const date = followUp.followUpOn ? formatDay(followUp.followUpOn, this.translator.language()) : '';
    this.notice.set({ text: this.translator.t('suggestions.accept.done', { date }) });
  }

  protected onDismissed(suggestion: GapSuggestion, decisionId: string): void {
    this.markDecided(suggestion.id);
    this.notice.set({ text: this.translator.t('suggestions.dismiss.done'), undoDecisionId: decisionId });
  }

  protected onStale(text: string): void {
    this.notice.set({ text });
    this.refresh();
  }

  protected onCompleted(followUp: FollowUp): void {
    this.followUpsVersion.update((v) => v + 1);
    if (followUp.outcome === 'TIE_MADE') {
      // a new tie changes the network: the suggestions and the figures are worked out again
      this.suggestionsVersion.update((v) => v + 1);
      this.figuresVersion.update((v) => v + 1);
      this.notice.set({ text: this.translator.t('suggestions.outcome.done.TIE_MADE') });
    } else if (followUp.outcome === 'TRY_AGAIN') {
      const date = followUp.followUpOn ? formatDay(followUp.followUpOn, this.translator.language()) : '';
      this.notice.set({ text: this.translator.t('suggestions.outcome.done.TRY_AGAIN', { date }) });
    } else {
      this.notice.set({ text: this.translator.t('suggestions.outcome.done.NO_TIE') });
    }
  }

  protected undo(decisionId: string): void {
    if (this.undoing()) return;
    this.undoing.set(true);
    this.api.reopen(decisionId).subscribe({
      next: () => {
        this.undoing.set(false);
        this.notice.set({ text: this.translator.t('suggestions.dismiss.undone') });
        this.suggestionsVersion.update((v) => v + 1);
      },
      error: (error: unknown) => {
        this.undoing.set(false);
        this.notice.set({ text: describeDecisionError(error, this.translator).text });
      },
    });
  }

  protected retrySuggestions(): void {
    this.suggestionsVersion.update((v) => v + 1);
  }

  protected retryFollowUps(): void {
    this.followUpsVersion.update((v) => v + 1);
  }

  private markDecided(id: string): void {
    this.decided.update((ids) => new Set([...ids, id]));
  }
}
