import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '../i18n/translate-pipe';

@Component({
  selector: 'wf-watch-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `<h1>{{ 'watchList.heading' | t }}</h1>`,
})
export class WatchListPage {}
