/**
 * What the database step of an import shares between kinds: the problems found so far, the rows of the
 * bundle already resolved to ids, the importer's place scope, and lookups of existing rows by external id.
 *
 * Every row of the bundle gets its id before anything is written (the existing row's id, or a new uuid),
 * so all references resolve and all rules are checked first; only a bundle without problems is written.
 */
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { columnOf } from '../csv-format';
import { ImportBundle, ImportKind, ImportProblem, ImportSources } from '../import-rows';
import { emptyRejected, Locate, locator, RejectedIds } from '../bundle-rules';

export const BROKEN = Symbol('broken');
export type Broken = typeof BROKEN;

export type Op = 'create' | 'update' | 'unchanged';

/** One row of the bundle as it will be written. */
export interface Planned<E> {
  op: Op;
  entity: E;
}

export interface ApplyOptions {
  /**
   * The places the importer works in, each with everything below it (a WORKER's scope). Rows outside it
   * are neither read nor written. null: no limit (the operator CLI, the demo seed, an ADMIN's places).
   */
  scope: ReadonlySet<string> | null;
  /** who imports, for the audit log; null for the operator CLI and the seed */
  userId: string | null;
  /** written as `recordedBy` on consent records the import creates */
  recordedBy: string | null;
  /** file and line of each row; without it problems name `<kind>.csv` and the row's place in the bundle */
  sources?: ImportSources;
  /** external ids of rows the CSV step set aside: references to them are not reported a second time */
  rejectedIds?: RejectedIds;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Rows have an external id, or else are known by their uuid (an export writes the uuid in its place). */
export function keyOf(row: { id: string; externalId: string | null }): string {
  return row.externalId ?? row.id;
}

const NOUN: Record<ImportKind, string> = {
  places: 'place',
  people: 'person',
  collectives: 'collective',
  memberships: 'membership',
  initiatives: 'initiative',
  participations: 'participation',
  ties: 'tie',
};

export class ApplyContext {
  readonly problems: ImportProblem[] = [];
  /** a WORKER's scope, grown by the new places this import adds under it; null: no limit */
  readonly scope: Set<string> | null;
  private readonly locate: Locate;
  private readonly rejected: RejectedIds;
  private readonly broken = emptyRejected();

  constructor(
    readonly em: EntityManager,
    readonly tenantId: string,
    readonly bundle: ImportBundle,
    readonly options: ApplyOptions,
  ) {
    this.scope = options.scope ? new Set(options.scope) : null;
    this.locate = locator(options.sources);
    this.rejected = options.rejectedIds ?? emptyRejected();
  }

  inScope(placeId: string): boolean {
    return this.scope === null || this.scope.has(placeId);
  }

  /** Records a problem on a row and sets the row aside, so references to it stay quiet. */
  fail<K extends ImportKind>(
    kind: K,
    index: number,
    field: (keyof ImportBundle[K][number] & string) | null,
    reason: string,
  ): void {
    const at = this.locate(kind, index);
    this.problems.push({ file: at.file, line: at.line, column: field ? columnOf(kind, field) : null, reason });
    this.setAside(kind, index);
  }

  /** Sets a row aside without a problem of its own: it depends on a row that has one. */
  setAside(kind: ImportKind, index: number): void {
    this.broken[kind].add(this.bundle[kind][index].externalId);
  }

  isSetAside(kind: ImportKind, index: number): boolean {
    return this.broken[kind].has(this.bundle[kind][index].externalId);
  }

  /**
   * A reference by external id: a row of this bundle, else an existing row the importer may see.
   * BROKEN when the row it names has a problem already; null when there is no such row (or none in scope).
   */
  resolve<T>(
    kind: ImportKind,
    key: string,
    planned: Map<string, T>,
    existing: (key: string) => T | undefined,
  ): T | Broken | null {
    if (this.broken[kind].has(key) || this.rejected[kind].has(key)) return BROKEN;
    return planned.get(key) ?? existing(key) ?? null;
  }

  notFound(kind: ImportKind, key: string): string {
    const where = this.scope ? 'in these files or in your places' : 'in these files or in Weefsel';
    return `No ${NOUN[kind]} with external id "${key}" ${where}.`;
  }

  /** An external id taken by a row the importer may not see: say so, and nothing about the row. */
  taken(kind: ImportKind, key: string): string {
    return `"${key}" is already the external id of a ${NOUN[kind]} outside your places: use another external id, or ask a colleague who works there.`;
  }

  /**
   * Existing rows of one table by external id; a row without one is also found by its uuid, as an export
   * writes it. Keys are looked up with `= ANY(array)`, one parameter however many there are.
   */
  async loadByKey<E extends ObjectLiteral & { id: string; externalId: string | null }>(
    entity: EntityTarget<E>,
    keys: Iterable<string>,
  ): Promise<Map<string, E>> {
    const wanted = [...new Set(keys)];
    if (!wanted.length) return new Map();
    const rows = await this.em
      .getRepository(entity)
      .createQueryBuilder('x')
      .where('x.tenant_id = :tenantId', { tenantId: this.tenantId })
      .andWhere('(x.external_id = ANY(:wanted) OR (x.external_id IS NULL AND x.id = ANY(:uuids)))', {
        wanted,
        uuids: wanted.filter((k) => UUID.test(k)),
      })
      .getMany();
    return new Map(rows.map((row) => [keyOf(row), row]));
  }
}

/** Values equal as stored: dates as YYYY-MM-DD, reals to float4 precision, lists in order. */
export function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.fround(a) === Math.fround(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    // a missing key and a null one mean the same (jsonb written by hand may leave out `until: null`)
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] != null);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] != null);
    return (
      ka.length === kb.length &&
      ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return (a ?? null) === (b ?? null);
}

/** Create, update or leave alone: compares the fields the import writes. */
export function decide<E>(existing: E | undefined, desired: E, fields: readonly (keyof E)[]): Op {
  if (!existing) return 'create';
  return fields.every((f) => same(existing[f], desired[f])) ? 'unchanged' : 'update';
}
