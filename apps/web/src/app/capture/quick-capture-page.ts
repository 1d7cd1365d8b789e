import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../i18n/translate-pipe';

@Component({
  selector: 'wf-quick-capture-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<h1>{{ 'capture.heading' | t }}</h1>`,
})
export class QuickCapturePage {}
