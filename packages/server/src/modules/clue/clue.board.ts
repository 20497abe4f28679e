import type { FilterQuery } from '@mikro-orm/core';
import { containsPattern, findPage, type PageArgs } from '../../graphql/pagination.js';
import type { Caller, Scope } from '../../scope.js';
import type { ClueGuards } from './clue-guards.js';
import { getSession } from '../session/session.service.js';
import { Clue } from './clue.entity.js';
import type { ClueFilter } from './clue.inputs.js';
import { ClueMatchKind, type ClueStatus, type RejectReason } from './clue-status.js';
import type { ClueCategoryCount, ClueDuplicate, ClueMatchReason, ClueStats, ClueType } from './clue.type.js';
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
  // Staff also find a clue by its 12345 order number (the public search does not look at it).
  const search: FilterQuery<Clue> = filter.search?.trim()
    ? { $or: [searchWhere(filter.search), { hotlineOrderNo: filter.search.trim() }] }
    : {};
  return { $and: [fields, addressed, forwarded, search] };
}

export const clueOrder = { createdAt: 'desc', id: 'desc' } as const;

/** The triage board: newest first, filtered. */
export async function listClues(ctx: Caller, args: PageArgs & { filter?: ClueFilter | null }) {
  const where = { $and: [clueWhere(args.filter), searchWhere(args.search)] };
  const page = await findPage(ctx.em, Clue, { where, orderBy: clueOrder, args }, (clue) => clue);
  return { ...page, nodes: await clueViews(ctx.em, page.nodes) };
}

/** Text this similar (trigrams, 0 to 1) counts as a match on its own. */
const titleMatch = 0.2;
const descriptionMatch = 0.25;

/**
 * Clues that may report the same problem: similar text (trigrams), the same place, or the same
 * submitter's phone number, each with the reasons it matched. Anonymous clues keep no phone number.
 */
export async function clueDuplicates(ctx: Scope<{ clueGuards: ClueGuards }>, clueId: string): Promise<ClueDuplicate[]> {
  const clue = await getClue(ctx.em, clueId);
  const place = clue.location ?? null;
  const mask = clue.phoneSealed ? (clue.phoneMasked ?? null) : null;
  const rows = await ctx.em.execute<
    { id: string; title_score: number; description_score: number; same_place: boolean; same_category: boolean; same_mask: boolean }[]
  >(
    `select id, title_score, description_score, same_place, same_category, same_mask from (
       select id, created_at, similarity(title, ?) as title_score, similarity(description, ?) as description_score,
              (location is not null and location = ?) as same_place, category = ? as same_category,
              (phone_sealed is not null and phone_masked = ?) as same_mask
         from clue
        where id <> ? and status <> 'MERGED') c
      where title_score > ? or description_score > ? or same_place or same_mask
      order by greatest(title_score, description_score) + case when same_mask then 1 else 0 end + case when same_place then 0.3 else 0 end desc,
               created_at desc
      limit 8`,
    [clue.title, clue.description, place, clue.category.code, mask, clue.id, titleMatch, descriptionMatch],
  );
  const found = await ctx.em.find(Clue, { id: { $in: rows.map((r) => r.id) } });
  const views = new Map((await clueViews(ctx.em, found)).map((v) => [v.id, v]));
  // The mask (138****1234) only narrows the search; the sealed numbers are compared, never shown.
  const phones = ctx.services.clueGuards.phones;
  const phone = mask ? phones.open(clue.phoneSealed!) : null;
  const samePhone = new Set(found.filter((c) => phone && c.phoneSealed && phones.open(c.phoneSealed) === phone).map((c) => c.id));
  const round = (score: number) => Math.round(score * 100) / 100;
  return rows
    .map((raw) => {
      const row = { ...raw, title_score: Number(raw.title_score), description_score: Number(raw.description_score) };
      const reasons: ClueMatchReason[] = [
        ...(samePhone.has(row.id) ? [{ kind: ClueMatchKind.SAME_PHONE, score: null }] : []),
        ...(row.title_score > titleMatch ? [{ kind: ClueMatchKind.SIMILAR_TITLE, score: round(row.title_score) }] : []),
        ...(row.description_score > descriptionMatch
          ? [{ kind: ClueMatchKind.SIMILAR_DESCRIPTION, score: round(row.description_score) }]
          : []),
        ...(row.same_place ? [{ kind: ClueMatchKind.SAME_LOCATION, score: null }] : []),
      ];
      return {
        clue: views.get(row.id)!,
        similarity: round(Math.max(row.title_score, row.description_score)),
        samePlace: row.same_place,
        reasons: reasons.length && row.same_category ? [...reasons, { kind: ClueMatchKind.SAME_CATEGORY, score: null }] : reasons,
      };
    })
    .filter((duplicate) => duplicate.reasons.length > 0);
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
