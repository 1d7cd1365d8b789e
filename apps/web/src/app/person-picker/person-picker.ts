/**
 * A search-as-you-type person picker: an accessible combobox (WAI-ARIA 1.2 "list autocomplete") over the
 * `people` query. Type part of a name, pick with the arrow keys and Enter, a tap or a click; Escape closes the
 * list, and a second Escape clears. Before anything is typed it can offer groups of likely people (recent
 * contacts, the watch-list) as big buttons, so a worker in the street rarely has to type at all.
 * The chosen person is a two-way `person` model; `exclude` keeps people out of the list (oneself, ties that
 * already exist).
 */
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  input,
  linkedSignal,
  model,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { LucideAngularModule, X } from 'lucide-angular';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { toGraphqlError } from '../graphql/graphql-error';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';
import {
  type PersonOption,
  PersonPickerApi,
  type PersonSearchResult,
  type PersonSuggestionGroup,
} from './person-picker-api';

export const PICKER_DEBOUNCE_MS = 250;
/** Enough to choose from on a phone; more means the name needs more letters. */
export const PICKER_RESULTS = 8;

type Search =
  | { kind: 'idle' }
  | { kind: 'loading'; text: string }
  | { kind: 'loaded'; text: string; result: PersonSearchResult }
  | { kind: 'failed'; text: string; reason: string };

@Component({
  selector: 'wf-person-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LucideAngularModule],
  templateUrl: './person-picker.html',
  styleUrl: './person-picker.css',
})
export class PersonPicker {
  private readonly api = inject(PersonPickerApi);
  private readonly translator = inject(Translator);

  /** the id of the text field, for the page's own <label for> and error texts */
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly person = model<PersonOption | null>(null);
  readonly exclude = input<readonly string[]>([]);
  readonly suggestionGroups = input<readonly PersonSuggestionGroup[]>([]);
  readonly invalid = input(false);
  /** ids of texts that describe the field (an error message) */
  readonly describedBy = input<string | null>(null);

  protected readonly clearIcon = X;
  private readonly field = viewChild.required<ElementRef<HTMLInputElement>>('field');

  /** what is in the text field: the chosen name, or what is being typed */
  protected readonly text = linkedSignal(() => this.person()?.displayName ?? '');
  protected readonly open = signal(false);
  protected readonly active = signal(-1);

  private readonly query = computed(() => (this.person() ? '' : this.text().trim()));
  private readonly search = toSignal(
    toObservable(this.query).pipe(
      debounceTime(PICKER_DEBOUNCE_MS),
      distinctUntilChanged(),
      switchMap((text) =>
        text === ''
          ? of<Search>({ kind: 'idle' })
          : this.api.search(text, PICKER_RESULTS + this.exclude().length).pipe(
              map((result): Search => ({ kind: 'loaded', text, result })),
              catchError((error: unknown) =>
                of<Search>({
                  kind: 'failed',
                  text,
                  reason: this.translator.t(`error.${toGraphqlError(error).code}`),
                }),
              ),
              startWith<Search>({ kind: 'loading', text }),
            ),
      ),
    ),
    { initialValue: { kind: 'idle' } as Search },
  );

  protected readonly listboxId = computed(() => `${this.inputId()}-listbox`);
  protected readonly statusId = computed(() => `${this.inputId()}-status`);

  protected readonly options = computed<PersonOption[]>(() => {
    const search = this.search();
    if (search.kind !== 'loaded' || search.text !== this.query()) return [];
    const excluded = new Set(this.exclude());
    return search.result.people.filter((p) => !excluded.has(p.id)).slice(0, PICKER_RESULTS);
  });

  protected readonly expanded = computed(() => this.open() && this.options().length > 0);
  protected readonly activeId = computed(() =>
    this.expanded() && this.active() >= 0 ? this.optionId(this.active()) : null,
  );

  protected readonly visibleGroups = computed(() => {
    if (this.person() || this.text().trim() !== '') return [];
    const excluded = new Set(this.exclude());
    return this.suggestionGroups()
      .map((group) => ({ label: group.label, people: group.people.filter((p) => !excluded.has(p.id)) }))
      .filter((group) => group.people.length > 0);
  });

  /** what the live region says: searching, how many, nobody, failed, or who was chosen */
  protected readonly statusText = computed(() => {
    const chosen = this.person();
    if (chosen)
      return this.translator.t('personPicker.chosen', { name: chosen.displayName, street: chosen.homePlace.name });
    const search = this.search();
    const query = this.query();
    if (query === '' || search.kind === 'idle') return '';
    if (search.kind === 'loading' || search.text !== query) return this.translator.t('personPicker.searching');
    if (search.kind === 'failed') return this.translator.t('personPicker.failed', { reason: search.reason });
    const count = this.options().length;
    if (count === 0) return this.translator.t('personPicker.none', { search: query });
    const found =
      count === 1
        ? this.translator.t('personPicker.results.one')
        : this.translator.t('personPicker.results.other', { count });
    const hidden = search.result.totalCount - search.result.people.length;
    return hidden > 0 ? `${found} ${this.translator.t('personPicker.more', { count: hidden })}` : found;
  });

  protected readonly describedByIds = computed(
    () => [this.statusId(), this.describedBy()].filter((id): id is string => !!id).join(' ') || null,
  );

  protected optionId(index: number): string {
    return `${this.inputId()}-option-${index}`;
  }

  protected typed(value: string): void {
    // the choice goes first: `text` follows `person`, and would otherwise be reset to '' after this keystroke
    const chosen = this.person();
    if (chosen && value !== chosen.displayName) this.person.set(null);
    this.text.set(value);
    this.open.set(true);
    this.active.set(-1);
  }

  protected choose(option: PersonOption): void {
    this.person.set(option);
    this.open.set(false);
    this.active.set(-1);
  }

  protected clear(): void {
    this.person.set(null);
    this.text.set('');
    this.open.set(false);
    this.field().nativeElement.focus();
  }

  protected keydown(event: KeyboardEvent): void {
    const options = this.options();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.open.set(true);
        this.active.update((i) => Math.min(i + 1, options.length - 1));
        return;
      case 'ArrowUp':
        event.preventDefault();
        this.active.update((i) => Math.max(i - 1, 0));
        return;
      case 'Enter': {
        if (!this.expanded()) return;
        // one result, or the highlighted one: Enter picks it rather than submitting the form
        const index = this.active() >= 0 ? this.active() : options.length === 1 ? 0 : -1;
        if (index < 0) return;
        event.preventDefault();
        this.choose(options[index]);
        return;
      }
      case 'Escape':
        if (this.expanded()) {
          event.preventDefault();
          event.stopPropagation(); // inside a dialog, the first Escape closes only the list
          this.open.set(false);
        } else if (this.text() !== '') {
          event.preventDefault();
          event.stopPropagation();
          this.person.set(null);
          this.text.set('');
        }
        return;
    }
  }

  /** the list closes when focus leaves; options take the pointer on mousedown so a click still lands */
  protected blurred(): void {
    this.open.set(false);
  }
}
