import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ALL_WARNINGS, startTestServer, type TestServer } from '../../test/harness.js';
import { Account } from '../account/account.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { TEST_REPRESENTATIVE_CODE } from '../../db/seeders/test.seeder.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { Representative } from '../representative/representative.entity.js';
import { Ballot } from './ballot.entity.js';

// Every kind of vote runs through the same run of show and vote path; these check what differs:
// the subject, the ballot, the rules and what a result leads to.

const RESULT = 'result { ballotType outcome composite threshold rule note options { key label studio online share elected } }';
const FIELDS = `id kind status joinCode settings { studioWeight onlineWeight passingBase passingShare satisfiedGrade } questions { id title subject ballotType maxChoices candidates { label } department { id } round { id ballotType candidates maxChoices ${RESULT} } }`;
const CREATE = `mutation($input: SessionInput!) { createSession(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: SessionInput!) { updateSession(id: $id, input: $input) { ${FIELDS} } }`;
const ADD = `mutation($sessionId: ID!, $input: QuestionInput!) { addQuestion(sessionId: $sessionId, input: $input) { ${FIELDS} } }`;
const EDIT = `mutation($id: ID!, $input: QuestionInput!) { updateQuestion(id: $id, input: $input) { ${FIELDS} } }`;
const VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { roundId choice picks replayed } }';

let server: TestServer;
let admin: string;
let host: string;
let departments: string[];

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
  host = await server.login('host');
  departments = (await server.gql('{ departments(first: 3) { nodes { id } } }', {}, { token: admin })).data.departments.nodes.map(
    (d: { id: string }) => d.id,
  );
});
afterAll(async () => {
  await server?.stop();
});

async function ok<T = any>(query: string, variables: Record<string, unknown>, token = admin): Promise<T> {
  const result = await server.gql(query, variables, { token });
  if (result.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}
const refusal = async (query: string, variables: Record<string, unknown>, token = admin) =>
  (await server.gql(query, variables, { token })).errors?.[0]?.extensions;

/** A session of `kind` with a roll of three seats; returns the session and the seats' passes once live. */
async function sessionOf(kind: string, settings: Record<string, unknown> = {}) {
  const input = {
    kind,
    title: `${kind} 测试`,
    theme: '主题',
    scheduledAt: new Date().toISOString(),
    settings: { windowSeconds: 60, ...settings },
  };
  return (await ok(CREATE, { input })).createSession;
}
async function goLive(session: { id: string; joinCode: string }) {
  const seats = (
    await ok('mutation($input: IssueSeatCodesInput!) { issueSeatCodes(input: $input) { code } }', {
      input: { sessionId: session.id, count: 3 },
    })
  ).issueSeatCodes as { code: string }[];
  await ok('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id });
  await ok('mutation($input: StartSessionInput!) { startSession(input: $input) { id } }', {
    input: { sessionId: session.id, acceptWarnings: ACCEPT_ALL_WARNINGS },
  });
  const passes: string[] = [];
  for (const seat of seats)
    passes.push(
      (
        await ok(
          'mutation($input: ClaimSeatInput!) { claimSeat(input: $input) { token } }',
          { input: { joinCode: session.joinCode, seatCode: seat.code } },
          '',
        )
      ).claimSeat.token,
    );
  return passes;
}
const run = (verb: string, id: string) => ok(`mutation($id: ID!) { ${verb}(id: $id) { ${FIELDS} } }`, { id }, host);
async function openRound(questionId: string): Promise<string> {
  await run('askQuestion', questionId);
  await run('startAnswer', questionId);
  const session = (await run('openVoting', questionId)).openVoting;
  return session.questions.find((q: { id: string }) => q.id === questionId).round.id;
}
/** Ends the round now and waits for its stored result. */
async function closeRound(sessionId: string, questionId: string) {
  await run('closeVoting', questionId);
  for (let i = 0; i < 100; i++) {
    const { session } = await ok(`query($id: ID!) { session(id: $id) { ${FIELDS} } }`, { id: sessionId });
    const round = session.questions.find((q: { id: string }) => q.id === questionId).round;
    if (round.result) return round.result;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the round did not close');
}
const vote = (pass: string, roundId: string, answer: { choice?: string; picks?: number[] }) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-device-token': pass },
    body: JSON.stringify({ query: VOTE, variables: { input: { roundId, ballotId: randomUUID(), ...answer } } }),
  }).then((r) => r.json() as Promise<any>);
const ballotsOf = (roundId: string) => server.orm.em.fork().count(Ballot, { round: roundId });
const itemsOf = (questionId: string) => server.orm.em.fork().find(FollowUp, { question: questionId }, { orderBy: { title: 'asc' } });

describe('planning by kind', () => {
  it('starts each kind from its own rules, and keeps a look-back out of the planning form', async () => {
    const kinds = (
      await ok('{ sessionKindProfiles { kind subject ballotType ballotTypes settings { studioWeight onlineWeight passingBase } } }', {})
    ).sessionKindProfiles;
    expect(kinds.map((k: { kind: string }) => k.kind)).toEqual([
      'TV_QUESTIONING',
      'SPECIAL_INQUIRY',
      'REPORT_ASSESSMENT',
      'PROJECT_VOTE',
      'REPRESENTATIVE_REVIEW',
      'LOOK_BACK',
    ]);
    const project = await sessionOf('PROJECT_VOTE');
    expect(project.settings).toMatchObject({ studioWeight: 100, onlineWeight: 0, passingBase: 'WHOLE_ROLL', passingShare: 50 });
    const tv = await sessionOf('TV_QUESTIONING', { studioWeight: 70, onlineWeight: 30 });
    expect(tv.settings).toMatchObject({ studioWeight: 70, onlineWeight: 30, satisfiedGrade: 80 });
    const input = { kind: 'LOOK_BACK', title: 't', theme: 't', scheduledAt: new Date().toISOString() };
    expect(await refusal(CREATE, { input })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
  });

  it('takes the default rules staff set for a kind, for sessions planned from then on, until they are reset', async () => {
    const SET = `mutation($input: SessionKindDefaultsInput!) { setSessionKindDefaults(input: $input) { kind customized redoMonths settings { satisfiedGrade windowSeconds studioWeight onlineWeight } } }`;
    const RESET =
      'mutation($kind: SessionKind!) { resetSessionKindDefaults(kind: $kind) { customized redoMonths settings { satisfiedGrade } } }';
    const before = await sessionOf('SPECIAL_INQUIRY');
    const input = { kind: 'SPECIAL_INQUIRY', settings: { satisfiedGrade: 85, windowSeconds: 90 }, redoMonths: 3 };
    expect(await refusal(SET, { input }, host)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ok(SET, { input })).setSessionKindDefaults).toEqual({
      kind: 'SPECIAL_INQUIRY',
      customized: true,
      redoMonths: 3,
      settings: { satisfiedGrade: 85, windowSeconds: 90, studioWeight: 100, onlineWeight: 0 },
    });
    // Checked as a whole, and nothing stored when refused.
    const lopsided = { kind: 'SPECIAL_INQUIRY', settings: { studioWeight: 60 } };
    expect(await refusal(SET, { input: lopsided })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'settings.onlineWeight' });
    expect(await refusal(SET, { input: { kind: 'SPECIAL_INQUIRY', settings: {}, redoMonths: 0 } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const profiles = (await ok('{ sessionKindProfiles { kind customized redoMonths settings { satisfiedGrade studioWeight } } }', {}))
      .sessionKindProfiles as { kind: string; customized: boolean }[];
    expect(profiles.find((p) => p.kind === 'SPECIAL_INQUIRY')).toMatchObject({
      customized: true,
      redoMonths: 3,
      settings: { satisfiedGrade: 85, studioWeight: 100 },
    });
    expect(profiles.find((p) => p.kind === 'TV_QUESTIONING')).toMatchObject({ customized: false });

    // A session planned before keeps its rules; a new one starts from the kind's new defaults.
    expect((await sessionOf('SPECIAL_INQUIRY', { windowSeconds: undefined })).settings).toMatchObject({ satisfiedGrade: 85 });
    const unchanged = (await ok(`{ session(id: "${before.id}") { settings { satisfiedGrade } } }`, {})).session;
    expect(unchanged.settings.satisfiedGrade).toBe(80);

    expect((await ok(RESET, { kind: 'SPECIAL_INQUIRY' })).resetSessionKindDefaults).toEqual({
      customized: false,
      redoMonths: null,
      settings: { satisfiedGrade: 80 },
    });
    expect((await sessionOf('SPECIAL_INQUIRY')).settings.satisfiedGrade).toBe(80);
    const audit = await server.orm.em.fork().find(AuditEntry, { action: { $like: 'sessionKind.%' } }, { orderBy: { id: 'asc' } });
    expect(audit.map((entry) => entry.action)).toEqual(['sessionKind.setDefaults', 'sessionKind.resetDefaults']);
  });

  it('asks each subject for what it needs, naming the field', async () => {
    const project = await sessionOf('PROJECT_VOTE');
    const add = (input: Record<string, unknown>, sessionId = project.id) => refusal(ADD, { sessionId, input });
    expect(await add({ title: '项目', departmentId: departments[0], ballotType: 'SATISFACTION' })).toMatchObject({ field: 'ballotType' });
    expect(await add({ title: '项目' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departmentId' });
    const list = { title: '票决', ballotType: 'CHOOSE_UP_TO_N', maxChoices: 3 };
    expect(
      await add({
        ...list,
        candidates: [
          { label: 'A', departmentId: departments[0] },
          { label: 'B', departmentId: departments[0] },
        ],
      }),
    ).toMatchObject({
      field: 'maxChoices',
    });
    expect(await add({ ...list, maxChoices: 1, candidates: [{ label: 'A' }, { label: 'B', departmentId: departments[0] }] })).toMatchObject(
      {
        field: 'candidates',
      },
    );
    expect(
      await add({
        ...list,
        maxChoices: 1,
        candidates: [
          { label: 'A', departmentId: departments[0] },
          { label: 'A', departmentId: departments[1] },
        ],
      }),
    ).toMatchObject({
      field: 'candidates',
    });
    const review = await sessionOf('REPRESENTATIVE_REVIEW');
    expect(await add({ title: '评议', respondent: '张代表' }, review.id)).toMatchObject({ field: 'district' });
    const added = (
      await ok(ADD, {
        sessionId: review.id,
        input: { title: '评议张代表', respondent: '张代表', district: '第三选区', departmentId: departments[0] },
      })
    ).addQuestion;
    expect(added.questions[0]).toMatchObject({ subject: 'REPRESENTATIVE', ballotType: 'SATISFACTION', department: null });
    expect(
      await refusal(UPDATE, {
        id: review.id,
        input: { kind: 'PROJECT_VOTE', title: 't', theme: 't', scheduledAt: new Date().toISOString() },
      }),
    ).toMatchObject({
      field: 'kind',
    });
  });
});

describe('民生实事项目票决 by the roll', () => {
  it('passes a project with more than half of the whole roll in favour, refuses what the ballot does not allow, and makes the item', async () => {
    const session = await sessionOf('PROJECT_VOTE');
    await ok(ADD, { sessionId: session.id, input: { title: '老旧小区改造', departmentId: departments[0], budget: 1200 } });
    const listed = (
      await ok(ADD, {
        sessionId: session.id,
        input: {
          title: '2027年民生实事项目',
          ballotType: 'CHOOSE_UP_TO_N',
          maxChoices: 2,
          candidates: ['学校食堂', '公园步道', '停车场'].map((label, i) => ({ label, departmentId: departments[i % departments.length] })),
        },
      })
    ).addQuestion;
    const [motion, list] = listed.questions;
    expect(motion).toMatchObject({ subject: 'PROJECT', ballotType: 'APPROVAL' });
    expect(list).toMatchObject({ ballotType: 'CHOOSE_UP_TO_N', maxChoices: 2 });
    const passes = await goLive(session);

    // The ballot and the rules were published: neither changes on air.
    const unchanged = {
      title: list.title,
      ballotType: 'CHOOSE_UP_TO_N',
      maxChoices: 1,
      candidates: list.candidates.map((c: { label: string }) => ({ label: c.label, departmentId: departments[0] })),
    };
    expect(await refusal(EDIT, { id: list.id, input: unchanged })).toMatchObject({ code: 'INVALID_PHASE' });
    expect(
      await refusal(UPDATE, {
        id: session.id,
        input: { title: 't', theme: 't', scheduledAt: new Date().toISOString(), settings: { passingShare: 60 } },
      }),
    ).toMatchObject({
      code: 'INVALID_PHASE',
    });

    const roundId = await openRound(motion.id);
    expect(await vote(passes[0]!, roundId, { choice: 'SATISFIED' }).then((r) => r.errors[0].extensions)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'choice',
    });
    expect(await vote(passes[0]!, roundId, { picks: [0] }).then((r) => r.errors[0].extensions)).toMatchObject({ field: 'picks' });
    const phone = (await ok('mutation($code: String!) { joinSession(joinCode: $code) { token } }', { code: session.joinCode }, ''))
      .joinSession.token;
    expect(await vote(phone, roundId, { choice: 'FOR' }).then((r) => r.errors[0].extensions)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLL_ONLY',
    });
    expect(await ballotsOf(roundId)).toBe(0);
    expect((await vote(passes[0]!, roundId, { choice: 'FOR' })).data.castVote).toMatchObject({
      choice: 'FOR',
      picks: null,
      replayed: false,
    });
    await vote(passes[1]!, roundId, { choice: 'FOR' });
    await vote(passes[2]!, roundId, { choice: 'AGAINST' });
    const result = await closeRound(session.id, motion.id);
    expect(result).toMatchObject({ ballotType: 'APPROVAL', outcome: 'PASSED', composite: 66.7, threshold: 50 });
    expect(result.rule).toContain('赞成票超过名册全体 3 人的半数为通过');
    expect(result.options.map((o: { label: string; studio: number }) => [o.label, o.studio])).toEqual([
      ['赞成', 2],
      ['反对', 1],
      ['弃权', 0],
    ]);
    const [item] = await itemsOf(motion.id);
    expect([item?.title, item?.triggerOutcome, item?.department.id]).toEqual(['老旧小区改造', 'PASSED', departments[0]]);

    await ok('mutation($id: ID!) { revealResult(id: $id) { id } }', { id: motion.id }, host);
    const listRound = await openRound(list.id);
    for (const [picks, field] of [
      [[0, 0], 'picks'],
      [[0, 1, 2], 'picks'],
      [[3], 'picks'],
    ] as const)
      expect(await vote(passes[0]!, listRound, { picks: [...picks] }).then((r) => r.errors[0].extensions)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    expect(await ballotsOf(listRound)).toBe(0);
    expect((await vote(passes[0]!, listRound, { picks: [1, 0] })).data.castVote).toMatchObject({ choice: null, picks: [0, 1] });
    await vote(passes[1]!, listRound, { picks: [0, 2] });
    await vote(passes[2]!, listRound, { picks: [] }); // a blank ballot counts as cast, for no one
    const chosen = await closeRound(session.id, list.id);
    expect(chosen.outcome).toBe('PASSED');
    expect(chosen.options.map((o: { label: string; studio: number; elected: boolean }) => [o.label, o.studio, o.elected])).toEqual([
      ['学校食堂', 2, true],
      ['公园步道', 1, false],
      ['停车场', 1, false],
    ]);
    expect((await itemsOf(list.id)).map((i) => i.title)).toEqual(['学校食堂']);

    // Both vote's projects are assessed at year end in one look-back, planned now as a draft…
    const em = server.orm.em.fork();
    const projects = await em.find(FollowUp, { question: { session: session.id } }, { populate: ['assessmentSession'] });
    const assessment = projects[0]!.assessmentSession!;
    expect(projects.map((p) => p.assessmentSession?.id)).toEqual([assessment.id, assessment.id]);
    expect(assessment).toMatchObject({
      kind: 'LOOK_BACK',
      status: 'DRAFT',
      title: `${new Date().getFullYear()}年民生实事项目年终满意度测评`,
    });

    // …which a project joins once its department's fix is approved.
    const dept = await server.login('dept');
    const housing = (await em.findOneOrFail(Account, { username: 'dept' })).department!.id;
    const id = (await itemsOf(motion.id))[0]!.id;
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const edit = { id, title: '老旧小区改造', commitment: '年内完成 12 个小区改造', deadline, departmentId: housing, coDepartmentIds: [] };
    await ok('mutation($input: FollowUpEditInput!) { editFollowUp(input: $input) { id } }', { input: edit });
    await ok('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [id] });
    await ok('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id }, dept);
    const report = { id, note: '12 个小区改造全部完工。', evidenceIds: [] };
    await ok('mutation($input: ProgressInput!) { submitFollowUpReport(input: $input) { id } }', { input: report }, dept);
    const approved = await ok('mutation($input: FollowUpReasonInput!) { approveFollowUp(input: $input) { status assessmentSessionId } }', {
      input: { id, reason: '验收合格' },
    });
    expect(approved.approveFollowUp).toEqual({ status: 'EVALUATING', assessmentSessionId: assessment.id });
    const planned = (await ok(`{ session(id: "${assessment.id}") { kind questions { title department { id } } } }`, {})).session;
    expect(planned).toEqual({ kind: 'LOOK_BACK', questions: [{ title: '回头看：老旧小区改造', department: { id: housing } }] });
  });
});

describe('报告满意度测评 and 选民评议', () => {
  it('sends an unsatisfactory report back for 二次办理 within six months, graded by the published grades', async () => {
    const session = await sessionOf('REPORT_ASSESSMENT');
    const { questions } = (
      await ok(ADD, {
        sessionId: session.id,
        input: { title: '审计查出问题整改情况的报告', departmentId: departments[0], respondent: '审计局局长' },
      })
    ).addQuestion;
    const upload = async (bytes: string, name: string) => {
      const form = new FormData();
      form.append('file', new Blob([bytes]), name);
      const response = await fetch(`${server.url}/uploads/questions/${questions[0].id}/document`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${admin}` },
      });
      return { status: response.status, body: (await response.json()) as any };
    };
    expect(await upload('not a pdf', 'report.txt')).toMatchObject({
      status: 400,
      body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file' } }] },
    });
    expect(await upload('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'report.pdf')).toMatchObject({
      status: 201,
      body: { name: 'report.pdf' },
    });
    const passes = await goLive(session);
    const document = await fetch(`${server.url}/uploads/questions/${questions[0].id}/document`);
    expect([document.status, document.headers.get('content-type'), (await document.text()).slice(0, 8)]).toEqual([
      200,
      'application/pdf',
      '%PDF-1.4',
    ]);
    expect((await upload('%PDF-1.4\n', 'late.pdf')).body.errors[0].extensions.code).toBe('INVALID_PHASE');
    const roundId = await openRound(questions[0].id);
    await vote(passes[0]!, roundId, { choice: 'SATISFIED' });
    await vote(passes[1]!, roundId, { choice: 'UNSATISFIED' });
    await vote(passes[2]!, roundId, { choice: 'UNSATISFIED' });
    const result = await closeRound(session.id, questions[0].id);
    expect([result.outcome, result.composite]).toEqual(['UNSATISFIED', 33.3]);
    expect(result.rule).toContain('≥ 80% 为满意，60%–80% 为基本满意');
    const [item] = await itemsOf(questions[0].id);
    expect(item?.title).toBe('二次办理：审计查出问题整改情况的报告');
    const months = (item!.deadline.getTime() - Date.now()) / (30.4 * 86_400_000);
    expect(months).toBeGreaterThan(5.8);
    expect(months).toBeLessThan(6.2);
  });

  it('grades 基本满意 between the two lines, and a representative review makes no item', async () => {
    const session = await sessionOf('REPRESENTATIVE_REVIEW', { onlineIdentity: 'DEVICE' });
    const { questions } = (
      await ok(ADD, { sessionId: session.id, input: { title: '评议王代表', respondent: '王代表', district: '第二选区' } })
    ).addQuestion;
    await goLive(session);
    const roundId = await openRound(questions[0].id);
    const choices = ['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'];
    for (const choice of choices) {
      const phone = (await ok('mutation($code: String!) { joinSession(joinCode: $code) { token } }', { code: session.joinCode }, ''))
        .joinSession.token;
      expect((await vote(phone, roundId, { choice })).data.castVote.choice).toBe(choice);
    }
    const tally = await server.gql('query($id: ID!) { roundTally(roundId: $id) { onlineVoted result { outcome } } }', { id: roundId });
    expect(tally.data.roundTally).toEqual({ onlineVoted: 4, result: null }); // secret until revealed
    const result = await closeRound(session.id, questions[0].id);
    expect([result.outcome, result.composite]).toEqual(['BASICALLY_SATISFIED', 75]);
    expect(await itemsOf(questions[0].id)).toEqual([]);
  });

  it('assesses a representative from their record; the published result shows on their public page, not before', async () => {
    const record = await server.orm.em.fork().findOneOrFail(Representative, { code: TEST_REPRESENTATIVE_CODE });
    const session = await sessionOf('REPRESENTATIVE_REVIEW', { onlineIdentity: 'DEVICE' });
    const unknown = await refusal(ADD, { sessionId: session.id, input: { title: '评议', representativeId: randomUUID() } });
    expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', field: 'representativeId' });
    const { questions } = (await ok(ADD, { sessionId: session.id, input: { title: '评议测试代表', representativeId: record.id } }))
      .addQuestion;
    const [item] = (
      await ok(`query($id: ID!) { session(id: $id) { questions { id respondent district representativeId } } }`, { id: session.id })
    ).session.questions;
    expect(item).toEqual({ id: questions[0].id, respondent: record.name, district: record.district, representativeId: record.id });
    const reviews = async () =>
      (
        await ok(
          'query($c: String!) { publicRepresentative(code: $c) { reviews { sessionTitle title outcome satisfactionRate } } }',
          { c: record.code },
          '',
        )
      ).publicRepresentative.reviews;
    await goLive(session);
    const roundId = await openRound(item.id);
    const phone = (await ok('mutation($code: String!) { joinSession(joinCode: $code) { token } }', { code: session.joinCode }, ''))
      .joinSession.token;
    await vote(phone, roundId, { choice: 'SATISFIED' });
    await closeRound(session.id, item.id);
    expect(await reviews()).toEqual([]); // closed, not yet revealed
    await run('revealResult', item.id);
    expect(await reviews()).toEqual([
      { sessionTitle: 'REPRESENTATIVE_REVIEW 测试', title: '评议测试代表', outcome: 'SATISFIED', satisfactionRate: 100 },
    ]);
  });
});
