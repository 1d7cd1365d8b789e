/**
 * The residents of the worker's places: filter by place (a place includes everything below it) and by name,
 * page forward and back with cursors, and see who holds which role today and who is on the watch list.
 * `?search=` starts with a name filled in (the map links here for a person).
 */
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { LIMITS, rolesAt } from '@weefsel/domain';
import { catchError, debounceTime, distinctUntilChanged, map, of, scan, startWith, switchMap } from 'rxjs';
import { type GraphqlError, toGraphqlError } from '../graphql/graphql-error';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { type PeoplePage as Page, PeopleApi, type PersonListItem } from './people-api';
import { toPlaceOptions } from './place-tree';

export const SEARCH_DEBOUNCE_MS = 300;

interface Filter {
  placeId: string | null;
  search: string;
}

type Loaded = { kind: 'loading' } | { kind: 'loaded'; page: Page } | { kind: 'failed'; error: GraphqlError };

interface ListState {
  loading: boolean;
  /** the last page shown; kept while the next one loads, so the list does not jump */
  page: Page | null;
  error: GraphqlError | null;
}

const INITIAL: ListState = { loading: true, page: null, error: null };

/** Today as YYYY-MM-DD in the user's own time zone: a role that ends today no longer counts. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

@Component({
  selector: 'wf-people-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RouterLink],
  templateUrl: './people-page.html',
  styleUrl: './people-page.css',
})
export class PeoplePage {
  private readonly api = inject(PeopleApi);
  private readonly translator = inject(Translator);

  protected readonly pageSize = LIMITS.defaultPageSize;
  protected readonly searchMax = LIMITS.nameMax;

  // --- filters -------------------------------------------------------------------------------------------------
  protected readonly placeId = signal<string | null>(null);
  private readonly initialSearch = (
    inject(ActivatedRoute, { optional: true })?.snapshot.queryParamMap.get('search') ?? ''
  ).slice(0, LIMITS.nameMax);
  protected readonly searchText = signal(this.initialSearch);
  private readonly search = toSignal(
    toObservable(this.searchText).pipe(
      map((text) => text.trim()),
      debounceTime(SEARCH_DEBOUNCE_MS),
      distinctUntilChanged(),
    ),
    { initialValue: this.initialSearch.trim() },
  );
  private readonly filter = computed<Filter>(() => ({ placeId: this.placeId(), search: this.search() }), {
    equal: (a, b) => a.placeId === b.placeId && a.search === b.search,
  });

  // --- paging: Relay cursors only lead forward, so the way back is a stack of the cursors we came from -----------
  private readonly after = linkedSignal<Filter, string | null>({ source: this.filter, computation: () => null });
  private readonly cursorsBefore = linkedSignal<Filter, (string | null)[]>({
    source: this.filter,
    computation: () => [],
  });
  private readonly attempt = signal(0);

  // --- data ----------------------------------------------------------------------------------------------------
  private readonly places = toSignal(
    this.api.places().pipe(
      map((places) => ({ options: toPlaceOptions(places), failed: false })),
      catchError(() => of({ options: [], failed: true })),
    ),
    { initialValue: { options: [], failed: false } },
  );
  protected readonly placesFailed = computed(() => this.places().failed);
  protected readonly placeOptions = computed(() =>
    this.places().options.map(({ place, depth }) => ({
      id: place.id,
      // options cannot be styled reliably across browsers, so the hierarchy is indented with no-break spaces
      label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${place.name} (${this.translator.t(`placeLevel.${place.level}`)})`,
    })),
  );

  private readonly request = computed(() => ({
    ...this.filter(),
    first: this.pageSize,
    after: this.after(),
    attempt: this.attempt(),
  }));

  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap((request) =>
        this.api.people(request).pipe(
          map((page): Loaded => ({ kind: 'loaded', page })),
          catchError((error: unknown) => of<Loaded>({ kind: 'failed', error: toGraphqlError(error) })),
          startWith<Loaded>({ kind: 'loading' }),
        ),
      ),
      scan((state: ListState, event: Loaded): ListState => {
        switch (event.kind) {
          case 'loading':
            return { ...state, loading: true, error: null };
          case 'loaded':
            return { loading: false, page: event.page, error: null };
          case 'failed':
            return { loading: false, page: null, error: event.error };
        }
      }, INITIAL),
    ),
    { initialValue: INITIAL },
  );

  protected readonly page = computed(() => this.state().page);
  protected readonly errorText = computed(() => {
    const error = this.state().error;
    return error ? this.translator.t(`error.${error.code}`) : null;
  });
  protected readonly searching = computed(() => this.filter().search !== '');
  protected readonly searchedFor = computed(() => this.filter().search);

  protected readonly totalText = computed(() => {
    const total = this.page()?.totalCount ?? 0;
    return total === 1
      ? this.translator.t('people.total.one')
      : this.translator.t('people.total.other', { count: total });
  });
  protected readonly rangeText = computed(() => {
    const page = this.page();
    if (!page || page.people.length === 0) return '';
    const from = this.cursorsBefore().length * this.pageSize + 1;
    return this.translator.t('people.range', { from, to: from + page.people.length - 1, total: page.totalCount });
  });
  protected readonly hasPrevious = computed(() => this.cursorsBefore().length > 0);
  protected readonly hasNext = computed(() => this.page()?.hasNextPage === true);

  protected readonly rows = computed(() => {
    const day = today();
    return (this.page()?.people ?? []).map((person: PersonListItem) => ({
      id: person.id,
      name: person.displayName,
      street: person.homePlace.name,
      roles: rolesAt(person.roles, day).map((role) => this.translator.t(`personRole.${role}`)),
      onWatchList: person.onWatchList,
    }));
  });

  protected selectPlace(value: string): void {
    this.placeId.set(value === '' ? null : value);
  }

  protected searchFor(value: string): void {
    this.searchText.set(value);
  }

  protected next(): void {
    const page = this.page();
    if (!page?.hasNextPage || page.endCursor === null || this.state().loading) return;
    this.cursorsBefore.update((cursors) => [...cursors, this.after()]);
    this.after.set(page.endCursor);
  }

  protected previous(): void {
    const cursors = this.cursorsBefore();
    if (cursors.length === 0 || this.state().loading) return;
    this.after.set(cursors[cursors.length - 1]);
    this.cursorsBefore.set(cursors.slice(0, -1));
  }

  protected retry(): void {
    this.attempt.update((n) => n + 1);
  }
}
