import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../i18n/translate-pipe';

@Component({
  selector: 'wf-suggestions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<h1>{{ 'suggestions.heading' | t }}</h1>`,
})
export class SuggestionsPage {}
