import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../i18n/translate-pipe';

@Component({
  selector: 'wf-place-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<h1>{{ 'dashboard.heading' | t }}</h1>`,
})
export class PlaceDashboardPage {}
