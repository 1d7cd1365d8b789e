/**
 * Relay-style connections with keyset cursors: stable under inserts, and a page costs one query
 * plus one count, however deep the client pages.
 */
import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@weefsel/domain';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { badInput } from './app-error';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size: default ${LIMITS.defaultPageSize}, at most ${LIMITS.maxPageSize}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.maxPageSize)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function Paginated<T>(classRef: Type<T>): Type<Connection<T>> {
  @ObjectType(`${classRef.name}Edge`)
  abstract class EdgeType {
    @Field()
    cursor: string;

    @Field(() => classRef)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType as Type<Connection<T>>;
}

/** A keyset cursor: the sort key and the id of the last row of a page. */
export type CursorKey = [string, string];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && key.every((part) => typeof part === 'string')) {
      return key as CursorKey;
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('The page cursor is not valid: start again from the first page.', 'after');
}

export function pageSize(args: PageArgs): number {
  return args.first ?? LIMITS.defaultPageSize;
}

/** Turns rows fetched with `limit + 1` into a connection. */
export function toConnection<R, T>(
  rows: R[],
  limit: number,
  totalCount: number,
  keyOf: (row: R) => CursorKey,
  toNode: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: toNode(row) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
