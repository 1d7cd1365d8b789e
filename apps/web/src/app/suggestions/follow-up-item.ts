/**
 * One accepted suggestion to follow up: who was introduced, when, and the three outcomes — they know each other
 * now (the tie is recorded), it did not work out, or try again later (a new date).
 */
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LIMITS } from '@weefsel/domain';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import { describeDecisionError } from './decision-error';
import { formatDay, localToday } from './suggestion-words';
import { FOLLOW_UP_OUTCOMES, type FollowUp, type FollowUpOutcome, SuggestionsApi } from './suggestions-api';

@Component({
  selector: 'wf-follow-up-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RouterLink],
  template: `
    <article class="follow-up" [class.due]="followUp().due" [attr.aria-labelledby]="'fu-' + followUp().id">
      <div class="head">
        <h3 [id]="'fu-' + followUp().id" class="who">
          @for (person of followUp().people; track person.id; let last = $last) {
            <a [routerLink]="['/people', person.id]">{{ person.displayName }}</a>
            @if (!last) {
              <span aria-hidden="true"> · </span>
            }
          }
        </h3>
        @if (followUp().due) {
          <span class="badge due-badge">{{ 'suggestions.followUps.due' | t }}</span>
        } @else if (followUp().followUpOn; as on) {
          <span class="badge">{{ 'suggestions.followUps.dueOn' | t: { date: day(on) } }}</span>
        }
      </div>
      <p class="explanation">{{ explanation() }}</p>
      <p class="meta">
        {{
          'suggestions.followUps.introduced'
            | t: { date: day(followUp().decidedOn), name: followUp().decidedBy.displayName }
        }}
        @if (followUp().outcome === 'TRY_AGAIN') {
          · {{ 'suggestions.followUps.tryAgainBefore' | t }}
        }
      </p>
      <div class="field">
        <label [for]="'fu-note-' + followUp().id">{{ 'suggestions.followUps.note' | t }}</label>
        <textarea
          #nt
          rows="1"
          [id]="'fu-note-' + followUp().id"
          [attr.maxlength]="textMax"
          [value]="note()"
          (input)="note.set(nt.value)"
        ></textarea>
      </div>
      @if (error(); as e) {
        <p class="alert" role="alert">{{ e }}</p>
      }
      <div class="outcomes" role="group" [attr.aria-label]="'suggestions.followUps' | t">
        @for (outcome of outcomes(); track outcome.value) {
          <button
            type="button"
            class="button"
            [class.primary]="outcome.value === 'TIE_MADE'"
            [disabled]="saving() !== null"
            (click)="complete(outcome.value)"
          >
            @if (saving() === outcome.value) {
              <span class="spinner" aria-hidden="true"></span>
            }
            {{ outcome.label }}
          </button>
        }
      </div>
    </article>
  `,
  styleUrl: './follow-up-item.css',
})
export class FollowUpItem {
  private readonly api = inject(SuggestionsApi);
  private readonly translator = inject(Translator);

  readonly followUp = input.required<FollowUp>();
  readonly completed = output<FollowUp>();
  readonly stale = output<string>();

  protected readonly textMax = LIMITS.textMax;
  protected readonly note = signal('');
  protected readonly saving = signal<FollowUpOutcome | null>(null);
  protected readonly error = signal<string | null>(null);

  protected readonly explanation = computed(() => {
    const f = this.followUp();
    return this.translator.language() === 'nl' ? f.explanation.nl : f.explanation.en;
  });
  protected readonly outcomes = computed(() =>
    FOLLOW_UP_OUTCOMES.map((value) => ({ value, label: this.translator.t(`suggestions.outcome.${value}`) })),
  );

  protected day(iso: string): string {
    return formatDay(iso, this.translator.language());
  }

  protected complete(outcome: FollowUpOutcome): void {
    if (this.saving() !== null) return;
    this.saving.set(outcome);
    this.error.set(null);
    const note = this.note().trim();
    this.api
      .complete({
        decisionId: this.followUp().id,
        outcome,
        note: note === '' ? null : note,
        completedOn: localToday(),
        language: this.translator.language() === 'nl' ? 'NL' : 'EN',
      })
      .subscribe({
        next: (done) => {
          this.saving.set(null);
          this.note.set('');
          this.completed.emit(done);
        },
        error: (failure: unknown) => {
          this.saving.set(null);
          const described = describeDecisionError(failure, this.translator);
          if (described.stale) this.stale.emit(described.text);
          else this.error.set(described.text);
        },
      });
  }
}
