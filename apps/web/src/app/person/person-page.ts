/**
 * A resident's page (/people/:id): who they are, their ties (with history), collectives and initiatives, what
 * they bring, the contact log, help asked and offered, their figures in plain words and the gap-filler
 * suggestions that involve them — and the quick actions a worker needs in the street: log a contact, add a tie,
 * confirm a tie (a tie not confirmed for 12 months is flagged, as the gap-filler's CHECK_UNCONFIRMED_TIE asks),
 * change or end a tie, change or delete one's own contact moments, put them on or take them off the watch-list.
 * After every change the page reads the person again,
 * so the figures are the API's recomputed ones, and shows what moved ("was 0").
 * Everything is read as of the worker's own today.
 */
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ErrorCode, isTieValidAt, isWeakTie, rolesAt } from '@weefsel/domain';
import {
  ArrowLeft,
  CircleCheck,
  Eye,
  EyeOff,
  HeartHandshake,
  Link2,
  LucideAngularModule,
  MapPin,
  MessageSquarePlus,
  Pencil,
  Trash2,
  TriangleAlert,
  UserPlus,
} from 'lucide-angular';
import { catchError, firstValueFrom, map, of, scan, startWith, switchMap } from 'rxjs';
import { type GraphqlError, toGraphqlError } from '../graphql/graphql-error';
import type { TranslationKey } from '../i18n/nl';
import { TranslatePipe } from '../i18n/translate-pipe';
import { isTranslationKey, Translator } from '../i18n/translator';
import { Session } from '../auth/session';
import { ActionDialog } from './action-dialog';
import { AddTieForm } from './add-tie-form';
import { DeleteContactForm } from './delete-contact-form';
import { describeError } from './describe-error';
import { EditTieForm, type TieToEdit } from './edit-tie-form';
import { EndTieForm, type TieToEnd } from './end-tie-form';
import { formatDate, localToday } from './local-date';
import { LogContactForm } from './log-contact-form';
import {
  type ContactMomentItem,
  PersonApi,
  type PersonDetails,
  type PersonMetrics,
  type PersonRef,
  type TieItem,
} from './person-api';
import { describeFigures } from './person-figures';
import { confirmation } from './tie-confirmation';

/** contact moments per page of the log */
export const CONTACTS_PAGE = 10;
/** how long a "saved" message stays on screen */
export const NOTICE_MS = 8000;

type Loaded = { kind: 'loading' } | { kind: 'loaded'; person: PersonDetails } | { kind: 'failed'; error: GraphqlError };

interface PageState {
  loading: boolean;
  person: PersonDetails | null;
  error: GraphqlError | null;
}

type Dialog =
  | { kind: 'log' }
  | { kind: 'tie' }
  | { kind: 'end'; tie: TieToEnd }
  | { kind: 'editTie'; tie: TieToEdit }
  | { kind: 'editContact'; moment: ContactMomentItem }
  | { kind: 'deleteContact'; moment: ContactMomentItem };

export interface TieView {
  id: string;
  other: PersonRef | null;
  otherName: string;
  kind: string;
  strength: number;
  weak: boolean;
  functions: string[];
  since: string;
  sinceIso: string;
  confirmed: string;
  /** not confirmed for 12 months or more: "last confirmed 17 months ago", in words, or null */
  stale: string | null;
  /** confirmed today already: no Confirm button */
  confirmedToday: boolean;
  until: string | null;
  note: string | null;
  source: string;
  /** the tie as recorded, for the change form */
  edit: TieToEdit;
}

@Component({
  selector: 'wf-person-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    RouterLink,
    LucideAngularModule,
    ActionDialog,
    LogContactForm,
    AddTieForm,
    EndTieForm,
    EditTieForm,
    DeleteContactForm,
  ],
  templateUrl: './person-page.html',
  styleUrl: './person-page.css',
})
export class PersonPage {
  private readonly api = inject(PersonApi);
  private readonly translator = inject(Translator);
  private readonly destroyRef = inject(DestroyRef);
  private readonly session = inject(Session);

  protected readonly icons = {
    back: ArrowLeft,
    place: MapPin,
    log: MessageSquarePlus,
    tie: UserPlus,
    watch: Eye,
    unwatch: EyeOff,
    link: Link2,
    help: HeartHandshake,
    confirm: CircleCheck,
    edit: Pencil,
    remove: Trash2,
    stale: TriangleAlert,
  };

  private readonly personId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('id') ?? '')), {
    initialValue: '',
  });
  /** bumped after every change: the page reads the person (and so the recomputed figures) again */
  private readonly version = signal(0);
  protected readonly today = signal(localToday());

  private readonly request = computed(() => ({ id: this.personId(), version: this.version() }));
  protected readonly state = toSignal(
    toObservable(this.request).pipe(
      switchMap(({ id }) => {
        const asOf = localToday();
        this.today.set(asOf);
        return this.api.person(id, asOf, CONTACTS_PAGE).pipe(
          map((person): Loaded => ({ kind: 'loaded', person })),
          catchError((error: unknown) => of<Loaded>({ kind: 'failed', error: toGraphqlError(error) })),
          startWith<Loaded>({ kind: 'loading' }),
        );
      }),
      scan(
        (state: PageState, event: Loaded): PageState => {
          switch (event.kind) {
            case 'loading':
              return { ...state, loading: true, error: null };
            case 'loaded':
              return { loading: false, person: event.person, error: null };
            case 'failed':
              return { loading: false, person: state.person, error: event.error };
          }
        },
        { loading: true, person: null, error: null },
      ),
    ),
    { initialValue: { loading: true, person: null, error: null } as PageState },
  );

  protected readonly person = computed(() => this.state().person);
  protected readonly errorText = computed(() => {
    const error = this.state().error;
    return error ? this.translator.t(`error.${error.code}`) : null;
  });
  protected readonly notFound = computed(() => this.state().error?.code === ErrorCode.NOT_FOUND);
  protected readonly name = computed(() => this.person()?.displayName ?? '');
  protected readonly ref = computed<PersonRef | null>(() => {
    const person = this.person();
    return person ? { id: person.id, displayName: person.displayName, homePlace: person.homePlace } : null;
  });

  // --- header ----------------------------------------------------------------------------------------------------
  protected readonly roles = computed(() =>
    rolesAt(this.person()?.roles ?? [], this.today()).map((role) => this.translator.t(`personRole.${role}`)),
  );

  // --- figures ---------------------------------------------------------------------------------------------------
  /** the figures before the worker's last change, to show what moved */
  private readonly previousMetrics = signal<PersonMetrics | null>(null);
  protected readonly figures = computed(() => {
    const person = this.person();
    if (!person) return [];
    this.translator.language();
    return describeFigures(person.metrics, person.displayName, this.translator, this.previousMetrics());
  });
  protected readonly asOfText = computed(() => this.date(this.person()?.metrics.asOf ?? this.today()));

  // --- ties ------------------------------------------------------------------------------------------------------
  private readonly tieViews = computed(() => {
    const person = this.person();
    if (!person) return { current: [] as TieView[], ended: [] as TieView[] };
    const today = this.today();
    const views = person.ties.map((tie) => ({ tie, view: this.tieView(tie, person.id) }));
    const current = views
      .filter(({ tie }) => tie.until === null || isTieValidAt(tie, today))
      .map(({ view }) => view)
      .sort((a, b) => b.strength - a.strength || a.otherName.localeCompare(b.otherName));
    const ended = views
      .filter(({ tie }) => tie.until !== null && !isTieValidAt(tie, today))
      .sort((a, b) => (b.tie.until ?? '').localeCompare(a.tie.until ?? ''))
      .map(({ view }) => view);
    return { current, ended };
  });
  protected readonly currentTies = computed(() => this.tieViews().current);
  protected readonly endedTies = computed(() => this.tieViews().ended);
  protected readonly staleSummary = computed(() => {
    const count = this.currentTies().filter((tie) => tie.stale !== null).length;
    if (count === 0) return null;
    return count === 1
      ? this.translator.t('person.ties.staleSummary.one')
      : this.translator.t('person.ties.staleSummary.other', { count });
  });
  protected readonly tiePartnerIds = computed(() =>
    this.currentTies()
      .map((tie) => tie.other?.id)
      .filter((id): id is string => !!id),
  );

  // --- collectives and initiatives --------------------------------------------------------------------------------
  protected readonly groups = computed(() => {
    const person = this.person();
    if (!person) return [];
    const today = this.today();
    const memberships = person.memberships
      .filter((m) => m.collective !== null)
      .map((m) => ({
        key: `m-${m.id}`,
        name: m.collective?.name ?? '',
        type: this.label(`collectiveKind.${m.collective?.kind}`),
        role: this.label(`person.membershipRole.${m.role}`),
        phase: null as string | null,
        since: this.date(m.since),
        until: m.until ? this.date(m.until) : null,
        active: m.until === null || m.until > today,
      }));
    const participations = person.participations
      .filter((p) => p.initiative !== null)
      .map((p) => ({
        key: `p-${p.id}`,
        name: p.initiative?.name ?? '',
        type: this.label(`initiativeKind.${p.initiative?.kind}`),
        role: this.label(`person.participationRole.${p.role}`),
        phase: this.label(`person.phase.${p.initiative?.phase}`),
        since: this.date(p.since),
        until: p.until ? this.date(p.until) : null,
        active: p.until === null || p.until > today,
      }));
    return [...memberships, ...participations].sort(
      (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name),
    );
  });

  protected readonly assets = computed(() =>
    (this.person()?.assets ?? []).map((asset) => ({
      label: asset.label,
      kind: this.label(`person.assetKind.${asset.kind}`),
    })),
  );

  // --- contact log -------------------------------------------------------------------------------------------------
  private readonly olderContacts = signal<{
    moments: ContactMomentItem[];
    hasNextPage: boolean;
    endCursor: string | null;
  } | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly moreError = signal<string | null>(null);
  protected readonly contacts = computed(() => {
    const person = this.person();
    if (!person) return [];
    const moments = [...person.contacts.moments, ...(this.olderContacts()?.moments ?? [])];
    const me = this.session.user()?.id ?? null;
    return moments.map((moment) => ({
      id: moment.id,
      moment,
      /** only the worker who logged a contact may change or delete it (the API says the same) */
      own: me !== null && moment.worker.id === me,
      date: this.date(moment.occurredOn),
      dateIso: moment.occurredOn,
      channel: this.label(`person.channel.${moment.channel}`),
      summary: moment.summary,
      signals: moment.signals.map((s) => this.label(`person.signal.${s}`)),
      worker: moment.worker.displayName,
      place: moment.place?.name ?? null,
      others: moment.people
        .filter((p) => p.id !== person.id)
        .map((p) => p.displayName)
        .join(', '),
    }));
  });
  protected readonly contactTotal = computed(() => {
    const total = this.person()?.contacts.totalCount ?? 0;
    return total === 1
      ? this.translator.t('person.contacts.count.one')
      : this.translator.t('person.contacts.count.other', { count: total });
  });
  protected readonly hasMoreContacts = computed(() => {
    const older = this.olderContacts();
    return older ? older.hasNextPage : (this.person()?.contacts.hasNextPage ?? false);
  });

  // --- help ----------------------------------------------------------------------------------------------------------
  protected readonly help = computed(() => {
    const person = this.person();
    if (!person) return [];
    return [
      ...person.helpRequests.map((r) => ({
        id: r.id,
        direction: this.translator.t('person.help.request'),
        request: true,
        need: this.label(`person.need.${r.need}`),
        status: this.label(`person.requestStatus.${r.status}`),
        date: this.date(r.requestedOn),
        description: r.description,
      })),
      ...person.helpOffers.map((o) => ({
        id: o.id,
        direction: this.translator.t('person.help.offer'),
        request: false,
        need: this.label(`person.need.${o.need}`),
        status: this.label(`person.offerStatus.${o.status}`),
        date: this.date(o.offeredOn),
        description: o.description,
      })),
    ];
  });

  protected readonly suggestions = computed(() => {
    const language = this.translator.language();
    return (this.person()?.suggestions ?? []).map((s) => ({
      id: s.id,
      text: language === 'nl' ? s.explanation.nl : s.explanation.en,
    }));
  });

  // --- quick actions ---------------------------------------------------------------------------------------------------
  protected readonly dialog = signal<Dialog | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly watchBusy = signal(false);
  protected readonly watchError = signal<string | null>(null);
  private noticeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    this.destroyRef.onDestroy(() => {
      if (this.noticeTimer) clearTimeout(this.noticeTimer);
    });
  }

  protected dialogHeading(dialog: Dialog): string {
    switch (dialog.kind) {
      case 'log':
        return this.translator.t('person.logContact.heading', { name: this.name() });
      case 'tie':
        return this.translator.t('person.addTie.heading', { name: this.name() });
      case 'end':
        return this.translator.t('person.endTie.heading');
      case 'editTie':
        return this.translator.t('person.editTie.heading', { name: this.name(), other: dialog.tie.otherName });
      case 'editContact':
        return this.translator.t('person.editContact.heading', { date: this.date(dialog.moment.occurredOn) });
      case 'deleteContact':
        return this.translator.t('person.deleteContact.heading');
    }
  }

  protected openLog(): void {
    this.dialog.set({ kind: 'log' });
  }

  protected openTie(): void {
    this.dialog.set({ kind: 'tie' });
  }

  protected openEnd(tie: TieView): void {
    this.dialog.set({ kind: 'end', tie: { id: tie.id, otherName: tie.otherName, since: tie.sinceIso } });
  }

  protected openEditTie(tie: TieView): void {
    this.dialog.set({ kind: 'editTie', tie: tie.edit });
  }

  protected openEditContact(moment: ContactMomentItem): void {
    this.dialog.set({ kind: 'editContact', moment });
  }

  protected openDeleteContact(moment: ContactMomentItem): void {
    this.dialog.set({ kind: 'deleteContact', moment });
  }

  protected closeDialog(): void {
    this.dialog.set(null);
  }

  protected contactLogged(): void {
    this.changed(this.translator.t('person.saved.contact', { name: this.name() }));
  }

  protected tieAdded(other: { displayName: string }): void {
    this.changed(this.translator.t('person.saved.tie', { name: other.displayName }));
  }

  protected tieEnded(tie: TieToEnd, until: string): void {
    this.changed(this.translator.t('person.saved.endTie', { name: tie.otherName, date: this.date(until) }));
  }

  protected tieEdited(tie: TieToEdit, result: { confirmed: boolean }): void {
    this.changed(
      this.translator.t(result.confirmed ? 'person.saved.editTieConfirmed' : 'person.saved.editTie', {
        name: tie.otherName,
      }),
    );
  }

  protected contactEdited(moment: ContactMomentItem): void {
    this.changed(this.translator.t('person.saved.editContact', { date: this.date(moment.occurredOn) }));
  }

  protected contactDeleted(moment: ContactMomentItem): void {
    this.changed(this.translator.t('person.saved.deleteContact', { date: this.date(moment.occurredOn) }));
  }

  // --- confirming a tie: one tap, it is today's news ------------------------------------------------------------------
  protected readonly confirming = signal<string | null>(null);
  protected readonly confirmError = signal<{ tieId: string; message: string } | null>(null);

  /** "I saw / heard today that this tie holds": lastConfirmedOn = today (what CHECK_UNCONFIRMED_TIE asks for). */
  async confirmTie(tie: TieView): Promise<void> {
    if (this.confirming() !== null) return;
    this.confirming.set(tie.id);
    this.confirmError.set(null);
    const today = localToday();
    try {
      await firstValueFrom(this.api.updateTie(tie.id, { lastConfirmedOn: today }));
      this.changed(this.translator.t('person.saved.confirmTie', { name: tie.otherName, date: this.date(today) }));
    } catch (error) {
      this.confirmError.set({
        tieId: tie.id,
        message: this.translator.t('person.ties.confirmFailed', {
          name: tie.otherName,
          reason: describeError(error, this.translator),
        }),
      });
    } finally {
      this.confirming.set(null);
    }
  }

  async toggleWatchList(): Promise<void> {
    const person = this.person();
    if (!person || this.watchBusy()) return;
    this.watchBusy.set(true);
    this.watchError.set(null);
    try {
      const on = await firstValueFrom(this.api.setWatchList(person.id, !person.onWatchList));
      this.changed(
        this.translator.t(on ? 'person.watchList.added' : 'person.watchList.removed', { name: person.displayName }),
      );
    } catch (error) {
      this.watchError.set(describeError(error, this.translator));
    } finally {
      this.watchBusy.set(false);
    }
  }

  async loadMoreContacts(): Promise<void> {
    const person = this.person();
    const cursor = this.olderContacts()?.endCursor ?? person?.contacts.endCursor ?? null;
    if (!person || cursor === null || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.moreError.set(null);
    try {
      const page = await firstValueFrom(this.api.moreContacts(person.id, cursor, CONTACTS_PAGE));
      this.olderContacts.update((older) => ({
        moments: [...(older?.moments ?? []), ...page.moments],
        hasNextPage: page.hasNextPage,
        endCursor: page.endCursor,
      }));
    } catch (error) {
      this.moreError.set(describeError(error, this.translator));
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected retry(): void {
    this.version.update((v) => v + 1);
  }

  protected dismissNotice(): void {
    this.notice.set(null);
  }

  /** After a change: close the dialog, say what happened, keep the old figures to compare, read everything again. */
  private changed(message: string): void {
    this.dialog.set(null);
    this.previousMetrics.set(this.person()?.metrics ?? null);
    this.olderContacts.set(null);
    this.notice.set(message);
    if (this.noticeTimer) clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => this.notice.set(null), NOTICE_MS);
    this.version.update((v) => v + 1);
  }

  private tieView(tie: TieItem, selfId: string): TieView {
    const other = tie.personA?.id === selfId ? tie.personB : tie.personA;
    const otherName = other?.displayName ?? this.translator.t('person.ties.unknownPerson');
    const checked = confirmation(tie, this.today());
    const stale = !checked.stale
      ? null
      : tie.lastConfirmedOn
        ? this.translator.t('person.ties.stale', { months: checked.months })
        : this.translator.t('person.ties.staleNever', { months: checked.months });
    return {
      id: tie.id,
      other,
      otherName,
      kind: this.label(`tieKind.${tie.kind}`),
      strength: tie.strength,
      weak: isWeakTie(tie),
      functions: tie.functions.map((f) => this.label(`person.function.${f}`)),
      since: this.date(tie.since),
      sinceIso: tie.since,
      confirmed: checked.today
        ? this.translator.t('person.ties.confirmedToday')
        : tie.lastConfirmedOn
          ? this.translator.t('person.ties.confirmed', { date: this.date(tie.lastConfirmedOn) })
          : this.translator.t('person.ties.neverConfirmed'),
      stale,
      confirmedToday: checked.today,
      until: tie.until ? this.date(tie.until) : null,
      note: tie.note,
      source: this.label(`person.source.${tie.source}`),
      edit: {
        id: tie.id,
        otherName,
        kind: tie.kind,
        strength: tie.strength,
        functions: tie.functions,
        note: tie.note,
        since: tie.since,
      },
    };
  }

  private label(key: string): string {
    return isTranslationKey(key) ? this.translator.t(key as TranslationKey) : key.slice(key.lastIndexOf('.') + 1);
  }

  protected date(iso: string): string {
    return formatDate(iso, this.translator.language());
  }
}
