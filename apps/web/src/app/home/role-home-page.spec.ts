import { TestBed } from '@angular/core/testing';
import { UserRole } from '@weefsel/domain';
import { of } from 'rxjs';
import { Session } from '../auth/session';
import { GraphqlClient } from '../graphql/graphql-client';
import { RoleHomePage } from './role-home-page';

async function renderFor(role: UserRole): Promise<HTMLElement> {
  const user = { id: 'u1', email: 'a@b.nl', displayName: 'Jan Jansen', role };
  TestBed.configureTestingModule({
    imports: [RoleHomePage],
    providers: [{ provide: GraphqlClient, useValue: { request: () => of({ login: { accessToken: 't', user } }) } }],
  });
  await TestBed.inject(Session).signIn('a@b.nl', 'geheim12345');
  const fixture = TestBed.createComponent(RoleHomePage);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('RoleHomePage', () => {
  it('greets the user by name', async () => {
    const el = await renderFor(UserRole.CORPORATION);
    expect(el.querySelector('h1')?.textContent).toBe('Welkom, Jan Jansen');
  });

  it('tells a corporation that its dashboard comes later, with aggregates only', async () => {
    const el = await renderFor(UserRole.CORPORATION);
    const text = el.querySelector('.explanation')?.textContent ?? '';
    expect(text).toContain('volgende versie');
    expect(text).toContain('nooit namen');
    expect(el.querySelector('code')).toBeNull();
  });

  it.each([UserRole.ANALYST, UserRole.ADMIN])('gives %s the GraphQL address on this origin', async (role) => {
    const el = await renderFor(role);
    expect(el.querySelector('code')?.textContent).toBe(`${location.origin}/graphql`);
  });

  it('tells an analyst the API is pseudonymised', async () => {
    const el = await renderFor(UserRole.ANALYST);
    expect(el.querySelector('.explanation')?.textContent).toContain('gepseudonimiseerde GraphQL-API');
  });

  it('tells an admin they manage users and places, not residents', async () => {
    const el = await renderFor(UserRole.ADMIN);
    const text = el.querySelector('.explanation')?.textContent ?? '';
    expect(text).toContain('gebruikers en plekken');
    expect(text).toContain('Gegevens van bewoners zie je als beheerder niet');
  });
});
