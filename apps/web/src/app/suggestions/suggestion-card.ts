/**
 * One gap-filler suggestion as a card: what to do and why in plain words (in the current language), the people
 * (links to their pages), the reasons, the predicted effect in words and numbers with a before/after preview, and
 * the two decisions — take it up (logs the introduction and plans a follow-up) or set it aside with a reason.
 */
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ContactChannel, LIMITS } from '@weefsel/domain';
import { LucideAngularModule, Check, Eye, EyeOff, X } from 'lucide-angular';
import { TranslatePipe } from '../i18n/translate-pipe';
import { isTranslationKey, Translator } from '../i18n/translator';
import { describeDecisionError } from './decision-error';
import { addDays, effectChanges, localToday, previewRows, type PreviewRow } from './suggestion-words';
import {
  DISMISS_REASONS,
  type DismissReason,
  type FollowUp,
  type GapSuggestion,
  SuggestionsApi,
} from './suggestions-api';

const CHANNELS = Object.values(ContactChannel);
const FOLLOW_UP_DAYS = 14;

type Mode = 'none' | 'accept' | 'dismiss';
type Preview =
  { kind: 'hidden' } | { kind: 'loading' } | { kind: 'shown'; rows: PreviewRow[] } | { kind: 'failed'; text: string };

@Component({
  selector: 'wf-suggestion-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RouterLink, LucideAngularModule],
  templateUrl: './suggestion-card.html',
  styleUrl: './suggestion-card.css',
})
export class SuggestionCard {
  private readonly api = inject(SuggestionsApi);
  private readonly translator = inject(Translator);

  readonly suggestion = input.required<GapSuggestion>();
  readonly placeId = input.required<string>();
  /** taken up: the follow-up that now exists */
  readonly accepted = output<FollowUp>();
  /** set aside: the decision's id, so the page can offer "undo" */
  readonly dismissed = output<string>();
  /** the list is out of date (a colleague decided, the situation changed) */
  readonly stale = output<string>();

  protected readonly icons = { Eye, EyeOff, Check, X };
  protected readonly textMax = LIMITS.textMax;

  protected readonly explanation = computed(() => {
    const s = this.suggestion();
    return this.translator.language() === 'nl' ? s.explanation.nl : s.explanation.en;
  });
  protected readonly reasonLabels = computed(() => {
    const seen = new Set<string>();
    return this.suggestion()
      .reasons.map((r) => r.code)
      .filter((code) => !seen.has(code) && seen.add(code))
      .map((code) => {
        const key = `suggestions.reason.${code}`;
        return isTranslationKey(key) ? this.translator.t(key) : code.toLowerCase().replace(/_/g, ' ');
      });
  });
  protected readonly kindLabel = computed(() => this.translator.t(`suggestions.kind.${this.suggestion().kind}`));
  protected readonly changeLabels = computed(() =>
    this.changes().map((c) => ({ ...c, label: this.translator.t(`suggestions.figure.${c.figure}`) })),
  );
  protected readonly channelOptions = computed(() =>
    CHANNELS.map((c) => ({ value: c, label: this.translator.t(`suggestions.channel.${c}`) })),
  );
  protected readonly reasonOptions = computed(() =>
    DISMISS_REASONS.map((r) => ({ value: r, label: this.translator.t(`suggestions.dismiss.reason.${r}`) })),
  );
  protected readonly effectLead = computed(() =>
    this.translator.t(`suggestions.effect.${this.suggestion().effect.scenario}`),
  );
  protected readonly previewLabels = computed(() => {
    const p = this.preview();
    return p.kind === 'shown'
      ? p.rows.map((r) => ({ ...r, label: this.translator.t(`suggestions.figure.${r.figure}`) }))
      : [];
  });
  protected readonly changes = computed(() => effectChanges(this.suggestion().effect, this.translator.language()));
  protected readonly leaving = computed(() => this.suggestion().effect.residentsLeavingIsolation);
  protected readonly canPreview = computed(() => this.suggestion().proposedTie !== null);

  // --- preview (whatIf) ------------------------------------------------------------------------------------------
  protected readonly preview = signal<Preview>({ kind: 'hidden' });

  protected togglePreview(): void {
    const tie = this.suggestion().proposedTie;
    if (!tie) return;
    if (this.preview().kind !== 'hidden') {
      this.preview.set({ kind: 'hidden' });
      return;
    }
    this.preview.set({ kind: 'loading' });
    this.api.whatIf(this.placeId(), tie).subscribe({
      next: (result) =>
        this.preview.set({ kind: 'shown', rows: previewRows(result.before, result.after, this.translator.language()) }),
      error: (error: unknown) =>
        this.preview.set({ kind: 'failed', text: describeDecisionError(error, this.translator).text }),
    });
  }

  // --- the forms -------------------------------------------------------------------------------------------------
  protected readonly mode = signal<Mode>('none');
  protected readonly saving = signal(false);
  protected readonly serverError = signal<string | null>(null);
  /** a field shows its problem once the user has been there, or tried to submit */
  protected readonly tried = signal(false);

  protected readonly channel = signal<ContactChannel>(ContactChannel.STREET);
  protected readonly occurredOn = signal(localToday());
  protected readonly note = signal('');
  private readonly followUpChosen = signal<string | null>(null);
  /** 14 days after the introduction, until the worker picks a date */
  protected readonly followUpOn = computed(() => this.followUpChosen() ?? this.plus14(this.occurredOn()));

  protected readonly occurredOnError = computed(() => {
    const day = this.occurredOn();
    if (!day) return this.translator.t('suggestions.validation.required');
    if (day > localToday()) return this.translator.t('suggestions.validation.future');
    return null;
  });
  protected readonly followUpError = computed(() => {
    const day = this.followUpOn();
    if (!day) return this.translator.t('suggestions.validation.required');
    if (this.occurredOn() && day < this.occurredOn()) return this.translator.t('suggestions.validation.followUpBefore');
    return null;
  });

  protected readonly reason = signal<DismissReason | ''>('');
  protected readonly dismissNote = signal('');
  protected readonly reasonError = computed(() =>
    this.reason() === '' ? this.translator.t('suggestions.validation.reason') : null,
  );
  protected readonly dismissNoteError = computed(() =>
    this.reason() === 'OTHER' && this.dismissNote().trim() === ''
      ? this.translator.t('suggestions.validation.noteForOther')
      : null,
  );

  protected open(mode: Mode): void {
    this.mode.set(this.mode() === mode ? 'none' : mode);
    this.serverError.set(null);
    this.tried.set(false);
  }

  protected setOccurredOn(value: string): void {
    this.occurredOn.set(value);
  }

  protected setFollowUpOn(value: string): void {
    this.followUpChosen.set(value);
  }

  protected setChannel(value: string): void {
    this.channel.set(value as ContactChannel);
  }

  protected setReason(value: string): void {
    this.reason.set(value as DismissReason | '');
  }

  protected submitAccept(): void {
    this.tried.set(true);
    if (this.occurredOnError() || this.followUpError() || this.saving()) return;
    this.saving.set(true);
    this.serverError.set(null);
    const note = this.note().trim();
    this.api
      .accept({
        placeId: this.placeId(),
        suggestionId: this.suggestion().id,
        channel: this.channel(),
        occurredOn: this.occurredOn(),
        followUpOn: this.followUpOn(),
        note: note === '' ? null : note,
        language: this.translator.language() === 'nl' ? 'NL' : 'EN',
      })
      .subscribe({
        next: (followUp) => {
          this.saving.set(false);
          this.accepted.emit(followUp);
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected submitDismiss(): void {
    this.tried.set(true);
    const reason = this.reason();
    if (reason === '' || this.dismissNoteError() || this.saving()) return;
    this.saving.set(true);
    this.serverError.set(null);
    const note = this.dismissNote().trim();
    this.api
      .dismiss({ placeId: this.placeId(), suggestionId: this.suggestion().id, reason, note: note === '' ? null : note })
      .subscribe({
        next: (decisionId) => {
          this.saving.set(false);
          this.dismissed.emit(decisionId);
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  private fail(error: unknown): void {
    this.saving.set(false);
    const failure = describeDecisionError(error, this.translator);
    if (failure.stale) {
      this.stale.emit(failure.text);
      return;
    }
    this.serverError.set(failure.text);
  }

  private plus14(day: string): string {
    return day ? addDays(day, FOLLOW_UP_DAYS) : '';
  }
}
