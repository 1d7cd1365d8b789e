/**
 * The start page for roles that do not read residents' data (corporation, analyst, admin): what Weefsel offers
 * them, honestly — no dashboards that do not exist yet, no sample figures.
 */
import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject } from '@angular/core';
import { UserRole } from '@weefsel/domain';
import { Session } from '../auth/session';
import { GRAPHQL_PATH } from '../graphql/graphql-client';
import { TranslatePipe } from '../i18n/translate-pipe';
import { Translator } from '../i18n/translator';

@Component({
  selector: 'wf-role-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './role-home-page.html',
  styleUrl: './role-home-page.css',
})
export class RoleHomePage {
  private readonly translator = inject(Translator);
  private readonly origin = inject(DOCUMENT).location.origin;
  protected readonly user = inject(Session).user;

  protected readonly explanation = computed(() => {
    const user = this.user();
    return user ? this.translator.t(`home.${user.role}`) : '';
  });

  /** Analysts and admins work through the API, so they get its address to copy. */
  protected readonly endpoint = computed(() => {
    const role = this.user()?.role;
    return role === UserRole.ANALYST || role === UserRole.ADMIN ? `${this.origin}${GRAPHQL_PATH}` : null;
  });
}
