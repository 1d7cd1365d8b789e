/**
 * Quick action "log contact" on the person page: channel, day, what came up, signals. The place is the
 * resident's street, where most contacts happen; quick capture (/capture) lets the worker choose another.
 * Given a `moment`, the same form changes that contact moment instead (only the worker who logged it may; where
 * and with whom stay as logged). Every field is checked as the worker types; the API's refusal is shown in words.
 */
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { ContactChannel, type ContactSignal, ErrorCode, LIMITS } from '@weefsel/domain';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { describeError } from './describe-error';
import { dateProblem, textProblem } from './form-checks';
import { localToday } from './local-date';
import { type ContactMomentItem, PersonApi, type PersonRef } from './person-api';
import { CHANNELS, SIGNALS, toggled } from './person-options';

let nextId = 0;

@Component({
  selector: 'wf-log-contact-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  styleUrl: './action-form.css',
  template: `
    <form novalidate (submit)="$event.preventDefault(); submit()" [attr.aria-busy]="busy()">
      <fieldset>
        <legend>{{ 'person.logContact.channel' | t }}</legend>
        <div class="choices">
          @for (choice of channels; track choice.value) {
            <label class="choice">
              <input
                type="radio"
                [name]="id + '-channel'"
                [checked]="channel() === choice.value"
                (change)="channel.set(choice.value)"
              />
              {{ choice.label | t }}
            </label>
          }
        </div>
      </fieldset>

      <div class="field">
        <label [for]="id + '-date'">{{ 'person.logContact.date' | t }}</label>
        <input
          #date
          type="date"
          [id]="id + '-date'"
          [max]="today"
          [value]="day()"
          [attr.aria-invalid]="dateError() !== null"
          [attr.aria-describedby]="dateError() ? id + '-date-error' : null"
          (input)="day.set(date.value); touch('date')"
        />
        @if (dateError(); as message) {
          <p class="field-error" [id]="id + '-date-error'">{{ message }}</p>
        }
      </div>

      <div class="field">
        <label [for]="id + '-summary'">{{ 'person.logContact.summary' | t }}</label>
        <textarea
          #text
          rows="3"
          [id]="id + '-summary'"
          [attr.maxlength]="max"
          [value]="summary()"
          [attr.aria-invalid]="summaryError() !== null"
          [attr.aria-describedby]="id + '-summary-help'"
          (input)="summary.set(text.value); touch('summary')"
          (blur)="touch('summary')"
        ></textarea>
        <div [id]="id + '-summary-help'">
          @if (summaryError(); as message) {
            <p class="field-error">{{ message }}</p>
          } @else {
            <p class="counter">{{ 'person.form.counter' | t: { count: summary().length, max } }}</p>
          }
        </div>
      </div>

      <fieldset>
        <legend>{{ 'person.logContact.signals' | t }}</legend>
        <div class="choices">
          @for (choice of signalChoices; track choice.value) {
            <label class="choice">
              <input
                type="checkbox"
                [checked]="signals().includes(choice.value)"
                (change)="toggleSignal(choice.value)"
              />
              {{ choice.label | t }}
            </label>
          }
        </div>
      </fieldset>

      <p class="hint">{{ 'person.logContact.place' | t: { place: placeName() } }}</p>

      @if (serverError(); as message) {
        <p class="alert" role="alert">{{ message }}</p>
      } @else if (submitted() && invalid()) {
        <p class="alert" role="alert">{{ 'person.validation.fixFields' | t }}</p>
      }

      <div class="form-actions">
        <button type="button" class="button" (click)="cancelled.emit()">{{ 'person.form.cancel' | t }}</button>
        <button type="submit" class="button primary" [disabled]="busy()">
          @if (busy()) {
            <span class="spinner" aria-hidden="true"></span>{{ 'person.form.saving' | t }}
          } @else {
            {{ (moment() ? 'person.editContact.submit' : 'person.logContact.submit') | t }}
          }
        </button>
      </div>
    </form>
  `,
})
export class LogContactForm {
  private readonly api = inject(PersonApi);
  private readonly translator = inject(Translator);

  readonly person = input.required<PersonRef>();
  /** the contact moment to change; without it, a new one is logged */
  readonly moment = input<ContactMomentItem | null>(null);
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  protected readonly id = `log-contact-${++nextId}`;
  protected readonly today = localToday();
  protected readonly max = LIMITS.textMax;
  protected readonly channels = CHANNELS;
  protected readonly signalChoices = SIGNALS;

  readonly channel = linkedSignal<ContactChannel>(() => this.moment()?.channel ?? ContactChannel.STREET);
  readonly day = linkedSignal(() => this.moment()?.occurredOn ?? this.today);
  readonly summary = linkedSignal(() => this.moment()?.summary ?? '');
  readonly signals = linkedSignal<ContactSignal[]>(() => [...(this.moment()?.signals ?? [])]);
  protected readonly placeName = computed(() => {
    const moment = this.moment();
    return moment ? (moment.place?.name ?? this.person().homePlace.name) : this.person().homePlace.name;
  });
  private readonly touched = signal<ReadonlySet<string>>(new Set());
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly serverError = signal<string | null>(null);

  private readonly shows = (field: string) => this.submitted() || this.touched().has(field);
  protected readonly dateError = computed(() =>
    this.shows('date') ? dateProblem(this.day(), { max: this.today }, this.translator) : null,
  );
  protected readonly summaryError = computed(() =>
    this.shows('summary') ? textProblem(this.summary(), { required: true }, this.translator) : null,
  );
  protected readonly invalid = computed(
    () =>
      dateProblem(this.day(), { max: this.today }, this.translator) !== null ||
      textProblem(this.summary(), { required: true }, this.translator) !== null,
  );

  protected touch(field: string): void {
    if (!this.touched().has(field)) this.touched.update((set) => new Set([...set, field]));
    this.serverError.set(null);
  }

  protected toggleSignal(value: ContactSignal): void {
    this.signals.update((selected) => toggled(selected, value, SIGNALS));
  }

  async submit(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.serverError.set(null);
    if (this.invalid()) return;
    this.busy.set(true);
    try {
      const person = this.person();
      const moment = this.moment();
      const fields = {
        channel: this.channel(),
        occurredOn: this.day(),
        summary: this.summary().trim(),
        signals: this.signals(),
      };
      const id = await firstValueFrom(
        moment
          ? this.api.updateContact(moment.id, fields)
          : this.api.logContact({ personIds: [person.id], placeId: person.homePlace.id, ...fields }),
      );
      this.saved.emit(id);
    } catch (error) {
      const known = this.moment() ? { [ErrorCode.FORBIDDEN]: 'person.contacts.notYours' as const } : {};
      this.serverError.set(describeError(error, this.translator, known));
    } finally {
      this.busy.set(false);
    }
  }
}
