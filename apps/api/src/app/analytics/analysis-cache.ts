/**
 * Results of heavy analyses, kept per (tenant, scope, data version, date, figure). The data version is bumped
 * by database triggers on every change (migration DataVersion), so a cached result is never stale: a change
 * makes a new key, and old keys age out of this small LRU. Concurrent requests for the same key share one
 * computation (the promise is cached). Each API instance has its own cache; none holds state a request needs.
 */
import { Injectable } from '@nestjs/common';

const MAX_ENTRIES = 200;

@Injectable()
export class AnalysisCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) {
      // refresh its place in the LRU order
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as Promise<T>;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => this.entries.delete(key));
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return pending;
  }

  get size(): number {
    return this.entries.size;
  }
}
