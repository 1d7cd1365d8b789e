/**
 * Route guards. They run one after another from the root down, so by the time a child route's guard runs,
 * `authGuard` on the shell has made sure the user is known.
 */
import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { UserRole } from '@weefsel/domain';
import { Session } from './session';

/** Signed-in users only; anyone else goes to /login, with the page they wanted to come back to. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(Session);
  const router = inject(Router);
  const toLogin = () =>
    router.createUrlTree(['/login'], { queryParams: state.url === '/' ? {} : { returnUrl: state.url } });
  if (!session.signedIn()) return toLogin();
  try {
    return (await session.restore()) ? true : toLogin();
  } catch {
    // refused token (already dropped by the client) or no server: the sign-in page explains either
    return toLogin();
  }
};

/**
 * The sign-in page is for those without a session; a signed-in user is sent to their start page.
 * After a reload only the token is known, so the user is restored first (a refused token shows the form).
 */
export const guestGuard: CanActivateFn = async () => {
  const session = inject(Session);
  const router = inject(Router);
  if (!session.signedIn()) return true;
  try {
    return (await session.restore()) ? router.createUrlTree(['/']) : true;
  } catch {
    return true;
  }
};

/** Residents' data is for workers only; other roles land on their home page instead of an error. */
export const personalDataGuard: CanActivateFn = () => {
  const session = inject(Session);
  return session.mayReadPersonalData() ? true : inject(Router).createUrlTree(['/home']);
};

/** The relationship map: workers and analysts; a corporation or admin user lands on their home page. */
export const networkGuard: CanActivateFn = () => {
  const session = inject(Session);
  return session.mayReadNetwork() ? true : inject(Router).createUrlTree(['/home']);
};

/** The place dashboard: workers, analysts and corporations; an admin lands on their home page. */
export const placeHealthGuard: CanActivateFn = () => {
  const session = inject(Session);
  return session.mayReadPlaceHealth() ? true : inject(Router).createUrlTree(['/home']);
};

/** CSV import: workers and admins. */
export const importGuard: CanActivateFn = () => {
  const session = inject(Session);
  return session.mayImport() ? true : inject(Router).createUrlTree(['/home']);
};

/**
 * The start page depends on the role: residents for workers, the place dashboard for corporations (their whole
 * view), the role's home page for everyone else.
 */
export const landingGuard: CanActivateFn = () => {
  const session = inject(Session);
  const role = session.user()?.role;
  const start = session.mayReadPersonalData() ? '/people' : role === UserRole.CORPORATION ? '/dashboard' : '/home';
  return inject(Router).createUrlTree([start]);
};
