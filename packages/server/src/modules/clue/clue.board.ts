import type { FilterQuery } from '@mikro-orm/core';
import { containsPattern, findPage, type PageArgs } from '../../graphql/pagination.js';
import type { Caller } from '../../scope.js';
import { getSession } from '../session/session.service.js';
import { Clue } from './clue.entity.js';
import type { ClueFilter } from './clue.inputs.js';
import type { ClueStatus, RejectReason } from './clue-status.js';
import type { ClueCategoryCount, ClueDuplicate, ClueStats, ClueType } from './clue.type.js';
import { clueView, clueViews, getClue } from './clue.views.js';
import { categoryCountsSql } from './clue-category.service.js';

// The staff's triage board: filtered lists, likely duplicates, moderation figures, one clue.

/** Substring search over title, description and place; the trigram indexes serve it, Chinese included. */
export function searchWhere(search: string | null | undefined): FilterQuery<Clue> {
  if (!search?.trim()) return {};
  const pattern = containsPattern(search);
  return { $or: [{ title: { $ilike: pattern } }, { description: { $ilike: pattern } }, { location: { $ilike: pattern } }] };
}

export function clueWhere(filter: ClueFilter | null | undefined): FilterQuery<Clue> {
  if (!filter) return {};
  const createdAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
  const fields: FilterQuery<Clue> = {
    ...(filter.sessionId ? { session: filter.sessionId } : filter.general ? { session: null } : {}),
    ...(filter.statuses?.length ? { status: { $in: filter.statuses } } : {}),
    ...(filter.category ? { category: filter.category } : {}),
    ...(filter.departmentId ? { department: filter.departmentId } : {}),
    ...(Object.keys(createdAt).length ? { createdAt } : {}),
    ...(filter.representativeId ? { representative: filter.representativeId } : {}),
  };
  const addressed: FilterQuery<Clue> =
    filter.addressed == null ? {} : filter.addressed ? { representative: { $ne: null } } : { representative: null };
  const forwarded: FilterQuery<Clue> =
    filter.forwarded == null ? {} : filter.forwarded ? { forwardedAt: { $ne: null } } : { forwardedAt: null };
  return { $and: [fields, addressed, forwarded, searchWhere(filter.search)] };
}

export const clueOrder = { createdAt: 'desc', id: 'desc' } as const;

/** The triage board: newest first, filtered. */
export async function listClues(ctx: Caller, args: PageArgs & { filter?: ClueFilter | null }) {
  const where = { $and: [clueWhere(args.filter), searchWhere(args.search)] };
  const page = await findPage(ctx.em, Clue, { where, orderBy: clueOrder, args }, (clue) => clue);
  return { ...page, nodes: await clueViews(ctx.em, page.nodes) };
}

/** Clues that may report the same problem: similar text (trigrams) or the same place. */
export async function clueDuplicates(ctx: Caller, clueId: string): Promise<ClueDuplicate[]> {
  const clue = await getClue(ctx.em, clueId);
  const rows = await ctx.em.execute<{ id: string; similarity: number; same_place: boolean }[]>(
    `select id, greatest(similarity(title, ?), similarity(description, ?)) as similarity,
            (location is not null and location = ?) as same_place
       from clue
      where id <> ? and status <> 'MERGED'
        and (similarity(title, ?) > 0.2 or similarity(description, ?) > 0.25 or (location is not null and location = ?))
      order by similarity desc, created_at desc
      limit 8`,
    [clue.title, clue.description, clue.location ?? null, clue.id, clue.title, clue.description, clue.location ?? null],
  );
  const found = await ctx.em.find(Clue, { id: { $in: rows.map((r) => r.id) } });
  const views = new Map((await clueViews(ctx.em, found)).map((v) => [v.id, v]));
  return rows.map((row) => ({
    clue: views.get(row.id)!,
    similarity: Math.round(Number(row.similarity) * 100) / 100,
    samePlace: row.same_place,
  }));
}

/** Public moderation statistics: received, and what became of them. */
export async function clueStats(ctx: Caller, sessionId: string | null | undefined): Promise<ClueStats> {
  if (sessionId) await getSession(ctx, { id: sessionId });
  const where = sessionId ? 'where session_id = ?' : '';
  const params = sessionId ? [sessionId] : [];
  const [byStatus, reasons, categories] = await Promise.all([
    ctx.em.execute<{ status: ClueStatus; count: number; published: number }[]>(
      `select status, count(*)::int as count, count(*) filter (where published)::int as published from clue ${where} group by status`,
      params,
    ),
    ctx.em.execute<{ reason: RejectReason; count: number }[]>(
      `select reject_reason as reason, count(*)::int as count from clue ${where ? `${where} and` : 'where'} status = 'REJECTED' and reject_reason is not null group by reject_reason order by count desc, reject_reason`,
      params,
    ),
    ctx.em.execute<ClueCategoryCount[]>(categoryCountsSql(where), params),
  ]);
  const count = (status: ClueStatus) => byStatus.find((r) => r.status === status)?.count ?? 0;
  return {
    received: byStatus.reduce((sum, r) => sum + r.count, 0),
    pending: count('SUBMITTED'),
    accepted: count('ACCEPTED'),
    merged: count('MERGED'),
    rejected: count('REJECTED'),
    referred: count('REFERRED'),
    published: byStatus.reduce((sum, r) => sum + r.published, 0),
    rejectReasons: reasons,
    categories,
  };
}

/** A clue by id for staff. */
export async function staffClue(ctx: Caller, id: string): Promise<ClueType> {
  return clueView(ctx.em, await getClue(ctx.em, id));
}

/** Loads the clue an event names, on a fresh fork so a long-lived subscription does not accumulate entities. */
export async function loadSubmittedClue(ctx: Caller, clueId: string): Promise<ClueType> {
  const em = ctx.em.fork();
  return clueView(em, await getClue(em, clueId));
}
