import { DomainError } from '../../graphql/errors.js';
import type { Scope } from '../../scope.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { publicFollowUps } from '../follow-up/follow-up.views.js';
import { VoteRound } from '../vote/vote-round.entity.js';
import type { PublicClueAction } from './clue-audit.js';
import { Clue } from './clue.entity.js';
import type { ClueGuards } from './clue-guards.js';
import type { ClueEvent, ClueTracking } from './clue.type.js';
import { categoryFields, sessionRef, visibleSession } from './clue.views.js';

/** Which audited steps the public sees, and what of each step's detail it may read. */
type Step = { action: string; note?: (detail: Record<string, unknown>) => unknown; by?: (detail: Record<string, unknown>) => unknown };
const publicSteps: Record<PublicClueAction, Step> = {
  'clue.submit': { action: 'SUBMITTED' },
  'clue.accept': { action: 'ACCEPTED', note: (d) => d.questionTitle },
  'clue.merge': { action: 'MERGED' },
  'clue.reject': { action: 'REJECTED', note: (d) => d.note },
  'clue.refer': { action: 'REFERRED', note: (d) => d.departmentName },
  'clue.publish': { action: 'PUBLISHED' },
  'clue.unpublish': { action: 'UNPUBLISHED' },
  // Every reply stays on the timeline with who gave it, also once a later reply took its place on the page.
  'clue.reply': { action: 'REPLIED', note: (d) => d.reply, by: (d) => d.by },
  // The submitter's word (已解决 / 未解决); their comment is shown with the latest word, not per step.
  'clue.verdict': { action: 'VERDICT', note: (d) => d.verdict },
};

/** The entries without each undo and the rejection or merge it took back. */
function withoutUndone(entries: AuditEntry[]): AuditEntry[] {
  const kept: AuditEntry[] = [];
  for (const entry of entries) {
    if (entry.action !== 'clue.undo') {
      kept.push(entry);
      continue;
    }
    const decision = kept.findLastIndex((e) => e.action === 'clue.reject' || e.action === 'clue.merge');
    if (decision >= 0) kept.splice(decision, 1);
  }
  return kept;
}

/** A tracking code as people type it: spaces, dashes and lower case allowed. */
export const normalizeTrackingCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

/** 查询码 lookup: the clue's fate and public timeline, never a name, a phone or a staff member. */
export async function trackClue(ctx: Scope<{ clueGuards: ClueGuards }> & { ip: string }, code: string): Promise<ClueTracking> {
  await ctx.services.clueGuards.limit('trackPerAddress', ctx.ip);
  const trackingCode = normalizeTrackingCode(code);
  const clue =
    trackingCode.length <= 12
      ? await ctx.em.findOne(
          Clue,
          { trackingCode },
          {
            populate: ['session', 'category', 'department', 'mergedInto', 'question.department', 'question.session', 'replyRepresentative'],
          },
        )
      : null;
  if (!clue) throw new DomainError('NOT_FOUND', 'No clue has this tracking code; check it and try again.');
  // A clue accepted into a session the caller may not see yet: its question, department and title stay out.
  const question = clue.question && visibleSession(ctx, clue.question.session) ? clue.question : null;
  const planHidden = Boolean(clue.question) && !question;
  const [entries, round, followUps] = await Promise.all([
    ctx.em.find(
      AuditEntry,
      { subjectType: 'Clue', subjectId: clue.id, action: { $in: [...Object.keys(publicSteps), 'clue.undo'] } },
      { orderBy: { id: 'asc' } },
    ),
    question ? ctx.em.findOne(VoteRound, { question: question.id, status: 'PUBLISHED' }) : null,
    publicFollowUps(ctx, question ? { $or: [{ question: question.id }, { sourceClue: clue.id }] } : { sourceClue: clue.id }),
  ]);
  const timeline: ClueEvent[] = withoutUndone(entries).map((entry) => {
    const step = publicSteps[entry.action as PublicClueAction];
    const note = step.action === 'ACCEPTED' && planHidden ? null : step.note?.(entry.detail ?? {});
    const by = step.by?.(entry.detail ?? {});
    return { action: step.action, at: entry.at, note: typeof note === 'string' ? note : null, by: typeof by === 'string' ? by : null };
  });
  return {
    trackingCode: clue.trackingCode,
    title: clue.title,
    ...categoryFields(clue.category),
    status: clue.status,
    published: clue.published,
    supportCount: clue.supportCount,
    submittedAt: clue.createdAt,
    session: sessionRef(visibleSession(ctx, clue.session)),
    publicReply: clue.publicReply ?? null,
    replyBy: clue.publicReply && clue.replyRepresentative ? `人大代表 ${clue.replyRepresentative.name}` : null,
    rejectReason: clue.rejectReason ?? null,
    rejectNote: clue.rejectNote ?? null,
    departmentName: planHidden ? null : (clue.department?.name ?? null),
    mergedInto: clue.mergedInto ? { id: clue.mergedInto.id, title: clue.mergedInto.title, status: clue.mergedInto.status } : null,
    question: question
      ? {
          title: question.title,
          phase: question.phase,
          departmentName: question.department?.name ?? '',
          respondent: question.respondent,
          result: round?.result ?? null,
        }
      : null,
    timeline,
    followUps,
    verdict: clue.verdict ?? null,
    verdictComment: clue.verdictComment ?? null,
    verdictAt: clue.verdictAt ?? null,
    verdictOpen: followUps.some((item) => item.status === 'CLOSED'),
  };
}
