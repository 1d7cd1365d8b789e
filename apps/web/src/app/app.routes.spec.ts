import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { UserRole } from '@weefsel/domain';
import { of } from 'rxjs';
import { ME } from './auth/auth-operations';
import { AuthToken } from './auth/auth-token';
import { GraphqlClient, type GraphqlOperation } from './graphql/graphql-client';
import { PEOPLE, PLACES } from './people/people-api';
import { appRoutes } from './app.routes';

/** The real routes and pages, with a fake API: who ends up where. */
describe('appRoutes', () => {
  function setUp(role: UserRole | null): void {
    const request = jest.fn((op: GraphqlOperation<unknown, never>) => {
      if (op === ME) return of({ me: { id: 'u1', email: 'a@b.nl', displayName: 'Anne', role, places: [] } });
      if (op === PLACES) return of({ places: { edges: [] } });
      if (op === PEOPLE) {
        return of({ people: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } });
      }
      throw new Error('unexpected operation');
    });
    TestBed.configureTestingModule({
      providers: [provideRouter(appRoutes), { provide: GraphqlClient, useValue: { request } }],
    });
    if (role) TestBed.inject(AuthToken).set('tok');
  }

  async function visit(url: string): Promise<{ url: string; el: HTMLElement }> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
    return { url: TestBed.inject(Router).url, el: harness.fixture.nativeElement as HTMLElement };
  }

  it('shows the sign-in page to a visitor', async () => {
    setUp(null);
    const { url, el } = await visit('/');
    expect(url).toBe('/login');
    expect(el.querySelector('wf-login-page form')).not.toBeNull();
  });

  it('starts a worker on the people page', async () => {
    setUp(UserRole.WORKER);
    const { url, el } = await visit('/');
    expect(url).toBe('/people');
    expect(el.querySelector('wf-people-page h1')?.textContent).toBe('Bewoners');
  });

  it('hides the people route from a CORPORATION user: no link, and the URL leads home', async () => {
    setUp(UserRole.CORPORATION);
    const { url, el } = await visit('/people');
    expect(url).toBe('/home');
    expect(el.querySelector('wf-people-page')).toBeNull();
    expect(el.querySelector('wf-role-home-page h1')?.textContent).toBe('Welkom, Anne');
    expect(el.querySelector('a[href="/people"]')).toBeNull();
  });

  it('keeps a CORPORATION user off the map: no link, and the URL leads home', async () => {
    setUp(UserRole.CORPORATION);
    const { url, el } = await visit('/map');
    expect(url).toBe('/home');
    expect(el.querySelector('wf-map-page')).toBeNull();
    expect(el.querySelector('wf-role-home-page h1')?.textContent).toBe('Welkom, Anne');
    expect(el.querySelector('a[href="/map"]')).toBeNull();
  });

  it('offers the map to an analyst in the header', async () => {
    setUp(UserRole.ANALYST);
    const { url, el } = await visit('/home');
    expect(url).toBe('/home');
    expect(el.querySelector('a[href="/map"]')?.textContent?.trim()).toBe('Kaart');
  });

  it('sends an unknown address to the start page', async () => {
    setUp(UserRole.ANALYST);
    expect((await visit('/no/such/page')).url).toBe('/home');
  });
});
