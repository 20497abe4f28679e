import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { badInput } from '../../graphql/errors.js';
import { isUuid } from '../../graphql/argument-guard.js';
import { FollowUp, FollowUpEvent } from '../follow-up/follow-up.entity.js';
import { escalationNames, type EscalationLevel } from '../follow-up/deadline-terms.js';
import { FollowUpAction } from '../follow-up/follow-up-timeline.js';
import { withDepartment, type FollowUpStatus } from '../follow-up/follow-up-status.js';
import { AccountabilityRecord } from '../follow-up/oversight.entity.js';
import { bodyNames, measureNames } from '../follow-up/oversight-terms.js';
import { chinaDate } from '../follow-up/working-days.js';
import { Committee } from './committee.entity.js';

// 督办报告: what a committee (专（工）委) did with the items it supervises over a period, gathered
// from the items' timelines. One loader feeds the PDF and the workbook, so both say the same.

/** Which items: one committee's, those no committee owns, or all. */
export type ReportScope = { committeeId: string } | 'NONE' | 'ALL';

export interface ReportQuery {
  scope: ReportScope;
  /** China dates, YYYY-MM-DD, both days included. */
  from: string;
  to: string;
}

export interface ReportTotals {
  /** Items under supervision at some time in the period. */
  items: number;
  /** 交办: dispatched in the period. */
  dispatched: number;
  /** Reported in the period by their deadline. */
  onTime: number;
  /** Reported in the period after their deadline, or still not reported with the deadline passed by the period's end. */
  overdue: number;
  /** Items urged (催办) in the period, and the urges. */
  urged: number;
  urges: number;
  /** Items that climbed the escalation ladder in the period. */
  escalated: number;
  /** Items given an extension (延期) in the period. */
  extended: number;
  /** Items closed (办结) in the period. */
  closed: number;
  /** 回头看 results in the period. */
  lookBackSatisfied: number;
  lookBackUnsatisfied: number;
  /** 问责 measures taken and referrals (移送) made in the period. */
  accountability: number;
  referrals: number;
}

export interface ReportItem {
  id: string;
  title: string;
  department: string;
  committee: string | null;
  dispatchedOn: string | null;
  deadline: string;
  status: FollowUpStatus;
  handlingRound: number;
  urges: number;
  extensions: number;
  escalation: EscalationLevel | null;
  /** true reported by the deadline, false late (or still unreported past it), null neither yet. */
  onTime: boolean | null;
  closedOn: string | null;
  /** 回头看 outcome in words, or what became of the item. */
  result: string;
  /** The steps of the period, oldest first: China date and what happened. */
  steps: { on: string; what: string }[];
  /** 问责 in words; an official's name and post only where staff published the record. */
  accountability: string[];
}

export interface SupervisionReport {
  /** The committee reported on; null for all items or those without a committee. */
  committee: { name: string; shortName: string } | null;
  scope: 'COMMITTEE' | 'NONE' | 'ALL';
  from: string;
  to: string;
  totals: ReportTotals;
  items: ReportItem[];
}

export const statusWords: Record<FollowUpStatus, string> = {
  DRAFT: '待交办',
  DISPATCHED: '已交办',
  ACCEPTED: '已签收',
  RETURNED: '已退回',
  IN_PROGRESS: '办理中',
  REPORTED: '已报送整改报告',
  APPROVED: '报告已审核',
  SENT_BACK: '报告被退回',
  EVALUATING: '回头看测评中',
  CLOSED: '已办结',
  REOPENED: '二次办理',
};

/** The steps a report tells, in words; others (progress notes, comments, scores) stay on the item page. */
const stepWords: Partial<Record<FollowUpAction, string>> = {
  DISPATCHED: '交办',
  ACCEPTED: '签收',
  RETURNED: '退回',
  REASSIGNED: '改派',
  INSISTED: '不同意退回',
  REPORTED: '报送整改报告',
  APPROVED: '整改报告审核通过',
  SENT_BACK: '整改报告退回',
  EVALUATION_OPENED: '开展回头看测评',
  CLOSED: '办结',
  REOPENED: '回头看不满意，二次办理',
  NOTICE: '情况通报',
  DEADLINE_CHANGED: '调整办理期限',
  URGED: '催办',
  ESCALATED: '逾期升级督办',
  EXTENSION_REQUESTED: '申请延期',
  EXTENSION_APPROVED: '同意延期',
  EXTENSION_REFUSED: '不同意延期',
  MEDIATION: '三方见面',
  ACCOUNTABILITY: '问责',
  REFERRED: '移送',
  COMMITTEE_CHANGED: '调整督办委室',
};

/** Notes printed beside a step (short, and never a person's name: mediation notes stay out). */
const withNote = new Set<string>([
  FollowUpAction.RETURNED,
  FollowUpAction.SENT_BACK,
  FollowUpAction.URGED,
  FollowUpAction.ESCALATED,
  FollowUpAction.EXTENSION_APPROVED,
  FollowUpAction.EXTENSION_REFUSED,
  FollowUpAction.DEADLINE_CHANGED,
  FollowUpAction.COMMITTEE_CHANGED,
]);

const chinaDay = /^\d{4}-\d{2}-\d{2}$/;

/** `from` and `to` as given, checked: real days, in order, at most five years apart. */
export function reportPeriod(from: unknown, to: unknown): { from: string; to: string } {
  const day = (name: string, value: unknown) => {
    const text = typeof value === 'string' ? value.trim() : '';
    const noon = new Date(`${text}T12:00:00+08:00`);
    const valid = chinaDay.test(text) && !Number.isNaN(noon.getTime()) && chinaDate(noon) === text;
    if (!valid) throw badInput(name, `Give ${name} as a date, YYYY-MM-DD.`);
    return text;
  };
  const period = { from: day('from', from), to: day('to', to) };
  if (period.from > period.to) throw badInput('to', 'The period ends before it begins.');
  if (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) > 5)
    throw badInput('from', 'Report on at most five years at a time.');
  return period;
}

/** `committee` from a query string: an id, `none` (items no committee owns) or empty (all items). */
export function reportScope(value: unknown): ReportScope {
  if (value === undefined || value === '' || value === 'all') return 'ALL';
  if (value === 'none') return 'NONE';
  if (typeof value === 'string' && isUuid(value)) return { committeeId: value };
  throw badInput('committee', 'Choose a committee from the list, or none, or all.');
}

const clip = (text: string, length = 80) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** Gathers the report; a committee that does not exist is BAD_USER_INPUT. */
export async function loadSupervisionReport(em: EntityManager, query: ReportQuery, now = new Date()): Promise<SupervisionReport> {
  const start = new Date(`${query.from}T00:00:00+08:00`);
  const end = new Date(new Date(`${query.to}T00:00:00+08:00`).getTime() + 86_400_000);
  const committee = typeof query.scope === 'object' ? await em.findOne(Committee, { id: query.scope.committeeId }) : null;
  if (typeof query.scope === 'object' && !committee) throw badInput('committee', 'Choose a committee from the list.');
  const owner: FilterQuery<FollowUp> =
    query.scope === 'ALL' ? {} : query.scope === 'NONE' ? { committee: null } : { committee: committee!.id };
  // Under supervision at some time in the period: dispatched before it ends, not closed before it began.
  const items = await em.find(
    FollowUp,
    {
      $and: [
        owner,
        { parent: null, status: { $ne: 'DRAFT' }, dispatchedAt: { $lt: end } },
        { $or: [{ closedAt: null }, { closedAt: { $gte: start } }] },
      ],
    },
    { populate: ['department', 'committee'], orderBy: { dispatchedAt: 'asc', id: 'asc' } },
  );
  const ids = items.map((i) => i.id);
  const [events, records] = ids.length
    ? await Promise.all([
        em.find(FollowUpEvent, { followUp: { $in: ids }, at: { $lt: end } }, { orderBy: { id: 'asc' } }),
        em.find(
          AccountabilityRecord,
          { followUp: { $in: ids }, takenOn: { $gte: query.from, $lte: query.to } },
          { orderBy: { createdAt: 'asc' } },
        ),
      ])
    : [[], []];
  const cutoff = end.getTime() < now.getTime() ? end : now;
  const totals: ReportTotals = {
    items: items.length,
    dispatched: 0,
    onTime: 0,
    overdue: 0,
    urged: 0,
    urges: 0,
    escalated: 0,
    extended: 0,
    closed: 0,
    lookBackSatisfied: 0,
    lookBackUnsatisfied: 0,
    accountability: records.filter((r) => r.kind === 'MEASURE').length,
    referrals: records.filter((r) => r.kind === 'REFERRAL').length,
  };
  const rows = items.map((item): ReportItem => {
    const all = events.filter((e) => e.followUp.id === item.id);
    const inPeriod = all.filter((e) => e.at >= start);
    const count = (action: string) => inPeriod.filter((e) => e.action === action).length;
    if (item.dispatchedAt && item.dispatchedAt >= start) totals.dispatched++;
    // 按期: the first report of the current handling round against the deadline in force.
    const report = all.find((e) => e.action === FollowUpAction.REPORTED && e.handlingRound === item.handlingRound);
    let onTime: boolean | null = null;
    if (report && report.at >= start) onTime = report.at <= item.deadline;
    else if (!report && withDepartment.includes(item.status) && item.deadline < cutoff) onTime = false;
    else if (!report && item.deadline < cutoff && item.status === 'RETURNED') onTime = false;
    if (onTime === true) totals.onTime++;
    if (onTime === false) totals.overdue++;
    const urges = count(FollowUpAction.URGED);
    totals.urges += urges;
    if (urges) totals.urged++;
    if (count(FollowUpAction.ESCALATED)) totals.escalated++;
    const extensions = count(FollowUpAction.EXTENSION_APPROVED);
    if (extensions) totals.extended++;
    const closedStep = inPeriod.find((e) => e.action === FollowUpAction.CLOSED);
    if (closedStep) totals.closed++;
    // A look-back's verdict: CLOSED or REOPENED right after the look-back was opened.
    let result = statusWords[item.status as FollowUpStatus];
    for (const [index, event] of all.entries()) {
      if (event.action !== FollowUpAction.CLOSED && event.action !== FollowUpAction.REOPENED) continue;
      const before = all
        .slice(0, index)
        .reverse()
        .find((e) =>
          [FollowUpAction.EVALUATION_OPENED, FollowUpAction.EVALUATION_VOID, FollowUpAction.APPROVED].includes(e.action as never),
        );
      if (before?.action !== FollowUpAction.EVALUATION_OPENED) continue;
      const satisfied = event.action === FollowUpAction.CLOSED;
      if (event.at >= start) {
        if (satisfied) totals.lookBackSatisfied++;
        else totals.lookBackUnsatisfied++;
      }
      result = satisfied ? '回头看满意，办结' : '回头看不满意，二次办理';
    }
    if (item.status === 'CLOSED' && result === statusWords.CLOSED) result = '办结';
    const steps = inPeriod.flatMap((e) => {
      const words = stepWords[e.action as FollowUpAction];
      if (!words) return [];
      const note = withNote.has(e.action) && e.note ? `：${clip(e.note)}` : '';
      return [{ on: chinaDate(e.at), what: `${words}${note}` }];
    });
    const accountability = records
      .filter((r) => r.followUp.id === item.id)
      .map((r) => {
        // The official is named only where staff published the record (as on the public page).
        const who = r.published && r.officialName ? `${r.officialName}${r.officialPost ? `（${r.officialPost}）` : ''}` : '';
        return r.kind === 'MEASURE'
          ? `${r.takenOn} ${r.measure ? measureNames[r.measure] : '问责'}${who ? `：${who}` : ''}${r.published && r.issuedBy ? `，${r.issuedBy}作出` : ''}`
          : `${r.takenOn} 移送${r.body ? bodyNames[r.body] : ''}${r.published && r.referenceNumber ? `（${r.referenceNumber}）` : ''}`;
      });
    return {
      id: item.id,
      title: item.title,
      department: item.department.name,
      committee: item.committee?.shortName ?? null,
      dispatchedOn: item.dispatchedAt ? chinaDate(item.dispatchedAt) : null,
      deadline: chinaDate(item.deadline),
      status: item.status,
      handlingRound: item.handlingRound,
      urges,
      extensions,
      escalation: item.escalation ?? null,
      onTime,
      closedOn: closedStep ? chinaDate(closedStep.at) : null,
      result,
      steps,
      accountability,
    };
  });
  return {
    committee: committee ? { name: committee.name, shortName: committee.shortName } : null,
    scope: query.scope === 'ALL' ? 'ALL' : query.scope === 'NONE' ? 'NONE' : 'COMMITTEE',
    from: query.from,
    to: query.to,
    totals,
    items: rows,
  };
}

export const escalationWords = (level: EscalationLevel | null) => (level ? escalationNames[level] : '');

/** Who the report is about, in its title. */
export const reportSubject = (report: Pick<SupervisionReport, 'committee' | 'scope'>) =>
  report.committee ? report.committee.name : report.scope === 'NONE' ? '未明确督办委室事项' : '全部督办事项';
