// Aggregate SQL over other modules' tables (vote rounds, questions, sessions, follow-up items,
// clues), read-only. Every figure is computed by the database from stored round results
// (vote_round.result, never a ballot) and from item statuses, deadlines and timeline steps; the
// same statements run on PostgreSQL and the embedded PGlite.
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { withDepartment } from '../follow-up/follow-up-status.js';
import type { FollowUpStatus } from '../follow-up/follow-up-status.js';
import type { ClueCategory, ClueStatus } from '../clue/clue-status.js';
import type { Outcome } from '../vote/result.js';

/** What the caller may count, and over which period. */
export interface Scope {
  /** Inclusive start and exclusive end; null for an open end. */
  from: Date | null;
  to: Date | null;
  /** The public counts revealed (PUBLISHED) rounds; admins also closed rounds not yet revealed. */
  roundStatuses: readonly ('CLOSED' | 'PUBLISHED')[];
  /** The moment overdue and due are judged at. */
  now: Date;
}

/** An item whose completion report stands: handed in, being checked or evaluated, or done. */
export const handedIn: readonly FollowUpStatus[] = ['REPORTED', 'APPROVED', 'EVALUATING', 'CLOSED'];

const list = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

/** Conditions joined with `and`, with their parameters in order. */
class Conditions {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  period(column: string, scope: Pick<Scope, 'from' | 'to'>): this {
    if (scope.from) this.add(`${column} >= ?::timestamptz`, scope.from.toISOString());
    if (scope.to) this.add(`${column} < ?::timestamptz`, scope.to.toISOString());
    return this;
  }
  get sql(): string {
    return this.parts.length ? this.parts.join(' and ') : 'true';
  }
}

// ─── Satisfaction (vote rounds) ─────────────────────────────────────────────────────────────────

/** Votes per channel and choice (满意 S, 基本满意 B, 不满意 U), and each channel's satisfaction rate. */
export interface ChannelFigures {
  studioS: number;
  studioB: number;
  studioU: number;
  onlineS: number;
  onlineB: number;
  onlineU: number;
  /** For a group of rounds: the mean of the rounds' stored rates (rounds without votes on it left out). */
  studioRate: number | null;
  onlineRate: number | null;
}

/** Sums of one group of rounds: how many, their mean composite, outcomes and votes per channel. */
export interface SatisfactionRow extends ChannelFigures {
  rounds: number;
  roundsWithVotes: number;
  /** Mean of the rounds' composite satisfaction rates (rounds without votes left out). */
  composite: number | null;
  satisfiedOutcomes: number;
  unsatisfiedOutcomes: number;
  noVoteOutcomes: number;
}

const satisfactionColumns = `
  count(*)::int as "rounds",
  count(rr.composite)::int as "roundsWithVotes",
  avg(rr.composite)::float8 as "composite",
  (count(*) filter (where rr.outcome = 'SATISFIED'))::int as "satisfiedOutcomes",
  (count(*) filter (where rr.outcome = 'UNSATISFIED'))::int as "unsatisfiedOutcomes",
  (count(*) filter (where rr.outcome = 'NO_VOTES'))::int as "noVoteOutcomes",
  coalesce(sum(rr.studio_s), 0)::int as "studioS",
  coalesce(sum(rr.studio_b), 0)::int as "studioB",
  coalesce(sum(rr.studio_u), 0)::int as "studioU",
  coalesce(sum(rr.online_s), 0)::int as "onlineS",
  coalesce(sum(rr.online_b), 0)::int as "onlineB",
  coalesce(sum(rr.online_u), 0)::int as "onlineU",
  avg(rr.studio_rate)::float8 as "studioRate",
  avg(rr.online_rate)::float8 as "onlineRate"`;

interface RoundFilter {
  sessionId?: string | null;
  departmentId?: string | null;
  /** Only questions of regular sessions (not 回头看 look-back votes). */
  regularOnly?: boolean;
}

/**
 * One row per counted round: a closed (or, for the public, revealed) round with a stored result, of
 * a session held in the period that is not a rehearsal; its channel counts flattened to columns.
 */
function countedRounds(scope: Scope, filter: RoundFilter = {}, extra?: Conditions): { sql: string; params: unknown[] } {
  const where = new Conditions()
    .add(`r.status in (${list(scope.roundStatuses)})`)
    .add('r.result is not null')
    .add('not s.rehearsal')
    .period('s.scheduled_at', scope);
  if (filter.sessionId) where.add('s.id = ?::uuid', filter.sessionId);
  if (filter.departmentId) where.add('q.department_id = ?::uuid', filter.departmentId);
  if (filter.regularOnly) where.add(`s.kind = 'REGULAR'`);
  if (extra) where.add(extra.sql, ...extra.params);
  return {
    sql: `select r.id as round_id, r.status as round_status, r.closed_at, r.published_at,
        s.id as session_id, s.title as session_title, s.kind as session_kind, s.scheduled_at,
        q.id as question_id, q.position, q.title as question_title, q.respondent, q.department_id,
        (r.result->>'composite')::float8 as composite, r.result->>'outcome' as outcome,
        (r.result->>'threshold')::float8 as threshold,
        (r.result->>'studioWeight')::float8 as studio_weight, (r.result->>'onlineWeight')::float8 as online_weight,
        ch.studio_s, ch.studio_b, ch.studio_u, ch.online_s, ch.online_b, ch.online_u, ch.studio_rate, ch.online_rate
      from vote_round r
      join question q on q.id = r.question_id
      join session s on s.id = r.session_id
      cross join lateral (
        select
          coalesce(sum((c->>'satisfied')::int) filter (where c->>'channel' = 'STUDIO'), 0)::int as studio_s,
          coalesce(sum((c->>'basicallySatisfied')::int) filter (where c->>'channel' = 'STUDIO'), 0)::int as studio_b,
          coalesce(sum((c->>'unsatisfied')::int) filter (where c->>'channel' = 'STUDIO'), 0)::int as studio_u,
          coalesce(sum((c->>'satisfied')::int) filter (where c->>'channel' = 'ONLINE'), 0)::int as online_s,
          coalesce(sum((c->>'basicallySatisfied')::int) filter (where c->>'channel' = 'ONLINE'), 0)::int as online_b,
          coalesce(sum((c->>'unsatisfied')::int) filter (where c->>'channel' = 'ONLINE'), 0)::int as online_u,
          max((c->>'satisfactionRate')::float8) filter (where c->>'channel' = 'STUDIO') as studio_rate,
          max((c->>'satisfactionRate')::float8) filter (where c->>'channel' = 'ONLINE') as online_rate
        from jsonb_array_elements(r.result->'channels') c
      ) ch
      where ${where.sql}`,
    params: where.params,
  };
}

export interface SessionRow extends SatisfactionRow {
  sessionId: string;
  title: string;
  theme: string;
  kind: string;
  status: string;
  scheduledAt: Date;
  studioElectorate: number;
  questions: number;
}

/** Satisfaction per session with counted rounds, newest first, a page at a time. */
export async function satisfactionBySession(
  em: EntityManager,
  scope: Scope,
  page: { first: number; after: [at: string, id: string] | null; sessionId?: string | null },
): Promise<{ rows: SessionRow[]; total: number }> {
  const cursor = new Conditions();
  if (page.after) cursor.add('(s.scheduled_at, s.id) < (?::timestamptz, ?::uuid)', page.after[0], page.after[1]);
  const rounds = countedRounds(scope, { sessionId: page.sessionId }, cursor);
  const all = countedRounds(scope, { sessionId: page.sessionId });
  const [rows, [count]] = await Promise.all([
    em.execute<SessionRow[]>(
      `with rr as (${rounds.sql})
       select s.id as "sessionId", s.title, s.theme, s.kind, s.status, s.scheduled_at as "scheduledAt", s.studio_electorate::int as "studioElectorate",
         (select count(*) from question q2 where q2.session_id = s.id)::int as "questions",
         ${satisfactionColumns}
       from rr join session s on s.id = rr.session_id
       group by s.id
       order by s.scheduled_at desc, s.id desc
       limit ${page.first + 1}`,
      rounds.params,
    ),
    em.execute<{ total: number }[]>(`select count(distinct session_id)::int as total from (${all.sql}) rr`, all.params),
  ]);
  return { rows: rows.map((r) => ({ ...r, scheduledAt: new Date(r.scheduledAt) })), total: count?.total ?? 0 };
}

export interface YearRow extends SatisfactionRow {
  year: number;
  sessions: number;
}

/** Satisfaction per calendar year in China Standard Time (UTC+8, no daylight saving). */
export async function satisfactionByYear(em: EntityManager, scope: Scope): Promise<YearRow[]> {
  const rounds = countedRounds(scope);
  return em.execute<YearRow[]>(
    `with rr as (${rounds.sql})
     select extract(year from (rr.scheduled_at at time zone 'UTC') + interval '8 hours')::int as "year",
       count(distinct rr.session_id)::int as "sessions",
       ${satisfactionColumns}
     from rr group by 1 order by 1`,
    rounds.params,
  );
}

export interface DepartmentSatisfactionRow extends SatisfactionRow {
  departmentId: string;
}

/** Satisfaction per department over the questions it answered in regular sessions. */
export async function satisfactionByDepartment(em: EntityManager, scope: Scope, departmentIds?: string[]): Promise<Map<string, DepartmentSatisfactionRow>> {
  const only = new Conditions();
  if (departmentIds) only.add(departmentIds.length ? `q.department_id in (${departmentIds.map(() => '?::uuid').join(', ')})` : 'false', ...departmentIds);
  const rounds = countedRounds(scope, { regularOnly: true }, only);
  const rows = await em.execute<DepartmentSatisfactionRow[]>(
    `with rr as (${rounds.sql}) select rr.department_id as "departmentId", ${satisfactionColumns} from rr group by rr.department_id`,
    rounds.params,
  );
  return new Map(rows.map((r) => [r.departmentId, r]));
}

export interface QuestionRow extends ChannelFigures {
  roundId: string;
  roundStatus: 'CLOSED' | 'PUBLISHED';
  closedAt: Date | null;
  publishedAt: Date | null;
  sessionId: string;
  sessionTitle: string;
  sessionKind: string;
  scheduledAt: Date;
  questionId: string;
  position: number;
  title: string;
  respondent: string;
  departmentId: string;
  departmentName: string;
  composite: number | null;
  outcome: Outcome;
  threshold: number;
  studioWeight: number;
  onlineWeight: number;
}

/** Each counted round with its question, newest session first and in running order within it. */
export async function questionRows(
  em: EntityManager,
  scope: Scope,
  filter: RoundFilter,
  page: { first: number; after: [at: string, sessionId: string, position: number] | null },
): Promise<{ rows: QuestionRow[]; total: number }> {
  const cursor = new Conditions();
  if (page.after) {
    const [at, sessionId, position] = page.after;
    cursor.add(
      '(s.scheduled_at < ?::timestamptz or (s.scheduled_at = ?::timestamptz and (s.id < ?::uuid or (s.id = ?::uuid and q.position > ?::int))))',
      at, at, sessionId, sessionId, position,
    );
  }
  const rounds = countedRounds(scope, filter, cursor);
  const all = countedRounds(scope, filter);
  const [rows, [count]] = await Promise.all([
    em.execute<QuestionRow[]>(
      `with rr as (${rounds.sql})
       select rr.round_id as "roundId", rr.round_status as "roundStatus", rr.closed_at as "closedAt", rr.published_at as "publishedAt",
         rr.session_id as "sessionId", rr.session_title as "sessionTitle", rr.session_kind as "sessionKind", rr.scheduled_at as "scheduledAt",
         rr.question_id as "questionId", rr.position::int as "position", rr.question_title as "title", rr.respondent,
         rr.department_id as "departmentId", d.name as "departmentName",
         rr.composite, rr.outcome, rr.threshold, rr.studio_weight as "studioWeight", rr.online_weight as "onlineWeight",
         rr.studio_s as "studioS", rr.studio_b as "studioB", rr.studio_u as "studioU", rr.online_s as "onlineS", rr.online_b as "onlineB", rr.online_u as "onlineU",
         rr.studio_rate as "studioRate", rr.online_rate as "onlineRate"
       from rr join department d on d.id = rr.department_id
       order by rr.scheduled_at desc, rr.session_id desc, rr.position asc
       limit ${page.first + 1}`,
      rounds.params,
    ),
    em.execute<{ total: number }[]>(`select count(*)::int as total from (${all.sql}) rr`, all.params),
  ]);
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    rows: rows.map((r) => ({ ...r, scheduledAt: new Date(r.scheduledAt), closedAt: date(r.closedAt), publishedAt: date(r.publishedAt) })),
    total: count?.total ?? 0,
  };
}

// ─── Follow-up (督办) ────────────────────────────────────────────────────────────────────────────

/** Counts of one group of follow-up items (see FollowUpStatsType for the definitions). */
export interface FollowUpRow {
  items: number;
  due: number;
  onTime: number;
  overdue: number;
  reopened: number;
  closed: number;
}

export interface DepartmentFollowUpRow extends FollowUpRow {
  departmentId: string;
}

/**
 * The items a period counts: top-level items (a split item counts once, as the promise it is) that
 * have been dispatched, whose current deadline falls in the period, with the time the report that
 * stands for the current handling round was handed in.
 */
function periodItems(scope: Scope, departmentIds?: string[]): { sql: string; params: unknown[] } {
  const where = new Conditions().add('f.parent_id is null').add(`f.status <> 'DRAFT'`).period('f.deadline', scope);
  if (departmentIds) where.add(departmentIds.length ? `f.department_id in (${departmentIds.map(() => '?::uuid').join(', ')})` : 'false', ...departmentIds);
  return {
    sql: `select f.id, f.department_id, f.status, f.deadline, f.handling_round, f.closed_at,
        (select max(e.at) from follow_up_event e where e.follow_up_id = f.id and e.action = 'REPORTED' and e.handling_round = f.handling_round) as reported_at
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
      (count(*) filter (where i.status = 'CLOSED'))::int as "closed"`,
    params: [...due.params, ...onTime.params, ...overdue.params],
  };
}

/** Follow-up counts per lead department (only departments that have items in the period). */
export async function followUpByDepartment(em: EntityManager, scope: Scope, departmentIds?: string[]): Promise<Map<string, DepartmentFollowUpRow>> {
  const items = periodItems(scope, departmentIds);
  const columns = followUpColumns(scope.now);
  const rows = await em.execute<DepartmentFollowUpRow[]>(
    `with i as (${items.sql}) select i.department_id as "departmentId", ${columns.sql} from i group by i.department_id`,
    [...items.params, ...columns.params],
  );
  return new Map(rows.map((r) => [r.departmentId, r]));
}

/** Follow-up counts over all items of the period (or one department's), with the count per status. */
export async function followUpTotals(em: EntityManager, scope: Scope, departmentId?: string | null): Promise<FollowUpRow & { byStatus: { status: FollowUpStatus; count: number }[] }> {
  const items = periodItems(scope, departmentId ? [departmentId] : undefined);
  const columns = followUpColumns(scope.now);
  const [[totals], byStatus] = await Promise.all([
    em.execute<FollowUpRow[]>(`with i as (${items.sql}) select ${columns.sql} from i`, [...items.params, ...columns.params]),
    em.execute<{ status: FollowUpStatus; count: number }[]>(`with i as (${items.sql}) select i.status, count(*)::int as count from i group by i.status order by i.status`, items.params),
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
export async function followUpItemRows(em: EntityManager, scope: Scope, page: { first: number; after: [deadline: string, id: string] | null }): Promise<FollowUpItemRow[]> {
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
  return rows.map((r) => ({ ...r, deadline: new Date(r.deadline), dispatchedAt: date(r.dispatchedAt), reportedAt: date(r.reportedAt), closedAt: date(r.closedAt) }));
}

// ─── Clues ───────────────────────────────────────────────────────────────────────────────────────

export async function clueCounts(
  em: EntityManager,
  scope: Pick<Scope, 'from' | 'to'>,
  sessionId?: string | null,
): Promise<{ byCategory: { category: ClueCategory; count: number }[]; byStatus: { status: ClueStatus; count: number; published: number }[] }> {
  const where = new Conditions().period('created_at', scope);
  if (sessionId) where.add('session_id = ?::uuid', sessionId);
  const [byCategory, byStatus] = await Promise.all([
    em.execute<{ category: ClueCategory; count: number }[]>(`select category, count(*)::int as count from clue where ${where.sql} group by category order by count desc, category`, where.params),
    em.execute<{ status: ClueStatus; count: number; published: number }[]>(
      `select status, count(*)::int as count, (count(*) filter (where published))::int as published from clue where ${where.sql} group by status order by status`,
      where.params,
    ),
  ]);
  return { byCategory, byStatus };
}

// ─── Departments ─────────────────────────────────────────────────────────────────────────────────

export interface DepartmentRow {
  id: string;
  name: string;
  shortName: string;
}

/** Departments by name, a page at a time (all of them without `first`). */
export async function departmentRows(em: EntityManager, page?: { first: number; after: [name: string, id: string] | null }): Promise<{ rows: DepartmentRow[]; total: number }> {
  const cursor = page?.after ? 'where (d.name, d.id) > (?, ?::uuid)' : '';
  const [rows, [count]] = await Promise.all([
    em.execute<DepartmentRow[]>(
      `select d.id, d.name, d.short_name as "shortName" from department d ${cursor} order by d.name, d.id ${page ? `limit ${page.first + 1}` : ''}`,
      page?.after ?? [],
    ),
    em.execute<{ total: number }[]>('select count(*)::int as total from department'),
  ]);
  return { rows, total: count?.total ?? 0 };
}
