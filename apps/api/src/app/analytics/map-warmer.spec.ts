import { Logger } from '@nestjs/common';
import { UserRole } from '@weefsel/domain';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { AnalyticsService } from './analytics.service';
import { MapWarmer, QUIET_MS, WARM_PLACES } from './map-warmer';

const viewer = (role: UserRole, userId = 'u1'): Viewer => ({
  userId,
  tenantId: 't1',
  role,
  email: `${userId}@example.org`,
  displayName: userId,
  placeScope: Promise.resolve(new Set(['stale'])),
});

describe('MapWarmer', () => {
  let network: jest.Mock<Promise<unknown>, [Viewer, string]>;
  let query: jest.Mock<Promise<{ id: string }[]>, [string, unknown[]]>;
  let warmer: MapWarmer;

  beforeEach(() => {
    jest.useFakeTimers();
    network = jest.fn(async () => ({}));
    query = jest.fn(async () => [{ id: 'place-a' }, { id: 'place-b' }]);
    warmer = new MapWarmer({ network } as unknown as AnalyticsService, { query } as unknown as DataSource);
  });

  afterEach(() => jest.useRealTimers());

  /** Lets the quiet time pass and the warm-up run to its end. */
  async function quiet(): Promise<void> {
    await jest.advanceTimersByTimeAsync(QUIET_MS);
    await warmer.settled();
  }

  it('computes the maps of the user’s first places once they have been quiet, after a burst of changes once', async () => {
    warmer.changed(viewer(UserRole.WORKER));
    await jest.advanceTimersByTimeAsync(QUIET_MS - 1);
    warmer.changed(viewer(UserRole.WORKER));
    await jest.advanceTimersByTimeAsync(QUIET_MS - 1);
    expect(network).not.toHaveBeenCalled();
    expect(warmer.pending).toBe(1);

    await quiet();
    expect(query).toHaveBeenCalledTimes(1);
    expect(query.mock.calls[0][1]).toEqual(['u1', 't1']);
    expect(query.mock.calls[0][0]).toContain(`ORDER BY p.name LIMIT ${WARM_PLACES}`);
    expect(network.mock.calls.map(([, placeId]) => placeId)).toEqual(['place-a', 'place-b']);
    // with a viewer of its own, so the scope is looked up again rather than taken from the request
    expect(network.mock.calls[0][0]).toEqual({
      userId: 'u1',
      tenantId: 't1',
      role: UserRole.WORKER,
      email: 'u1@example.org',
      displayName: 'u1',
    });
    expect(warmer.pending).toBe(0);
  });

  it('keeps one quiet time per user', async () => {
    warmer.changed(viewer(UserRole.WORKER, 'u1'));
    warmer.changed(viewer(UserRole.ANALYST, 'u2'));
    await quiet();
    expect(network.mock.calls.map(([v, placeId]) => `${v.userId}:${placeId}`)).toEqual([
      'u1:place-a',
      'u1:place-b',
      'u2:place-a',
      'u2:place-b',
    ]);
  });

  it('computes nothing for roles that never see the map (corporation, admin)', async () => {
    warmer.changed(viewer(UserRole.CORPORATION));
    warmer.changed(viewer(UserRole.ADMIN, 'u2'));
    expect(warmer.pending).toBe(0);
    await quiet();
    expect(query).not.toHaveBeenCalled();
    expect(network).not.toHaveBeenCalled();
  });

  it('logs a failed warm-up and goes on: the next request computes what it needs', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    network.mockRejectedValueOnce(new Error('database gone'));
    warmer.changed(viewer(UserRole.WORKER));
    await quiet();
    expect(warn).toHaveBeenCalledWith('map warm-up for user u1 failed: database gone');
    expect(warmer.pending).toBe(0);
    warn.mockRestore();
  });

  it('stops with the application: scheduled warm-ups are dropped, new changes ignored', async () => {
    warmer.changed(viewer(UserRole.WORKER));
    await warmer.onApplicationShutdown();
    warmer.changed(viewer(UserRole.WORKER, 'u2'));
    expect(warmer.pending).toBe(0);
    await quiet();
    expect(network).not.toHaveBeenCalled();
  });
});
