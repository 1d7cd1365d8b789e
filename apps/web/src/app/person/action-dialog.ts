/**
 * A modal dialog for a quick action: the native <dialog> (focus stays inside, Escape closes, the page behind is
 * inert), opened as soon as it is rendered. The page shows it with @if and removes it on `closed`.
 * On a phone it fills the width and scrolls, so the Save button is always reachable.
 */
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';
import { LucideAngularModule, X } from 'lucide-angular';
import { TranslatePipe } from '../i18n/translate-pipe';

let nextId = 0;

@Component({
  selector: 'wf-action-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, LucideAngularModule],
  template: `
    <dialog #dialog class="dialog" [attr.aria-labelledby]="headingId" (close)="closed.emit()">
      <div class="dialog-head">
        <h2 [id]="headingId">{{ heading() }}</h2>
        <button type="button" class="close" [attr.aria-label]="'person.form.close' | t" (click)="close()">
          <lucide-icon [img]="closeIcon" [size]="20" aria-hidden="true" />
        </button>
      </div>
      <ng-content />
    </dialog>
  `,
  styles: `
    .dialog {
      width: min(36rem, calc(100vw - 1rem));
      max-height: calc(100dvh - 1rem);
      padding: var(--space-4);
      color: var(--text);
      background: var(--surface);
      border: 1px solid var(--border);
      border-radius: var(--radius);
      box-shadow: var(--shadow);
      overflow-y: auto;
    }
    .dialog::backdrop {
      background: rgb(0 0 0 / 0.35);
    }
    .dialog-head {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--space-2);
      margin-bottom: var(--space-3);
    }
    h2 {
      margin: 0;
      font-size: 1.25rem;
      line-height: 1.3;
    }
    .close {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 2.75rem;
      min-height: 2.75rem;
      margin: calc(-1 * var(--space-2)) calc(-1 * var(--space-2)) 0 0;
      color: var(--muted);
      background: none;
      border: none;
      border-radius: var(--radius-small);
      cursor: pointer;
    }
    @media (max-width: 600px) {
      .dialog {
        width: 100vw;
        max-width: 100vw;
        margin: auto 0 0;
        border-radius: var(--radius) var(--radius) 0 0;
      }
    }
  `,
})
export class ActionDialog {
  readonly heading = input.required<string>();
  readonly closed = output<void>();

  protected readonly headingId = `action-dialog-${++nextId}`;
  protected readonly closeIcon = X;
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  constructor() {
    afterNextRender(() => {
      const dialog = this.dialog().nativeElement;
      // jsdom (unit tests) has no showModal; an open attribute shows the same content
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    });
  }

  close(): void {
    const dialog = this.dialog().nativeElement;
    // the browser fires `close`, which emits `closed`; without showModal (jsdom) there is no such event
    if (typeof dialog.showModal === 'function' && dialog.open) dialog.close();
    else this.closed.emit();
  }
}
