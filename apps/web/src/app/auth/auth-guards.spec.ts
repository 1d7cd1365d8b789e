import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ErrorCode, UserRole } from '@weefsel/domain';
import { of, throwError } from 'rxjs';
import { GraphqlClient } from '../graphql/graphql-client';
import { GraphqlError } from '../graphql/graphql-error';
import { AuthToken } from './auth-token';
import {
  authGuard,
  guestGuard,
  importGuard,
  landingGuard,
  networkGuard,
  personalDataGuard,
  placeHealthGuard,
} from './auth-guards';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: 'page' })
class Page {}

const me = (role: UserRole) => ({ me: { id: 'u1', email: 'a@b.nl', displayName: 'A', role, places: [] } });

describe('route guards', () => {
  let request: jest.Mock;

  beforeEach(() => {
    request = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        { provide: GraphqlClient, useValue: { request } },
        provideRouter([
          { path: 'login', component: Page, canActivate: [guestGuard] },
          {
            path: '',
            canActivate: [authGuard],
            children: [
              { path: '', pathMatch: 'full', canActivate: [landingGuard], children: [] },
              { path: 'people', component: Page, canActivate: [personalDataGuard] },
              { path: 'map', component: Page, canActivate: [networkGuard] },
              { path: 'home', component: Page },
              { path: 'dashboard', component: Page, canActivate: [placeHealthGuard] },
              { path: 'import', component: Page, canActivate: [importGuard] },
            ],
          },
        ]),
      ],
    });
  });

  async function navigate(url: string): Promise<string> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return TestBed.inject(Router).url;
  }

  describe('authGuard', () => {
    it('sends a signed-out visitor to /login, remembering where they were going', async () => {
      expect(await navigate('/people')).toBe('/login?returnUrl=%2Fpeople');
      expect(request).not.toHaveBeenCalled();
    });

    it('sends a signed-out visitor of the start page to plain /login', async () => {
      expect(await navigate('/')).toBe('/login');
    });

    it('lets a signed-in worker through after learning who they are', async () => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(UserRole.WORKER)));
      expect(await navigate('/people')).toBe('/people');
    });

    it('sends the user to /login when the API refuses the stored token', async () => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(throwError(() => new GraphqlError(ErrorCode.UNAUTHENTICATED, 'expired')));
      expect(await navigate('/people')).toBe('/login?returnUrl=%2Fpeople');
    });
  });

  describe('personalDataGuard and landingGuard', () => {
    it.each([UserRole.CORPORATION, UserRole.ANALYST, UserRole.ADMIN])('keeps %s away from /people', async (role) => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(role)));
      expect(await navigate('/people')).toBe('/home');
    });

    it('starts a worker on /people and everyone else on /home', async () => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(UserRole.WORKER)));
      expect(await navigate('/')).toBe('/people');
    });

    it('starts a corporation on the place dashboard', async () => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(UserRole.CORPORATION)));
      expect(await navigate('/')).toBe('/dashboard');
    });

    it('starts an analyst on /home', async () => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(UserRole.ANALYST)));
      expect(await navigate('/')).toBe('/home');
    });
  });

  describe('placeHealthGuard and importGuard', () => {
    it.each([UserRole.WORKER, UserRole.ANALYST, UserRole.CORPORATION])('lets %s open the dashboard', async (role) => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(role)));
      expect(await navigate('/dashboard')).toBe('/dashboard');
    });

    it('keeps an admin away from the dashboard', async () => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(UserRole.ADMIN)));
      expect(await navigate('/dashboard')).toBe('/home');
    });

    it.each([UserRole.WORKER, UserRole.ADMIN])('lets %s import', async (role) => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(role)));
      expect(await navigate('/import')).toBe('/import');
    });

    it.each([UserRole.ANALYST, UserRole.CORPORATION])('keeps %s away from the import', async (role) => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(role)));
      expect(await navigate('/import')).toBe('/home');
    });
  });

  describe('networkGuard', () => {
    it.each([UserRole.WORKER, UserRole.ANALYST])('lets %s open the map', async (role) => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(role)));
      expect(await navigate('/map')).toBe('/map');
    });

    it.each([UserRole.CORPORATION, UserRole.ADMIN])('sends %s from the map to their home page', async (role) => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(role)));
      expect(await navigate('/map')).toBe('/home');
    });

    it('sends a signed-out visitor of the map to /login, remembering the map', async () => {
      expect(await navigate('/map')).toBe('/login?returnUrl=%2Fmap');
    });
  });

  describe('guestGuard', () => {
    it('sends a signed-in user away from the sign-in page', async () => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(UserRole.WORKER)));
      await navigate('/people');
      const router = TestBed.inject(Router);
      await router.navigateByUrl('/login');
      expect(router.url).toBe('/people');
    });

    it('sends a user with only a stored token (after a reload) to their start page', async () => {
      TestBed.inject(AuthToken).set('tok');
      request.mockReturnValue(of(me(UserRole.WORKER)));
      expect(await navigate('/login')).toBe('/people');
    });

    it('shows the sign-in page when the stored token is refused', async () => {
      TestBed.inject(AuthToken).set('expired');
      request.mockReturnValue(
        throwError(() => new GraphqlError(ErrorCode.UNAUTHENTICATED, 'Your session has expired.')),
      );
      expect(await navigate('/login')).toBe('/login');
    });

    it('shows the sign-in page to a visitor', async () => {
      expect(await navigate('/login')).toBe('/login');
    });
  });
});
