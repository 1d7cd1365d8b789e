/**
 * The panel of one initiative: its people by role (links to their pages), the collectives supporting it, the ties
 * it created, its health figures with what each means, and the two things a worker changes here — its phase (a
 * select and a button: keyboard-first) and what it needs / means for the street (validated while typing).
 */
import {
  type AfterViewInit,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  input,
  linkedSignal,
  output,
  viewChild,
  type WritableSignal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { type CollectiveKind, type InitiativePhase, LIMITS, type ParticipationRole } from '@weefsel/domain';
import { LucideAngularModule, TriangleAlert, X } from 'lucide-angular';
import { catchError, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { toGraphqlError } from '../graphql/graphql-error';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { type BoardCard, isPhase, peopleInRole, PHASES, ROLE_ORDER } from './initiative-board';
import { type CreatedTie, type InitiativeChange, type InitiativePatch, InitiativesApi } from './initiatives-api';

type TiesState = { kind: 'loading' } | { kind: 'loaded'; ties: CreatedTie[] } | { kind: 'failed' };

type Save =
  { state: 'idle' } | { state: 'busy' } | { state: 'done'; message: string } | { state: 'failed'; message: string };

function messageOf(save: Save): string {
  return save.state === 'done' || save.state === 'failed' ? save.message : '';
}

/** Normalises a text field: blank means "not filled in" (null). */
function textValue(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

@Component({
  selector: 'wf-initiative-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RouterLink, LucideAngularModule],
  templateUrl: './initiative-detail.html',
  styleUrl: './initiative-detail.css',
  host: { '(keydown.escape)': 'closed.emit()' },
})
export class InitiativeDetail implements AfterViewInit {
  private readonly api = inject(InitiativesApi);
  private readonly translator = inject(Translator);

  readonly card = input.required<BoardCard>();
  readonly closed = output<void>();
  readonly changed = output<InitiativePatch>();

  protected readonly icons = { X, TriangleAlert };
  protected readonly phases = PHASES;
  protected readonly textMax = LIMITS.textMax;
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly initiative = computed(() => this.card().initiative);
  private readonly id = computed(() => this.initiative().id);

  // --- phase ---------------------------------------------------------------------------------------------------
  protected readonly phase = linkedSignal<InitiativePhase>(() => this.initiative().phase);
  protected readonly phaseSave = linkedSignal<string, Save>({
    source: this.id,
    computation: () => ({ state: 'idle' }),
  });

  // --- what it needs, what it means ------------------------------------------------------------------------------
  protected readonly needs = linkedSignal(() => this.initiative().supportNeeded ?? '');
  protected readonly meaning = linkedSignal(() => this.initiative().meaningForStreet ?? '');
  protected readonly needsTooLong = computed(() => this.needs().length > LIMITS.textMax);
  protected readonly meaningTooLong = computed(() => this.meaning().length > LIMITS.textMax);
  protected readonly textsChanged = computed(
    () =>
      textValue(this.needs()) !== (this.initiative().supportNeeded ?? null) ||
      textValue(this.meaning()) !== (this.initiative().meaningForStreet ?? null),
  );
  protected readonly textSave = linkedSignal<string, Save>({ source: this.id, computation: () => ({ state: 'idle' }) });

  // --- people, collectives, ties -------------------------------------------------------------------------------
  protected readonly roles = computed(() =>
    ROLE_ORDER.map((role) => ({ role, people: peopleInRole(this.initiative(), role) })).filter(
      (group) => group.people.length > 0,
    ),
  );
  protected readonly peopleCount = computed(() => this.roles().reduce((n, group) => n + group.people.length, 0));

  protected readonly ties = toSignal(
    toObservable(this.id).pipe(
      distinctUntilChanged(),
      switchMap((id) =>
        this.api.tiesCreated(id).pipe(
          map((ties): TiesState => ({
            kind: 'loaded',
            ties: [...ties].sort((a, b) => b.since.localeCompare(a.since)),
          })),
          catchError(() => of<TiesState>({ kind: 'failed' })),
          startWith<TiesState>({ kind: 'loading' }),
        ),
      ),
    ),
    { initialValue: { kind: 'loading' } as TiesState },
  );

  protected readonly figures = computed(() => {
    const h = this.card().health;
    if (!h) return null;
    const t = (key: Parameters<Translator['t']>[0], params?: Record<string, string | number>) =>
      this.translator.t(key, params);
    const oneInitiator = h.dependsOnOneInitiator
      ? h.soleInitiatorLabel
        ? t('initiatives.health.oneInitiator.yes', { name: h.soleInitiatorLabel })
        : t('initiatives.health.oneInitiator.yesUnnamed')
      : t('initiatives.health.oneInitiator.no');
    return [
      {
        label: t('initiatives.health.activePeople'),
        value: String(h.activePeople),
        hint: t('initiatives.health.activePeople.hint'),
        warn: false,
        sub: false,
      },
      {
        label: t('initiatives.health.oneInitiator'),
        value: oneInitiator,
        hint: t('initiatives.health.oneInitiator.hint'),
        warn: h.dependsOnOneInitiator,
        sub: false,
      },
      {
        label: t('initiatives.health.streets'),
        value: String(h.streets),
        hint: t('initiatives.health.streets.hint'),
        warn: false,
        sub: false,
      },
      {
        label: t('initiatives.health.ei'),
        value: this.decimal(h.eiIndexStreets),
        hint: t('initiatives.health.ei.hint'),
        warn: false,
        sub: false,
      },
      {
        label: t('initiatives.health.collectives'),
        value: String(h.collectives),
        hint: t('initiatives.health.collectives.hint'),
        warn: false,
        sub: false,
      },
      {
        label: t('initiatives.health.ties'),
        value: String(h.tiesCreated),
        hint: t('initiatives.health.ties.hint'),
        warn: false,
        sub: false,
      },
      {
        label: t('initiatives.health.weakTies'),
        value: String(h.weakTiesCreated),
        hint: t('initiatives.health.weakTies.hint'),
        warn: false,
        sub: true,
      },
      {
        label: t('initiatives.health.crossStreet'),
        value: String(h.crossStreetTiesCreated),
        hint: t('initiatives.health.crossStreet.hint'),
        warn: false,
        sub: true,
      },
      {
        label: t('initiatives.health.bridging'),
        value: String(h.bridgingTiesCreated),
        hint: t('initiatives.health.bridging.hint'),
        warn: false,
        sub: true,
      },
      {
        label: t('initiatives.health.tiesEver'),
        value: String(h.tiesCreatedEver),
        hint: t('initiatives.health.tiesEver.hint'),
        warn: false,
        sub: false,
      },
    ];
  });

  protected readonly dates = computed(() => {
    const i = this.initiative();
    const parts: string[] = [];
    parts.push(
      i.startedOn
        ? this.translator.t('initiatives.detail.started', { date: this.formatDate(i.startedOn) })
        : this.translator.t('initiatives.detail.notStarted'),
    );
    if (i.endedOn) parts.push(this.translator.t('initiatives.detail.ended', { date: this.formatDate(i.endedOn) }));
    return parts.join(' · ');
  });

  protected readonly phaseMessage = computed(() => messageOf(this.phaseSave()));
  protected readonly textMessage = computed(() => messageOf(this.textSave()));
  protected readonly tieList = computed(() => {
    const ties = this.ties();
    return ties.kind === 'loaded' ? ties.ties : [];
  });
  protected readonly kindLabel = computed(() => this.translator.t(`initiativeKind.${this.initiative().kind}`));

  protected phaseLabel(phase: InitiativePhase): string {
    return this.translator.t(`initiatives.phase.${phase}`);
  }

  protected roleLabel(role: ParticipationRole): string {
    return this.translator.t(`initiatives.role.${role}`);
  }

  protected collectiveKindLabel(kind: CollectiveKind): string {
    return this.translator.t(`collectiveKind.${kind}`);
  }

  ngAfterViewInit(): void {
    // the panel opens where the user's focus goes next: a screen reader announces the initiative's name
    this.heading()?.nativeElement.focus();
  }

  protected selectPhase(value: string): void {
    if (isPhase(value)) this.phase.set(value);
    this.phaseSave.set({ state: 'idle' });
  }

  protected move(): void {
    const phase = this.phase();
    if (phase === this.initiative().phase) {
      this.phaseSave.set({ state: 'done', message: this.translator.t('initiatives.detail.samePhase') });
      return;
    }
    this.save({ phase }, this.phaseSave, () =>
      this.translator.t('initiatives.detail.moved', { phase: this.translator.t(`initiatives.phase.${phase}`) }),
    );
  }

  protected saveTexts(): void {
    if (this.needsTooLong() || this.meaningTooLong()) return;
    if (!this.textsChanged()) {
      this.textSave.set({ state: 'done', message: this.translator.t('initiatives.detail.unchanged') });
      return;
    }
    this.save(
      { supportNeeded: textValue(this.needs()), meaningForStreet: textValue(this.meaning()) },
      this.textSave,
      () => this.translator.t('initiatives.detail.saved'),
    );
  }

  private save(input: InitiativeChange, status: WritableSignal<Save>, done: () => string): void {
    if (status().state === 'busy') return;
    status.set({ state: 'busy' });
    this.api.update(this.initiative().id, input).subscribe({
      next: (patch) => {
        this.changed.emit(patch);
        status.set({ state: 'done', message: done() });
      },
      error: (error: unknown) => {
        const failure = toGraphqlError(error);
        // a refused input comes with the API's own explanation (e.g. an end before the start)
        const words =
          failure.code === 'BAD_USER_INPUT'
            ? `${this.translator.t('error.BAD_USER_INPUT')} ${failure.message}`
            : this.translator.t(`error.${failure.code}`);
        status.set({ state: 'failed', message: this.translator.t('initiatives.detail.failed', { error: words }) });
      },
    });
  }

  protected tieText(tie: CreatedTie): string {
    const unknown = this.translator.t('initiatives.detail.unknownPerson');
    return this.translator.t('initiatives.detail.tie', {
      a: tie.personA?.displayName ?? unknown,
      b: tie.personB?.displayName ?? unknown,
    });
  }

  protected tieFacts(tie: CreatedTie): string {
    const facts = [
      this.translator.t(`tieKind.${tie.kind}` as 'tieKind.OTHER'),
      this.translator.t('initiatives.detail.tieStrength', { strength: tie.strength }),
      this.translator.t('initiatives.detail.tieSince', { date: this.formatDate(tie.since) }),
    ];
    if (tie.until) facts.push(this.translator.t('initiatives.detail.tieEnded', { date: this.formatDate(tie.until) }));
    return facts.join(' · ');
  }

  private decimal(value: number | null): string {
    if (value === null) return this.translator.t('initiatives.health.none');
    return new Intl.NumberFormat(this.translator.language() === 'nl' ? 'nl-NL' : 'en-GB', {
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    }).format(value);
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
}
