/**
 * Print styles that reach outside the page: on paper the visit plan stands alone, without the app's header and
 * navigation. A component without view encapsulation, rendered only with the plan, so the rules exist only while
 * a plan is on screen; the page's own print rules (which parts of the page to leave out) stay in its stylesheet.
 */
import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';

@Component({
  selector: 'wf-visit-plan-print',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  template: '',
  styles: `
    @media print {
      wf-shell > header,
      .skip-link {
        display: none !important;
      }

      wf-shell > main {
        width: auto !important;
        padding: 0 !important;
      }

      body {
        background: #fff !important;
        font-size: 11pt;
      }

      @page {
        margin: 15mm;
      }
    }
  `,
})
export class VisitPlanPrintStyles {}
