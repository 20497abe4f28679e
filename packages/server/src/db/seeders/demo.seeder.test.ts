import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../../modules/account/account.entity.js';
import { Committee } from '../../modules/committee/committee.entity.js';
import { AuditEntry } from '../../modules/audit/audit-entry.entity.js';
import { Clue } from '../../modules/clue/clue.entity.js';
import { ExtensionRequest } from '../../modules/follow-up/deadlines.entity.js';
import { FollowUpDocument } from '../../modules/follow-up/documents.entity.js';
import { ClueNotice } from '../../modules/clue/submitter-word.entity.js';
import { FollowUp, FollowUpEvent } from '../../modules/follow-up/follow-up.entity.js';
import { AccountabilityRecord, Mediation } from '../../modules/follow-up/oversight.entity.js';
import { Question } from '../../modules/question/question.entity.js';
import { FollowUpScore } from '../../modules/follow-up/follow-up-score.entity.js';
import { QuestionProposal } from '../../modules/representative/question-proposal.entity.js';
import { Representative } from '../../modules/representative/representative.entity.js';
import { RollMember } from '../../modules/roll/roll-member.entity.js';
import { Session } from '../../modules/session/session.entity.js';
import { VoteRound } from '../../modules/vote/vote-round.entity.js';
import { startTestServer, type TestServer } from '../../test/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ SEED: 'demo' });
});
afterAll(async () => {
  await server?.stop();
});

describe('the demo seed', () => {
  it('has representatives with their codes, one linked to a demo account with addressed clues, a scored item and a proposal', async () => {
    const em = server.orm.em.fork();
    const reps = await em.find(Representative, {}, { populate: ['account'] });
    expect(reps.length).toBeGreaterThanOrEqual(6);
    expect(reps.filter((r) => !r.active)).toHaveLength(1);
    const wang = reps.find((r) => r.account?.username === 'daibiao.wang')!;
    expect(await em.count(Clue, { representative: wang })).toBeGreaterThanOrEqual(3);
    expect(await em.count(FollowUp, { supervisors: wang, status: 'REPORTED' })).toBe(1);
    expect(await em.count(FollowUpScore, { representative: wang })).toBe(1);
    expect(await em.count(QuestionProposal, { representative: wang, status: 'PENDING' })).toBe(1);
  });

  it('creates one account per role with a password that signs in', async () => {
    const roles = new Set(server.seededCredentials.map((c) => c.role));
    expect([...roles].sort()).toEqual(['ADMIN', 'DEPARTMENT', 'HOST', 'MODERATOR', 'REPRESENTATIVE', 'SECURITY_ADMIN']);
    for (const credential of server.seededCredentials.slice(0, 2)) {
      expect(await server.login(credential.username, credential.password)).toBeTypeOf('string');
    }
  });

  it('spreads the demo’s items across 专（工）委 and binds one staff account to 财经委', async () => {
    const em = server.orm.em.fork();
    const committees = await em.find(Committee, {});
    expect(committees.length).toBeGreaterThanOrEqual(4);
    const owned = await em.find(FollowUp, { parent: null, committee: { $ne: null } });
    expect(new Set(owned.map((i) => i.committee!.id)).size).toBeGreaterThanOrEqual(4);
    expect(await em.count(FollowUp, { parent: null, status: { $ne: 'DRAFT' }, committee: null })).toBeGreaterThan(0);
    const bound = await em.findOneOrFail(Account, { username: 'caijingwei' }, { populate: ['committee'] });
    expect([bound.role, bound.committee?.shortName]).toEqual(['ADMIN', '财经委']);
    const credential = server.seededCredentials.find((c) => c.username === 'caijingwei')!;
    expect(await server.login(credential.username, credential.password)).toBeTypeOf('string');
  });

  it('creates a session on 加强物业管理 with questions and clues in every state', async () => {
    const em = server.orm.em.fork();
    const session = await em.findOneOrFail(Session, { theme: '加强物业管理' });
    expect(session.scheduledAt.getTime()).toBeGreaterThan(Date.now());
    expect(await em.count(Question, { session })).toBeGreaterThanOrEqual(4);
    const clues = await em.find(Clue, { session });
    expect(clues.length).toBeGreaterThanOrEqual(24);
    expect(new Set(clues.map((c) => c.status))).toEqual(new Set(['SUBMITTED', 'ACCEPTED', 'MERGED', 'REJECTED', 'REFERRED']));
    expect(clues.filter((c) => c.status === 'ACCEPTED').every((c) => c.question)).toBe(true);
  });

  it('gives the coming session a studio roll, with the representatives’ accounts and a seat code each', async () => {
    const em = server.orm.em.fork();
    const session = await em.findOneOrFail(Session, { theme: '加强物业管理' });
    const roll = await em.find(RollMember, { session }, { populate: ['account'] });
    expect(roll.length).toBe(15);
    expect(session.studioElectorate).toBe(roll.length);
    expect(roll.filter((m) => m.account).map((m) => m.account!.role)).toEqual(['REPRESENTATIVE', 'REPRESENTATIVE', 'REPRESENTATIVE']);
    expect(new Set(roll.map((m) => m.seatCode)).size).toBe(roll.length);
  });

  it('has a few dozen clues, public ones with their tracking timeline, and general submissions', async () => {
    const em = server.orm.em.fork();
    expect(await em.count(Clue, {})).toBeGreaterThanOrEqual(30);
    expect(await em.count(Clue, { session: null })).toBeGreaterThan(0);
    const published = await em.findOneOrFail(Clue, { published: true, status: 'ACCEPTED' });
    const tracked = await server.gql('query($code: String!) { trackClue(code: $code) { status timeline { action } } }', {
      code: published.trackingCode,
    });
    expect(tracked.data.trackClue.timeline.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['SUBMITTED', 'ACCEPTED', 'PUBLISHED']),
    );
  });

  it('has an earlier session whose promises are followed up, in every kind of state, shown on its public page', async () => {
    const em = server.orm.em.fork();
    const items = await em.find(FollowUp, {});
    // REPORTED: the item a representative dispatched (demo-representatives.ts), awaiting staff with its 代表打分.
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(['DRAFT', 'DISPATCHED', 'IN_PROGRESS', 'REPORTED', 'CLOSED']));
    expect(items.some((i) => i.handlingRound === 2)).toBe(true);
    const ended = await em.findOneOrFail(Session, { status: 'ENDED', kind: 'TV_QUESTIONING' }, { orderBy: { scheduledAt: 'desc' } });
    const disclosure = await server.gql(
      'query($id: ID!) { sessionDisclosure(sessionId: $id) { questions { result { outcome } followUps { status overdue timeline { action } } } } }',
      { id: ended.id },
    );
    const questions = disclosure.data.sessionDisclosure.questions;
    expect(questions.every((q: { result: unknown }) => q.result)).toBe(true);
    const followUps = questions.flatMap((q: { followUps: unknown[] }) => q.followUps);
    expect(followUps.some((f: { overdue: boolean }) => f.overdue)).toBe(true);
    expect(followUps.some((f: { timeline: { action: string }[] }) => f.timeline.some((e) => e.action === 'NOTICE'))).toBe(true);
  });

  it('has two years of earlier 电视问政, one a quarter, every promise followed up to its close', async () => {
    const em = server.orm.em.fork();
    const sessions = await em.find(Session, { status: 'ENDED', kind: 'TV_QUESTIONING' }, { orderBy: { scheduledAt: 'asc' } });
    expect(sessions.length).toBeGreaterThanOrEqual(8);
    const spanMonths = (sessions.at(-1)!.scheduledAt.getTime() - sessions[0]!.scheduledAt.getTime()) / (30 * 86_400_000);
    expect(spanMonths).toBeGreaterThan(20);
    const earlier = await em.find(FollowUp, { question: { session: { $in: sessions.slice(0, -1).map((x) => x.id) } } });
    expect(earlier.length).toBeGreaterThanOrEqual(21);
    expect(earlier.every((item) => item.status === 'CLOSED' && item.closedAt)).toBe(true);
    const rounds = await em.find(VoteRound, { session: { $in: sessions.map((x) => x.id) } }, { populate: ['session'] });
    // No more studio ballots than seats on the roll.
    for (const round of rounds)
      expect(round.result!.channels.find((c) => c.channel === 'STUDIO')!.total).toBeLessThanOrEqual(round.session.studioElectorate);
    expect(new Set(rounds.map((r) => r.result!.outcome))).toEqual(new Set(['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED']));
    // Their submitters were texted at each step and gave their word; 未解决 raised the item for review.
    const heard = await em.find(Clue, { question: { session: { $in: sessions.slice(0, -1).map((x) => x.id) } }, verdict: { $ne: null } });
    expect(heard.length).toBe(earlier.length);
    expect(new Set(heard.map((c) => c.verdict))).toEqual(new Set(['RESOLVED', 'UNRESOLVED']));
    expect(await em.count(ClueNotice, { clue: { $in: heard.map((c) => c.id) }, delivery: 'SENT' })).toBe(3 * heard.length);
    const raised = await em.count(FollowUpEvent, { action: 'SUBMITTER_UNRESOLVED' });
    expect(raised).toBe(heard.filter((c) => c.verdict === 'UNRESOLVED').length);
    const { data } = await server.gql('{ followUpStats { judged resolved resolveRate } }');
    expect(data.followUpStats.judged).toBeGreaterThanOrEqual(heard.length);
    expect(data.followUpStats.resolveRate).toBeGreaterThan(50);
  });

  it('has a 12345 import batch and numbered documents (交办函, 催办函, 情况通报) on the followed-up items', async () => {
    const em = server.orm.em.fork();
    const hotline = await em.find(Clue, { hotlineOrderNo: { $ne: null } });
    expect(hotline.length).toBeGreaterThanOrEqual(3);
    expect(hotline.every((c) => c.hotlineReceivedAt && c.hotlineReceivedAt < c.createdAt)).toBe(true);
    expect(await em.count(FollowUp, { sourceClue: { $in: hotline.map((c) => c.id) } })).toBe(1);
    expect(await em.count(AuditEntry, { action: 'clue.hotlineImport' })).toBe(1);
    const ended = await em.findOneOrFail(Session, { status: 'ENDED', kind: 'TV_QUESTIONING' }, { orderBy: { scheduledAt: 'desc' } });
    const documents = await em.find(FollowUpDocument, { followUp: { question: { session: ended } } });
    expect(new Set(documents.map((d) => d.kind))).toEqual(new Set(['ASSIGN', 'URGE', 'NOTICE']));
    expect(documents.every((d) => /〔\d{4}〕\d+号$/.test(d.number) && d.issuedById)).toBe(true);
    expect(new Set(documents.map((d) => d.number)).size).toBe(documents.length);
    const notice = documents.find((d) => d.kind === 'NOTICE')!;
    expect(notice.reason).toMatch(/回头看测评满意率/);
  });

  it('shows 催办 and 延期, and every deadline an item shows is the one its latest deadline step set', async () => {
    const em = server.orm.em.fork();
    const ended = await em.findOneOrFail(Session, { status: 'ENDED', kind: 'TV_QUESTIONING' }, { orderBy: { scheduledAt: 'desc' } });
    const items = await em.find(FollowUp, { question: { session: ended } });
    const events = await em.find(FollowUpEvent, { followUp: { $in: items.map((i) => i.id) } }, { orderBy: { id: 'asc' } });
    expect(events.some((e) => e.action === 'URGED')).toBe(true);
    expect(await em.count(ExtensionRequest, { status: 'PENDING' })).toBe(1);
    expect(await em.count(ExtensionRequest, { status: 'APPROVED' })).toBe(1);
    // The failed look-back led to a 三方见面 and a 约谈 (问责), neither published.
    expect(await em.count(Mediation, { followUp: { $in: items.map((i) => i.id) } })).toBe(1);
    expect(await em.count(AccountabilityRecord, { followUp: { $in: items.map((i) => i.id) }, measure: 'TALK', published: false })).toBe(1);
    // A request only proposes a day; every other step with a deadline set it.
    for (const item of items) {
      const setters = events.filter((e) => e.followUp.id === item.id && e.deadline && e.action !== 'EXTENSION_REQUESTED');
      expect(setters.at(-1)?.deadline?.toISOString(), item.title).toBe(item.deadline.toISOString());
    }
  });

  it('has one finished session of each other kind, its results published and what they led to', async () => {
    const em = server.orm.em.fork();
    const ended = await em.find(Session, { status: 'ENDED', kind: { $ne: 'TV_QUESTIONING' } });
    expect(ended.map((s) => s.kind).sort()).toEqual(['PROJECT_VOTE', 'REPORT_ASSESSMENT', 'REPRESENTATIVE_REVIEW', 'SPECIAL_INQUIRY']);
    const view = async (kind: string) => {
      const { id } = ended.find((s) => s.kind === kind)!;
      const { data } = await server.gql(
        `query($id: ID!) { session(id: $id) { kind studioElectorate settings { onlineWeight hideResultsUntilClosed passingBase }
          questions { subject title department { shortName } district budget ballotType maxChoices candidates { label departmentId }
            sourceClues { title supportCount } round { status result { ballotType outcome options { label elected } } } } } }`,
        { id },
      );
      expect(data.session.questions.every((q: { round: { status: string } }) => q.round.status === 'PUBLISHED')).toBe(true);
      return data.session;
    };
    const outcomes = (session: { questions: { round: { result: { outcome: string } } }[] }) =>
      session.questions.map((q) => q.round.result.outcome);
    const itemsOf = (session: Session) =>
      em.find(FollowUp, { question: { session } }, { populate: ['department'], orderBy: { title: 'asc' } });

    const inquiry = await view('SPECIAL_INQUIRY');
    expect(inquiry.settings.onlineWeight).toBe(0);
    expect(await em.count(RollMember, { session: ended.find((s) => s.kind === 'SPECIAL_INQUIRY')! })).toBe(inquiry.studioElectorate);
    expect(new Set(outcomes(inquiry))).toEqual(new Set(['SATISFIED', 'BASICALLY_SATISFIED']));

    const assessment = await view('REPORT_ASSESSMENT');
    expect(assessment.questions.map((q: { subject: string }) => q.subject)).toEqual(['REPORT', 'REPORT']);
    expect(outcomes(assessment)).toEqual(['UNSATISFIED', 'BASICALLY_SATISFIED']);
    const reportsSession = ended.find((s) => s.kind === 'REPORT_ASSESSMENT')!;
    const redo = await itemsOf(reportsSession);
    expect(redo.map((i) => i.title)).toEqual([`二次办理：${assessment.questions[0].title}`]);
    expect(redo[0]!.department.shortName).toBe(assessment.questions[0].department.shortName);
    const sixMonths = new Date(reportsSession.scheduledAt);
    sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6);
    expect(Math.abs(redo[0]!.deadline.getTime() - sixMonths.getTime())).toBeLessThan(86_400_000);

    const projects = await view('PROJECT_VOTE');
    expect(projects.studioElectorate).toBe(120);
    expect(projects.settings.passingBase).toBe('WHOLE_ROLL');
    const [list, approval] = projects.questions;
    expect(list.ballotType).toBe('CHOOSE_UP_TO_N');
    expect(list.maxChoices).toBe(4);
    expect(list.candidates).toHaveLength(6);
    expect(list.candidates.every((c: { departmentId: string | null }) => c.departmentId)).toBe(true);
    const elected = list.round.result.options.filter((o: { elected: boolean }) => o.elected).map((o: { label: string }) => o.label);
    expect(elected).toHaveLength(4);
    expect(approval.ballotType).toBe('APPROVAL');
    expect(approval.budget).toBeGreaterThan(0);
    expect(outcomes(projects)).toEqual(['PASSED', 'PASSED']);
    expect([...list.sourceClues, ...approval.sourceClues].every((c: { supportCount: number }) => c.supportCount > 0)).toBe(true);
    expect(list.sourceClues.length + approval.sourceClues.length).toBe(3);
    const projectItems = await itemsOf(ended.find((s) => s.kind === 'PROJECT_VOTE')!);
    expect(projectItems.map((i) => i.title).sort()).toEqual([...elected, approval.title].sort());

    const review = await view('REPRESENTATIVE_REVIEW');
    expect(review.settings).toMatchObject({ onlineWeight: 100, hideResultsUntilClosed: true });
    expect(review.questions.every((q: { subject: string; district: string | null }) => q.subject === 'REPRESENTATIVE' && q.district)).toBe(
      true,
    );
    expect(new Set(outcomes(review))).toEqual(new Set(['SATISFIED', 'BASICALLY_SATISFIED']));
    expect(await itemsOf(ended.find((s) => s.kind === 'REPRESENTATIVE_REVIEW')!)).toEqual([]);
  });

  it('has 网络互动: sensitive words, messages on for the coming session, and published messages on the aired one', async () => {
    const coming = await server.gql('query($id: ID!) { session(id: $id) { messageSettings { enabled } } }', {
      id: (await server.orm.em.fork().findOneOrFail(Session, { theme: '加强物业管理' })).id,
    });
    expect(coming.data.session.messageSettings.enabled).toBe(true);
    const sql = server.orm.em.getConnection();
    const [aired] = await sql.execute<{ id: string }[]>('select session_id as id from audience_message group by session_id');
    const published = await server.gql('query($id: ID!) { publishedMessages(sessionId: $id) { body putToRespondentAt } }', {
      id: aired!.id,
    });
    expect(published.data.publishedMessages.length).toBeGreaterThanOrEqual(3);
    expect(published.data.publishedMessages.some((m: { putToRespondentAt: string | null }) => m.putToRespondentAt)).toBe(true);
    const [words] = await sql.execute<{ n: number }[]>('select count(*)::int as n from sensitive_word');
    expect(words!.n).toBeGreaterThan(0);
  });

  it('seeds only an empty database', async () => {
    const { seedIfEmpty } = await import('./seed.js');
    const { PhoneSeal } = await import('../../modules/clue/phone.js');
    const phones = new PhoneSeal(new Map([['seal-1', Buffer.alloc(32)]]), 'seal-1');
    expect(
      await seedIfEmpty(server.orm.em.fork(), { seed: 'demo', production: false, initialPasswordFile: '/nonexistent/passwords' }, phones),
    ).toEqual({ credentials: [], passwordFile: undefined });
  });
});
