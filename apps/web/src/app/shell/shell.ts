/**
 * The signed-in frame: a header with the name of the app, the user's name and role, the language switch and
 * sign-out, and the routed page below. When the session ends — signed out here, or the API refused the token
 * anywhere — it sends the user to the sign-in page.
 */
import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Session } from '../auth/session';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';

@Component({
  selector: 'wf-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
})
export class Shell {
  private readonly router = inject(Router);
  private readonly translator = inject(Translator);
  protected readonly session = inject(Session);
  protected readonly language = this.translator.language;
  protected readonly roleLabel = computed(() => {
    const user = this.session.user();
    return user ? this.translator.t(`userRole.${user.role}`) : '';
  });

  constructor() {
    effect(() => {
      if (this.session.signedIn()) return;
      // after an expiry, come back to the same page; after signing out, start afresh
      const queryParams = this.session.expired() ? { returnUrl: this.router.url } : {};
      void this.router.navigate(['/login'], { queryParams });
    });
  }

  protected toggleLanguage(): void {
    this.translator.toggle();
  }

  protected signOut(): void {
    this.session.signOut();
  }
}
