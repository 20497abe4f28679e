import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT_ALL_WARNINGS, startTestServer, type TestServer } from '../../test/harness.js';
import { FollowUp, Notification } from './follow-up.entity.js';
import { runReminders } from './reminders.js';

const ITEM =
  'id title commitment deadline status overdue progress handlingRound returnReason parentId weight department { shortName } coDepartments { shortName } question { id title } evaluationQuestionId children { id status progress weight department { shortName } } timeline { action note percent deadline handlingRound actorName evidence { id fileName url } }';
const day = 86_400_000;

let server: TestServer;
let admin: string;
let host: string;
let dept: string;
let other: string;
let departments: Record<string, string>;

async function call(query: string, variables: Record<string, unknown>, token: string) {
  const result = await server.gql(query, variables, { token });
  if (result.errors) throw new Error(`${query.slice(0, 50)}…: ${JSON.stringify(result.errors)}`);
  return result.data;
}
const code = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.[0]?.extensions.code;

/** A live session whose one question is asked, answered and voted on by `votes` phones, then closed. */
async function airQuestion(votes: string[], title = '老旧小区加装电梯进展缓慢') {
  const { createSession: session } = await call(
    'mutation($input: SessionInput!) { createSession(input: $input) { id joinCode } }',
    { input: { title: '问政', theme: '物业', scheduledAt: new Date().toISOString(), settings: { windowSeconds: 60 } } },
    admin,
  );
  const { addQuestion } = await call(
    'mutation($id: ID!, $input: QuestionInput!) { addQuestion(sessionId: $id, input: $input) { questions { id } } }',
    {
      id: session.id,
      input: { title, body: '内容', questioner: '代表', departmentId: departments.住建局, respondent: '住建局局长' },
    },
    admin,
  );
  const questionId = addQuestion.questions[0].id;
  await call('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, admin);
  await runRound(session, questionId, votes);
  return { sessionId: session.id as string, questionId: questionId as string };
}

async function runRound(session: { id: string; joinCode: string }, questionId: string, votes: string[], start = true, reveal = true) {
  if (start)
    await call(
      'mutation($input: StartSessionInput!) { startSession(input: $input) { id } }',
      { input: { sessionId: session.id, acceptWarnings: ACCEPT_ALL_WARNINGS } },
      host,
    );
  for (const verb of ['askQuestion', 'startAnswer', 'openVoting'])
    await call(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id: questionId }, host);
  const { session: view } = await call('query($id: ID!) { session(id: $id) { questions { id round { id } } } }', { id: session.id }, host);
  const roundId = view.questions.find((q: { id: string }) => q.id === questionId).round.id;
  for (const choice of votes) {
    const pass = (await server.gql('mutation($code: String!) { joinSession(joinCode: $code) { token } }', { code: session.joinCode })).data
      .joinSession.token;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-device-token': pass },
      body: JSON.stringify({
        query: 'mutation($input: CastVoteInput!) { castVote(input: $input) { roundId } }',
        variables: { input: { roundId, choice, ballotId: randomUUID() } },
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
  }
  await call('mutation($id: ID!) { closeVoting(id: $id) { id } }', { id: questionId }, host);
  for (let i = 0; i < 100; i++) {
    const { session: s } = await call('query($id: ID!) { session(id: $id) { questions { id phase } } }', { id: session.id }, host);
    if (s.questions.find((q: { id: string }) => q.id === questionId).phase === 'CLOSED') break;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (reveal) await call('mutation($id: ID!) { revealResult(id: $id) { id } }', { id: questionId }, host);
}

async function itemOf(questionId: string) {
  const { followUps } = await call(`query($first: Int) { followUps(first: $first) { nodes { ${ITEM} } } }`, { first: 200 }, admin);
  return followUps.nodes.find((n: { question: { id: string } | null }) => n.question?.id === questionId);
}

/** An item for 住建局, completed and dispatched. */
async function dispatched(deadline = new Date(Date.now() + 20 * day)) {
  const { questionId } = await airQuestion(['UNSATISFIED', 'SATISFIED']);
  const item = await itemOf(questionId);
  await call(
    `mutation($input: FollowUpEditInput!) { editFollowUp(input: $input) { id } }`,
    {
      input: {
        id: item.id,
        title: item.title,
        commitment: '三个月内完成加装电梯审批提速。',
        deadline: deadline.toISOString(),
        departmentId: departments.住建局,
        coDepartmentIds: [departments.城管局],
      },
    },
    admin,
  );
  await call('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [item.id] }, admin);
  return item.id as string;
}

async function uploadEvidence(token: string, bytes: Buffer, name: string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${server.url}/uploads/evidence`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as any };
}

beforeAll(async () => {
  server = await startTestServer();
  [admin, host, dept] = await Promise.all([server.login('admin'), server.login('host'), server.login('dept')]);
  const { departments: list } = await call('{ departments(first: 10) { nodes { id shortName } } }', {}, admin);
  departments = Object.fromEntries(list.nodes.map((d: { id: string; shortName: string }) => [d.shortName, d.id]));
  const { createAccount } = await call(
    'mutation($input: CreateAccountInput!) { createAccount(input: $input) { initialPassword } }',
    {
      input: { username: 'cg.liaison', displayName: '城管局联络员', role: 'DEPARTMENT', departmentId: departments.城管局 },
    },
    await server.login('security'),
  );
  other = await server.firstSignIn('cg.liaison', createAccount.initialPassword);
});
afterAll(async () => {
  await server?.stop();
});

describe('items created by the vote', () => {
  it('creates a draft item for the department when a question’s round closes, once, with the triggering result', async () => {
    const { questionId } = await airQuestion(['UNSATISFIED', 'UNSATISFIED', 'SATISFIED']);
    const { followUps } = await call(`query($first: Int) { followUps(first: $first) { nodes { ${ITEM} } } }`, { first: 200 }, admin);
    const items = followUps.nodes.filter((n: { question: { id: string } | null }) => n.question?.id === questionId);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ status: 'DRAFT', department: { shortName: '住建局' }, handlingRound: 1, overdue: false });
    expect(items[0].timeline[0]).toMatchObject({ action: 'CREATED', note: '测评结果：不满意' });
  });

  it('refuses to dispatch an item without a commitment, and edits only before dispatch', async () => {
    const { questionId } = await airQuestion(['SATISFIED']);
    const item = await itemOf(questionId);
    const refused = await server.gql(
      'mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }',
      { ids: [item.id] },
      { token: admin },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'commitment' });
    expect((await itemOf(questionId)).status).toBe('DRAFT');
    const id = await dispatched();
    const edit = await server.gql(
      'mutation($input: FollowUpEditInput!) { editFollowUp(input: $input) { id } }',
      {
        input: {
          id,
          title: 't',
          commitment: 'c',
          deadline: new Date(Date.now() + day).toISOString(),
          departmentId: departments.住建局,
          coDepartmentIds: [],
        },
      },
      { token: admin },
    );
    expect(code(edit)).toBe('INVALID_PHASE');
  });
});

describe('the lifecycle', () => {
  it('runs dispatch → accept → progress → report → approve, recording who, when and why, with evidence', async () => {
    const id = await dispatched();
    await call('mutation($id: ID!) { acceptFollowUp(id: $id) { status } }', { id }, dept);
    const photo = await uploadEvidence(
      dept,
      await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } })
        .png()
        .toBuffer(),
      '现场照片.png',
      'image/png',
    );
    expect(photo.status).toBe(201);
    const pdf = await uploadEvidence(
      dept,
      Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
      '整改方案.pdf',
      'application/pdf',
    );
    expect(pdf).toMatchObject({ status: 201, body: { contentType: 'application/pdf', fileName: '整改方案.pdf' } });
    const { postFollowUpProgress: progressed } = await call(
      `mutation($input: ProgressInput!) { postFollowUpProgress(input: $input) { ${ITEM} } }`,
      { input: { id, note: '已完成选址', percent: 40, evidenceIds: [photo.body.id] } },
      dept,
    );
    expect(progressed).toMatchObject({ status: 'IN_PROGRESS', progress: 40 });
    // The answer to a step is the whole item, with the question it came from.
    expect(progressed.question).toMatchObject({ title: '老旧小区加装电梯进展缓慢' });
    const { submitFollowUpReport: reported } = await call(
      `mutation($input: ProgressInput!) { submitFollowUpReport(input: $input) { ${ITEM} } }`,
      { input: { id, note: '整改完成，电梯已投入使用。', evidenceIds: [pdf.body.id] } },
      dept,
    );
    expect(reported).toMatchObject({ status: 'REPORTED', progress: 100 });
    const { approveFollowUp: approved } = await call(
      `mutation($input: FollowUpReasonInput!) { approveFollowUp(input: $input) { ${ITEM} } }`,
      { input: { id, reason: '材料齐全' } },
      admin,
    );
    expect(approved.status).toBe('APPROVED');
    expect(approved.timeline.map((e: { action: string }) => e.action)).toEqual([
      'CREATED',
      'EDITED',
      'DISPATCHED',
      'DOCUMENT_ISSUED',
      'ACCEPTED',
      'PROGRESS',
      'REPORTED',
      'APPROVED',
    ]);
    const progress = approved.timeline.find((e: { action: string }) => e.action === 'PROGRESS');
    expect(progress).toMatchObject({ actorName: '住建局联络员', percent: 40, evidence: [{ fileName: '现场照片.png' }] });
    const file = await fetch(server.url + progress.evidence[0].url, { headers: { authorization: `Bearer ${admin}` } });
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect((await fetch(server.url + progress.evidence[0].url)).status).toBe(401);
  });

  it('refuses illegal transitions with INVALID_PHASE and staff verbs to departments with FORBIDDEN', async () => {
    const id = await dispatched();
    expect(
      code(
        await server.gql(
          'mutation($input: ProgressInput!) { submitFollowUpReport(input: $input) { id } }',
          { input: { id, note: '报告', evidenceIds: [] } },
          { token: dept },
        ),
      ),
    ).toBe('INVALID_PHASE');
    expect(
      code(
        await server.gql(
          'mutation($input: FollowUpReasonInput!) { approveFollowUp(input: $input) { id } }',
          { input: { id } },
          { token: admin },
        ),
      ),
    ).toBe('INVALID_PHASE');
    await call('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id }, dept);
    expect(code(await server.gql('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id }, { token: dept }))).toBe('INVALID_PHASE');
    expect(
      code(
        await server.gql(
          'mutation($input: FollowUpReasonInput!) { approveFollowUp(input: $input) { id } }',
          { input: { id } },
          { token: dept },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await server.gql(
          'mutation($input: ProgressInput!) { postFollowUpProgress(input: $input) { id } }',
          { input: { id, note: 'x', percent: 101, evidenceIds: [] } },
          { token: dept },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(code(await server.gql(`query { followUps(first: 1) { totalCount } }`, {}, { token: host }))).toBe('FORBIDDEN');
  });

  it('lets a department return an item only with a reason; staff then reassign or insist', async () => {
    const id = await dispatched();
    const noReason = await server.gql(
      'mutation($input: FollowUpReasonInput!) { returnFollowUp(input: $input) { id } }',
      { input: { id, reason: ' ' } },
      { token: dept },
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await call(
      'mutation($input: FollowUpReasonInput!) { returnFollowUp(input: $input) { id } }',
      { input: { id, reason: '不属于本部门职责' } },
      dept,
    );
    const staffNotices = await call('query { notifications(unreadOnly: true) { kind message followUpId } }', {}, admin);
    expect(staffNotices.notifications).toContainEqual(expect.objectContaining({ kind: 'RETURNED', followUpId: id }));
    const { insistFollowUp } = await call(
      `mutation($input: FollowUpReasonInput!) { insistFollowUp(input: $input) { ${ITEM} } }`,
      { input: { id, reason: '属于住建局职责' } },
      admin,
    );
    expect(insistFollowUp).toMatchObject({ status: 'DISPATCHED', department: { shortName: '住建局' }, returnReason: null });
    await call(
      'mutation($input: FollowUpReasonInput!) { returnFollowUp(input: $input) { id } }',
      { input: { id, reason: '仍不属于本部门' } },
      dept,
    );
    const { reassignFollowUp } = await call(
      `mutation($input: ReassignFollowUpInput!) { reassignFollowUp(input: $input) { ${ITEM} } }`,
      { input: { id, departmentId: departments.市场监管局 } },
      admin,
    );
    expect(reassignFollowUp).toMatchObject({ status: 'DISPATCHED', department: { shortName: '市场监管局' } });
    expect(code(await server.gql(`query($id: ID!) { followUp(id: $id) { id } }`, { id }, { token: dept }))).toBe('FORBIDDEN');
  });

  it('shows a department only its own and co-handled items; another department gets FORBIDDEN', async () => {
    const id = await dispatched();
    const mine = await call('query($first: Int) { myFollowUps(first: $first) { nodes { id } } }', { first: 200 }, dept);
    expect(mine.myFollowUps.nodes.map((n: { id: string }) => n.id)).toContain(id);
    // 城管局 co-handles the item: it may read it and post progress, but not report.
    expect((await call('query($id: ID!) { followUp(id: $id) { id } }', { id }, other)).followUp.id).toBe(id);
    await call('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id }, dept);
    await call(
      'mutation($input: ProgressInput!) { postFollowUpProgress(input: $input) { id } }',
      { input: { id, note: '协办部门已配合', percent: 10, evidenceIds: [] } },
      other,
    );
    expect(
      code(
        await server.gql(
          'mutation($input: ProgressInput!) { submitFollowUpReport(input: $input) { id } }',
          { input: { id, note: 'r', evidenceIds: [] } },
          { token: other },
        ),
      ),
    ).toBe('FORBIDDEN');
    const { questionId } = await airQuestion(['SATISFIED'], '市场收费不透明');
    const foreign = await itemOf(questionId);
    await call(
      `mutation($input: FollowUpEditInput!) { editFollowUp(input: $input) { id } }`,
      {
        input: {
          id: foreign.id,
          title: foreign.title,
          commitment: '公示收费标准',
          deadline: new Date(Date.now() + 10 * day).toISOString(),
          departmentId: departments.市场监管局,
          coDepartmentIds: [],
        },
      },
      admin,
    );
    await call('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [foreign.id] }, admin);
    expect(code(await server.gql('query($id: ID!) { followUp(id: $id) { id } }', { id: foreign.id }, { token: dept }))).toBe('FORBIDDEN');
    expect(code(await server.gql('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: foreign.id }, { token: dept }))).toBe(
      'FORBIDDEN',
    );
  });

  it('splits an item into weighted sub-items and rolls their progress up', async () => {
    const { questionId } = await airQuestion(['SATISFIED'], '小区停车难');
    const item = await itemOf(questionId);
    await call(
      `mutation($input: FollowUpEditInput!) { editFollowUp(input: $input) { id } }`,
      {
        input: {
          id: item.id,
          title: item.title,
          commitment: '新增停车位 200 个',
          deadline: new Date(Date.now() + 30 * day).toISOString(),
          departmentId: departments.住建局,
          coDepartmentIds: [],
        },
      },
      admin,
    );
    const deadline = new Date(Date.now() + 20 * day).toISOString();
    const { splitFollowUp } = await call(
      `mutation($input: SplitFollowUpInput!) { splitFollowUp(input: $input) { ${ITEM} } }`,
      {
        input: {
          id: item.id,
          parts: [
            { title: '规划选址', departmentId: departments.住建局, deadline, weight: 3 },
            { title: '整治占道', departmentId: departments.城管局, deadline, weight: 1 },
          ],
        },
      },
      admin,
    );
    expect(splitFollowUp.children).toHaveLength(2);
    await call('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [item.id] }, admin);
    const housing = splitFollowUp.children.find((c: { department: { shortName: string } }) => c.department.shortName === '住建局');
    await call('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: housing.id }, dept);
    await call(
      'mutation($input: ProgressInput!) { postFollowUpProgress(input: $input) { id } }',
      { input: { id: housing.id, note: '选址完成', percent: 80, evidenceIds: [] } },
      dept,
    );
    const parent = (await call(`query($id: ID!) { followUp(id: $id) { ${ITEM} } }`, { id: item.id }, admin)).followUp;
    expect(parent.progress).toBe(60); // (80 × 3 + 0 × 1) / 4
    expect(parent.children.every((c: { status: string }) => c.status !== 'DRAFT')).toBe(true);
  });

  it('lists another department’s sub-item in the breakdown without its timeline, evidence or return reason', async () => {
    const { questionId } = await airQuestion(['SATISFIED'], '背街小巷路面破损');
    const item = await itemOf(questionId);
    await call(
      `mutation($input: FollowUpEditInput!) { editFollowUp(input: $input) { id } }`,
      {
        input: {
          id: item.id,
          title: item.title,
          commitment: '年内修复背街小巷路面',
          deadline: new Date(Date.now() + 30 * day).toISOString(),
          departmentId: departments.住建局,
          coDepartmentIds: [],
        },
      },
      admin,
    );
    const deadline = new Date(Date.now() + 20 * day).toISOString();
    const { splitFollowUp } = await call(
      `mutation($input: SplitFollowUpInput!) { splitFollowUp(input: $input) { children { id department { shortName } } } }`,
      {
        input: {
          id: item.id,
          parts: [
            { title: '路面修复', departmentId: departments.住建局, deadline, weight: 1 },
            { title: '清理占道摊点', departmentId: departments.城管局, deadline, weight: 1 },
          ],
        },
      },
      admin,
    );
    const [own, foreign] = ['住建局', '城管局'].map(
      (d) => splitFollowUp.children.find((c: { department: { shortName: string } }) => c.department.shortName === d).id as string,
    );
    await call('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [item.id] }, admin);
    // 城管局 returns its part once (a reason only it and staff may read), then works on it with evidence.
    await call(
      'mutation($input: FollowUpReasonInput!) { returnFollowUp(input: $input) { id } }',
      { input: { id: foreign, reason: '城管局内部人手紧张说明' } },
      other,
    );
    await call('mutation($input: FollowUpReasonInput!) { insistFollowUp(input: $input) { id } }', { input: { id: foreign } }, admin);
    await call('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: foreign }, other);
    const file = await uploadEvidence(
      other,
      Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
      '城管局内部台账.pdf',
      'application/pdf',
    );
    await call(
      'mutation($input: ProgressInput!) { postFollowUpProgress(input: $input) { id } }',
      { input: { id: foreign, note: '城管局内部进展记录', percent: 30, evidenceIds: [file.body.id] } },
      other,
    );
    await call('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: own }, dept);
    await call(
      'mutation($input: ProgressInput!) { postFollowUpProgress(input: $input) { id } }',
      { input: { id: own, note: '住建局已进场施工', percent: 50, evidenceIds: [] } },
      dept,
    );

    const CHILDREN =
      'children { id readable title status progress weight department { shortName } coDepartments { shortName } returnReason timeline { action note actorName evidence { fileName url } } }';
    const { followUp: lead } = await call(`query($id: ID!) { followUp(id: $id) { readable ${CHILDREN} } }`, { id: item.id }, dept);
    const mine = lead.children.find((c: { id: string }) => c.id === own);
    const theirs = lead.children.find((c: { id: string }) => c.id === foreign);
    expect(lead.readable).toBe(true);
    expect(mine).toMatchObject({ readable: true, progress: 50 });
    expect(mine.timeline.map((e: { note: string | null }) => e.note)).toContain('住建局已进场施工');
    // The breakdown explains the parent's progress; what 城管局 wrote, who did it and its files stay with 城管局.
    expect(theirs).toEqual({
      id: foreign,
      readable: false,
      title: '清理占道摊点',
      status: 'IN_PROGRESS',
      progress: 30,
      weight: 1,
      department: { shortName: '城管局' },
      coDepartments: [],
      returnReason: null,
      timeline: [],
    });
    expect(JSON.stringify(lead)).not.toMatch(/城管局内部|城管局联络员/);
    const board = await call(`query($first: Int) { myFollowUps(first: $first) { nodes { id ${CHILDREN} } } }`, { first: 200 }, dept);
    expect(JSON.stringify(board)).not.toMatch(/城管局内部|城管局联络员/);
    // The same rule as the sub-item itself: refused to 住建局, open to 城管局 and to staff.
    expect(code(await server.gql('query($id: ID!) { followUp(id: $id) { id } }', { id: foreign }, { token: dept }))).toBe('FORBIDDEN');
    const { followUp: byItsDepartment } = await call(
      'query($id: ID!) { followUp(id: $id) { readable timeline { note actorName evidence { fileName } } } }',
      { id: foreign },
      other,
    );
    expect(byItsDepartment.readable).toBe(true);
    expect(byItsDepartment.timeline).toContainEqual({
      note: '城管局内部进展记录',
      actorName: '城管局联络员',
      evidence: [{ fileName: '城管局内部台账.pdf' }],
    });
    const { followUp: staffView } = await call(`query($id: ID!) { followUp(id: $id) { ${CHILDREN} } }`, { id: item.id }, admin);
    expect(staffView.children.find((c: { id: string }) => c.id === foreign)).toMatchObject({
      readable: true,
      timeline: expect.arrayContaining([expect.objectContaining({ note: '城管局内部进展记录' })]),
    });
  });
});

describe('deadlines and reminders', () => {
  it('derives overdue from the deadline and raises reminders exactly once, however often the job runs', async () => {
    const id = await dispatched(new Date(Date.now() + 2 * day));
    const em = server.orm.em.fork();
    // Two days before the deadline: a reminder.
    await runReminders({ em: server.orm.em as never, notifier: { send: async () => {} } }, new Date());
    await runReminders({ em: server.orm.em as never, notifier: { send: async () => {} } }, new Date());
    expect(await em.count(Notification, { followUp: id, kind: 'DEADLINE_SOON' })).toBe(1);
    // A controlled clock three days on: overdue, once for the department and once for staff.
    const later = new Date(Date.now() + 3 * day);
    const sent: string[] = [];
    const notifier = { send: async (notice: { kind: string }) => void sent.push(notice.kind) };
    await Promise.all([
      runReminders({ em: server.orm.em as never, notifier }, later),
      runReminders({ em: server.orm.em as never, notifier }, later),
    ]);
    await runReminders({ em: server.orm.em as never, notifier }, later);
    expect(await em.count(Notification, { followUp: id, kind: 'OVERDUE' })).toBe(2);
    expect(sent.filter((k) => k === 'OVERDUE')).toHaveLength(2);
    const notices = await call('query { notifications { kind followUpId read } }', {}, dept);
    expect(
      notices.notifications
        .filter((n: { followUpId: string }) => n.followUpId === id)
        .map((n: { kind: string }) => n.kind)
        .sort(),
    ).toEqual(['DEADLINE_SOON', 'DISPATCHED', 'OVERDUE']);
    // Overdue is derived: moving the deadline into the past makes the item overdue on the board.
    await em.nativeUpdate(FollowUp, { id }, { deadline: new Date(Date.now() - day) });
    const board = await call(
      'query($first: Int) { followUps(first: $first, filter: { overdue: true }) { nodes { id overdue } } }',
      { first: 200 },
      admin,
    );
    expect(board.followUps.nodes).toContainEqual({ id, overdue: true });
    const read = await call(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: (await call('query { notifications { id } }', {}, dept)).notifications.map((n: { id: string }) => n.id) },
      dept,
    );
    expect(read.markNotificationsRead).toBeGreaterThan(0);
  });
});

describe('回头看 and second handling', () => {
  async function approved() {
    const id = await dispatched();
    await call('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id }, dept);
    await call(
      'mutation($input: ProgressInput!) { submitFollowUpReport(input: $input) { id } }',
      { input: { id, note: '已整改完毕', evidenceIds: [] } },
      dept,
    );
    await call('mutation($input: FollowUpReasonInput!) { approveFollowUp(input: $input) { id } }', { input: { id } }, admin);
    return id;
  }

  async function lookBack(id: string, votes: string[], reveal = true) {
    const { openLookBack } = await call(
      'mutation($input: OpenLookBackInput!) { openLookBack(input: $input) { sessionId items { id status evaluationQuestionId } } }',
      { input: { followUpIds: [id] } },
      admin,
    );
    expect(openLookBack.items[0].status).toBe('EVALUATING');
    const { session } = await call(
      'query($id: ID!) { session(id: $id) { id joinCode status questions { id title } } }',
      { id: openLookBack.sessionId },
      admin,
    );
    expect(session.status).toBe('PUBLISHED');
    await runRound(session, openLookBack.items[0].evaluationQuestionId, votes, true, reveal);
    return { sessionId: session.id as string, questionId: openLookBack.items[0].evaluationQuestionId as string };
  }

  it('keeps a look-back verdict from every view until the host reveals it on air', async () => {
    const id = await approved();
    const { sessionId, questionId } = await lookBack(id, ['UNSATISFIED', 'UNSATISFIED', 'SATISFIED'], false);
    const aired = (await call('query($id: ID!) { followUp(id: $id) { question { sessionId } } }', { id }, admin)).followUp.question
      .sessionId;
    const disclosed = async (of: string) =>
      (
        await server.gql(
          `query($id: ID!) { sessionDisclosure(sessionId: $id) { questions { result { outcome } followUps { id status lookBackResult { outcome } timeline { action } } } } }`,
          { id: of },
        )
      ).data.sessionDisclosure.questions[0];
    const views = async () => ({
      staff: (await call(`query($id: ID!) { followUp(id: $id) { status handlingRound timeline { action } } }`, { id }, admin)).followUp,
      department: (await call(`query($id: ID!) { followUp(id: $id) { status } }`, { id }, dept)).followUp,
      notices: (await call('query { notifications(unreadOnly: true) { kind followUpId } }', {}, dept)).notifications.filter(
        (n: { kind: string; followUpId: string }) => n.followUpId === id && n.kind === 'REOPENED',
      ),
      lookBackRound: (await disclosed(sessionId)).result,
      disclosure: (await disclosed(aired)).followUps[0],
    });
    const before = await views();
    expect(before.staff).toMatchObject({ status: 'EVALUATING', handlingRound: 1 });
    expect(before.staff.timeline.map((e: { action: string }) => e.action)).not.toContain('NOTICE');
    expect(before.department.status).toBe('EVALUATING');
    expect(before.notices).toEqual([]);
    expect(before.lookBackRound).toBeNull();
    expect(before.disclosure).toMatchObject({ id, status: 'EVALUATING', lookBackResult: null });
    expect(before.disclosure.timeline.map((e: { action: string }) => e.action)).not.toContain('NOTICE');

    await call('mutation($id: ID!) { revealResult(id: $id) { id } }', { id: questionId }, host);
    const after = await views();
    expect(after.staff).toMatchObject({ status: 'REOPENED', handlingRound: 2 });
    expect(after.department.status).toBe('REOPENED');
    expect(after.notices).toEqual([{ kind: 'REOPENED', followUpId: id }]);
    expect(after.lookBackRound.outcome).toBe('UNSATISFIED');
    expect(after.disclosure).toMatchObject({ id, status: 'REOPENED', lookBackResult: { outcome: 'UNSATISFIED' } });
    expect(after.disclosure.timeline.map((e: { action: string }) => e.action)).toContain('NOTICE');
  });

  it('closes a satisfied item', async () => {
    const id = await approved();
    await lookBack(id, ['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED']);
    const item = (await call(`query($id: ID!) { followUp(id: $id) { ${ITEM} } }`, { id }, admin)).followUp;
    expect(item).toMatchObject({ status: 'CLOSED', handlingRound: 1 });
  });

  it('reopens an unsatisfied item with a notice and a new deadline (二次办理), and publishes it all', async () => {
    const id = await approved();
    await lookBack(id, ['UNSATISFIED', 'UNSATISFIED', 'SATISFIED']);
    const item = (await call(`query($id: ID!) { followUp(id: $id) { ${ITEM} question { id } } }`, { id }, admin)).followUp;
    expect(item).toMatchObject({ status: 'REOPENED', handlingRound: 2, progress: 0 });
    expect(new Date(item.deadline).getTime()).toBeGreaterThan(Date.now() + 25 * day);
    const notice = item.timeline.find((e: { action: string }) => e.action === 'NOTICE');
    expect(notice.note).toMatch(/情况通报.*不满意.*二次办理/);
    const reopened = await call(
      'query($first: Int) { followUps(first: $first, filter: { reopened: true }) { nodes { id } } }',
      { first: 200 },
      admin,
    );
    expect(reopened.followUps.nodes.map((n: { id: string }) => n.id)).toContain(id);
    expect((await call('query { notifications(unreadOnly: true) { kind followUpId } }', {}, dept)).notifications).toContainEqual({
      kind: 'REOPENED',
      followUpId: id,
    });
    // Second handling runs the same way.
    expect((await call('mutation($id: ID!) { acceptFollowUp(id: $id) { status handlingRound } }', { id }, dept)).acceptFollowUp).toEqual({
      status: 'ACCEPTED',
      handlingRound: 2,
    });

    const sessionId = (await call('query($id: ID!) { followUp(id: $id) { question { sessionId } } }', { id }, admin)).followUp.question
      .sessionId;
    const disclosure = (
      await server.gql(
        `query($id: ID!) { sessionDisclosure(sessionId: $id) { title questions { title result { outcome channels { channel total } } followUps { id status handlingRound commitment timeline { action note actorName evidence { url } } } } } }`,
        { id: sessionId },
      )
    ).data.sessionDisclosure;
    const published = disclosure.questions[0].followUps[0];
    expect(disclosure.questions[0].result.outcome).toBeDefined();
    expect(published).toMatchObject({ id, status: 'ACCEPTED', handlingRound: 2, commitment: '三个月内完成加装电梯审批提速。' });
    expect(published.timeline.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['DISPATCHED', 'REPORTED', 'APPROVED', 'EVALUATION_OPENED', 'NOTICE', 'REOPENED', 'ACCEPTED']),
    );
    expect(published.timeline.every((e: { actorName: string | null }) => e.actorName === null)).toBe(true);
    expect(JSON.stringify(disclosure)).not.toMatch(/联络员|测试管理员/);
  });

  it('refuses a look-back on an item that is not approved', async () => {
    const id = await dispatched();
    expect(
      code(
        await server.gql(
          'mutation($input: OpenLookBackInput!) { openLookBack(input: $input) { sessionId } }',
          { input: { followUpIds: [id] } },
          { token: admin },
        ),
      ),
    ).toBe('INVALID_PHASE');
  });
});

describe('items from referred clues', () => {
  it('turns a referred clue into an item and shows its progress on the clue’s tracking page', async () => {
    const device = (await server.gql('mutation { registerDevice }')).data.registerDevice;
    const clue = (
      await server.gql(
        'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id trackingCode } }',
        { input: { title: '井盖缺失存在隐患', description: '人民路与解放路交叉口井盖缺失一周。', category: 'FACILITIES' } },
        { device },
      )
    ).data.submitClue;
    const early = await server.gql(
      'mutation($input: FollowUpFromClueInput!) { createFollowUpFromClue(input: $input) { id } }',
      { input: { clueId: clue.id, commitment: '补齐井盖', deadline: new Date(Date.now() + 7 * day).toISOString() } },
      { token: admin },
    );
    expect(code(early)).toBe('INVALID_PHASE');
    await call(
      'mutation($input: ReferClueInput!) { referClue(input: $input) { id } }',
      { input: { clueId: clue.id, departmentId: departments.住建局 } },
      admin,
    );
    const { createFollowUpFromClue: item } = await call(
      'mutation($input: FollowUpFromClueInput!) { createFollowUpFromClue(input: $input) { id status } }',
      { input: { clueId: clue.id, commitment: '三日内补齐井盖', deadline: new Date(Date.now() + 7 * day).toISOString() } },
      admin,
    );
    await call('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [item.id] }, admin);
    await call('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: item.id }, dept);
    await call(
      'mutation($input: ProgressInput!) { postFollowUpProgress(input: $input) { id } }',
      { input: { id: item.id, note: '已采购井盖', percent: 50, evidenceIds: [] } },
      dept,
    );
    const tracked = (
      await server.gql(
        'query($code: String!) { trackClue(code: $code) { followUps { status progress commitment timeline { action note } } } }',
        { code: clue.trackingCode },
      )
    ).data.trackClue;
    expect(tracked.followUps).toEqual([expect.objectContaining({ status: 'IN_PROGRESS', progress: 50, commitment: '三日内补齐井盖' })]);
  });
});
