import { UserRole } from '@weefsel/domain';

/** The signed-in user of one request. Created by the auth guard, never shared between requests. */
export interface Viewer {
  userId: string;
  tenantId: string;
  role: UserRole;
  email: string;
  displayName: string;
  /** places this viewer may see (assigned places and everything below), computed once per request */
  placeScope?: Promise<ReadonlySet<string>>;
}

export interface RequestWithViewer {
  headers: Record<string, string | string[] | undefined>;
  viewer?: Viewer;
  /** SQL statements sent for this request (set by the query-stats middleware, diagnostics only) */
  queryStats?: { count: number };
}

export interface JwtClaims {
  sub: string;
  tid: string;
  role: UserRole;
}
