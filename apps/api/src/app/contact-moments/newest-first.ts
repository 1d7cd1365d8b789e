/**
 * One page of a "newest first" list: ordered by a date column, then by when the row was written, then by id,
 * with a keyset cursor (see `NewestFirstKey`). Used by the contact log and the help requests and offers.
 */
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Connection, decodeCursor, PageArgs, pageSize, toConnection } from '../common/pagination';
import { newestFirstCursorKey, parseNewestFirstCursorKey } from './contact-moment.rules';

export async function newestFirstPage<E extends ObjectLiteral & { id: string }, M>(
  qb: SelectQueryBuilder<E>,
  alias: string,
  dateColumn: string,
  args: PageArgs,
  toNode: (row: E) => M,
): Promise<Connection<M>> {
  const limit = pageSize(args);
  const total = await qb.getCount();
  if (args.after) {
    const key = parseNewestFirstCursorKey(decodeCursor(args.after));
    qb.andWhere(
      `(${alias}.${dateColumn}, ${alias}.created_at, ${alias}.id) < ` +
        `(CAST(:cursorDate AS date), CAST(:cursorAt AS timestamptz), CAST(:cursorId AS uuid))`,
      { cursorDate: key.date, cursorAt: key.createdAt, cursorId: key.id },
    );
  }
  const { entities, raw } = await qb
    .addSelect(`CAST(${alias}.${dateColumn} AS text)`, 'cursor_date')
    .addSelect(`CAST(${alias}.created_at AS text)`, 'cursor_at')
    .orderBy(`${alias}.${dateColumn}`, 'DESC')
    .addOrderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(limit + 1)
    .getRawAndEntities();
  const rows = entities.map((entity, i) => ({
    entity,
    date: String(raw[i]['cursor_date']),
    createdAt: String(raw[i]['cursor_at']),
  }));
  return toConnection(
    rows,
    limit,
    total,
    (r) => newestFirstCursorKey({ date: r.date, createdAt: r.createdAt, id: r.entity.id }),
    (r) => toNode(r.entity),
  );
}
