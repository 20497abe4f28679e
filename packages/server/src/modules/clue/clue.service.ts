import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Context } from '../../graphql/context.js';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import { containsPattern, findPage, type PageArgs } from '../../graphql/pagination.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { getDepartment } from '../department/department.service.js';
import { DepartmentType } from '../department/department.type.js';
import { Question } from '../question/question.entity.js';
import { addQuestion } from '../question/question.service.js';
import { Session } from '../session/session.entity.js';
import { getSession, maySeeSession } from '../session/session.service.js';
import { VoteRound } from '../vote/vote-round.entity.js';
import { publicFollowUps } from '../follow-up/follow-up.service.js';
import { Clue, CluePhoto, ClueSupport } from './clue.entity.js';
import type { AcceptClueInput, ClueCallInput, ClueFilter, PublicClueArgs, RejectClueInput, ReferClueInput, ReplyToClueInput, SubmitClueInput } from './clue.inputs.js';
import { nextClueStatus, type ClueCategory, type ClueStatus, type ClueVerb, type RejectReason } from './clue-status.js';
import type { ClueCall, ClueDuplicate, ClueEvent, ClueSessionRef, ClueStats, ClueTracking, ClueType, CluePhotoType, PublicClue } from './clue.type.js';
import { maskPhone, normalizePhone, phonePattern } from './phone.js';
import { newTrackingCode } from './tracking-code.js';

// ─── Views ─────────────────────────────────────────────────────────────────────────────────────

export const photoUrl = (id: string) => `/uploads/clue-photos/${id}`;

function sessionRef(session: Session | null | undefined): ClueSessionRef | null {
  return session ? { id: session.id, title: session.title, theme: session.theme, scheduledAt: session.scheduledAt } : null;
}

/** A session as a public view names it: only if the caller may see it (the rule of `session(id)`), so a draft's plan stays out. */
const visibleSession = (ctx: Context, session: Session | null | undefined): Session | null => (session && maySeeSession(ctx, session) ? session : null);

/** Photos of many clues in one query, in the order they were attached. */
async function photosByClue(em: EntityManager, clueIds: string[]): Promise<Map<string, CluePhotoType[]>> {
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
  await em.populate(clues, ['session', 'question', 'department', 'mergedInto']);
  const photos = await photosByClue(em, clues.map((c) => c.id));
  return clues.map((clue) => ({
    id: clue.id,
    trackingCode: clue.trackingCode,
    session: sessionRef(clue.session),
    title: clue.title,
    description: clue.description,
    category: clue.category,
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
    rejectReason: clue.rejectReason ?? null,
    rejectNote: clue.rejectNote ?? null,
    publicReply: clue.publicReply ?? null,
    repliedAt: clue.repliedAt ?? null,
    supportCount: clue.supportCount,
    photos: photos.get(clue.id) ?? [],
    createdAt: clue.createdAt,
    updatedAt: clue.updatedAt,
  }));
}

export async function clueView(em: EntityManager, clue: Clue): Promise<ClueType> {
  return (await clueViews(em, [clue]))[0]!;
}

// ─── The public: submit, support, look up ───────────────────────────────────────────────────────

function requireDevice(ctx: Context): string {
  if (!ctx.device) throw new DomainError('DEVICE_REQUIRED', 'This page needs its device pass; reload the page and try again.');
  return ctx.device;
}

/** Issues a device token for the public pages (support once per device, per-device limits). */
export async function registerDevice(ctx: Context): Promise<string> {
  await ctx.services.clues.limit('devicesPerAddress', ctx.ip);
  return ctx.services.deviceTokens.issueDevice();
}

/** Trimmed text, refused when only spaces were sent. */
function text(value: string, field: string, min: number, message: string): string {
  const trimmed = value.trim();
  if ([...trimmed].length < min) throw badInput(field, message);
  return trimmed;
}

const optionalText = (value: string | null | undefined) => value?.trim() || null;

/** Whether a session's call for clues is open at `now`. */
export function callIsOpen(session: Session, now = new Date()): boolean {
  return Boolean(session.clueCallOpensAt && session.clueCallClosesAt && session.clueCallOpensAt <= now && now < session.clueCallClosesAt);
}

/** A clue from the public; outside any session it is a general submission, always accepted. */
export async function submitClue(ctx: Context, input: SubmitClueInput): Promise<Clue> {
  const device = requireDevice(ctx);
  const title = text(input.title, 'title', 4, 'Give the problem a title of at least 4 characters.');
  const description = text(input.description, 'description', 10, 'Describe the problem in at least 10 characters.');
  if ((input.latitude == null) !== (input.longitude == null)) throw badInput('longitude', 'Send both latitude and longitude, or neither.');
  if (new Set(input.photoIds).size !== input.photoIds.length) throw badInput('photoIds', 'A photo is attached twice.');
  const session = input.sessionId ? await getSession(ctx, { id: input.sessionId }) : null;
  if (session && !callIsOpen(session)) throw collectionClosed(session);
  const phone = !input.anonymous && input.phone?.trim() ? normalizePhone(input.phone) : null;
  if (phone && !phonePattern.test(phone)) throw badInput('phone', 'Enter an 11-digit mobile number or a landline with its area code.');
  // Limits are spent last, so a mistake in the form does not cost the sender an attempt.
  await ctx.services.clues.limit('submitPerDevice', device);
  await ctx.services.clues.limit('submitPerAddress', ctx.ip);

  const clue = await ctx.em.transactional(async (em) => {
    const photos = input.photoIds.length ? await em.find(CluePhoto, { id: { $in: input.photoIds }, clue: null, uploaderKey: device }) : [];
    if (photos.length !== input.photoIds.length) throw badInput('photoIds', 'A photo was not found or is already used; upload it again.');
    const clue = em.create(Clue, {
      trackingCode: newTrackingCode(),
      session,
      title,
      description,
      category: input.category,
      location: optionalText(input.location),
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      anonymous: input.anonymous,
      // Anonymous means staff see neither: they are not stored at all.
      submitterName: input.anonymous ? null : optionalText(input.name),
      phoneMasked: phone ? maskPhone(phone) : null,
      phoneSealed: phone ? ctx.services.clues.phones.seal(phone) : null,
    });
    for (const photo of photos) em.assign(photo, { clue, position: input.photoIds.indexOf(photo.id) });
    recordAudit(em, ctx.viewer, 'clue.submit', { type: 'Clue', id: clue.id }, { sessionId: session?.id ?? null, photos: photos.length });
    return clue;
  });
  ctx.services.pubsub.publish('CLUE_SUBMITTED', { clueId: clue.id });
  return clue;
}

function collectionClosed(session: Session): DomainError {
  const { clueCallOpensAt: opensAt, clueCallClosesAt: closesAt } = session;
  const when = !opensAt || !closesAt ? 'This session is not collecting clues.' : new Date() < opensAt ? `Clues for this session are collected from ${opensAt.toISOString()}.` : `The call for clues closed at ${closesAt.toISOString()}.`;
  return new DomainError('COLLECTION_CLOSED', `${when} You can still send it as a general submission.`, { opensAt: opensAt?.toISOString() ?? null, closesAt: closesAt?.toISOString() ?? null });
}

/** 附议: a device supports a published clue once; the primary key (clue, device) decides. */
export async function supportClue(ctx: Context, clueId: string): Promise<{ clueId: string; supportCount: number }> {
  const device = requireDevice(ctx);
  await ctx.services.clues.limit('supportPerAddress', ctx.ip);
  return ctx.em.transactional(async (em) => {
    const clue = await em.findOne(Clue, { id: clueId, published: true });
    if (!clue) throw notFound('The clue');
    const inserted = await em.execute<{ clue_id: string }[]>('insert into clue_support (clue_id, device_key, created_at) values (?, ?, now()) on conflict do nothing returning clue_id', [clueId, device]);
    if (inserted.length === 0) throw new DomainError('ALREADY_SUPPORTED', 'You have already supported this clue.');
    const [row] = await em.execute<{ support_count: number }[]>('update clue set support_count = support_count + 1 where id = ? returning support_count', [clueId]);
    return { clueId, supportCount: row!.support_count };
  });
}

/** Published clues for everyone, newest or most supported first, searchable. */
export async function listPublicClues(ctx: Context, args: PublicClueArgs) {
  if (args.sessionId) await getSession(ctx, { id: args.sessionId });
  const where: FilterQuery<Clue> = { $and: [{ published: true, ...(args.sessionId ? { session: args.sessionId } : {}) }, searchWhere(args.search)] };
  const orderBy = args.orderBy === 'MOST_SUPPORTED' ? ({ supportCount: 'desc', createdAt: 'desc', id: 'desc' } as const) : ({ createdAt: 'desc', id: 'desc' } as const);
  const page = await findPage(ctx.em, Clue, { where, orderBy, args, populate: ['session'] }, (clue) => clue);
  const ids = page.nodes.map((c) => c.id);
  const [photos, supported] = await Promise.all([
    photosByClue(ctx.em, ids),
    ctx.device && ids.length ? ctx.em.find(ClueSupport, { clue: { $in: ids }, deviceKey: ctx.device }) : [],
  ]);
  const supportedIds = new Set(supported.map((s) => s.clue.id));
  const nodes: PublicClue[] = page.nodes.map((clue) => ({
    id: clue.id,
    title: clue.title,
    description: clue.description,
    category: clue.category,
    location: clue.location ?? null,
    status: clue.status,
    session: sessionRef(visibleSession(ctx, clue.session)),
    supportCount: clue.supportCount,
    supportedByMe: supportedIds.has(clue.id),
    publicReply: clue.publicReply ?? null,
    photos: photos.get(clue.id) ?? [],
    createdAt: clue.createdAt,
  }));
  return { ...page, nodes };
}

/** Which audited steps the public sees, and what of each step's detail it may read. */
const publicSteps: Record<string, { action: string; note?: (detail: Record<string, unknown>) => unknown }> = {
  'clue.submit': { action: 'SUBMITTED' },
  'clue.accept': { action: 'ACCEPTED', note: (d) => d.questionTitle },
  'clue.merge': { action: 'MERGED' },
  'clue.reject': { action: 'REJECTED', note: (d) => d.note },
  'clue.refer': { action: 'REFERRED', note: (d) => d.departmentName },
  'clue.publish': { action: 'PUBLISHED' },
  'clue.unpublish': { action: 'UNPUBLISHED' },
  'clue.reply': { action: 'REPLIED', note: (d) => d.reply },
};

/** 查询码 lookup: the clue's fate and public timeline, never a name, a phone or a staff member. */
export async function trackClue(ctx: Context, code: string): Promise<ClueTracking> {
  await ctx.services.clues.limit('trackPerAddress', ctx.ip);
  const trackingCode = code.replace(/[\s-]/g, '').toUpperCase();
  const clue = trackingCode.length <= 12 ? await ctx.em.findOne(Clue, { trackingCode }, { populate: ['session', 'department', 'mergedInto', 'question.department', 'question.session'] }) : null;
  if (!clue) throw new DomainError('NOT_FOUND', 'No clue has this tracking code; check it and try again.');
  // A clue accepted into a session the caller may not see yet: its question, department and title stay out.
  const question = clue.question && visibleSession(ctx, clue.question.session) ? clue.question : null;
  const planHidden = Boolean(clue.question) && !question;
  const [entries, round, followUps] = await Promise.all([
    ctx.em.find(AuditEntry, { subjectType: 'Clue', subjectId: clue.id, action: { $in: Object.keys(publicSteps) } }, { orderBy: { id: 'asc' } }),
    question ? ctx.em.findOne(VoteRound, { question: question.id, status: 'PUBLISHED' }) : null,
    publicFollowUps(ctx, question ? { $or: [{ question: question.id }, { sourceClue: clue.id }] } : { sourceClue: clue.id }),
  ]);
  const timeline: ClueEvent[] = entries.map((entry) => {
    const step = publicSteps[entry.action]!;
    const note = step.action === 'ACCEPTED' && planHidden ? null : step.note?.(entry.detail ?? {});
    return { action: step.action, at: entry.at, note: typeof note === 'string' ? note : null };
  });
  return {
    trackingCode: clue.trackingCode,
    title: clue.title,
    category: clue.category,
    status: clue.status,
    published: clue.published,
    supportCount: clue.supportCount,
    submittedAt: clue.createdAt,
    session: sessionRef(visibleSession(ctx, clue.session)),
    publicReply: clue.publicReply ?? null,
    rejectReason: clue.rejectReason ?? null,
    rejectNote: clue.rejectNote ?? null,
    departmentName: planHidden ? null : (clue.department?.name ?? null),
    mergedInto: clue.mergedInto ? { id: clue.mergedInto.id, title: clue.mergedInto.title, status: clue.mergedInto.status } : null,
    question: question
      ? { title: question.title, phase: question.phase, departmentName: question.department.name, respondent: question.respondent, result: round?.result ?? null }
      : null,
    timeline,
    followUps,
  };
}

// ─── Calls for clues ────────────────────────────────────────────────────────────────────────────

function toClueCall(session: Session): ClueCall {
  return { session: sessionRef(session)!, opensAt: session.clueCallOpensAt ?? null, closesAt: session.clueCallClosesAt ?? null, open: callIsOpen(session) };
}

export async function clueCall(ctx: Context, sessionId: string): Promise<ClueCall> {
  return toClueCall(await getSession(ctx, { id: sessionId }));
}

/** Calls open now or opening later, soonest closing first. */
export async function currentClueCalls(ctx: Context): Promise<ClueCall[]> {
  const sessions = await ctx.em.find(Session, { status: { $ne: 'DRAFT' }, clueCallClosesAt: { $gt: new Date() } }, { orderBy: { clueCallClosesAt: 'asc' }, limit: 20 });
  return sessions.map(toClueCall);
}

/** Opens, moves or closes a session's call for clues. */
export async function setClueCall(ctx: Context, input: ClueCallInput): Promise<ClueCall> {
  const session = await getSession(ctx, { id: input.sessionId });
  const opensAt = input.opensAt ?? null;
  const closesAt = input.closesAt ?? null;
  if ((opensAt === null) !== (closesAt === null)) throw badInput('closesAt', 'Set both the opening and the closing time, or clear both.');
  if (opensAt && closesAt && opensAt >= closesAt) throw badInput('closesAt', 'The call must close after it opens.');
  ctx.em.assign(session, { clueCallOpensAt: opensAt, clueCallClosesAt: closesAt });
  recordAudit(ctx.em, ctx.viewer, 'session.clueCall', { type: 'Session', id: session.id }, { opensAt, closesAt });
  await ctx.em.flush();
  return toClueCall(session);
}

// ─── Staff triage ───────────────────────────────────────────────────────────────────────────────

/** Substring search over title, description and place; the trigram indexes serve it, Chinese included. */
function searchWhere(search: string | null | undefined): FilterQuery<Clue> {
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
  };
  return { $and: [fields, searchWhere(filter.search)] };
}

export const clueOrder = { createdAt: 'desc', id: 'desc' } as const;

/** The triage board: newest first, filtered. */
export async function listClues(ctx: Context, args: PageArgs & { filter?: ClueFilter | null }) {
  const where = { $and: [clueWhere(args.filter), searchWhere(args.search)] };
  const page = await findPage(ctx.em, Clue, { where, orderBy: clueOrder, args }, (clue) => clue);
  return { ...page, nodes: await clueViews(ctx.em, page.nodes) };
}

export async function getClue(em: EntityManager, id: string, lock = false): Promise<Clue> {
  const clue = await em.findOne(Clue, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!clue) throw notFound('The clue');
  return clue;
}

/**
 * Runs one triage verb on a locked clue, so two staff members cannot decide the same clue at once,
 * and records it; the audit entry is also the clue's public timeline.
 */
async function triage(ctx: Context, clueId: string, verb: ClueVerb, decide: (clue: Clue, em: EntityManager) => Promise<Record<string, unknown>>): Promise<ClueType> {
  const clue = await ctx.em.transactional(async (em) => {
    const clue = await getClue(em, clueId, true);
    const status: ClueStatus = nextClueStatus(clue.status, verb);
    const detail = await decide(clue, em);
    clue.status = status;
    recordAudit(em, ctx.viewer, `clue.${verb}`, { type: 'Clue', id: clue.id }, detail);
    return clue;
  });
  return clueView(ctx.em, clue);
}

/** Accepts a clue as (part of) an on-air question: an existing one, or a new one appended to the running order. */
export function acceptClue(ctx: Context, input: AcceptClueInput): Promise<ClueType> {
  if (Boolean(input.questionId) === Boolean(input.newQuestion)) throw badInput('questionId', 'Choose an existing question or describe a new one (one of the two).');
  return triage(ctx, input.clueId, 'accept', async (clue, em) => {
    let question: Question;
    if (input.questionId) {
      const found = await em.findOne(Question, { id: input.questionId }, { populate: ['session', 'department'] });
      if (!found) throw notFound('The question');
      question = found;
    } else {
      const sessionId = input.sessionId ?? clue.session?.id;
      if (!sessionId) throw badInput('sessionId', 'This is a general submission; choose the session to add the question to.');
      question = await addQuestion({ ...ctx, em }, sessionId, input.newQuestion!);
    }
    em.assign(clue, { question, session: question.session, department: question.department });
    return { questionId: question.id, questionTitle: question.title };
  });
}

/** Merges a duplicate into another clue; its supporters now support the other one. */
export function mergeClue(ctx: Context, clueId: string, intoId: string): Promise<ClueType> {
  if (clueId === intoId) throw badInput('intoId', 'A clue cannot be merged into itself.');
  return triage(ctx, clueId, 'merge', async (clue, em) => {
    const into = await em.findOne(Clue, { id: intoId });
    if (!into) throw notFound('The clue to merge into');
    if (into.status === 'MERGED') throw new DomainError('INVALID_PHASE', 'That clue was itself merged; merge into the clue it was merged into.', { status: into.status });
    await em.execute('insert into clue_support (clue_id, device_key, created_at) select ?, device_key, created_at from clue_support where clue_id = ? on conflict do nothing', [into.id, clue.id]);
    const [row] = await em.execute<{ count: number }[]>('select count(*)::int as count from clue_support where clue_id = ?', [into.id]);
    into.supportCount = row!.count;
    em.assign(clue, { mergedInto: into, published: false });
    return { intoId: into.id };
  });
}

/** Turns a clue down with a reason the submitter will read. */
export function rejectClue(ctx: Context, input: RejectClueInput): Promise<ClueType> {
  return triage(ctx, input.clueId, 'reject', async (clue, em) => {
    const note = optionalText(input.note);
    em.assign(clue, { rejectReason: input.reason, rejectNote: note, published: false });
    return { reason: input.reason satisfies RejectReason, note };
  });
}

/** Sends a clue to a department as an ordinary case (not asked on air). */
export function referClue(ctx: Context, input: ReferClueInput): Promise<ClueType> {
  return triage(ctx, input.clueId, 'refer', async (clue, em) => {
    const department = await getDepartment({ ...ctx, em }, input.departmentId);
    em.assign(clue, { department });
    return { departmentId: department.id, departmentName: department.name, note: optionalText(input.note) };
  });
}

/** Shows or hides a clue on the public list; rejected and merged clues stay hidden. */
export async function setCluePublished(ctx: Context, clueId: string, published: boolean): Promise<ClueType> {
  const clue = await ctx.em.transactional(async (em) => {
    const clue = await getClue(em, clueId, true);
    if (published && (clue.status === 'REJECTED' || clue.status === 'MERGED')) {
      throw new DomainError('INVALID_PHASE', `A ${clue.status} clue cannot be published.`, { status: clue.status });
    }
    if (clue.published !== published) {
      clue.published = published;
      recordAudit(em, ctx.viewer, published ? 'clue.publish' : 'clue.unpublish', { type: 'Clue', id: clue.id });
    }
    return clue;
  });
  return clueView(ctx.em, clue);
}

/** A public reply from staff, shown on the tracking page (and the public list, if published). */
export async function replyToClue(ctx: Context, input: ReplyToClueInput): Promise<ClueType> {
  const reply = text(input.reply, 'reply', 1, 'Write the reply.');
  const clue = await ctx.em.transactional(async (em) => {
    const clue = await getClue(em, input.clueId, true);
    em.assign(clue, { publicReply: reply, repliedAt: new Date() });
    recordAudit(em, ctx.viewer, 'clue.reply', { type: 'Clue', id: clue.id }, { reply });
    return clue;
  });
  return clueView(ctx.em, clue);
}

/** Shows a submitter's whole phone number; the audit entry (who, when, which clue) commits first. */
export async function revealCluePhone(ctx: Context, clueId: string): Promise<string | null> {
  const clue = await getClue(ctx.em, clueId);
  if (!clue.phoneSealed) return null;
  recordAudit(ctx.em, ctx.viewer, 'clue.revealPhone', { type: 'Clue', id: clue.id });
  await ctx.em.flush();
  return ctx.services.clues.phones.open(clue.phoneSealed);
}

/** Clues that may report the same problem: similar text (trigrams) or the same place. */
export async function clueDuplicates(ctx: Context, clueId: string): Promise<ClueDuplicate[]> {
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
  return rows.map((row) => ({ clue: views.get(row.id)!, similarity: Math.round(Number(row.similarity) * 100) / 100, samePlace: row.same_place }));
}

/** Public moderation statistics: received, and what became of them. */
export async function clueStats(ctx: Context, sessionId: string | null | undefined): Promise<ClueStats> {
  if (sessionId) await getSession(ctx, { id: sessionId });
  const where = sessionId ? 'where session_id = ?' : '';
  const params = sessionId ? [sessionId] : [];
  const [byStatus, reasons, categories] = await Promise.all([
    ctx.em.execute<{ status: ClueStatus; count: number; published: number }[]>(`select status, count(*)::int as count, count(*) filter (where published)::int as published from clue ${where} group by status`, params),
    ctx.em.execute<{ reason: RejectReason; count: number }[]>(`select reject_reason as reason, count(*)::int as count from clue ${where ? `${where} and` : 'where'} status = 'REJECTED' and reject_reason is not null group by reject_reason order by count desc, reject_reason`, params),
    ctx.em.execute<{ category: ClueCategory; count: number }[]>(`select category, count(*)::int as count from clue ${where} group by category order by count desc, category`, params),
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
export async function staffClue(ctx: Context, id: string): Promise<ClueType> {
  return clueView(ctx.em, await getClue(ctx.em, id));
}

/** Loads the clue an event names, on a fresh fork so a long-lived subscription does not accumulate entities. */
export async function loadSubmittedClue(ctx: Context, clueId: string): Promise<ClueType> {
  const em = ctx.em.fork();
  return clueView(em, await getClue(em, clueId));
}
