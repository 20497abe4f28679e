// Satisfaction figures from the stored results of closed and revealed rounds (see stats-sql.ts).
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { SessionKind, SubjectKind } from '../session/session-kind.js';
import type { BallotType } from '../vote/ballot-type.js';
import type { Outcome, RoundResult } from '../vote/result.js';
import { Conditions, list, type CountScope } from './stats-sql.js';

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
  (count(*) filter (where rr.outcome in ('SATISFIED', 'BASICALLY_SATISFIED')))::int as "satisfiedOutcomes",
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

export interface RoundFilter {
  sessionId?: string | null;
  departmentId?: string | null;
  /** Only sessions of this kind. */
  kind?: SessionKind | null;
  /** Every ballot type (the results export), not only satisfaction ballots. */
  anyBallot?: boolean;
  /** Only departments' answers on air (电视问政, 专题询问): not look-back votes, report assessments or reviews. */
  answersOnly?: boolean;
}

/**
 * One row per counted round: a closed (or, for the public, revealed) round with a stored result, of
 * a session held in the period that is not a rehearsal; its channel counts flattened to columns.
 */
function countedRounds(scope: CountScope, filter: RoundFilter = {}, extra?: Conditions): { sql: string; params: unknown[] } {
  const where = new Conditions()
    .add(`r.status in (${list(scope.roundStatuses)})`)
    .add('r.result is not null')
    .add('not s.rehearsal')
    .period('s.scheduled_at', scope);
  // Satisfaction figures come only from satisfaction ballots; a 票决's shares are not satisfaction rates.
  if (!filter.anyBallot) where.add(`r.ballot->>'type' = 'SATISFACTION'`);
  if (filter.kind) where.add('s.kind = ?', filter.kind);
  if (filter.sessionId) where.add('s.id = ?::uuid', filter.sessionId);
  if (filter.departmentId) where.add('q.department_id = ?::uuid', filter.departmentId);
  if (filter.answersOnly) where.add(`s.kind in ('TV_QUESTIONING', 'SPECIAL_INQUIRY') and q.subject = 'ANSWER'`);
  if (extra) where.add(extra.sql, ...extra.params);
  return {
    sql: `select r.id as round_id, r.status as round_status, r.closed_at, r.published_at,
        s.id as session_id, s.title as session_title, s.kind as session_kind, s.scheduled_at,
        q.id as question_id, q.position, q.title as question_title, q.respondent, q.department_id,
        q.subject, q.district, q.budget, r.ballot->>'type' as ballot_type,
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
  kind: SessionKind;
  status: string;
  scheduledAt: Date;
  studioElectorate: number;
  questions: number;
}

/** Satisfaction per session with counted rounds, newest first, a page at a time. */
export async function satisfactionBySession(
  em: EntityManager,
  scope: CountScope,
  page: { first: number; after: [at: string, id: string] | null; sessionId?: string | null; kind?: SessionKind | null },
): Promise<{ rows: SessionRow[]; total: number }> {
  const cursor = new Conditions();
  if (page.after) cursor.add('(s.scheduled_at, s.id) < (?::timestamptz, ?::uuid)', page.after[0], page.after[1]);
  const filter = { sessionId: page.sessionId, kind: page.kind };
  const rounds = countedRounds(scope, filter, cursor);
  const all = countedRounds(scope, filter);
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
export async function satisfactionByYear(em: EntityManager, scope: CountScope, kind?: SessionKind | null): Promise<YearRow[]> {
  const rounds = countedRounds(scope, { kind });
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

/** Satisfaction per department over its answers on air (电视问政, 专题询问). */
export async function satisfactionByDepartment(
  em: EntityManager,
  scope: CountScope,
  departmentIds?: string[],
): Promise<Map<string, DepartmentSatisfactionRow>> {
  const only = new Conditions();
  if (departmentIds)
    only.add(departmentIds.length ? `q.department_id in (${departmentIds.map(() => '?::uuid').join(', ')})` : 'false', ...departmentIds);
  const rounds = countedRounds(scope, { answersOnly: true }, only);
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
  sessionKind: SessionKind;
  scheduledAt: Date;
  questionId: string;
  position: number;
  title: string;
  subject: SubjectKind;
  district: string | null;
  budget: number | null;
  ballotType: BallotType;
  respondent: string;
  /** Null for a representative, who answers for no department. */
  departmentId: string | null;
  departmentName: string;
  composite: number | null;
  outcome: Outcome;
  threshold: number;
  studioWeight: number;
  onlineWeight: number;
}

/** A counted round of any ballot type with its whole stored result (the results export). */
export interface ResultRow extends QuestionRow {
  result: RoundResult;
}

/** Each counted round with its question, newest session first and in running order within it. */
export async function questionRows(
  em: EntityManager,
  scope: CountScope,
  filter: RoundFilter,
  page: { first: number; after: [at: string, sessionId: string, position: number] | null },
): Promise<{ rows: QuestionRow[]; total: number }> {
  return roundRows<QuestionRow>(em, scope, filter, page, '');
}

/** Each counted round of every ballot type (satisfaction, approval, candidates) with its stored result, in the same order. */
export async function resultRows(
  em: EntityManager,
  scope: CountScope,
  filter: Omit<RoundFilter, 'anyBallot'>,
  page: { first: number; after: [at: string, sessionId: string, position: number] | null },
): Promise<{ rows: ResultRow[]; total: number }> {
  const found = await roundRows<ResultRow>(em, scope, { ...filter, anyBallot: true }, page, ' r.result,');
  return {
    ...found,
    rows: found.rows.map((r) => ({ ...r, result: typeof r.result === 'string' ? (JSON.parse(r.result) as RoundResult) : r.result })),
  };
}

async function roundRows<T extends QuestionRow>(
  em: EntityManager,
  scope: CountScope,
  filter: RoundFilter,
  page: { first: number; after: [at: string, sessionId: string, position: number] | null },
  extraColumns: string,
): Promise<{ rows: T[]; total: number }> {
  const cursor = new Conditions();
  if (page.after) {
    const [at, sessionId, position] = page.after;
    cursor.add(
      '(s.scheduled_at < ?::timestamptz or (s.scheduled_at = ?::timestamptz and (s.id < ?::uuid or (s.id = ?::uuid and q.position > ?::int))))',
      at,
      at,
      sessionId,
      sessionId,
      position,
    );
  }
  const rounds = countedRounds(scope, filter, cursor);
  const all = countedRounds(scope, filter);
  const [rows, [count]] = await Promise.all([
    em.execute<T[]>(
      `with rr as (${rounds.sql})
       select rr.round_id as "roundId", rr.round_status as "roundStatus", rr.closed_at as "closedAt", rr.published_at as "publishedAt",
         rr.session_id as "sessionId", rr.session_title as "sessionTitle", rr.session_kind as "sessionKind", rr.scheduled_at as "scheduledAt",
         rr.question_id as "questionId", rr.position::int as "position", rr.question_title as "title", rr.respondent,
         rr.subject, rr.district, rr.budget::float8 as budget, rr.ballot_type as "ballotType",
         rr.department_id as "departmentId", coalesce(d.name, '') as "departmentName",${extraColumns}
         rr.composite, rr.outcome, rr.threshold, rr.studio_weight as "studioWeight", rr.online_weight as "onlineWeight",
         rr.studio_s as "studioS", rr.studio_b as "studioB", rr.studio_u as "studioU", rr.online_s as "onlineS", rr.online_b as "onlineB", rr.online_u as "onlineU",
         rr.studio_rate as "studioRate", rr.online_rate as "onlineRate"
       from rr left join department d on d.id = rr.department_id${extraColumns ? ' join vote_round r on r.id = rr.round_id' : ''}
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

export interface KindRow {
  kind: SessionKind;
  sessions: number;
  items: number;
}

export interface KindOutcomeRow {
  kind: SessionKind;
  outcome: Outcome;
  rounds: number;
  satisfactionRounds: number;
  compositeSum: number | null;
  compositeRounds: number;
}

/** Per session kind: sessions held in the period and their agenda items, and counted rounds of every ballot type by outcome. */
export async function countsByKind(em: EntityManager, scope: CountScope): Promise<{ sessions: KindRow[]; outcomes: KindOutcomeRow[] }> {
  const held = new Conditions().add('not s.rehearsal').add(`s.status <> 'DRAFT'`).period('s.scheduled_at', scope);
  const rounds = countedRounds(scope, { anyBallot: true });
  const [sessions, outcomes] = await Promise.all([
    em.execute<KindRow[]>(
      `select s.kind, count(*)::int as sessions, coalesce(sum((select count(*) from question q where q.session_id = s.id)), 0)::int as items
       from session s where ${held.sql} group by s.kind`,
      held.params,
    ),
    em.execute<KindOutcomeRow[]>(
      `with rr as (${rounds.sql})
       select rr.session_kind as kind, rr.outcome, count(*)::int as rounds,
         (count(*) filter (where rr.ballot_type = 'SATISFACTION'))::int as "satisfactionRounds",
         (sum(rr.composite) filter (where rr.ballot_type = 'SATISFACTION'))::float8 as "compositeSum",
         (count(rr.composite) filter (where rr.ballot_type = 'SATISFACTION'))::int as "compositeRounds"
       from rr group by 1, 2`,
      rounds.params,
    ),
  ]);
  return { sessions, outcomes };
}
