// Follow-up (督办) figures from item statuses, deadlines and timeline steps (see stats-sql.ts).
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { withDepartment, type FollowUpStatus } from '../follow-up/follow-up-status.js';
import { FollowUpAction } from '../follow-up/follow-up-timeline.js';
import type { Outcome } from '../vote/result.js';
import { Conditions, handedIn, list, type CountScope } from './stats-sql.js';

/** Counts of one group of follow-up items (see FollowUpStatsType for the definitions). */
export interface FollowUpRow {
  items: number;
  due: number;
  onTime: number;
  overdue: number;
  reopened: number;
  closed: number;
  answered: number;
  judged: number;
  resolved: number;
}

export interface DepartmentFollowUpRow extends FollowUpRow {
  departmentId: string;
}

/**
 * The items a period counts: top-level items (a split item counts once, as the promise it is) that
 * have been dispatched, whose current deadline falls in the period, with the time the report that
 * stands for the current handling round was handed in.
 */
function periodItems(scope: CountScope, departmentIds?: string[]): { sql: string; params: unknown[] } {
  const where = new Conditions().add('f.parent_id is null').add(`f.status <> 'DRAFT'`).period('f.deadline', scope);
  if (departmentIds)
    where.add(departmentIds.length ? `f.department_id in (${departmentIds.map(() => '?::uuid').join(', ')})` : 'false', ...departmentIds);
  return {
    sql: `select f.id, f.department_id, f.status, f.deadline, f.handling_round, f.closed_at,
        (select max(e.at) from follow_up_event e where e.follow_up_id = f.id and e.action = '${FollowUpAction.REPORTED}' and e.handling_round = f.handling_round) as reported_at,
        (select count(*) from clue c where c.verdict is not null and (c.id = f.source_clue_id or c.question_id = f.question_id)) as words,
        (select count(*) from clue c where c.verdict = 'UNRESOLVED' and (c.id = f.source_clue_id or c.question_id = f.question_id)) as unresolved_words
      from follow_up f where ${where.sql}`,
    params: where.params,
  };
}

/**
 * The judgements on one item, as SQL over a row of periodItems (alias i), with their parameters:
 * due when the deadline has passed or the report is in; on time when the standing report of the
 * current handling round (or the closing) came by the deadline; overdue when the deadline has passed
 * while the work is the department's.
 */
function judgements(now: Date) {
  const at = now.toISOString();
  return {
    due: { sql: `(i.deadline <= ?::timestamptz or i.status in (${list(handedIn)}))`, params: [at] },
    onTime: { sql: `(i.status in (${list(handedIn)}) and coalesce(i.reported_at, i.closed_at) <= i.deadline)`, params: [] as unknown[] },
    overdue: { sql: `(i.status in (${list(withDepartment)}) and i.deadline < ?::timestamptz)`, params: [at] },
  };
}

function followUpColumns(now: Date): { sql: string; params: unknown[] } {
  const { due, onTime, overdue } = judgements(now);
  return {
    sql: `count(*)::int as "items",
      (count(*) filter (where ${due.sql}))::int as "due",
      (count(*) filter (where ${onTime.sql}))::int as "onTime",
      (count(*) filter (where ${overdue.sql}))::int as "overdue",
      (count(*) filter (where i.handling_round > 1))::int as "reopened",
      (count(*) filter (where i.status = 'CLOSED'))::int as "closed",
      (count(*) filter (where i.status in (${list(handedIn)})))::int as "answered",
      (count(*) filter (where i.status = 'CLOSED' and i.words > 0))::int as "judged",
      (count(*) filter (where i.status = 'CLOSED' and i.words > 0 and i.unresolved_words = 0))::int as "resolved"`,
    params: [...due.params, ...onTime.params, ...overdue.params],
  };
}

/** Follow-up counts per lead department (only departments that have items in the period). */
export async function followUpByDepartment(
  em: EntityManager,
  scope: CountScope,
  departmentIds?: string[],
): Promise<Map<string, DepartmentFollowUpRow>> {
  const items = periodItems(scope, departmentIds);
  const columns = followUpColumns(scope.now);
  const rows = await em.execute<DepartmentFollowUpRow[]>(
    `with i as (${items.sql}) select i.department_id as "departmentId", ${columns.sql} from i group by i.department_id`,
    [...items.params, ...columns.params],
  );
  return new Map(rows.map((r) => [r.departmentId, r]));
}

/** Follow-up counts over all items of the period (or one department's), with the count per status. */
export async function followUpTotals(
  em: EntityManager,
  scope: CountScope,
  departmentId?: string | null,
): Promise<FollowUpRow & { byStatus: { status: FollowUpStatus; count: number }[] }> {
  const items = periodItems(scope, departmentId ? [departmentId] : undefined);
  const columns = followUpColumns(scope.now);
  const [[totals], byStatus] = await Promise.all([
    em.execute<FollowUpRow[]>(`with i as (${items.sql}) select ${columns.sql} from i`, [...items.params, ...columns.params]),
    em.execute<{ status: FollowUpStatus; count: number }[]>(
      `with i as (${items.sql}) select i.status, count(*)::int as count from i group by i.status order by i.status`,
      items.params,
    ),
  ]);
  return { ...totals!, byStatus };
}

/** One item per row, for the follow-up export: the same judgements, item by item. */
export interface FollowUpItemRow {
  id: string;
  title: string;
  commitment: string;
  status: FollowUpStatus;
  deadline: Date;
  handlingRound: number;
  progress: number;
  dispatchedAt: Date | null;
  reportedAt: Date | null;
  closedAt: Date | null;
  departmentName: string;
  coDepartments: string | null;
  sessionTitle: string | null;
  questionTitle: string | null;
  triggerOutcome: Outcome | null;
  subItems: number;
  due: boolean;
  onTime: boolean;
  overdue: boolean;
}

/** The period's items by deadline (soonest first), a page at a time. */
export async function followUpItemRows(
  em: EntityManager,
  scope: CountScope,
  page: { first: number; after: [deadline: string, id: string] | null },
): Promise<FollowUpItemRow[]> {
  const items = periodItems(scope);
  const { due, onTime, overdue } = judgements(scope.now);
  const cursor = page.after ? 'where (f.deadline, f.id) > (?::timestamptz, ?::uuid)' : '';
  const rows = await em.execute<FollowUpItemRow[]>(
    `with i as (${items.sql})
     select f.id, f.title, f.commitment, f.status, f.deadline, f.handling_round as "handlingRound", f.progress, f.dispatched_at as "dispatchedAt",
       i.reported_at as "reportedAt", f.closed_at as "closedAt", d.name as "departmentName",
       (select string_agg(cd.name, '、' order by cd.name) from follow_up_co_department c join department cd on cd.id = c.department_id where c.follow_up_id = f.id) as "coDepartments",
       s.title as "sessionTitle", q.title as "questionTitle", f.trigger_outcome as "triggerOutcome",
       (select count(*) from follow_up c where c.parent_id = f.id)::int as "subItems",
       ${due.sql} as "due", ${onTime.sql} as "onTime", ${overdue.sql} as "overdue"
     from i join follow_up f on f.id = i.id
     join department d on d.id = f.department_id
     left join question q on q.id = f.question_id
     left join session s on s.id = q.session_id
     ${cursor}
     order by f.deadline, f.id
     limit ${page.first}`,
    [...items.params, ...due.params, ...onTime.params, ...overdue.params, ...(page.after ?? [])],
  );
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return rows.map((r) => ({
    ...r,
    deadline: new Date(r.deadline),
    dispatchedAt: date(r.dispatchedAt),
    reportedAt: date(r.reportedAt),
    closedAt: date(r.closedAt),
  }));
}
