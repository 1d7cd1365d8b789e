import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router } from '@angular/router';
import { ErrorCode, LIMITS, UserRole } from '@weefsel/domain';
import { of, Subject, throwError } from 'rxjs';
import { GraphqlClient } from '../graphql/graphql-client';
import { GraphqlError, NETWORK_ERROR } from '../graphql/graphql-error';
import { Translator } from '../i18n/translator';
import { AuthToken } from './auth-token';
import { LoginPage } from './login-page';

const ANNE = { id: 'u1', email: 'anne@wijk.nl', displayName: 'Anne', role: UserRole.WORKER };

/** The element, or a test failure that names what is missing from the screen. */
function must<T>(found: T | null | undefined, what: string): T {
  if (found === null || found === undefined) throw new Error(`not on screen: ${what}`);
  return found;
}

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let request: jest.Mock;
  let returnUrl: string | null;

  beforeEach(async () => {
    request = jest.fn();
    returnUrl = null;
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: { request } },
        {
          provide: ActivatedRoute,
          useValue: {
            get snapshot() {
              return { queryParamMap: convertToParamMap(returnUrl === null ? {} : { returnUrl }) };
            },
          },
        },
      ],
    });
    fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const input = (id: string) => must(el().querySelector<HTMLInputElement>(`#${id}`), id);
  const button = () => must(el().querySelector<HTMLButtonElement>('button[type=submit]'), 'submit');
  const text = (selector: string) => el().querySelector(selector)?.textContent?.trim() ?? null;

  async function type(id: string, value: string): Promise<void> {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  /** Lets the sign-in promise chain (outside Angular's view of pending work) run to its end. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    must(el().querySelector('form'), 'form').dispatchEvent(new Event('submit'));
    await settle();
  }

  it('shows no errors on an untouched form', () => {
    expect(el().querySelectorAll('.field-error')).toHaveLength(0);
  });

  it('checks the e-mail address as the user types', async () => {
    await type('login-email', 'anne@');
    expect(text('#login-email-error')).toBe('Dit is geen geldig e-mailadres.');
    expect(input('login-email').getAttribute('aria-invalid')).toBe('true');
    expect(input('login-email').getAttribute('aria-describedby')).toBe('login-email-error');

    await type('login-email', 'anne@wijk.nl');
    expect(text('#login-email-error')).toBeNull();

    await type('login-email', '');
    expect(text('#login-email-error')).toBe('Vul dit veld in.');
  });

  it('applies the password lengths from LIMITS', async () => {
    await type('login-password', 'x'.repeat(LIMITS.passwordMin - 1));
    expect(text('#login-password-error')).toBe(`Gebruik minstens ${LIMITS.passwordMin} tekens.`);

    await type('login-password', 'x'.repeat(LIMITS.passwordMax + 1));
    expect(text('#login-password-error')).toBe(`Gebruik hoogstens ${LIMITS.passwordMax} tekens.`);

    await type('login-password', 'x'.repeat(LIMITS.passwordMin));
    expect(text('#login-password-error')).toBeNull();
  });

  it('shows the messages in English after switching language', async () => {
    await type('login-email', 'anne@');
    TestBed.inject(Translator).use('en');
    await fixture.whenStable();
    expect(text('#login-email-error')).toBe('This is not a valid e-mail address.');
  });

  it('does not send an invalid form, and shows every problem', async () => {
    await submit();
    expect(request).not.toHaveBeenCalled();
    expect(text('#login-email-error')).toBe('Vul dit veld in.');
    expect(text('#login-password-error')).toBe('Vul dit veld in.');
  });

  it("shows the server's message when the credentials are refused", async () => {
    request.mockReturnValue(
      throwError(() => new GraphqlError(ErrorCode.UNAUTHENTICATED, 'E-mail address or password is incorrect.')),
    );
    await type('login-email', 'anne@wijk.nl');
    await type('login-password', 'verkeerd-wachtwoord');
    await submit();

    expect(request).toHaveBeenCalledWith(expect.anything(), {
      email: 'anne@wijk.nl',
      password: 'verkeerd-wachtwoord',
    });
    expect(el().querySelector('[role=alert]')?.textContent?.trim()).toBe('E-mail address or password is incorrect.');
    expect(button().disabled).toBe(false);
  });

  it('words a network failure itself instead of showing a technical message', async () => {
    request.mockReturnValue(throwError(() => new GraphqlError(NETWORK_ERROR, 'Http failure response for /graphql: 0')));
    await type('login-email', 'anne@wijk.nl');
    await type('login-password', 'geheim12345');
    await submit();
    expect(text('[role=alert]')).toBe(
      'De Weefsel-server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
    );
  });

  it('is busy while signing in, then goes where the user wanted to go', async () => {
    returnUrl = '/people?x=1';
    const answer = new Subject<unknown>();
    request.mockReturnValue(answer);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await type('login-email', 'anne@wijk.nl');
    await type('login-password', 'geheim12345');

    await submit();
    expect(button().disabled).toBe(true);
    expect(button().textContent?.trim()).toBe('Bezig met inloggen…');

    answer.next({ login: { accessToken: 'tok', user: ANNE } });
    answer.complete();
    await settle();

    expect(navigate).toHaveBeenCalledWith('/people?x=1');
    expect(TestBed.inject(AuthToken).value()).toBe('tok');
    expect(button().disabled).toBe(false);
  });

  it('never follows a return URL that leaves the app', async () => {
    returnUrl = '//evil.example/login';
    request.mockReturnValue(of({ login: { accessToken: 'tok', user: ANNE } }));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await type('login-email', 'anne@wijk.nl');
    await type('login-password', 'geheim12345');
    await submit();
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('says so when the previous session expired', async () => {
    TestBed.inject(AuthToken).set('old');
    TestBed.inject(AuthToken).expire('old');
    await fixture.whenStable();
    expect(text('[role=status]')).toBe('Je sessie is verlopen. Log opnieuw in.');
  });
});
