/**
 * Quick capture (/capture), phone first: log a street contact in under 30 seconds. One screen — who (the person
 * picker, with recent and watch-list people one tap away), where (their street unless chosen otherwise), how
 * (STREET by default), when (today), what came up (signal toggles and a short summary), optionally a new tie
 * ("kent Y via het hondenuitlaten") and, when a help request or offer came up, that request or offer itself.
 * One Save runs the steps in order and shows which one it is on; if a later step fails, the contact stays saved
 * and only the rest is retried. "Capture another" keeps the place.
 * A link can name the resident (`?person=ID`, as the visit plan's "Bezoek vastleggen" does) and the way back
 * (`?returnUrl=/watch-list?view=plan&…`): the resident is chosen already, and after saving the worker goes straight
 * back to the plan — by the browser's own Back when that is where they came from, so no history piles up.
 */
import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { ContactChannel, ContactSignal, ErrorCode, LIMITS, NeedKind, TieKind, TieSource } from '@weefsel/domain';
import { ArrowLeft, Check, LucideAngularModule, Plus, X } from 'lucide-angular';
import { catchError, distinctUntilChanged, filter, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import { Session } from '../auth/session';
import type { TranslationKey } from '../i18n/nl';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { PeopleApi } from '../people/people-api';
import { toPlaceOptions } from '../people/place-tree';
import { describeError } from '../person/describe-error';
import { dateProblem, textProblem } from '../person/form-checks';
import { localToday } from '../person/local-date';
import { PersonApi } from '../person/person-api';
import { CHANNELS, NEEDS, SIGNALS, TIE_KINDS, toggled } from '../person/person-options';
import { PersonPicker } from '../person-picker/person-picker';
import type { PersonOption, PersonSuggestionGroup } from '../person-picker/person-picker-api';
import { CaptureApi } from './capture-api';
import { returnLabel, safeReturnUrl } from './return-url';

/** a tie heard of in passing is a new acquaintance: weak until the worker learns more */
export const CAPTURED_TIE_STRENGTH = 2;

type Step = 'contact' | 'tie' | 'helpRequest' | 'helpOffer';

/** the resident named in the link, while it loads or when it cannot be */
type Preselect = { kind: 'none' } | { kind: 'loading' } | { kind: 'failed'; error: unknown };

const STEP_TEXT: Readonly<Record<Step, TranslationKey>> = {
  contact: 'capture.step.contact',
  tie: 'capture.step.tie',
  helpRequest: 'capture.step.helpRequest',
  helpOffer: 'capture.step.helpOffer',
};

/** what was saved in this capture, kept so a retry does not log the contact twice */
interface Saved {
  person: PersonOption;
  steps: Step[];
  done: Step[];
  tieName: string | null;
  requestNeed: NeedKind;
  offerNeed: NeedKind;
}

@Component({
  selector: 'wf-quick-capture-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PersonPicker, RouterLink, LucideAngularModule],
  templateUrl: './quick-capture-page.html',
  styleUrls: ['../person/action-form.css', './quick-capture-page.css'],
})
export class QuickCapturePage {
  private readonly personApi = inject(PersonApi);
  private readonly translator = inject(Translator);
  private readonly session = inject(Session);
  private readonly captureApi = inject(CaptureApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly location = inject(Location);

  protected readonly icons = { add: Plus, remove: X, done: Check, back: ArrowLeft };
  protected readonly today = localToday();
  protected readonly max = LIMITS.textMax;
  protected readonly channels = CHANNELS;
  protected readonly signalChoices = SIGNALS;
  protected readonly needs = NEEDS;
  protected readonly tieKinds = TIE_KINDS;

  // --- likely people and places ------------------------------------------------------------------------------------
  private readonly likely = toSignal(
    this.captureApi
      .likelyPeople(this.session.user()?.id ?? null)
      .pipe(catchError(() => of({ recent: [], watched: [] }))),
    { initialValue: { recent: [], watched: [] } },
  );
  protected readonly suggestionGroups = computed<PersonSuggestionGroup[]>(() => [
    { label: this.translator.t('capture.recent'), people: this.likely().recent },
    { label: this.translator.t('capture.watchList'), people: this.likely().watched },
  ]);

  private readonly places = toSignal(
    inject(PeopleApi)
      .places()
      .pipe(
        map((places) => ({ options: toPlaceOptions(places), error: null as string | null, loading: false })),
        catchError((error: unknown) =>
          of({ options: [], error: describeError(error, this.translator), loading: false }),
        ),
        startWith({ options: [], error: null, loading: true }),
      ),
    { initialValue: { options: [], error: null, loading: true } },
  );
  protected readonly placesLoading = computed(() => this.places().loading);
  protected readonly placesError = computed(() => this.places().error);
  protected readonly placeOptions = computed(() =>
    this.places().options.map(({ place, depth }) => ({
      id: place.id,
      label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${place.name} (${this.translator.t(`placeLevel.${place.level}`)})`,
    })),
  );

  // --- the form ------------------------------------------------------------------------------------------------------
  readonly person = signal<PersonOption | null>(null);
  /** a place the worker chose (or kept from the previous capture); otherwise the person's street */
  readonly placeChoice = signal<string | null>(null);
  readonly placeId = computed(() => this.placeChoice() ?? this.person()?.homePlace.id ?? null);
  readonly channel = signal<ContactChannel>(ContactChannel.STREET);
  readonly day = signal(this.today);
  readonly signals = signal<ContactSignal[]>([]);
  readonly summary = signal('');
  readonly recordRequest = signal(true);
  readonly requestNeed = signal<NeedKind>(NeedKind.SOCIAL_CONTACT);
  readonly recordOffer = signal(true);
  readonly offerNeed = signal<NeedKind>(NeedKind.PRACTICAL);
  readonly knows = signal(false);
  readonly knowsPerson = signal<PersonOption | null>(null);
  readonly knowsKind = signal<TieKind>(TieKind.ACQUAINTANCE);
  readonly knowsNote = signal('');

  private readonly touched = signal<ReadonlySet<string>>(new Set());
  protected readonly submitted = signal(false);

  // --- where the worker came from ------------------------------------------------------------------------------------
  private readonly query = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });
  protected readonly returnUrl = computed(() => safeReturnUrl(this.query().get('returnUrl')));
  protected readonly returnText = computed(() => {
    const url = this.returnUrl();
    return url ? this.translator.t(returnLabel(url)) : null;
  });
  /**
   * The page this one was opened from, as the router saw it: when it is the return address, "back" is the
   * browser's Back (the plan comes back as it was, and no extra history entry is made).
   */
  private readonly cameFrom = (() => {
    const navigation = this.router.currentNavigation() ?? this.router.lastSuccessfulNavigation();
    const previous = navigation?.previousNavigation?.finalUrl;
    return previous ? this.router.serializeUrl(previous) : null;
  })();

  protected readonly preselect = signal<Preselect>({ kind: 'none' });
  protected readonly preselectFailure = computed(() => {
    const state = this.preselect();
    return state.kind === 'failed'
      ? this.translator.t('capture.personFailed', {
          reason: describeError(state.error, this.translator, { [ErrorCode.NOT_FOUND]: 'capture.personNotFound' }),
        })
      : null;
  });

  protected readonly helpRequestTicked = computed(() => this.signals().includes(ContactSignal.HELP_REQUEST));
  protected readonly helpOfferTicked = computed(() => this.signals().includes(ContactSignal.HELP_OFFER));

  private readonly problems = computed(() => {
    const person = this.person();
    const other = this.knowsPerson();
    return {
      person: person ? null : this.translator.t('person.validation.person'),
      place: this.placeId() || !person ? null : this.translator.t('validation.required'),
      day: dateProblem(this.day(), { max: this.today }, this.translator),
      summary: textProblem(this.summary(), { required: true }, this.translator),
      knows: !this.knows()
        ? null
        : other === null
          ? this.translator.t('person.validation.person')
          : person && other.id === person.id
            ? this.translator.t('capture.knowsSelf', { name: person.displayName })
            : null,
      knowsNote: this.knows() ? textProblem(this.knowsNote(), { required: false }, this.translator) : null,
    };
  });
  private readonly shows = (field: string) => this.submitted() || this.touched().has(field);
  protected readonly errors = computed(() => {
    const p = this.problems();
    return {
      person: this.shows('person') ? p.person : null,
      place: this.shows('place') ? p.place : null,
      day: this.shows('day') ? p.day : null,
      summary: this.shows('summary') ? p.summary : null,
      knows: this.shows('knows') ? p.knows : null,
      knowsNote: this.shows('knowsNote') ? p.knowsNote : null,
    };
  });
  protected readonly invalid = computed(() => Object.values(this.problems()).some((p) => p !== null));
  protected readonly knowsExclude = computed(() => {
    const person = this.person();
    return person ? [person.id] : [];
  });

  // --- saving ----------------------------------------------------------------------------------------------------------
  protected readonly busyStep = signal<Step | null>(null);
  protected readonly saved = signal<Saved | null>(null);
  protected readonly failure = signal<{ step: Step; message: string } | null>(null);

  protected readonly progressText = computed(() => {
    const step = this.busyStep();
    const saved = this.saved();
    if (!step) return '';
    const steps = saved?.steps ?? this.plannedSteps();
    const text = this.translator.t(STEP_TEXT[step]);
    return steps.length > 1
      ? `${text} ${this.translator.t('capture.progress', { step: steps.indexOf(step) + 1, steps: steps.length })}`
      : text;
  });

  /** the result once every step is done */
  protected readonly result = computed(() => {
    const saved = this.saved();
    if (!saved || saved.done.length !== saved.steps.length) return null;
    const lines = [this.translator.t('capture.done', { name: saved.person.displayName })];
    if (saved.done.includes('tie') && saved.tieName) {
      lines.push(this.translator.t('capture.done.tie', { name: saved.tieName }));
    }
    if (saved.done.includes('helpRequest')) {
      lines.push(
        this.translator.t('capture.done.helpRequest', { need: this.translator.t(`person.need.${saved.requestNeed}`) }),
      );
    }
    if (saved.done.includes('helpOffer')) {
      lines.push(
        this.translator.t('capture.done.helpOffer', { need: this.translator.t(`person.need.${saved.offerNeed}`) }),
      );
    }
    return { person: saved.person, lines };
  });

  protected readonly partialText = computed(() => {
    const failure = this.failure();
    if (!failure || failure.step === 'contact') return null;
    return this.translator.t('capture.partial', {
      what: this.translator.t(`capture.what.${failure.step}`),
      reason: failure.message,
    });
  });
  protected readonly contactError = computed(() => {
    const failure = this.failure();
    return failure?.step === 'contact' ? failure.message : null;
  });

  constructor() {
    // the resident named in the link (?person=ID) is chosen as soon as they are loaded, unless the worker has
    // already chosen someone else
    this.route.queryParamMap
      .pipe(
        map((params) => params.get('person')),
        distinctUntilChanged(),
        filter((id): id is string => !!id && id !== this.person()?.id),
        switchMap((id) => {
          this.preselect.set({ kind: 'loading' });
          return this.captureApi.person(id).pipe(
            map((person) => ({ person, error: null as unknown })),
            catchError((error: unknown) => of({ person: null, error })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe(({ person, error }) => {
        if (person) {
          this.preselect.set({ kind: 'none' });
          if (!this.person()) this.person.set(person);
        } else {
          this.preselect.set({ kind: 'failed', error });
        }
      });
  }

  /** Back to the page that sent the worker here (the visit plan): Back in history when that is where they were. */
  protected goBack(): void {
    const url = this.returnUrl();
    if (!url) return;
    if (this.cameFrom !== null && this.sameUrl(this.cameFrom, url)) this.location.back();
    else void this.router.navigateByUrl(url);
  }

  private sameUrl(a: string, b: string): boolean {
    return this.router.serializeUrl(this.router.parseUrl(a)) === this.router.serializeUrl(this.router.parseUrl(b));
  }

  private plannedSteps(): Step[] {
    const steps: Step[] = ['contact'];
    if (this.knows()) steps.push('tie');
    if (this.helpRequestTicked() && this.recordRequest()) steps.push('helpRequest');
    if (this.helpOfferTicked() && this.recordOffer()) steps.push('helpOffer');
    return steps;
  }

  // --- events ----------------------------------------------------------------------------------------------------------
  protected touch(field: string): void {
    if (!this.touched().has(field)) this.touched.update((set) => new Set([...set, field]));
  }

  protected choosePerson(person: PersonOption | null): void {
    this.person.set(person);
    this.preselect.set({ kind: 'none' });
    this.touch('person');
  }

  protected chooseKnows(person: PersonOption | null): void {
    this.knowsPerson.set(person);
    this.touch('knows');
  }

  protected choosePlace(value: string): void {
    this.placeChoice.set(value === '' ? null : value);
    this.touch('place');
  }

  protected toggleSignal(value: ContactSignal): void {
    this.signals.update((selected) => toggled(selected, value, SIGNALS));
  }

  protected setNeed(which: 'request' | 'offer', value: string): void {
    const need = NEEDS.find((c) => c.value === value)?.value;
    if (!need) return;
    if (which === 'request') this.requestNeed.set(need);
    else this.offerNeed.set(need);
  }

  protected setKnowsKind(value: string): void {
    const kind = TIE_KINDS.find((c) => c.value === value)?.value;
    if (kind) this.knowsKind.set(kind);
  }

  protected toggleKnows(): void {
    this.knows.update((open) => !open);
    if (!this.knows()) {
      this.knowsPerson.set(null);
      this.knowsNote.set('');
    }
  }

  async save(): Promise<void> {
    if (this.busyStep()) return;
    this.submitted.set(true);
    const person = this.person();
    if (this.invalid() || !person) return;
    this.saved.set({
      person,
      steps: this.plannedSteps(),
      done: [],
      tieName: this.knowsPerson()?.displayName ?? null,
      requestNeed: this.requestNeed(),
      offerNeed: this.offerNeed(),
    });
    await this.run();
  }

  /** Runs the steps not done yet, in order; stops at the first failure. */
  async run(): Promise<void> {
    const saved = this.saved();
    if (!saved) return;
    this.failure.set(null);
    for (const step of saved.steps.filter((s) => !saved.done.includes(s))) {
      this.busyStep.set(step);
      try {
        await this.runStep(step, saved.person);
        this.saved.update((s) => (s ? { ...s, done: [...s.done, step] } : s));
      } catch (error) {
        const known: Partial<Record<string, TranslationKey>> =
          step === 'tie' ? { [ErrorCode.CONFLICT]: 'capture.tieConflict' } : {};
        this.failure.set({ step, message: describeError(error, this.translator, known) });
        // nothing was saved when the contact itself failed: the form stays as it is
        if (step === 'contact') this.saved.set(null);
        break;
      } finally {
        this.busyStep.set(null);
      }
    }
  }

  private runStep(step: Step, person: PersonOption): Promise<unknown> {
    const description = this.summary().trim() || null;
    switch (step) {
      case 'contact':
        return firstValueFrom(
          this.personApi.logContact({
            personIds: [person.id],
            placeId: this.placeId() ?? person.homePlace.id,
            channel: this.channel(),
            occurredOn: this.day(),
            summary: this.summary().trim(),
            signals: this.signals(),
          }),
        );
      case 'tie': {
        const other = this.knowsPerson();
        if (!other) return Promise.resolve();
        return firstValueFrom(
          this.personApi.createTie({
            personAId: person.id,
            personBId: other.id,
            kind: this.knowsKind(),
            functions: [],
            strength: CAPTURED_TIE_STRENGTH,
            since: this.day(),
            lastConfirmedOn: this.day(),
            source: TieSource.SELF_REPORTED,
            note: this.knowsNote().trim() || null,
          }),
        );
      }
      case 'helpRequest':
        return firstValueFrom(
          this.personApi.createHelpRequest({
            personId: person.id,
            need: this.requestNeed(),
            description,
            date: this.day(),
          }),
        );
      case 'helpOffer':
        return firstValueFrom(
          this.personApi.createHelpOffer({
            personId: person.id,
            need: this.offerNeed(),
            description,
            date: this.day(),
          }),
        );
    }
  }

  /** After a partial save: leave the rest, show what was saved. */
  protected skipRest(): void {
    this.failure.set(null);
    this.saved.update((s) => (s ? { ...s, steps: s.done } : s));
  }

  /** A fresh form for the next contact; the place stays. */
  protected another(): void {
    this.placeChoice.set(this.placeId());
    this.person.set(null);
    this.channel.set(ContactChannel.STREET);
    this.day.set(this.today);
    this.signals.set([]);
    this.summary.set('');
    this.recordRequest.set(true);
    this.recordOffer.set(true);
    this.knows.set(false);
    this.knowsPerson.set(null);
    this.knowsKind.set(TieKind.ACQUAINTANCE);
    this.knowsNote.set('');
    this.touched.set(new Set());
    this.submitted.set(false);
    this.saved.set(null);
    this.failure.set(null);
    this.preselect.set({ kind: 'none' });
    // the next contact is someone else: the link's resident would otherwise come back on a reload
    if (this.query().has('person')) {
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { person: null },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      });
    }
  }
}
