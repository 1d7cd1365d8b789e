import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UserRole } from '@weefsel/domain';
import { lastValueFrom, of, throwError } from 'rxjs';
import type { Viewer } from '../auth/viewer';
import type { MapWarmer } from './map-warmer';
import { MapWarmupInterceptor } from './map-warmup.interceptor';

const WORKER: Viewer = { userId: 'u1', tenantId: 't1', role: UserRole.WORKER, email: 'w@x.nl', displayName: 'W' };

/** A GraphQL execution context for a field of `parentType`, with the request's viewer. */
function graphqlContext(parentType: string, viewer: Viewer | undefined): ExecutionContext {
  const context = { getType: () => 'graphql' } as unknown as ExecutionContext;
  jest.spyOn(GqlExecutionContext, 'create').mockReturnValue({
    getInfo: () => ({ parentType: { name: parentType } }),
    getContext: () => ({ req: { headers: {}, viewer } }),
  } as unknown as GqlExecutionContext);
  return context;
}

describe('MapWarmupInterceptor', () => {
  let changed: jest.Mock;
  let interceptor: MapWarmupInterceptor;
  const answer = (value: unknown): CallHandler => ({ handle: () => of(value) });

  beforeEach(() => {
    changed = jest.fn();
    interceptor = new MapWarmupInterceptor({ changed } as unknown as MapWarmer);
  });

  afterEach(() => jest.restoreAllMocks());

  it('reports a mutation that succeeded, with its user', async () => {
    await lastValueFrom(interceptor.intercept(graphqlContext('Mutation', WORKER), answer({ id: 't9' })));
    expect(changed).toHaveBeenCalledWith(WORKER);
  });

  it('does not report a mutation that failed', async () => {
    const failing: CallHandler = { handle: () => throwError(() => new Error('refused')) };
    await expect(lastValueFrom(interceptor.intercept(graphqlContext('Mutation', WORKER), failing))).rejects.toThrow(
      'refused',
    );
    expect(changed).not.toHaveBeenCalled();
  });

  it('does not report queries, fields inside a mutation’s answer, or a mutation without a user (sign-in)', async () => {
    await lastValueFrom(interceptor.intercept(graphqlContext('Query', WORKER), answer([])));
    await lastValueFrom(interceptor.intercept(graphqlContext('Tie', WORKER), answer('x')));
    await lastValueFrom(interceptor.intercept(graphqlContext('Mutation', undefined), answer({ accessToken: 'x' })));
    expect(changed).not.toHaveBeenCalled();
  });
});
