/**
 * Quick action "add tie": with whom (the person picker), kind, strength 1–5, what the tie gives (ecogram
 * functions), since when, how the worker knows, and a note such as "via het hondenuitlaten". The tie is
 * confirmed today: the worker has just heard of it. Checked as the worker types; the API's refusal in words
 * (a CONFLICT is a tie these two already have).
 */
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { type EcogramFunction, ErrorCode, LIMITS, TieKind, TieSource } from '@weefsel/domain';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { PersonPicker } from '../person-picker/person-picker';
import type { PersonOption } from '../person-picker/person-picker-api';
import { describeError } from './describe-error';
import { dateProblem, textProblem } from './form-checks';
import { localToday } from './local-date';
import { PersonApi, type PersonRef } from './person-api';
import { SOURCES, TIE_KINDS } from './person-options';
import { TieStrengthFunctions } from './tie-strength-functions';

let nextId = 0;

@Component({
  selector: 'wf-add-tie-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PersonPicker, TieStrengthFunctions],
  styleUrl: './action-form.css',
  template: `
    <form novalidate (submit)="$event.preventDefault(); submit()" [attr.aria-busy]="busy()">
      <div class="field">
        <label [for]="id + '-other'">{{ 'person.addTie.other' | t }}</label>
        <wf-person-picker
          [inputId]="id + '-other'"
          [label]="'person.addTie.other' | t"
          [person]="other()"
          (personChange)="choose($event)"
          [exclude]="excluded()"
          [invalid]="otherError() !== null"
          [describedBy]="otherError() ? id + '-other-error' : null"
        />
        @if (otherError(); as message) {
          <p class="field-error" [id]="id + '-other-error'">{{ message }}</p>
        }
      </div>

      <div class="row">
        <div class="field">
          <label [for]="id + '-kind'">{{ 'person.addTie.kind' | t }}</label>
          <select #kindSelect [id]="id + '-kind'" [value]="kind()" (change)="setKind(kindSelect.value)">
            @for (choice of kinds; track choice.value) {
              <option [value]="choice.value" [selected]="kind() === choice.value">{{ choice.label | t }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label [for]="id + '-since'">{{ 'person.addTie.since' | t }}</label>
          <input
            #sinceInput
            type="date"
            [id]="id + '-since'"
            [max]="today"
            [value]="since()"
            [attr.aria-invalid]="sinceError() !== null"
            [attr.aria-describedby]="sinceError() ? id + '-since-error' : null"
            (input)="since.set(sinceInput.value); touch('since')"
          />
          @if (sinceError(); as message) {
            <p class="field-error" [id]="id + '-since-error'">{{ message }}</p>
          }
        </div>
      </div>

      <wf-tie-strength-functions [idPrefix]="id" [(strength)]="strength" [(functions)]="functions" />

      <div class="field">
        <label [for]="id + '-note'">{{ 'person.addTie.note' | t }}</label>
        <input
          #noteInput
          type="text"
          [id]="id + '-note'"
          [attr.maxlength]="max"
          [attr.placeholder]="'person.addTie.notePlaceholder' | t"
          [value]="note()"
          [attr.aria-invalid]="noteError() !== null"
          (input)="note.set(noteInput.value); touch('note')"
        />
        @if (noteError(); as message) {
          <p class="field-error">{{ message }}</p>
        }
      </div>

      <div class="field">
        <label [for]="id + '-source'">{{ 'person.addTie.source' | t }}</label>
        <select #sourceSelect [id]="id + '-source'" [value]="source()" (change)="setSource(sourceSelect.value)">
          @for (choice of sources; track choice.value) {
            <option [value]="choice.value" [selected]="source() === choice.value">{{ choice.label | t }}</option>
          }
        </select>
      </div>

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
            {{ 'person.addTie.submit' | t }}
          }
        </button>
      </div>
    </form>
  `,
})
export class AddTieForm {
  private readonly api = inject(PersonApi);
  private readonly translator = inject(Translator);

  readonly person = input.required<PersonRef>();
  /** people they already have an open tie with: the API would refuse a second one */
  readonly exclude = input<readonly string[]>([]);
  readonly saved = output<PersonOption>();
  readonly cancelled = output<void>();

  protected readonly id = `add-tie-${++nextId}`;
  protected readonly today = localToday();
  protected readonly max = LIMITS.textMax;
  protected readonly kinds = TIE_KINDS;
  protected readonly sources = SOURCES;

  readonly other = signal<PersonOption | null>(null);
  readonly kind = signal<TieKind>(TieKind.ACQUAINTANCE);
  readonly strength = signal(3);
  readonly functions = signal<EcogramFunction[]>([]);
  readonly since = signal(this.today);
  readonly note = signal('');
  readonly source = signal<TieSource>(TieSource.OBSERVED_BY_WORKER);
  private readonly touched = signal<ReadonlySet<string>>(new Set());
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly serverError = signal<string | null>(null);

  protected readonly excluded = computed(() => [this.person().id, ...this.exclude()]);

  private readonly shows = (field: string) => this.submitted() || this.touched().has(field);
  private readonly problems = computed(() => ({
    other: this.other() === null ? this.translator.t('person.validation.person') : null,
    since: dateProblem(this.since(), { max: this.today }, this.translator),
    note: textProblem(this.note(), { required: false }, this.translator),
  }));
  protected readonly otherError = computed(() => (this.shows('other') ? this.problems().other : null));
  protected readonly sinceError = computed(() => (this.shows('since') ? this.problems().since : null));
  protected readonly noteError = computed(() => (this.shows('note') ? this.problems().note : null));
  protected readonly invalid = computed(() => Object.values(this.problems()).some((p) => p !== null));

  protected choose(person: PersonOption | null): void {
    this.other.set(person);
    this.touch('other');
  }

  protected setKind(value: string): void {
    const choice = TIE_KINDS.find((c) => c.value === value);
    if (choice) this.kind.set(choice.value);
  }

  protected setSource(value: string): void {
    const choice = SOURCES.find((c) => c.value === value);
    if (choice) this.source.set(choice.value);
  }

  protected touch(field: string): void {
    if (!this.touched().has(field)) this.touched.update((set) => new Set([...set, field]));
    this.serverError.set(null);
  }

  async submit(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.serverError.set(null);
    const other = this.other();
    if (this.invalid() || other === null) return;
    this.busy.set(true);
    try {
      await firstValueFrom(
        this.api.createTie({
          personAId: this.person().id,
          personBId: other.id,
          kind: this.kind(),
          functions: this.functions(),
          strength: this.strength(),
          since: this.since(),
          lastConfirmedOn: this.today,
          source: this.source(),
          note: this.note().trim() || null,
        }),
      );
      this.saved.emit(other);
    } catch (error) {
      this.serverError.set(describeError(error, this.translator, { [ErrorCode.CONFLICT]: 'person.addTie.conflict' }));
    } finally {
      this.busy.set(false);
    }
  }
}
