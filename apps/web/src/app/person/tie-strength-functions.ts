/**
 * The two fieldsets the add-tie and edit-tie forms share: strength 1–5 (radio buttons) and what the tie gives
 * (ecogram functions, checkboxes). Two-way bound (`[(strength)]`, `[(functions)]`); `edited` tells the form that
 * the worker changed something, for forms that check as the worker types.
 */
import { ChangeDetectionStrategy, Component, input, model, output } from '@angular/core';
import type { EcogramFunction } from '@weefsel/domain';
import { TranslatePipe } from '../i18n/translate-pipe';
import { FUNCTIONS, STRENGTHS, toggled } from './person-options';

@Component({
  selector: 'wf-tie-strength-functions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  styleUrl: './action-form.css',
  // the fieldsets stay items of the form's grid
  host: { style: 'display: contents' },
  template: `
    <fieldset>
      <legend>{{ 'person.addTie.strength' | t }}</legend>
      <div class="choices">
        @for (value of strengths; track value) {
          <label class="choice">
            <input
              type="radio"
              [name]="idPrefix() + '-strength'"
              [checked]="strength() === value"
              (change)="setStrength(value)"
            />
            {{ value }}
          </label>
        }
      </div>
      <p class="hint">{{ 'person.addTie.strengthHint' | t }}</p>
    </fieldset>

    <fieldset>
      <legend>{{ 'person.addTie.functions' | t }}</legend>
      <div class="choices">
        @for (choice of functionChoices; track choice.value) {
          <label class="choice">
            <input
              type="checkbox"
              [checked]="functions().includes(choice.value)"
              (change)="toggleFunction(choice.value)"
            />
            {{ choice.label | t }}
          </label>
        }
      </div>
    </fieldset>
  `,
})
export class TieStrengthFunctions {
  /** makes the radio group's name unique per form */
  readonly idPrefix = input.required<string>();
  readonly strength = model.required<number>();
  readonly functions = model.required<EcogramFunction[]>();
  readonly edited = output<void>();

  protected readonly strengths = STRENGTHS;
  protected readonly functionChoices = FUNCTIONS;

  protected setStrength(value: number): void {
    this.strength.set(value);
    this.edited.emit();
  }

  protected toggleFunction(value: EcogramFunction): void {
    this.functions.set(toggled(this.functions(), value, FUNCTIONS));
    this.edited.emit();
  }
}
