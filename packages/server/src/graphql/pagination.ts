import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Cursor, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput } from './errors.js';

@ObjectType({ description: 'Where a page ends, for fetching the next one.' })
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

/** Arguments every paginated, searchable list takes. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1 to 200.' })
  @Min(1)
  @Max(200)
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  @IsOptional()
  @MaxLength(500)
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Text to look for.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

export interface PageShape<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares a `<Name>Page` type holding one page of `itemType`. */
export function PageOf<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class Page implements PageShape<T> {
    @Field(() => [itemType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, over all pages.' })
    totalCount!: number;
  }
  return Page;
}

/** Fetches one page by keyset (no OFFSET scans), mapping each entity to its GraphQL type. */
export async function findPage<E extends object, T>(
  em: EntityManager,
  entity: EntityName<E>,
  query: { where: FilterQuery<E>; orderBy: QueryOrderMap<E>; args: PageArgs; populate?: string[] },
  map: (entity: E) => T,
): Promise<PageShape<T>> {
  const { first } = query.args;
  const after = query.args.after ?? undefined; // null, as clients may send it, means the first page
  if (after !== undefined && !isCursor(after)) throw badInput('after', 'The cursor is not valid; pass a pageInfo.endCursor you received.');
  const cursor = await em.findByCursor(entity, {
    where: query.where as never,
    orderBy: query.orderBy as never,
    populate: query.populate as never,
    first,
    after,
  });
  return {
    nodes: cursor.items.map((item) => map(item as E)),
    pageInfo: { endCursor: cursor.endCursor, hasNextPage: cursor.hasNextPage },
    totalCount: cursor.totalCount,
  };
}

function isCursor(value: string): boolean {
  try {
    return Array.isArray(Cursor.decode(value));
  } catch {
    return false;
  }
}

/** A `%text%` pattern for ILIKE with the user's own wildcards escaped. */
export const containsPattern = (text: string) => `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
