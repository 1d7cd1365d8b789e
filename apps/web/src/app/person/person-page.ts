import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../i18n/translate-pipe';

@Component({
  selector: 'wf-person-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<h1>{{ 'person.heading' | t }}</h1>`,
})
export class PersonPage {}
