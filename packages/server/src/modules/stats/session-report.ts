import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { OnlineIdentity } from '../session/vote-settings.js';
import { notFound } from '../../graphql/errors.js';
import type { FollowUpStatus } from '../follow-up/follow-up-status.js';
import { isOverdue } from '../follow-up/follow-up-status.js';
import type { SessionKind, SubjectKind } from '../session/session-kind.js';
import type { Ballot, BallotType } from '../vote/ballot-type.js';
import type { RoundResult } from '../vote/result.js';
import { sessionStatisticsIn } from './stats.service.js';
import type { SessionStatsType } from './stats.type.js';
import type { AccountabilityKind, AccountabilityMeasure, OversightBody } from '../follow-up/oversight-terms.js';

// What the session report (关于…电视问政情况的报告, …专题询问…, …票决…) says, read with plain SQL from the
// session, its agenda items, their closed rounds' stored results and the follow-up items they created.

/** One agenda item (议题): a department's answer, a report, a candidate project or a representative. */
export interface ReportQuestion {
  id: string;
  position: number;
  title: string;
  subject: SubjectKind;
  questioner: string;
  /** ANSWER: 应询人; REPORT: 报告人; REPRESENTATIVE: the representative's name. */
  respondent: string;
  /** ANSWER: 应询部门; REPORT: 报告单位; PROJECT: 牵头单位; REPRESENTATIVE: empty. */
  departmentName: string;
  /** REPRESENTATIVE: 选区. */
  district: string | null;
  /** PROJECT: 万元. */
  budget: number | null;
  /** The item's ballot, or the round's once it opened. */
  ballotType: BallotType;
  /** CHOOSE_UP_TO_N: each candidate's lead department (by ballot place), from the round's ballot or the item. */
  candidateDepartments: (string | null)[];
  /** The stored result of a closed or published round; null before the vote. */
  result: RoundResult | null;
  roundStatus: 'CLOSED' | 'PUBLISHED' | null;
  /** 网友追问: viewers' messages the host put to the respondent on this item, in the order they were put. */
  audienceQuestions: ReportAudienceQuestion[];
}

/** A viewer's message put to the respondent (网友追问), with when it was put. */
export interface ReportAudienceQuestion {
  body: string;
  senderName: string;
  putAt: Date;
}

export interface ReportItem {
  id: string;
  questionId: string;
  title: string;
  commitment: string;
  deadline: Date;
  status: FollowUpStatus;
  overdue: boolean;
  handlingRound: number;
  progress: number;
  departmentName: string;
  coDepartments: string | null;
  dispatchedAt: Date | null;
  closedAt: Date | null;
  subItems: number;
  /** The latest notice (情况通报) in its timeline, if any. */
  latestNotice: string | null;
  /** 问责 measures and referrals, oldest first; names and 文号 are printed only for published ones. */
  accountability: ReportAccountability[];
}

export interface ReportAccountability {
  kind: AccountabilityKind;
  measure: AccountabilityMeasure | null;
  body: OversightBody | null;
  /** YYYY-MM-DD */
  takenOn: string;
  published: boolean;
  officialName: string | null;
  officialPost: string | null;
  referenceNumber: string | null;
}

export interface SessionReport {
  session: {
    id: string;
    title: string;
    theme: string;
    kind: SessionKind;
    scheduledAt: Date;
    studioElectorate: number;
    rehearsal: boolean;
    onlineIdentity: OnlineIdentity;
    /** The session's channel weights: a channel weighted 0 (studio-only kinds, online reviews) is left out of the tables. */
    studioWeight: number;
    onlineWeight: number;
  };
  /** The session's figures as the statistics give them (admins' view); null before any counted round. */
  summary: SessionStatsType | null;
  questions: ReportQuestion[];
  items: ReportItem[];
  generatedAt: Date;
}

/** Everything the report needs about one session; staff-only data (closed rounds not yet revealed) included. */
export async function loadSessionReport(em: EntityManager, sessionId: string, now = new Date()): Promise<SessionReport> {
  const [session] = await em.execute<SessionReport['session'][]>(
    `select id, title, theme, kind, scheduled_at as "scheduledAt", studio_electorate::int as "studioElectorate", rehearsal, coalesce(settings->>'onlineIdentity', 'DEVICE') as "onlineIdentity",
       coalesce((settings->>'studioWeight')::float8, 60) as "studioWeight", coalesce((settings->>'onlineWeight')::float8, 40) as "onlineWeight"
     from session where id = ?::uuid`,
    [sessionId],
  );
  if (!session) throw notFound('The session');
  const [questions, items, summary, audienceQuestions] = await Promise.all([
    em.execute<
      (Omit<ReportQuestion, 'candidateDepartments'> & {
        ballot: Ballot | string | null;
        candidates: Ballot['candidates'] | string | null;
      })[]
    >(
      `select q.id, q.position::int as position, q.title, q.subject, q.questioner, q.respondent, coalesce(d.name, '') as "departmentName",
         q.district, q.budget::float8 as budget, coalesce(r.ballot->>'type', q.ballot_type) as "ballotType", r.ballot, q.candidates,
         r.result, r.status as "roundStatus"
       from question q left join department d on d.id = q.department_id
       left join vote_round r on r.question_id = q.id and r.status in ('CLOSED', 'PUBLISHED') and r.result is not null
       where q.session_id = ?::uuid order by q.position`,
      [sessionId],
    ),
    em.execute<(Omit<ReportItem, 'overdue'> & { position: number })[]>(
      `select f.id, f.question_id as "questionId", f.title, f.commitment, f.deadline, f.status, f.handling_round::int as "handlingRound", f.progress::int as progress,
         d.name as "departmentName", f.dispatched_at as "dispatchedAt", f.closed_at as "closedAt", q.position::int as position,
         (select string_agg(cd.name, '、' order by cd.name) from follow_up_co_department c join department cd on cd.id = c.department_id where c.follow_up_id = f.id) as "coDepartments",
         (select count(*) from follow_up c where c.parent_id = f.id)::int as "subItems",
         (select e.note from follow_up_event e where e.follow_up_id = f.id and e.action = 'NOTICE' order by e.id desc limit 1) as "latestNotice",
         (select json_agg(json_build_object('kind', a.kind, 'measure', a.measure, 'body', a.body, 'takenOn', a.taken_on, 'published', a.published,
            'officialName', a.official_name, 'officialPost', a.official_post, 'referenceNumber', a.reference_number) order by a.created_at, a.id)
            from accountability_record a where a.follow_up_id = f.id) as "accountability"
       from follow_up f join question q on q.id = f.question_id join department d on d.id = f.department_id
       where q.session_id = ?::uuid and f.parent_id is null
       order by q.position, f.created_at, f.id`,
      [sessionId],
    ),
    sessionStatisticsIn(em, { from: null, to: null, now, roundStatuses: ['CLOSED', 'PUBLISHED'] }, 1, null, sessionId),
    em.execute<{ questionId: string; body: string; senderName: string; putAt: Date | string }[]>(
      `select put_on_question_id as "questionId", body, sender_name as "senderName", put_to_respondent_at as "putAt"
         from audience_message where session_id = ?::uuid and put_to_respondent_at is not null and put_on_question_id is not null
        order by put_to_respondent_at, id`,
      [sessionId],
    ),
  ]);
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  const json = <T>(value: T | string | null): T | null => (typeof value === 'string' ? (JSON.parse(value) as T) : value);
  // Candidates' lead departments, by name, for a 票决 of several projects.
  const candidatesOf = questions.map((q) => json<Ballot>(q.ballot)?.candidates ?? json<Ballot['candidates']>(q.candidates) ?? []);
  const departmentIds = [...new Set(candidatesOf.flat().flatMap((c) => (c.departmentId ? [c.departmentId] : [])))];
  const names = new Map(
    departmentIds.length
      ? (
          await em.execute<{ id: string; name: string }[]>(
            `select id, name from department where id in (${departmentIds.map(() => '?::uuid').join(', ')})`,
            departmentIds,
          )
        ).map((d) => [d.id, d.name])
      : [],
  );
  return {
    session: { ...session, scheduledAt: new Date(session.scheduledAt) },
    summary: summary.nodes[0] ?? null,
    questions: questions.map(({ ballot: _ballot, candidates: _candidates, ...q }, i) => ({
      ...q,
      candidateDepartments: candidatesOf[i]!.map((c) => (c.departmentId ? (names.get(c.departmentId) ?? null) : null)),
      result: json<RoundResult>(q.result),
      audienceQuestions: audienceQuestions
        .filter((a) => a.questionId === q.id)
        .map((a) => ({ body: a.body, senderName: a.senderName, putAt: new Date(a.putAt) })),
    })),
    items: items.map(({ position: _position, ...i }) => {
      const deadline = new Date(i.deadline);
      return {
        ...i,
        deadline,
        dispatchedAt: date(i.dispatchedAt),
        closedAt: date(i.closedAt),
        accountability: json<ReportAccountability[]>(i.accountability as ReportAccountability[] | string | null) ?? [],
        overdue: isOverdue(i.status, deadline, now),
      };
    }),
    generatedAt: now,
  };
}
