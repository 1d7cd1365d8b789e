import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { UserRole } from '@weefsel/domain';
import { of } from 'rxjs';
import { AuthToken } from '../auth/auth-token';
import { Session } from '../auth/session';
import { GraphqlClient } from '../graphql/graphql-client';
import { Shell } from './shell';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: 'page' })
class Page {}

/** The element, or a test failure that names what is missing from the screen. */
function must<T>(found: T | null | undefined, what: string): T {
  if (found === null || found === undefined) throw new Error(`not on screen: ${what}`);
  return found;
}

describe('Shell', () => {
  let harness: RouterTestingHarness;

  async function signedInAs(role: UserRole): Promise<void> {
    const request = jest.fn(() =>
      of({ login: { accessToken: 'tok', user: { id: 'u1', email: 'a@b.nl', displayName: 'Anne de Vries', role } } }),
    );
    TestBed.configureTestingModule({
      providers: [
        { provide: GraphqlClient, useValue: { request } },
        provideRouter([
          { path: 'login', component: Page },
          {
            path: '',
            component: Shell,
            children: [
              { path: 'people', component: Page },
              { path: 'map', component: Page },
              { path: 'home', component: Page },
            ],
          },
        ]),
      ],
    });
    await TestBed.inject(Session).signIn('a@b.nl', 'geheim12345');
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/home');
  }

  const el = () => (harness.fixture.nativeElement as HTMLElement).querySelector('wf-shell') as HTMLElement;
  const links = () => Array.from(el().querySelectorAll('nav a')).map((a) => a.textContent?.trim());
  /** A button by its accessible name: its aria-label if it has one, else its text. */
  const buttonNamed = (name: string) =>
    must(
      Array.from(el().querySelectorAll<HTMLButtonElement>('button')).find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
      ),
      name,
    );

  it("shows the app's name, the user's name and role", async () => {
    await signedInAs(UserRole.WORKER);
    expect(el().querySelector('.logo')?.textContent?.trim()).toBe('Weefsel');
    expect(el().querySelector('.user-name')?.textContent).toBe('Anne de Vries');
    expect(el().querySelector('.user-role')?.textContent).toBe('opbouwwerker');
  });

  // the pages per role follow DESIGN.md, "Who sees what" (libs/domain: mayReadPersonalData, mayReadNetwork, …)
  it("offers a worker the week's work, from the watch-list to the import, and quick capture", async () => {
    await signedInAs(UserRole.WORKER);
    expect(links()).toEqual([
      'Aandachtslijst',
      'Bewoners',
      'Kaart',
      'Gatenvuller',
      'Initiatieven',
      'Dashboard',
      'Importeren',
    ]);
    expect(el().querySelector('a.capture-link')?.getAttribute('href')).toBe('/capture');
  });

  it('offers an analyst the map (pseudonymised) and the dashboard but not the people page', async () => {
    await signedInAs(UserRole.ANALYST);
    expect(links()).toEqual(['Start', 'Kaart', 'Dashboard']);
    expect(el().querySelector('a[href="/people"]')).toBeNull();
    expect(el().querySelector('a.capture-link')).toBeNull();
  });

  it('offers a corporation the dashboard only', async () => {
    await signedInAs(UserRole.CORPORATION);
    expect(links()).toEqual(['Start', 'Dashboard']);
    expect(el().querySelector('a[href="/people"]')).toBeNull();
    expect(el().querySelector('a[href="/map"]')).toBeNull();
  });

  it('offers an admin the import (of places), no residents, map or figures', async () => {
    await signedInAs(UserRole.ADMIN);
    expect(links()).toEqual(['Start', 'Importeren']);
    expect(el().querySelector('a[href="/map"]')).toBeNull();
    expect(el().querySelector('a[href="/dashboard"]')).toBeNull();
  });

  it('switches the language of everything on screen', async () => {
    await signedInAs(UserRole.CORPORATION);
    buttonNamed('Switch to English').click();
    await harness.fixture.whenStable();
    expect(links()).toEqual(['Home', 'Dashboard']);
    expect(el().querySelector('.user-role')?.textContent).toBe('housing corporation');
    expect(document.documentElement.lang).toBe('en');
    expect(buttonNamed('Schakel over naar Nederlands').textContent).toContain('Nederlands');
  });

  it('signs out: the token is gone and the sign-in page shows', async () => {
    await signedInAs(UserRole.WORKER);
    buttonNamed('Uitloggen').click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(AuthToken).value()).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('goes to the sign-in page, and remembers the page, when the API refuses the token', async () => {
    await signedInAs(UserRole.WORKER);
    await harness.navigateByUrl('/people');
    TestBed.inject(AuthToken).expire('tok');
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/login?returnUrl=%2Fpeople');
  });
});
