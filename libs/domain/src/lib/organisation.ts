/**
 * Tenants and users. An organisation is a tenant: no one ever sees another tenant's rows.
 */
export enum UserRole {
  WORKER = 'WORKER',
  CORPORATION = 'CORPORATION',
  ANALYST = 'ANALYST',
  ADMIN = 'ADMIN',
}

export interface Organisation {
  id: string;
  name: string;
}

export interface User {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  role: UserRole;
  /** the places (and everything below them) this user may see */
  placeIds: string[];
}

/**
 * Roles that may read names, ties and notes of residents (DESIGN.md, "Who sees what"): only workers.
 * An ADMIN manages users, places and the organisation; CORPORATION and ANALYST get aggregates or pseudonyms.
 */
export function mayReadPersonalData(role: UserRole): boolean {
  return role === UserRole.WORKER;
}

/** The relationship map: workers (names) and analysts (pseudonyms); never corporations or admins. */
export function mayReadNetwork(role: UserRole): boolean {
  return role === UserRole.WORKER || role === UserRole.ANALYST;
}

/** Health figures of places: workers, analysts and corporations (the last suppressed and rounded); not admins. */
export function mayReadPlaceHealth(role: UserRole): boolean {
  return role !== UserRole.ADMIN;
}

/** CSV import: workers (everything, in their places) and admins (places only). */
export function mayImport(role: UserRole): boolean {
  return role === UserRole.WORKER || role === UserRole.ADMIN;
}
