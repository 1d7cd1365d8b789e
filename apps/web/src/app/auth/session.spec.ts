import { TestBed } from '@angular/core/testing';
import { ErrorCode, UserRole } from '@weefsel/domain';
import { of, throwError } from 'rxjs';
import { GraphqlClient, type GraphqlOperation } from '../graphql/graphql-client';
import { GraphqlError } from '../graphql/graphql-error';
import { LOGIN, ME, type SessionUser } from './auth-operations';
import { AuthToken } from './auth-token';
import { Session } from './session';

const ANNE: SessionUser = { id: 'u1', email: 'anne@wijk.nl', displayName: 'Anne de Vries', role: UserRole.WORKER };

describe('Session', () => {
  let request: jest.Mock;

  beforeEach(() => {
    request = jest.fn();
    TestBed.configureTestingModule({ providers: [{ provide: GraphqlClient, useValue: { request } }] });
  });

  it('signIn stores the token and the user', async () => {
    request.mockReturnValue(of({ login: { accessToken: 'tok', user: ANNE } }));
    const session = TestBed.inject(Session);

    await expect(session.signIn('anne@wijk.nl', 'geheim123')).resolves.toEqual(ANNE);

    expect(request).toHaveBeenCalledWith(LOGIN, { email: 'anne@wijk.nl', password: 'geheim123' });
    expect(TestBed.inject(AuthToken).value()).toBe('tok');
    expect(session.user()).toEqual(ANNE);
    expect(session.mayReadPersonalData()).toBe(true);
  });

  it('signIn drops an old token before asking, and rejects with the API error', async () => {
    TestBed.inject(AuthToken).set('old');
    const refused = new GraphqlError(ErrorCode.UNAUTHENTICATED, 'E-mail address or password is incorrect.');
    request.mockReturnValue(throwError(() => refused));
    const session = TestBed.inject(Session);

    await expect(session.signIn('anne@wijk.nl', 'wrong-one')).rejects.toBe(refused);
    expect(session.signedIn()).toBe(false);
  });

  it('restore asks `me` once after a reload, when only the token survived', async () => {
    TestBed.inject(AuthToken).set('tok');
    request.mockReturnValue(of({ me: { ...ANNE, role: UserRole.CORPORATION, places: [] } }));
    const session = TestBed.inject(Session);

    await session.restore();
    await session.restore();

    expect(request).toHaveBeenCalledTimes(1);
    expect((request.mock.calls[0] as [GraphqlOperation<unknown>])[0]).toBe(ME);
    expect(session.user()?.role).toBe(UserRole.CORPORATION);
    expect(session.mayReadPersonalData()).toBe(false);
  });

  it('restore without a token asks nothing', async () => {
    await expect(TestBed.inject(Session).restore()).resolves.toBeNull();
    expect(request).not.toHaveBeenCalled();
  });

  it('forgets the user as soon as the token is gone', async () => {
    request.mockReturnValue(of({ login: { accessToken: 'tok', user: ANNE } }));
    const session = TestBed.inject(Session);
    await session.signIn('anne@wijk.nl', 'geheim123');

    TestBed.inject(AuthToken).expire('tok');

    expect(session.user()).toBeNull();
    expect(session.signedIn()).toBe(false);
    expect(session.expired()).toBe(true);
  });

  it('signOut ends the session without calling it expired', async () => {
    request.mockReturnValue(of({ login: { accessToken: 'tok', user: ANNE } }));
    const session = TestBed.inject(Session);
    await session.signIn('anne@wijk.nl', 'geheim123');

    session.signOut();

    expect(session.signedIn()).toBe(false);
    expect(session.user()).toBeNull();
    expect(session.expired()).toBe(false);
  });
});
