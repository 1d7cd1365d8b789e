/**
 * Quick action "change tie": what the worker learned since — another kind, a stronger or weaker tie, what it
 * gives (ecogram functions), a note — and, when they have just heard or seen that it holds, "confirmed today".
 * Who the two are and since when stay as recorded (a different pair is a different tie; end this one instead).
 * Checked as the worker types, with the API's own limits; the API's refusal is shown in words.
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
import { type EcogramFunction, LIMITS, type TieKind } from '@weefsel/domain';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { describeError } from './describe-error';
import { textProblem } from './form-checks';
import { localToday } from './local-date';
import { PersonApi, type UpdateTieInput } from './person-api';
import { TIE_KINDS } from './person-options';
import { TieStrengthFunctions } from './tie-strength-functions';

/** The tie as the form starts from it. */
export interface TieToEdit {
  id: string;
  otherName: string;
  kind: TieKind;
  strength: number;
  functions: EcogramFunction[];
  note: string | null;
  since: string;
}

let nextId = 0;

@Component({
  selector: 'wf-edit-tie-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TieStrengthFunctions],
  styleUrl: './action-form.css',
  template: `
    <form novalidate (submit)="$event.preventDefault(); submit()" [attr.aria-busy]="busy()">
      <div class="field">
        <label [for]="id + '-kind'">{{ 'person.addTie.kind' | t }}</label>
        <select #kindSelect [id]="id + '-kind'" (change)="setKind(kindSelect.value)">
          @for (choice of kinds; track choice.value) {
            <option [value]="choice.value" [selected]="kind() === choice.value">{{ choice.label | t }}</option>
          }
        </select>
      </div>

      <wf-tie-strength-functions [idPrefix]="id" [(strength)]="strength" [(functions)]="functions" (edited)="touch()" />

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
          [attr.aria-describedby]="id + '-note-help'"
          (input)="note.set(noteInput.value); touch()"
        />
        <div [id]="id + '-note-help'">
          @if (noteError(); as message) {
            <p class="field-error">{{ message }}</p>
          } @else {
            <p class="counter">{{ 'person.form.counter' | t: { count: note().length, max } }}</p>
          }
        </div>
      </div>

      <label class="check">
        <input type="checkbox" [checked]="confirm()" (change)="confirm.set(!confirm()); touch()" />
        <span>{{ 'person.editTie.confirm' | t: { other: tie().otherName } }}</span>
      </label>

      @if (serverError(); as message) {
        <p class="alert" role="alert">{{ message }}</p>
      } @else if (submitted() && !changed()) {
        <p class="alert" role="alert">{{ 'person.editTie.unchanged' | t }}</p>
      } @else if (submitted() && noteProblem() !== null) {
        <p class="alert" role="alert">{{ 'person.validation.fixFields' | t }}</p>
      }

      <div class="form-actions">
        <button type="button" class="button" (click)="cancelled.emit()">{{ 'person.form.cancel' | t }}</button>
        <button type="submit" class="button primary" [disabled]="busy()">
          @if (busy()) {
            <span class="spinner" aria-hidden="true"></span>{{ 'person.form.saving' | t }}
          } @else {
            {{ 'person.editTie.submit' | t }}
          }
        </button>
      </div>
    </form>
  `,
  styles: `
    .check {
      display: flex;
      align-items: center;
      gap: var(--space-2);
      min-height: 2.75rem;
    }
    .check input {
      width: 1.25rem;
      height: 1.25rem;
      min-height: 0;
      margin: 0;
      flex: none;
      accent-color: var(--primary);
    }
  `,
})
export class EditTieForm {
  private readonly api = inject(PersonApi);
  private readonly translator = inject(Translator);

  readonly tie = input.required<TieToEdit>();
  /** emits whether the tie was also confirmed today */
  readonly saved = output<{ confirmed: boolean }>();
  readonly cancelled = output<void>();

  protected readonly id = `edit-tie-${++nextId}`;
  protected readonly today = localToday();
  protected readonly max = LIMITS.textMax;
  protected readonly kinds = TIE_KINDS;

  readonly kind = linkedSignal(() => this.tie().kind);
  readonly strength = linkedSignal(() => this.tie().strength);
  readonly functions = linkedSignal<EcogramFunction[]>(() => [...this.tie().functions]);
  readonly note = linkedSignal(() => this.tie().note ?? '');
  readonly confirm = signal(false);
  private readonly touched = signal(false);
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly serverError = signal<string | null>(null);

  protected readonly noteProblem = computed(() => textProblem(this.note(), { required: false }, this.translator));
  protected readonly noteError = computed(() => (this.touched() || this.submitted() ? this.noteProblem() : null));

  /** only what differs from the tie as recorded is sent */
  protected readonly changes = computed<UpdateTieInput>(() => {
    const tie = this.tie();
    const input: UpdateTieInput = {};
    if (this.kind() !== tie.kind) input.kind = this.kind();
    if (this.strength() !== tie.strength) input.strength = this.strength();
    const functions = this.functions();
    if (functions.length !== tie.functions.length || functions.some((f) => !tie.functions.includes(f))) {
      input.functions = functions;
    }
    const note = this.note().trim() || null;
    if (note !== (tie.note ?? null)) input.note = note;
    if (this.confirm()) input.lastConfirmedOn = this.today;
    return input;
  });
  protected readonly changed = computed(() => Object.keys(this.changes()).length > 0);

  protected setKind(value: string): void {
    const choice = TIE_KINDS.find((c) => c.value === value);
    if (choice) this.kind.set(choice.value);
    this.touch();
  }

  protected touch(): void {
    this.touched.set(true);
    this.serverError.set(null);
  }

  async submit(): Promise<void> {
    if (this.busy()) return;
    this.submitted.set(true);
    this.serverError.set(null);
    if (this.noteProblem() !== null || !this.changed()) return;
    this.busy.set(true);
    try {
      const confirmed = this.confirm();
      await firstValueFrom(this.api.updateTie(this.tie().id, this.changes()));
      this.saved.emit({ confirmed });
    } catch (error) {
      this.serverError.set(describeError(error, this.translator));
    } finally {
      this.busy.set(false);
    }
  }
}
