/**
 * Deleting one of the worker's own contact moments, as a confirmation: which contact (day, how, what was said),
 * that it is gone for everyone it was with, and that this cannot be undone — then a clear Yes. Meant for a
 * contact logged by mistake; a contact that happened but was noted wrongly is changed instead.
 */
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { ErrorCode } from '@weefsel/domain';
import { firstValueFrom } from 'rxjs';
import type { TranslationKey } from '../i18n/nl';
import { TranslatePipe } from '../i18n/translate-pipe';
import { isTranslationKey, Translator } from '../i18n/translator';
import { describeError } from './describe-error';
import { formatDate } from './local-date';
import { type ContactMomentItem, PersonApi } from './person-api';

@Component({
  selector: 'wf-delete-contact-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  styleUrl: './action-form.css',
  template: `
    <form novalidate (submit)="$event.preventDefault(); submit()" [attr.aria-busy]="busy()">
      <p class="question">{{ 'person.deleteContact.question' | t: { date: date(), channel: channel() } }}</p>
      <blockquote class="quote">{{ moment().summary }}</blockquote>
      @if (others(); as names) {
        <p class="question">{{ 'person.deleteContact.others' | t: { names } }}</p>
      }
      <p class="hint">{{ 'person.deleteContact.final' | t }}</p>
      @if (serverError(); as message) {
        <p class="alert" role="alert">{{ message }}</p>
      }
      <div class="form-actions">
        <button type="button" class="button" (click)="cancelled.emit()">{{ 'person.form.cancel' | t }}</button>
        <button type="submit" class="button primary danger" [disabled]="busy()">
          @if (busy()) {
            <span class="spinner" aria-hidden="true"></span>{{ 'person.deleteContact.busy' | t }}
          } @else {
            {{ 'person.deleteContact.submit' | t }}
          }
        </button>
      </div>
    </form>
  `,
  styles: `
    .quote {
      margin: 0;
      padding: var(--space-2) var(--space-3);
      background: var(--surface-sunken);
      border-left: 3px solid var(--border);
      border-radius: var(--radius-small);
      overflow-wrap: anywhere;
    }
    .button.primary.danger {
      background: var(--danger);
      border-color: var(--danger);
    }
  `,
})
export class DeleteContactForm {
  private readonly api = inject(PersonApi);
  private readonly translator = inject(Translator);

  readonly moment = input.required<ContactMomentItem>();
  /** the resident whose page this is: the others it was with are named */
  readonly personId = input.required<string>();
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  protected readonly busy = signal(false);
  protected readonly serverError = signal<string | null>(null);

  protected readonly date = computed(() => formatDate(this.moment().occurredOn, this.translator.language()));
  protected readonly channel = computed(() => {
    const key = `person.channel.${this.moment().channel}`;
    return isTranslationKey(key) ? this.translator.t(key as TranslationKey) : this.moment().channel;
  });
  protected readonly others = computed(
    () =>
      this.moment()
        .people.filter((p) => p.id !== this.personId())
        .map((p) => p.displayName)
        .join(', ') || null,
  );

  async submit(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.serverError.set(null);
    try {
      await firstValueFrom(this.api.deleteContact(this.moment().id));
      this.saved.emit(this.moment().id);
    } catch (error) {
      this.serverError.set(
        describeError(error, this.translator, { [ErrorCode.FORBIDDEN]: 'person.contacts.notYours' }),
      );
    } finally {
      this.busy.set(false);
    }
  }
}
