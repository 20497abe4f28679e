import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Viewer } from '../auth/viewer.js';
import { FollowUpDocument } from './documents.entity.js';
import {
  DEFAULT_PREFIXES,
  documentNumber,
  documentTitles,
  type FollowUpDocumentKind,
  followUpDocumentKinds,
  PREFIX_PATTERN,
} from './documents-terms.js';
import { FollowUp, FollowUpEvent } from './follow-up.entity.js';
import { lockItem, mayRead } from './follow-up.access.js';
import { withDepartment } from './follow-up-status.js';
import { appendEvent, FollowUpAction } from './follow-up-timeline.js';
import { FollowUpSettings } from './oversight.entity.js';
import { chinaDate, dateWords } from './working-days.js';

// 交办函, 督办函, 催办函 and 情况通报: each is issued once, in the transaction of the step it belongs to
// (the dispatch, staff's request, the escalation rung), with a 文号 from a counter row per kind and year.
// The document keeps every text it printed, so printing it again gives the same letter.

/** 发文机关 when staff have not named one. */
export const DEFAULT_ISSUER = '人大常委会办公室';

const prefixField = { ASSIGN: 'assignPrefix', SUPERVISE: 'supervisePrefix', URGE: 'urgePrefix', NOTICE: 'noticePrefix' } as const;

export interface DocumentSettings {
  issuer: string;
  prefixes: Record<FollowUpDocumentKind, string>;
}

export async function documentSettings(em: EntityManager): Promise<DocumentSettings> {
  const row = await em.findOne(FollowUpSettings, { id: 1 });
  return {
    issuer: row?.documentIssuer ?? DEFAULT_ISSUER,
    prefixes: {
      ASSIGN: row?.assignPrefix ?? DEFAULT_PREFIXES.ASSIGN,
      SUPERVISE: row?.supervisePrefix ?? DEFAULT_PREFIXES.SUPERVISE,
      URGE: row?.urgePrefix ?? DEFAULT_PREFIXES.URGE,
      NOTICE: row?.noticePrefix ?? DEFAULT_PREFIXES.NOTICE,
    },
  };
}

/**
 * Sets the issuing body and the 文号 prefixes (documents issued from now on; issued ones keep theirs).
 * A caller that does not name the 情况通报 prefix keeps the one in force.
 */
export async function setDocumentSettings(
  ctx: Caller,
  input: { issuer: string; assignPrefix: string; supervisePrefix: string; urgePrefix: string; noticePrefix?: string | null },
): Promise<DocumentSettings> {
  const issuer = input.issuer.trim();
  if (!issuer || issuer.length > 60) throw badInput('issuer', 'Name the issuing body (发文机关) in at most 60 characters.');
  const prefixes = {
    ASSIGN: input.assignPrefix.trim(),
    SUPERVISE: input.supervisePrefix.trim(),
    URGE: input.urgePrefix.trim(),
    NOTICE: input.noticePrefix?.trim() || (await documentSettings(ctx.em)).prefixes.NOTICE,
  };
  for (const kind of followUpDocumentKinds)
    if (!PREFIX_PATTERN.test(prefixes[kind]))
      throw badInput(
        prefixField[kind],
        'A 文号 prefix is 1 to 20 characters: Chinese characters, letters or digits, without brackets or spaces.',
      );
  if (new Set(Object.values(prefixes)).size < followUpDocumentKinds.length)
    throw badInput(
      new Set([prefixes.ASSIGN, prefixes.SUPERVISE, prefixes.URGE]).size === 3 ? 'noticePrefix' : 'urgePrefix',
      'Give each kind of document its own prefix, so their numbers cannot be confused.',
    );
  await ctx.em.transactional(async (em) => {
    const before = await documentSettings(em);
    const row = await em.findOne(FollowUpSettings, { id: 1 });
    const values = {
      documentIssuer: issuer,
      assignPrefix: prefixes.ASSIGN,
      supervisePrefix: prefixes.SUPERVISE,
      urgePrefix: prefixes.URGE,
      noticePrefix: prefixes.NOTICE,
    };
    if (row) em.assign(row, values);
    else em.create(FollowUpSettings, { id: 1, progressReview: false, ...values });
    recordAudit(
      em,
      ctx.viewer,
      'followUp.setDocumentSettings',
      { type: 'FollowUpSettings', id: '1' },
      { before, after: { issuer, prefixes } },
    );
  });
  return documentSettings(ctx.em.fork());
}

/** The next sequence of a kind in a year: one upsert, so concurrent issuers (on any instance) queue on the counter row. */
export async function nextSequence(em: EntityManager, kind: FollowUpDocumentKind, year: number): Promise<number> {
  const [row] = await em.execute<{ last: number }[]>(
    'insert into follow_up_document_counter (kind, year, last) values (?, ?, 1) on conflict (kind, year) do update set last = follow_up_document_counter.last + 1 returning last',
    [kind, year],
  );
  return Number(row!.last);
}

/** What each kind asks of the department, as printed. */
export function requirementsOf(kind: FollowUpDocumentKind, item: Pick<FollowUp, 'deadline' | 'handlingRound'>): string {
  const due = dateWords(item.deadline);
  switch (kind) {
    case 'ASSIGN':
      return `请你单位按照整改承诺认真办理，于${due}前办结，并按时报送整改报告及佐证材料；办理中遇有困难，请及时报告。整改落实情况将通过回头看测评接受检验，并向社会公示。`;
    case 'SUPERVISE':
      return `请你单位高度重视，主要负责同志亲自研究部署，对照整改承诺逐项抓好落实，于${due}前将办理情况书面报送${item.handlingRound > 1 ? '，并说明二次办理采取的措施' : ''}。本办将跟踪督办，办理结果向社会公示。`;
    case 'URGE':
      return `该事项办理期限为${due}。请你单位接函后抓紧办理，于三个工作日内书面报告办理进展；逾期未办结的，请说明原因及下一步措施。`;
    case 'NOTICE':
      return `请你单位对照通报的问题深入查找原因，认真整改，于${due}前将整改落实情况书面报送本办。整改情况将接受回头看测评，并向社会公示。`;
  }
}

/**
 * Issues a document for an item in the caller's transaction: allocates its 文号, stores what it
 * prints and appends the DOCUMENT_ISSUED step. `actor` null when the escalation job issues it.
 */
export async function issueDocument(
  em: EntityManager,
  item: FollowUp,
  kind: FollowUpDocumentKind,
  actor: Viewer | null,
  reason: string | null,
  now = new Date(),
): Promise<FollowUpDocument> {
  await em.populate(item, ['department', 'coDepartments']);
  const settings = await documentSettings(em);
  const year = Number(chinaDate(now).slice(0, 4));
  const sequence = await nextSequence(em, kind, year);
  const number = documentNumber(settings.prefixes[kind], year, sequence);
  const event = appendEvent(em, item, FollowUpAction.DOCUMENT_ISSUED, actor, { note: `印发${documentTitles[kind]}（${number}）` });
  const copyTo = item.coDepartments
    .getItems()
    .map((d) => d.name)
    .join('、');
  const document = em.create(FollowUpDocument, {
    followUp: item,
    event,
    kind,
    year,
    sequence,
    number,
    issuedOn: chinaDate(now),
    issuer: settings.issuer,
    recipient: item.department.name,
    copyTo: copyTo || null,
    itemTitle: item.title,
    commitment: item.commitment,
    deadline: item.deadline,
    handlingRound: item.handlingRound,
    reason,
    requirements: requirementsOf(kind, item),
    issuedById: actor?.account?.id ?? null,
  });
  if (actor) recordAudit(em, actor, 'followUp.issueDocument', { type: 'FollowUp', id: item.id }, { kind, number });
  return document;
}

/** The latest notice (情况通报) on the item's timeline, as an unsatisfied 回头看 records it, without its label. */
async function latestNotice(em: EntityManager, item: FollowUp): Promise<string | null> {
  const [event] = await em.find(
    FollowUpEvent,
    { followUp: item.id, action: FollowUpAction.NOTICE },
    { orderBy: { at: 'desc', id: 'desc' }, limit: 1 },
  );
  return event?.note?.replace(/^情况通报[：:]\s*/, '').trim() || null;
}

/**
 * Staff issue a document on demand: a 交办函 again for a dispatched item, a 督办函, a 催办函 (with
 * why), or a 情况通报 (what it reports: staff's text, else the item's latest notice from its 回头看).
 * A 情况通报 may also be issued for a closed item (a submitter who says 未解决, a finding afterwards).
 */
export async function issueDocumentOnDemand(
  ctx: Caller,
  input: { id: string; kind: FollowUpDocumentKind; reason?: string | null },
): Promise<FollowUpDocument> {
  let reason = input.reason?.trim() || null;
  if (reason && reason.length > 1000) throw badInput('reason', 'Keep the reason under 1000 characters.');
  if ((input.kind === 'URGE' || input.kind === 'SUPERVISE') && !reason)
    throw badInput('reason', `Say why the ${input.kind === 'URGE' ? '催办函' : '督办函'} is issued (it is printed in the letter).`);
  const id = await ctx.em.transactional(async (em) => {
    const item = await lockItem(em, ctx.viewer, input.id);
    if (item.status === 'DRAFT' || (item.status === 'CLOSED' && input.kind !== 'NOTICE'))
      throw new DomainError('INVALID_PHASE', 'Documents are issued for dispatched items that are not closed.', { status: item.status });
    if (input.kind === 'NOTICE' && !reason) {
      reason = await latestNotice(em, item);
      if (!reason)
        throw badInput('reason', 'Say what the 情况通报 reports (it is printed); this item has no notice from a 回头看 to take it from.');
    }
    if (input.kind === 'URGE' && !withDepartment.includes(item.status))
      throw new DomainError('INVALID_PHASE', 'A 催办函 is issued only while the department is handling the item.', { status: item.status });
    return (await issueDocument(em, item, input.kind, ctx.viewer, reason)).id;
  });
  return ctx.em.fork().findOneOrFail(FollowUpDocument, { id });
}

/** An item's documents, for whoever may read the item (staff, its departments, its supervising representatives). */
export async function listDocuments(ctx: Caller, followUpId: string): Promise<FollowUpDocument[]> {
  const item = await readableItem(ctx, followUpId);
  return ctx.em.find(FollowUpDocument, { followUp: item.id }, { orderBy: { createdAt: 'asc', sequence: 'asc' } });
}

/** One document, under the same rule as its item. */
export async function getDocument(ctx: Caller, id: string): Promise<FollowUpDocument> {
  const document = await ctx.em.findOne(FollowUpDocument, { id });
  if (!document) throw notFound('The document');
  await readableItem(ctx, document.followUp.id);
  return document;
}

async function readableItem(ctx: Caller, id: string): Promise<FollowUp> {
  const item = await ctx.em.findOne(FollowUp, { id }, { populate: ['department', 'coDepartments', 'supervisors'] });
  if (!item) throw notFound('The item');
  if (!mayRead(ctx.viewer, item)) throw new DomainError('FORBIDDEN', 'This item belongs to another department.');
  return item;
}
