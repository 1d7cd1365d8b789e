/**
 * The signed-in frame: a header with the name of the app, the user's name and role, the language switch and
 * sign-out, and the routed page below. When the session ends — signed out here, or the API refused the token
 * anywhere — it sends the user to the sign-in page.
 */
import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import {
  ChartColumn,
  Eye,
  FileUp,
  Lightbulb,
  LogOut,
  type LucideIconData,
  LucideAngularModule,
  Network,
  PenLine,
  Sprout,
  Users,
} from 'lucide-angular';
import { Session } from '../auth/session';
import { TranslatePipe } from '../i18n/translate-pipe';
import type { TranslationKey } from '../i18n/nl';
import { Translator } from '../i18n/translator';

interface NavLink {
  readonly path: string;
  readonly label: TranslationKey;
  readonly icon: LucideIconData;
}

@Component({
  selector: 'wf-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslatePipe, LucideAngularModule],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
})
export class Shell {
  private readonly router = inject(Router);
  private readonly translator = inject(Translator);
  protected readonly session = inject(Session);
  protected readonly language = this.translator.language;
  protected readonly captureIcon = PenLine;
  protected readonly signOutIcon = LogOut;

  /** The pages this user's role may open, in the order of the week's work (DESIGN.md, "Who sees what"). */
  protected readonly links = computed<readonly NavLink[]>(() => {
    const s = this.session;
    const links: NavLink[] = [];
    if (s.mayReadPersonalData()) {
      links.push(
        { path: '/watch-list', label: 'shell.nav.watchList', icon: Eye },
        { path: '/people', label: 'shell.nav.people', icon: Users },
      );
    } else {
      links.push({ path: '/home', label: 'shell.nav.home', icon: Users });
    }
    if (s.mayReadNetwork()) links.push({ path: '/map', label: 'shell.nav.map', icon: Network });
    if (s.mayReadPersonalData()) {
      links.push(
        { path: '/suggestions', label: 'shell.nav.suggestions', icon: Lightbulb },
        { path: '/initiatives', label: 'shell.nav.initiatives', icon: Sprout },
      );
    }
    if (s.mayReadPlaceHealth()) links.push({ path: '/dashboard', label: 'shell.nav.dashboard', icon: ChartColumn });
    if (s.mayImport()) links.push({ path: '/import', label: 'shell.nav.import', icon: FileUp });
    return links;
  });

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
