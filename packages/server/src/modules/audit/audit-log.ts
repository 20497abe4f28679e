import { IsDate, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput } from '../../graphql/errors.js';
import { containsPattern, PageArgs, PageOf, type PageShape } from '../../graphql/pagination.js';

// Reading the audit log (security administrators, 等保 安全审计): a page at a time for the audit page,
// and the same filter streamed page by page for the exports (audit-export.ts).

@InputType({ description: 'Which audit entries to show; every field narrows the list.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'An action (`account.unlock`) or the start of one (`account`).' })
  @IsOptional()
  @MaxLength(60)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the acting account’s username or name.' })
  @IsOptional()
  @MaxLength(100)
  actor?: string | null;

  @Field(() => Date, { nullable: true, description: 'Written at or after.' }) @IsOptional() @IsDate() from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Written before.' }) @IsOptional() @IsDate() to?: Date | null;

  @Field(() => String, { nullable: true, description: 'Text in the action, the subject or the details.' })
  @IsOptional()
  @MaxLength(100)
  text?: string | null;
}

@ArgsType()
export class AuditEntriesArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: AuditFilter | null;
}

@ObjectType({
  description: 'One recorded staff action (or the server’s own, such as a retention purge), with its place in the hash chain.',
})
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => ID, { nullable: true, description: 'The acting account; null for the server or the console.' }) actorId!: string | null;
  @Field(() => String, { nullable: true }) actorUsername!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => String) action!: string;
  @Field(() => String) subjectType!: string;
  @Field(() => String, { nullable: true }) subjectId!: string | null;
  @Field(() => String, { nullable: true, description: 'The details as JSON text, exactly as hashed.' }) detail!: string | null;
  @Field(() => Int, { nullable: true, description: 'Its place in the chain; null until sealed (within seconds).' }) chainSeq!:
    | number
    | null;
  @Field(() => String, { nullable: true }) prevHash!: string | null;
  @Field(() => String, { nullable: true }) hash!: string | null;
}

@ObjectType()
export class AuditEntryPage extends PageOf(AuditEntryType) {}

export interface Row {
  id: string;
  at: Date | string;
  actorId: string | null;
  actorUsername: string | null;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  detail: unknown;
  chainSeq: string | null;
  prevHash: string | null;
  hash: string | null;
}

export const toAuditEntry = (row: Row): AuditEntryType =>
  Object.assign(new AuditEntryType(), {
    ...row,
    at: new Date(row.at),
    // The text the chain hashes: JSON.stringify of the stored jsonb value (see entryHash).
    detail: row.detail == null ? null : JSON.stringify(row.detail),
    chainSeq: row.chainSeq === null ? null : Number(row.chainSeq),
  });

/** The filter as one SQL condition over `audit_entry e` left-joined to `account a`, with its parameters. */
function whereOf(filter: AuditFilter | null | undefined, search: string | null | undefined): { sql: string; params: unknown[] } {
  const parts: string[] = ['true'];
  const params: unknown[] = [];
  const action = filter?.action?.trim();
  if (action) {
    parts.push(`(e.action = ? or e.action like ? escape '\\')`);
    params.push(action, `${action.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`);
  }
  if (filter?.actor?.trim()) {
    const pattern = containsPattern(filter.actor);
    parts.push('(a.username ilike ? or a.display_name ilike ?)');
    params.push(pattern, pattern);
  }
  if (filter?.from) {
    parts.push('e.at >= ?');
    params.push(filter.from);
  }
  if (filter?.to) {
    parts.push('e.at < ?');
    params.push(filter.to);
  }
  for (const text of [filter?.text, search]) {
    if (!text?.trim()) continue;
    const pattern = containsPattern(text);
    parts.push(`(e.action ilike ? or e.subject_type ilike ? or e.subject_id ilike ? or e.detail::text ilike ?)`);
    params.push(pattern, pattern, pattern, pattern);
  }
  return { sql: parts.join(' and '), params };
}

const selectRows = `select e.id::text as id, e.at, e.actor_id as "actorId", a.username as "actorUsername", a.display_name as "actorName",
  e.action, e.subject_type as "subjectType", e.subject_id as "subjectId", e.detail, e.chain_seq::text as "chainSeq",
  e.prev_hash as "prevHash", e.hash
  from audit_entry e left join account a on a.id = e.actor_id`;

/**
 * Entries matching the filter, at most `limit`: newest first by id after the entry `afterId` (the
 * audit page), or in chain order (sealed ones by their place after `afterSeq`, then the unsealed
 * ones by id after `afterId`) for the exports.
 */
export function auditRows(
  em: EntityManager,
  filter: AuditFilter | null | undefined,
  options: { order: 'newest' | 'sealed' | 'unsealed'; afterId?: string; afterSeq?: number; limit: number; search?: string | null },
): Promise<Row[]> {
  const where = whereOf(filter, options.search);
  const params = [...where.params];
  let sql = `${selectRows} where ${where.sql}`;
  if (options.order === 'sealed') {
    sql += ' and e.chain_seq > ? order by e.chain_seq';
    params.push(options.afterSeq ?? 0);
  } else {
    if (options.order === 'unsealed') sql += ' and e.chain_seq is null';
    if (options.afterId) {
      sql += ` and e.id ${options.order === 'newest' ? '<' : '>'} ?::bigint`;
      params.push(options.afterId);
    }
    sql += ` order by e.id ${options.order === 'newest' ? 'desc' : 'asc'}`;
  }
  return em.execute<Row[]>(`${sql} limit ${Math.trunc(options.limit)}`, params);
}

const encodeCursor = (id: string) => Buffer.from(`audit:${id}`).toString('base64url');
function decodeCursor(cursor: string): string {
  const match = /^audit:(\d{1,19})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badInput('after', 'The cursor is not valid; pass a pageInfo.endCursor you received.');
  return match[1]!;
}

/** One page of the audit log, newest first. */
export async function listAuditEntries(em: EntityManager, args: AuditEntriesArgs): Promise<PageShape<AuditEntryType>> {
  const afterId = args.after ? decodeCursor(args.after) : undefined;
  const rows = await auditRows(em, args.filter, { order: 'newest', afterId, limit: args.first + 1, search: args.search });
  const where = whereOf(args.filter, args.search);
  const [counted] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from audit_entry e left join account a on a.id = e.actor_id where ${where.sql}`,
    where.params,
  );
  const nodes = rows.slice(0, args.first).map(toAuditEntry);
  return {
    nodes,
    pageInfo: { endCursor: nodes.length ? encodeCursor(nodes.at(-1)!.id) : null, hasNextPage: rows.length > args.first },
    totalCount: counted?.n ?? 0,
  };
}
