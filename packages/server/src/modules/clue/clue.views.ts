import { LockMode } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { notFound } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import { DepartmentType } from '../department/department.type.js';
import { ClueNotice } from './submitter-word.entity.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import type { Session } from '../session/session.entity.js';
import { maySeeSession } from '../session/session.service.js';
import type { ClueCategory } from './clue-category.entity.js';
import { Clue, CluePhoto } from './clue.entity.js';
import type { ClueCategoryNames, ClueSessionRef, ClueType, CluePhotoType } from './clue.type.js';

export const photoUrl = (id: string) => `/uploads/clue-photos/${id}`;

export function sessionRef(session: Session | null | undefined): ClueSessionRef | null {
  return session
    ? { id: session.id, title: session.title, theme: session.theme, scheduledAt: session.scheduledAt, kind: session.kind }
    : null;
}

/** A clue's category as every view names it: the code and both names (the category must be loaded). */
export const categoryFields = (category: ClueCategory): ClueCategoryNames => ({
  category: category.code,
  categoryName: category.name,
  categoryNameEn: category.nameEn,
});

/** A session as a public view names it: only if the caller may see it (the rule of `session(id)`), so a draft's plan stays out. */
export const visibleSession = (ctx: Pick<Caller, 'viewer'>, session: Session | null | undefined): Session | null =>
  session && maySeeSession(ctx, session) ? session : null;

/** Photos of many clues in one query, in the order they were attached. */
export async function photosByClue(em: EntityManager, clueIds: string[]): Promise<Map<string, CluePhotoType[]>> {
  const photos = clueIds.length ? await em.find(CluePhoto, { clue: { $in: clueIds } }, { orderBy: { position: 'asc' } }) : [];
  const byClue = new Map<string, CluePhotoType[]>();
  for (const photo of photos) {
    const list = byClue.get(photo.clue!.id) ?? [];
    list.push({ id: photo.id, url: photoUrl(photo.id), width: photo.width, height: photo.height });
    byClue.set(photo.clue!.id, list);
  }
  return byClue;
}

/** Staff views of clues, with their relations and photos loaded in a fixed number of queries. */
export async function clueViews(em: EntityManager, clues: Clue[]): Promise<ClueType[]> {
  await em.populate(clues, ['session', 'question', 'department', 'mergedInto', 'category', 'representative']);
  const ids = clues.map((c) => c.id);
  const [photos, items, notices] = await Promise.all([
    photosByClue(em, ids),
    ids.length ? em.find(FollowUp, { sourceClue: { $in: ids } }, { fields: ['id', 'sourceClue'] }) : [],
    ids.length ? em.find(ClueNotice, { clue: { $in: ids } }, { orderBy: { createdAt: 'asc' } }) : [],
  ]);
  const itemOf = new Map(items.map((item) => [item.sourceClue!.id, item.id]));
  const noticesOf = new Map<string, ClueNotice[]>();
  for (const notice of notices) noticesOf.set(notice.clue.id, [...(noticesOf.get(notice.clue.id) ?? []), notice]);
  return clues.map((clue) => ({
    id: clue.id,
    trackingCode: clue.trackingCode,
    session: sessionRef(clue.session),
    title: clue.title,
    description: clue.description,
    ...categoryFields(clue.category),
    location: clue.location ?? null,
    latitude: clue.latitude ?? null,
    longitude: clue.longitude ?? null,
    anonymous: clue.anonymous,
    submitterName: clue.submitterName ?? null,
    phoneMasked: clue.phoneMasked ?? null,
    status: clue.status,
    published: clue.published,
    questionId: clue.question?.id ?? null,
    questionTitle: clue.question?.title ?? null,
    mergedInto: clue.mergedInto ? { id: clue.mergedInto.id, title: clue.mergedInto.title, status: clue.mergedInto.status } : null,
    department: clue.department ? DepartmentType.from(clue.department) : null,
    decidedAt: clue.decidedAt ?? null,
    followUpId: itemOf.get(clue.id) ?? null,
    hotlineOrderNo: clue.hotlineOrderNo ?? null,
    hotlineReceivedAt: clue.hotlineReceivedAt ?? null,
    rejectReason: clue.rejectReason ?? null,
    rejectNote: clue.rejectNote ?? null,
    publicReply: clue.publicReply ?? null,
    repliedAt: clue.repliedAt ?? null,
    supportCount: clue.supportCount,
    photos: photos.get(clue.id) ?? [],
    createdAt: clue.createdAt,
    updatedAt: clue.updatedAt,
    representative: clue.representative
      ? { id: clue.representative.id, name: clue.representative.name, district: clue.representative.district }
      : null,
    forwardedAt: clue.forwardedAt ?? null,
    forwardNote: clue.forwardNote ?? null,
    verdict: clue.verdict ?? null,
    verdictComment: clue.verdictComment ?? null,
    verdictAt: clue.verdictAt ?? null,
    notices: (noticesOf.get(clue.id) ?? []).map((n) => ({
      event: n.event,
      delivery: n.delivery,
      createdAt: n.createdAt,
      sentAt: n.sentAt ?? null,
      error: n.error ?? null,
    })),
  }));
}

export async function clueView(em: EntityManager, clue: Clue): Promise<ClueType> {
  return (await clueViews(em, [clue]))[0]!;
}

export async function getClue(em: EntityManager, id: string, lock = false): Promise<Clue> {
  const clue = await em.findOne(Clue, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!clue) throw notFound('The clue');
  return clue;
}
