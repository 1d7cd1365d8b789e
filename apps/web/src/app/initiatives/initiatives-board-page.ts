/**
 * The initiatives and collectives board: initiatives in columns by phase (ENDED folded away), each card with its
 * kind, place, who carries it, people active, the "hangs on one initiator" warning, reach, ties created and what
 * it needs; a panel with its people, supporting collectives, ties, health and where to move it. A second tab
 * lists the collectives with their members, E-I index and bridges to other collectives. Place, tab and the open
 * initiative live in the URL; on a phone the columns become one stacked list with a phase filter.
 */
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { type CollectiveKind, type InitiativePhase, InitiativePhase as Phase } from '@weefsel/domain';
import { ChevronDown, ChevronRight, Link2, LucideAngularModule, RefreshCw, TriangleAlert, Users } from 'lucide-angular';
import { catchError, map, of, scan, startWith, switchMap } from 'rxjs';
import { type GraphqlErrorCode, toGraphqlError } from '../graphql/graphql-error';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { placeChoice } from '../people/place-choice';
import { collectiveLinks } from './collective-links';
import { InitiativeDetail } from './initiative-detail';
import { type BoardCard, isPhase, PHASES, toCards, toColumns } from './initiative-board';
import {
  type Board,
  type BoardCollective,
  type InitiativePatch,
  InitiativesApi,
  type NetworkLinks,
} from './initiatives-api';

type Tab = 'initiatives' | 'collectives';

type Event<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; code: GraphqlErrorCode };

interface Loadable<T> {
  loading: boolean;
  value: T | null;
  error: GraphqlErrorCode | null;
}

function loadable<T>() {
  return scan(
    (state: Loadable<T>, event: Event<T>): Loadable<T> => {
      switch (event.kind) {
        case 'loading':
          return { ...state, loading: true, error: null };
        case 'loaded':
          return { loading: false, value: event.value, error: null };
        case 'failed':
          return { loading: false, value: null, error: event.code };
      }
    },
    { loading: true, value: null, error: null } as Loadable<T>,
  );
}

@Component({
  selector: 'wf-initiatives-board-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LucideAngularModule, InitiativeDetail],
  templateUrl: './initiatives-board-page.html',
  styleUrls: ['../people/place-page.css', './initiatives-board-page.css'],
})
export class InitiativesBoardPage {
  private readonly api = inject(InitiativesApi);
  private readonly translator = inject(Translator);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly icons = { ChevronDown, ChevronRight, Link2, RefreshCw, TriangleAlert, Users };
  protected readonly phases = PHASES;

  // --- URL state -----------------------------------------------------------------------------------------------
  private readonly query = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });
  protected readonly tab = computed<Tab>(() =>
    this.query().get('tab') === 'collectives' ? 'collectives' : 'initiatives',
  );
  private readonly openId = computed(() => this.query().get('initiative'));

  // --- places --------------------------------------------------------------------------------------------------
  private readonly place = placeChoice(computed(() => this.query().get('place')));
  protected readonly placesState = this.place.state;
  protected readonly placeOptions = this.place.options;
  protected readonly placeId = this.place.placeId;
  protected readonly placeName = this.place.placeName;

  // --- initiatives ---------------------------------------------------------------------------------------------
  private readonly attempt = signal(0);
  private readonly boardRequest = computed(() => ({ placeId: this.placeId(), attempt: this.attempt() }), {
    equal: (a, b) => a.placeId === b.placeId && a.attempt === b.attempt,
  });
  protected readonly board = toSignal(
    toObservable(this.boardRequest).pipe(
      switchMap(({ placeId }) =>
        placeId === null
          ? of<Event<Board>>({ kind: 'loading' })
          : this.api.board(placeId).pipe(
              map((value): Event<Board> => ({ kind: 'loaded', value })),
              catchError((error: unknown) => of<Event<Board>>({ kind: 'failed', code: toGraphqlError(error).code })),
              startWith<Event<Board>>({ kind: 'loading' }),
            ),
      ),
      loadable<Board>(),
    ),
    { initialValue: { loading: true, value: null, error: null } as Loadable<Board> },
  );

  /** Changes saved in the panel, laid over the loaded board until the next load. */
  private readonly patches = signal<ReadonlyMap<string, InitiativePatch>>(new Map());

  protected readonly cards = computed<BoardCard[] | null>(() => {
    const board = this.board().value;
    if (!board) return null;
    const patches = this.patches();
    const initiatives = board.initiatives.map((i) => {
      const patch = patches.get(i.id);
      return patch ? { ...i, ...patch } : i;
    });
    return toCards(initiatives, board.health);
  });

  protected readonly phaseFilter = signal<InitiativePhase | ''>('');
  protected readonly endedOpen = signal(false);

  protected readonly columns = computed(() => {
    const filter = this.phaseFilter();
    return toColumns(this.cards() ?? []).filter((column) => filter === '' || column.phase === filter);
  });
  protected readonly endedCount = computed(
    () => (this.cards() ?? []).filter((card) => card.initiative.phase === Phase.ENDED).length,
  );
  protected readonly countText = computed(() => {
    const count = (this.cards() ?? []).length;
    return count === 1
      ? this.translator.t('initiatives.count.one')
      : this.translator.t('initiatives.count.other', { count });
  });
  protected readonly selected = computed(
    () => (this.cards() ?? []).find((c) => c.initiative.id === this.openId()) ?? null,
  );

  // --- collectives ---------------------------------------------------------------------------------------------
  private readonly collectivesRequest = computed(
    () => ({ placeId: this.tab() === 'collectives' ? this.placeId() : null, attempt: this.attempt() }),
    { equal: (a, b) => a.placeId === b.placeId && a.attempt === b.attempt },
  );
  protected readonly collectivesState = toSignal(
    toObservable(this.collectivesRequest).pipe(
      switchMap(({ placeId }) =>
        placeId === null
          ? of<Event<{ collectives: BoardCollective[]; network: NetworkLinks }>>({ kind: 'loading' })
          : this.api.collectives(placeId).pipe(
              map((value): Event<{ collectives: BoardCollective[]; network: NetworkLinks }> => ({
                kind: 'loaded',
                value,
              })),
              catchError((error: unknown) =>
                of<Event<{ collectives: BoardCollective[]; network: NetworkLinks }>>({
                  kind: 'failed',
                  code: toGraphqlError(error).code,
                }),
              ),
              startWith<Event<{ collectives: BoardCollective[]; network: NetworkLinks }>>({ kind: 'loading' }),
            ),
      ),
      loadable<{ collectives: BoardCollective[]; network: NetworkLinks }>(),
    ),
    {
      initialValue: { loading: true, value: null, error: null } as Loadable<{
        collectives: BoardCollective[];
        network: NetworkLinks;
      }>,
    },
  );

  protected readonly collectiveRows = computed(() => {
    const loaded = this.collectivesState().value;
    if (!loaded) return null;
    const links = collectiveLinks(loaded.network);
    const names = new Map(loaded.collectives.map((c) => [c.id, c.name]));
    const nameOf = (id: string) => names.get(id) ?? id;
    return [...loaded.collectives]
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((collective) => {
        const figures = links.get(collective.id) ?? null;
        const others = loaded.collectives.length - 1;
        return {
          collective,
          figures,
          eiText: this.eiText(figures?.ei ?? null),
          linkedText: figures
            ? this.translator.t('initiatives.collectives.linked', { linked: figures.linked.length, others })
            : null,
          // by name, so the lists read the same whatever order the API listed the collectives in
          singleLinks: figures
            ? byName(figures.linked.filter((l) => l.links === 1).map((l) => nameOf(l.collectiveId)))
            : [],
          unlinked: figures && !figures.noBridge ? byName(figures.unlinked.map(nameOf)) : [],
        };
      });
  });
  protected readonly collectivesSummary = computed(() => {
    const rows = this.collectiveRows() ?? [];
    return this.translator.t('initiatives.collectives.summary', {
      count: rows.length,
      noBridge: rows.filter((r) => r.figures?.noBridge).length,
    });
  });

  protected readonly errorText = computed(() => {
    const code = this.tab() === 'collectives' ? this.collectivesState().error : this.board().error;
    return code ? this.translator.t(`error.${code}`) : null;
  });

  // --- actions -------------------------------------------------------------------------------------------------
  private navigate(params: Record<string, string | null>): void {
    void this.router.navigate([], { queryParams: params, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected selectPlace(id: string): void {
    this.patches.set(new Map());
    this.navigate({ place: id, initiative: null });
  }

  protected show(tab: Tab): void {
    this.navigate({ tab: tab === 'collectives' ? 'collectives' : null, initiative: null });
  }

  protected tabKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next: Tab = this.tab() === 'initiatives' ? 'collectives' : 'initiatives';
    this.show(next);
    (event.target as HTMLElement).parentElement?.querySelector<HTMLElement>(`#board-tab-${next}`)?.focus();
  }

  protected refresh(): void {
    this.patches.set(new Map());
    this.attempt.update((n) => n + 1);
  }

  protected open(card: BoardCard): void {
    this.navigate({ initiative: card.initiative.id });
  }

  protected close(): void {
    const id = this.openId();
    this.navigate({ initiative: null });
    // back to the card the panel was opened from, so keyboard users keep their place
    setTimeout(() => document.querySelector<HTMLElement>(`[data-initiative-id="${id}"] .card-open`)?.focus());
  }

  protected applyPatch(patch: InitiativePatch): void {
    this.patches.update((m) => new Map(m).set(patch.id, patch));
    if (patch.phase === Phase.ENDED) this.endedOpen.set(true);
  }

  protected setPhaseFilter(value: string): void {
    this.phaseFilter.set(isPhase(value) ? value : '');
    if (value === Phase.ENDED) this.endedOpen.set(true);
  }

  // --- words ---------------------------------------------------------------------------------------------------
  protected phaseLabel(phase: InitiativePhase): string {
    return this.translator.t(`initiatives.phase.${phase}`);
  }

  protected kindLabel(card: BoardCard): string {
    return this.translator.t(`initiativeKind.${card.initiative.kind}`);
  }

  protected collectiveKindLabel(kind: CollectiveKind): string {
    return this.translator.t(`collectiveKind.${kind}`);
  }

  protected activeText(card: BoardCard): string {
    return card.activePeople === 1
      ? this.translator.t('initiatives.card.active.one')
      : this.translator.t('initiatives.card.active.other', { count: card.activePeople });
  }

  protected tiesText(card: BoardCard): string | null {
    const count = card.health?.tiesCreated ?? null;
    if (count === null) return null;
    return count === 1
      ? this.translator.t('initiatives.card.ties.one')
      : this.translator.t('initiatives.card.ties.other', { count });
  }

  protected reachText(streets: number, collectives: number): string {
    const street =
      streets === 1
        ? this.translator.t('initiatives.card.streets.one')
        : this.translator.t('initiatives.card.streets.other', { count: streets });
    const collective =
      collectives === 1
        ? this.translator.t('initiatives.card.collectives.one')
        : this.translator.t('initiatives.card.collectives.other', { count: collectives });
    return `${street} · ${collective}`;
  }

  protected membersText(count: number): string {
    return count === 1
      ? this.translator.t('initiatives.collectives.members.one')
      : this.translator.t('initiatives.collectives.members.other', { count });
  }

  private eiText(ei: number | null): { value: string; meaning: string } {
    if (ei === null) return { value: this.translator.t('initiatives.collectives.ei.none'), meaning: '' };
    const value = new Intl.NumberFormat(this.translator.language() === 'nl' ? 'nl-NL' : 'en-GB', {
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    }).format(ei);
    // thirds of the −1 … +1 range: the words a worker can act on
    const meaning =
      ei < -1 / 3
        ? 'initiatives.collectives.ei.inward'
        : ei > 1 / 3
          ? 'initiatives.collectives.ei.outward'
          : 'initiatives.collectives.ei.mixed';
    return { value: this.translator.t('initiatives.collectives.ei', { value }), meaning: this.translator.t(meaning) };
  }
}

function byName(names: string[]): string[] {
  return names.sort((a, b) => a.localeCompare(b, 'nl'));
}
