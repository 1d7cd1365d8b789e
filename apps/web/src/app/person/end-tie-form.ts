/**
 * Quick action "end tie", as a confirmation: the question in words, the end date (today by default, not before
 * the tie began, not in the future) and a clear Yes. Ending keeps the history (DESIGN.md: ties are never
 * overwritten), so the figures for earlier dates stay as they were.
 */
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { ErrorCode } from '@weefsel/domain';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { describeError } from './describe-error';
import { dateProblem } from './form-checks';
import { localToday } from './local-date';
import { PersonApi } from './person-api';

export interface TieToEnd {
  id: string;
  otherName: string;
  since: string;
}

let nextId = 0;

@Component({
  selector: 'wf-end-tie-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  styleUrl: './action-form.css',
  template: `
    <form novalidate (submit)="$event.preventDefault(); submit()" [attr.aria-busy]="busy()">
      <p class="question">{{ 'person.endTie.question' | t: { name: personName(), other: tie().otherName } }}</p>
      <div class="field">
        <label [for]="id + '-until'">{{ 'person.endTie.date' | t }}</label>
        <input
          #until
          type="date"
          [id]="id + '-until'"
          [min]="tie().since"
          [max]="today"
          [value]="day()"
          [attr.aria-invalid]="dateError() !== null"
          [attr.aria-describedby]="dateError() ? id + '-until-error' : null"
          (input)="day.set(until.value); serverError.set(null)"
        />
        @if (dateError(); as message) {
          <p class="field-error" [id]="id + '-until-error'">{{ message }}</p>
        }
      </div>
      @if (serverError(); as message) {
        <p class="alert" role="alert">{{ message }}</p>
      }
      <div class="form-actions">
        <button type="button" class="button" (click)="cancelled.emit()">{{ 'person.form.cancel' | t }}</button>
        <button type="submit" class="button primary danger" [disabled]="busy() || dateError() !== null">
          @if (busy()) {
            <span class="spinner" aria-hidden="true"></span>{{ 'person.form.saving' | t }}
          } @else {
            {{ 'person.endTie.submit' | t }}
          }
        </button>
      </div>
    </form>
  `,
  styles: `
    .button.primary.danger {
      background: var(--danger);
      border-color: var(--danger);
    }
  `,
})
export class EndTieForm {
  private readonly api = inject(PersonApi);
  private readonly translator = inject(Translator);

  readonly tie = input.required<TieToEnd>();
  readonly personName = input.required<string>();
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  protected readonly id = `end-tie-${++nextId}`;
  protected readonly today = localToday();
  readonly day = signal(this.today);
  protected readonly busy = signal(false);
  protected readonly serverError = signal<string | null>(null);

  protected readonly dateError = computed(() =>
    dateProblem(this.day(), { max: this.today, min: this.tie().since }, this.translator),
  );

  async submit(): Promise<void> {
    if (this.busy() || this.dateError() !== null) return;
    this.busy.set(true);
    this.serverError.set(null);
    try {
      await firstValueFrom(this.api.endTie(this.tie().id, this.day()));
      this.saved.emit(this.day());
    } catch (error) {
      this.serverError.set(describeError(error, this.translator, { [ErrorCode.CONFLICT]: 'person.endTie.conflict' }));
    } finally {
      this.busy.set(false);
    }
  }
}
