/**
 * Who is signed in. The token decides whether there is a session at all; the user (name, role) comes with the
 * sign-in, or from `me` after a reload, because only the token survives in sessionStorage.
 */
import { computed, inject, Injectable, signal } from '@angular/core';
import { mayImport, mayReadNetwork, mayReadPersonalData, mayReadPlaceHealth } from '@weefsel/domain';
import { firstValueFrom } from 'rxjs';
import { GraphqlClient } from '../graphql/graphql-client';
import { LOGIN, ME, type SessionUser } from './auth-operations';
import { AuthToken } from './auth-token';

@Injectable({ providedIn: 'root' })
export class Session {
  private readonly graphql = inject(GraphqlClient);
  private readonly token = inject(AuthToken);
  private readonly loadedUser = signal<SessionUser | null>(null);

  /** The user, and null as soon as the token is gone (signed out, or refused by the API). */
  readonly user = computed(() => (this.token.value() ? this.loadedUser() : null));
  readonly signedIn = computed(() => this.token.value() !== null);
  readonly expired = this.token.expired;
  /** Only workers read residents' names (DESIGN.md, "Who sees what"); the rule itself lives in @weefsel/domain. */
  readonly mayReadPersonalData = computed(() => {
    const user = this.user();
    return user !== null && mayReadPersonalData(user.role);
  });

  /**
   * The relationship map is for workers (names) and analysts (pseudonyms); a corporation sees aggregates only and
   * an admin no residents at all. The API enforces the same rule (AnalyticsService.network).
   */
  readonly mayReadNetwork = this.allowed(mayReadNetwork);
  /** The place dashboard: workers, analysts and corporations (aggregates); not admins. */
  readonly mayReadPlaceHealth = this.allowed(mayReadPlaceHealth);
  /** CSV import from the web: workers, and admins (places only). */
  readonly mayImport = this.allowed(mayImport);

  private allowed(rule: (role: SessionUser['role']) => boolean) {
    return computed(() => {
      const user = this.user();
      return user !== null && rule(user.role);
    });
  }

  /** Resolves with the user, or rejects with a GraphqlError (UNAUTHENTICATED for wrong credentials). */
  async signIn(email: string, password: string): Promise<SessionUser> {
    // never send an old token along with a sign-in
    this.token.clear();
    this.loadedUser.set(null);
    const { login } = await firstValueFrom(this.graphql.request(LOGIN, { email, password }));
    this.loadedUser.set(login.user);
    this.token.set(login.accessToken);
    return login.user;
  }

  /** The user behind a stored token, asked from the API once; null without a token. */
  async restore(): Promise<SessionUser | null> {
    const known = this.user();
    if (known || !this.signedIn()) return known;
    const { me } = await firstValueFrom(this.graphql.request(ME, {}));
    const user: SessionUser = { id: me.id, email: me.email, displayName: me.displayName, role: me.role };
    this.loadedUser.set(user);
    return this.user();
  }

  signOut(): void {
    this.token.clear();
    this.loadedUser.set(null);
  }
}
