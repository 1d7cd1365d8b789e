/**
 * Precomputes the map after a change (issue 4: a 2,000-node neighbourhood interactive within 2 s, with cached or
 * precomputed positions). A change makes a new data version, so the next `network` would load the snapshot,
 * compute the figures and lay the map out while the worker waits — about two seconds for 2,000 nodes
 * (docs/benchmarks.md). Instead, once a user who may read the network has made no change for QUIET_MS, the
 * maps of their first assigned places as of today are computed in the background into the AnalysisCache, where
 * the next request — theirs or a colleague's with the same places — finds them (or joins the computation).
 *
 * Nothing a request needs depends on it: a warm-up that fails is only logged, and the request computes
 * what it needs as before.
 */
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { mayReadNetwork } from '@weefsel/domain';
import { DataSource } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { AnalyticsService } from './analytics.service';

/** how long a user must have made no change before their maps are computed (a burst of edits: one warm-up) */
export const QUIET_MS = 1500;
/** the map opens on the first assigned place; a worker rarely switches to more than the next two */
export const WARM_PLACES = 3;

@Injectable()
export class MapWarmer implements OnApplicationShutdown {
  private readonly logger = new Logger(MapWarmer.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly analytics: AnalyticsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** After a change by `viewer`: their maps, once they have been quiet for QUIET_MS. */
  changed(viewer: Viewer): void {
    if (this.stopped || !mayReadNetwork(viewer.role)) return;
    clearTimeout(this.timers.get(viewer.userId));
    // a viewer of its own: the request's one caches its place scope, which the change may have altered
    const { userId, tenantId, role, email, displayName } = viewer;
    const timer = setTimeout(() => {
      this.timers.delete(userId);
      const run = this.warm({ userId, tenantId, role, email, displayName }).finally(() => this.running.delete(run));
      this.running.add(run);
    }, QUIET_MS);
    timer.unref();
    this.timers.set(userId, timer);
  }

  /** The warm-ups that are scheduled or running (for tests and shutdown). */
  get pending(): number {
    return this.timers.size + this.running.size;
  }

  /** Waits for the warm-ups that are running now. */
  async settled(): Promise<void> {
    await Promise.all([...this.running]);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await this.settled();
  }

  private async warm(viewer: Viewer): Promise<void> {
    try {
      const rows: { id: string }[] = await this.db.query(
        `SELECT p.id FROM user_place up JOIN place p ON p.id = up.place_id AND p.tenant_id = up.tenant_id
          WHERE up.user_id = $1 AND up.tenant_id = $2 ORDER BY p.name LIMIT ${WARM_PLACES}`,
        [viewer.userId, viewer.tenantId],
      );
      for (const { id } of rows) {
        if (this.stopped) return;
        await this.analytics.network(viewer, id);
      }
    } catch (error) {
      if (!this.stopped) this.logger.warn(`map warm-up for user ${viewer.userId} failed: ${(error as Error).message}`);
    }
  }
}
