import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_REPRESENTATIVE_CODE } from '../../db/seeders/test.seeder.js';
import { ACCEPT_ALL_WARNINGS, startTestServer, type TestServer } from '../../test/harness.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Clue } from '../clue/clue.entity.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { Representative } from './representative.entity.js';

const REP = 'id name district station bio photoUrl code active accountId accountUsername';
const INBOX =
  'id trackingCode title status publicReply repliedAt forwardedAt followUpId photoUrls submitterName anonymous category categoryName';
const ITEM =
  'id status department { shortName } supervisors { id name } representativeScores { representativeName score note handlingRound } timeline { action note }';
const SUBMIT = 'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id trackingCode } }';
const day = 86_400_000;

let server: TestServer;
let admin: string;
let rep: string;
let dept: string;
/** A second representative, with an account of their own. */
let rep2: string;
let rep2Id: string;
let repId: string;
let departments: Record<string, string>;

async function call(query: string, variables: Record<string, unknown>, token?: string) {
  const result = await server.gql(query, variables, { token });
  if (result.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
  return result.data;
}
const code = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.[0]?.extensions.code;
const field = (result: { errors?: { extensions: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions.field;

async function device(): Promise<string> {
  return (await server.gql('mutation { registerDevice }')).data.registerDevice;
}

async function submitTo(representativeCode: string | null, title = '小区门口占道经营') {
  const input = {
    title,
    description: '每天傍晚有流动摊贩占道经营，车辆进出困难。',
    category: 'SANITATION',
    name: '周女士',
    representativeCode,
  };
  return server.gql(SUBMIT, { input }, { device: await device() });
}

async function addressedClue(title?: string): Promise<{ id: string; trackingCode: string }> {
  const result = await submitTo(TEST_REPRESENTATIVE_CODE, title);
  expect(result.errors).toBeUndefined();
  return result.data.submitClue;
}

beforeAll(async () => {
  server = await startTestServer(process.env.DEBUG_LOG ? { LOG_LEVEL: 'error' } : {});
  admin = await server.login('admin');
  rep = await server.login('rep');
  dept = await server.login('dept');
  const { departments: list } = await call('{ departments(first: 10) { nodes { id shortName } } }', {}, admin);
  departments = Object.fromEntries(list.nodes.map((d: { id: string; shortName: string }) => [d.shortName, d.id]));
  repId = (await call(`{ myRepresentative { ${REP} } }`, {}, rep)).myRepresentative.id;
  const created = await call(
    'mutation($input: CreateAccountInput!) { createAccount(input: $input) { initialPassword account { id } } }',
    { input: { username: 'rep2', displayName: '第二代表', role: 'REPRESENTATIVE' } },
    await server.login('security'),
  );
  rep2 = await server.firstSignIn('rep2', created.createAccount.initialPassword);
  const record = await call(
    `mutation($input: RepresentativeInput!) { createRepresentative(input: $input) { ${REP} } }`,
    { input: { name: '第二代表', district: '溪口镇代表团', accountId: created.createAccount.account.id } },
    admin,
  );
  rep2Id = record.createRepresentative.id;
});
afterAll(async () => {
  await server?.stop();
});

describe('representative records', () => {
  it('creates a record with a fresh 8-character code, edits it without changing the code, and audits both', async () => {
    const { createRepresentative: r } = await call(
      `mutation($input: RepresentativeInput!) { createRepresentative(input: $input) { ${REP} } }`,
      { input: { name: ' 陈晓燕 ', district: '溪口镇代表团', station: '溪口镇联络站', bio: '乡村医生' } },
      admin,
    );
    expect(r).toMatchObject({ name: '陈晓燕', active: true, accountId: null, photoUrl: null });
    expect(r.code).toMatch(/^[A-HJ-KM-NP-Z2-9]{8}$/);
    const { updateRepresentative: u } = await call(
      `mutation($id: ID!, $input: RepresentativeInput!) { updateRepresentative(id: $id, input: $input) { ${REP} } }`,
      { id: r.id, input: { name: '陈晓燕', district: '溪口镇代表团', active: false } },
      admin,
    );
    expect(u).toMatchObject({ code: r.code, active: false, station: null });
    const em = server.orm.em.fork();
    expect(await em.count(AuditEntry, { subjectType: 'Representative', subjectId: r.id })).toBe(2);

    const list = await call(
      'query($s: String) { representatives(search: $s, active: false) { totalCount nodes { name } } }',
      { s: '晓燕' },
      admin,
    );
    expect(list.representatives.nodes.map((n: { name: string }) => n.name)).toEqual(['陈晓燕']);
  });

  it('refuses bad input with its field, a duplicate and an account linked twice (CONFLICT)', async () => {
    const create = (input: Record<string, unknown>) =>
      server.gql(`mutation($input: RepresentativeInput!) { createRepresentative(input: $input) { id } }`, { input }, { token: admin });
    const blank = await create({ name: '  ', district: '城关镇选区' });
    expect([code(blank), field(blank)]).toEqual(['BAD_USER_INPUT', 'name']);
    expect(code(await create({ name: '测试代表', district: '城关镇选区' }))).toBe('CONFLICT');
    const me = (await call('{ me { id } }', {}, rep)).me.id;
    const twice = await create({ name: '另一位', district: '城关镇选区', accountId: me });
    expect([code(twice), field(twice)]).toEqual(['CONFLICT', 'accountId']);
    const adminId = (await call('{ me { id } }', {}, admin)).me.id;
    expect(field(await create({ name: '另一位', district: '城关镇选区', accountId: adminId }))).toBe('accountId');
  });

  it('lets a representative read only their own record, without the username', async () => {
    const own = await call(`query($id: ID!) { representative(id: $id) { ${REP} } }`, { id: repId }, rep);
    expect(own.representative).toMatchObject({ code: TEST_REPRESENTATIVE_CODE, accountUsername: null });
    expect(
      (await call(`query($id: ID!) { representative(id: $id) { ${REP} } }`, { id: repId }, admin)).representative.accountUsername,
    ).toBe('rep');
    expect(code(await server.gql('query($id: ID!) { representative(id: $id) { id } }', { id: rep2Id }, { token: rep }))).toBe('FORBIDDEN');
  });

  it('imports all or nothing, with every problem by row and field', async () => {
    const IMPORT =
      'mutation($rows: [RepresentativeRowInput!]!) { importRepresentatives(rows: $rows) { created updated errors { row field message } } }';
    const bad = await call(
      IMPORT,
      {
        rows: [
          { name: '刘志明', district: '青山乡代表团' },
          { name: '', district: '青山乡代表团' },
          { name: '刘志明', district: '青山乡代表团' },
          { name: '赵丽华', district: '青山乡代表团', username: 'nobody' },
          { name: '钱多多', district: '青山乡代表团', username: 'rep' },
        ],
      },
      admin,
    );
    expect(bad.importRepresentatives.created).toBe(0);
    expect(bad.importRepresentatives.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, 'name'],
      [3, 'name'],
      [4, 'username'],
      [5, 'username'],
    ]);
    const em = server.orm.em.fork();
    expect(await em.count(Representative, { name: '刘志明' })).toBe(0);

    const good = await call(
      IMPORT,
      {
        rows: [
          { name: '刘志明', district: '青山乡代表团', station: '青山乡联络站' },
          { name: '测试代表', district: '城关镇选区', bio: '新的简介', username: 'rep' },
        ],
      },
      admin,
    );
    expect(good.importRepresentatives).toEqual({ created: 1, updated: 1, errors: [] });
    const updated = await em.fork().findOneOrFail(Representative, { id: repId });
    expect(updated).toMatchObject({ bio: '新的简介', code: TEST_REPRESENTATIVE_CODE });
    const tooMany = await server.gql(
      IMPORT,
      { rows: Array.from({ length: 2001 }, (_, i) => ({ name: `代表${i}`, district: '甲' })) },
      { token: admin },
    );
    expect([code(tooMany), field(tooMany)]).toEqual(['BAD_USER_INPUT', 'rows']);
  });

  it('stores an uploaded photo re-encoded and serves it publicly', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.append('photo', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'me.png');
    const upload = async (token: string) =>
      fetch(`${server.url}/uploads/representatives/${repId}/photo`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await upload(rep)).status).toBe(403);
    const response = await upload(admin);
    expect(response.status).toBe(201);
    const { photoUrl } = (await response.json()) as { photoUrl: string };
    const photo = await fetch(`${server.url}${photoUrl}`);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect((await sharp(Buffer.from(await photo.arrayBuffer())).metadata()).format).toBe('jpeg');
    const profile = await call('query($c: String!) { publicRepresentative(code: $c) { photoUrl name } }', { c: TEST_REPRESENTATIVE_CODE });
    expect(profile.publicRepresentative.photoUrl).toBe(photoUrl);
  });
});

describe('码上提: clues addressed by 代表码', () => {
  it('stores the clue for the representative; unknown and inactive codes are refused and nothing is stored', async () => {
    const before = await server.orm.em.fork().count(Clue, {});
    const unknown = await submitTo('ZZZZZZZZ');
    expect(code(unknown)).toBe('NOT_FOUND');
    const { createRepresentative: inactive } = await call(
      'mutation($input: RepresentativeInput!) { createRepresentative(input: $input) { code } }',
      { input: { name: '离任代表', district: '城关镇选区', active: false } },
      admin,
    );
    expect(code(await submitTo(inactive.code))).toBe('REPRESENTATIVE_INACTIVE');
    const profile = await call('query($c: String!) { publicRepresentative(code: $c) { active } }', { c: inactive.code.toLowerCase() });
    expect(profile.publicRepresentative.active).toBe(false);
    expect(await server.orm.em.fork().count(Clue, {})).toBe(before);

    const clue = await addressedClue();
    const stored = await server.orm.em.fork().findOneOrFail(Clue, { id: clue.id });
    expect(stored.representative?.id).toBe(repId);
    const board = await call(
      'query($f: ClueFilter) { clues(filter: $f) { nodes { id representative { id name } } } }',
      { f: { addressed: true } },
      admin,
    );
    expect(board.clues.nodes.find((c: { id: string }) => c.id === clue.id).representative.name).toBe('测试代表');
  });

  it('keeps each inbox to its representative: another’s clue is FORBIDDEN', async () => {
    const mine = await addressedClue('只属于测试代表的线索');
    const inbox = await call(`{ representativeInbox { totalCount nodes { ${INBOX} } } }`, {}, rep);
    expect(inbox.representativeInbox.nodes.map((c: { id: string }) => c.id)).toContain(mine.id);
    const other = await call(`{ representativeInbox { totalCount nodes { id } } }`, {}, rep2);
    expect(other.representativeInbox.nodes.map((c: { id: string }) => c.id)).not.toContain(mine.id);
    for (const [op, vars] of [
      ['mutation($id: ID!) { replyToClueAsRepresentative(clueId: $id, reply: "我来答") { id } }', {}],
      ['mutation($id: ID!) { forwardClueToStaff(clueId: $id) { id } }', {}],
    ] as const)
      expect(code(await server.gql(op, { id: mine.id, ...vars }, { token: rep2 }))).toBe('FORBIDDEN');
    const dispatch = await server.gql(
      'mutation($i: RepresentativeDispatchInput!) { dispatchClueAsRepresentative(input: $i) { id } }',
      {
        i: {
          clueId: mine.id,
          departmentId: departments.住建局,
          commitment: '处理',
          deadline: new Date(Date.now() + 9 * day).toISOString(),
        },
      },
      { token: rep2 },
    );
    expect(code(dispatch)).toBe('FORBIDDEN');
    const clue = await server.orm.em.fork().findOneOrFail(Clue, { id: mine.id });
    expect(clue.status).toBe('SUBMITTED');
  });

  it('shows a representative’s reply on the tracking page as theirs', async () => {
    const clue = await addressedClue();
    const blank = await server.gql(
      'mutation($id: ID!) { replyToClueAsRepresentative(clueId: $id, reply: "  ") { id } }',
      { id: clue.id },
      { token: rep },
    );
    expect([code(blank), field(blank)]).toEqual(['BAD_USER_INPUT', 'reply']);
    const { replyToClueAsRepresentative: replied } = await call(
      `mutation($id: ID!) { replyToClueAsRepresentative(clueId: $id, reply: "已联系社区处理。") { ${INBOX} } }`,
      { id: clue.id },
      rep,
    );
    expect(replied.publicReply).toBe('已联系社区处理。');
    const tracked = await call('query($c: String!) { trackClue(code: $c) { publicReply replyBy timeline { action note } } }', {
      c: clue.trackingCode,
    });
    expect(tracked.trackClue).toMatchObject({ publicReply: '已联系社区处理。', replyBy: '人大代表 测试代表' });
    expect(tracked.trackClue.timeline.map((e: { action: string }) => e.action)).toEqual(['SUBMITTED', 'REPLIED']);
    await call(
      'mutation($i: ReplyToClueInput!) { replyToClue(input: $i) { id } }',
      { i: { clueId: clue.id, reply: '工作人员答复' } },
      admin,
    );
    const after = (
      await call('query($c: String!) { trackClue(code: $c) { replyBy timeline { action note by } } }', { c: clue.trackingCode })
    ).trackClue;
    expect(after.replyBy).toBeNull();
    // The representative's reply stays on the timeline, with who gave it.
    expect(after.timeline.filter((e: { action: string }) => e.action === 'REPLIED')).toEqual([
      { action: 'REPLIED', note: '已联系社区处理。', by: '人大代表 测试代表' },
      { action: 'REPLIED', note: '工作人员答复', by: null },
    ]);
  });

  it('forwards a new clue to staff once; the board filters forwarded clues', async () => {
    const clue = await addressedClue('建议作为问政问题');
    const { forwardClueToStaff } = await call(
      'mutation($id: ID!) { forwardClueToStaff(clueId: $id, note: "建议列入本期") { forwardedAt status } }',
      { id: clue.id },
      rep,
    );
    expect(forwardClueToStaff.status).toBe('SUBMITTED');
    expect(code(await server.gql('mutation($id: ID!) { forwardClueToStaff(clueId: $id) { id } }', { id: clue.id }, { token: rep }))).toBe(
      'INVALID_PHASE',
    );
    const board = await call('query($f: ClueFilter) { clues(filter: $f) { nodes { id forwardNote } } }', { f: { forwarded: true } }, admin);
    expect(board.clues.nodes).toEqual([{ id: clue.id, forwardNote: '建议列入本期' }]);
  });

  it('lets staff reassign a clue to another representative (not an inactive one) or to none', async () => {
    const clue = await addressedClue();
    const REASSIGN =
      'mutation($c: ID!, $r: ID) { reassignClueRepresentative(clueId: $c, representativeId: $r) { representative { name } } }';
    expect((await call(REASSIGN, { c: clue.id, r: rep2Id }, admin)).reassignClueRepresentative.representative.name).toBe('第二代表');
    const inactive = await server.orm.em.fork().findOneOrFail(Representative, { active: false });
    expect(code(await server.gql(REASSIGN, { c: clue.id, r: inactive.id }, { token: admin }))).toBe('REPRESENTATIVE_INACTIVE');
    expect((await call(REASSIGN, { c: clue.id, r: null }, admin)).reassignClueRepresentative.representative).toBeNull();
    expect(await server.orm.em.fork().count(AuditEntry, { action: 'representative.reassignClue', subjectId: clue.id })).toBe(2);
  });
});

describe('代表下单 and 领办督办', () => {
  let itemId: string;

  it('dispatches a clue: REFERRED, an item DISPATCHED at once with the representative supervising, which the department accepts', async () => {
    const clue = await addressedClue('雨污管道堵塞');
    const DISPATCH = 'mutation($i: RepresentativeDispatchInput!) { dispatchClueAsRepresentative(input: $i) { status followUpId } }';
    const past = await server.gql(
      DISPATCH,
      {
        i: {
          clueId: clue.id,
          departmentId: departments.住建局,
          commitment: '疏通管道',
          deadline: new Date(Date.now() - day).toISOString(),
        },
      },
      { token: rep },
    );
    expect([code(past), field(past)]).toEqual(['BAD_USER_INPUT', 'deadline']);
    const { dispatchClueAsRepresentative: done } = await call(
      DISPATCH,
      {
        i: {
          clueId: clue.id,
          departmentId: departments.住建局,
          commitment: '疏通管道',
          deadline: new Date(Date.now() + 20 * day).toISOString(),
        },
      },
      rep,
    );
    expect(done.status).toBe('REFERRED');
    itemId = done.followUpId;
    const item = (await call(`query($id: ID!) { followUp(id: $id) { ${ITEM} } }`, { id: itemId }, rep)).followUp;
    expect(item).toMatchObject({ status: 'DISPATCHED', department: { shortName: '住建局' }, supervisors: [{ name: '测试代表' }] });
    expect(item.timeline.map((e: { action: string }) => e.action)).toEqual(['CREATED', 'DISPATCHED', 'DOCUMENT_ISSUED']);
    expect(
      code(
        await server.gql(
          DISPATCH,
          { i: { clueId: clue.id, departmentId: departments.住建局, commitment: 'x', deadline: new Date(Date.now() + day).toISOString() } },
          { token: rep },
        ),
      ),
    ).toBe('INVALID_PHASE');
    const tracked = await call('query($c: String!) { trackClue(code: $c) { status departmentName followUps { status } } }', {
      c: clue.trackingCode,
    });
    expect(tracked.trackClue).toMatchObject({
      status: 'REFERRED',
      departmentName: '县住房和城乡建设局',
      followUps: [{ status: 'DISPATCHED' }],
    });
    expect((await call('mutation($id: ID!) { acceptFollowUp(id: $id) { status } }', { id: itemId }, dept)).acceptFollowUp.status).toBe(
      'ACCEPTED',
    );
  });

  it('keeps an item from a representative who does not supervise it (FORBIDDEN), nested fields included', async () => {
    expect(code(await server.gql('query($id: ID!) { followUp(id: $id) { id } }', { id: itemId }, { token: rep2 }))).toBe('FORBIDDEN');
    expect(
      code(await server.gql('mutation($id: ID!) { commentOnFollowUp(id: $id, note: "意见") { id } }', { id: itemId }, { token: rep2 })),
    ).toBe('FORBIDDEN');
    const listed = await call('{ supervisedFollowUps { totalCount } }', {}, rep2);
    expect(listed.supervisedFollowUps.totalCount).toBe(0);
  });

  it('lets staff assign supervisors (active ones), who then read, comment and score once the item is REPORTED', async () => {
    const ASSIGN = `mutation($id: ID!, $r: [ID!]!) { assignSupervisors(followUpId: $id, representativeIds: $r) { ${ITEM} } }`;
    const inactive = await server.orm.em.fork().findOneOrFail(Representative, { active: false });
    expect(code(await server.gql(ASSIGN, { id: itemId, r: [repId, inactive.id] }, { token: admin }))).toBe('REPRESENTATIVE_INACTIVE');
    const assigned = (await call(ASSIGN, { id: itemId, r: [repId, rep2Id] }, admin)).assignSupervisors;
    expect(assigned.supervisors.map((s: { name: string }) => s.name).sort()).toEqual(['测试代表', '第二代表'].sort());
    expect((await call('{ supervisedFollowUps { nodes { id } } }', {}, rep2)).supervisedFollowUps.nodes).toEqual([{ id: itemId }]);

    const commented = (
      await call(`mutation($id: ID!) { commentOnFollowUp(id: $id, note: "请告知施工时间") { ${ITEM} } }`, { id: itemId }, rep2)
    ).commentOnFollowUp;
    expect(commented.timeline.at(-1)).toEqual({ action: 'COMMENTED', note: '人大代表 第二代表：请告知施工时间' });

    const SCORE = `mutation($i: ScoreFollowUpInput!) { scoreFollowUp(input: $i) { ${ITEM} } }`;
    const early = await server.gql(SCORE, { i: { id: itemId, score: 'SATISFIED' } }, { token: rep });
    expect(code(early)).toBe('INVALID_PHASE');
    await call(
      'mutation($i: ProgressInput!) { submitFollowUpReport(input: $i) { status } }',
      { i: { id: itemId, note: '管道已疏通', evidenceIds: [] } },
      dept,
    );
    await call(SCORE, { i: { id: itemId, score: 'UNSATISFIED' } }, rep);
    const replaced = (await call(SCORE, { i: { id: itemId, score: 'SATISFIED', note: '处理及时' } }, rep)).scoreFollowUp;
    await call(SCORE, { i: { id: itemId, score: 'BASICALLY_SATISFIED' } }, rep2);
    const scores = (await call(`query($id: ID!) { followUp(id: $id) { ${ITEM} } }`, { id: itemId }, admin)).followUp.representativeScores;
    expect(scores).toHaveLength(2);
    expect(replaced.representativeScores.find((s: { representativeName: string }) => s.representativeName === '测试代表')).toMatchObject({
      score: 'SATISFIED',
      note: '处理及时',
      handlingRound: 1,
    });
    expect(code(await server.gql(SCORE, { i: { id: itemId, score: 'SATISFIED' } }, { token: admin }))).toBe('FORBIDDEN');
    // The public page shows neither comments nor scores.
    const clue = await server.orm.em.fork().findOneOrFail(FollowUp, { id: itemId }, { populate: ['sourceClue'] });
    const tracked = await call('query($c: String!) { trackClue(code: $c) { followUps { timeline { action } } } }', {
      c: clue.sourceClue!.trackingCode,
    });
    expect(tracked.trackClue.followUps[0].timeline.map((e: { action: string }) => e.action)).not.toContain('SCORED');
    expect(await server.orm.em.fork().count(AuditEntry, { action: 'followUp.score', subjectId: itemId })).toBe(3);
  });

  it('sums the scores up in the look-back question', async () => {
    await call('mutation($i: FollowUpReasonInput!) { approveFollowUp(input: $i) { status } }', { i: { id: itemId } }, admin);
    const { openLookBack } = await call(
      'mutation($i: OpenLookBackInput!) { openLookBack(input: $i) { sessionId } }',
      { i: { followUpIds: [itemId] } },
      admin,
    );
    const { session } = await call('query($id: ID!) { session(id: $id) { questions { body } } }', { id: openLookBack.sessionId }, admin);
    expect(session.questions[0].body).toContain('代表打分：满意 1，基本满意 1，不满意 0');
  });
});

describe('代表出题', () => {
  let sessionId: string;
  const PROPOSE =
    'mutation($i: ProposeQuestionInput!) { proposeQuestion(input: $i) { id status sessionTitle representativeName departmentId questionId declineReason } }';

  beforeAll(async () => {
    const created = await call(
      'mutation($i: SessionInput!) { createSession(input: $i) { id } }',
      { i: { title: '代表出题测试', theme: '物业', scheduledAt: new Date(Date.now() + 7 * day).toISOString() } },
      admin,
    );
    sessionId = created.createSession.id;
  });

  it('takes proposals for a published session only, and staff accept one into the running order or decline it', async () => {
    const input = { sessionId, title: '加装电梯补贴为何迟迟不到位？', body: '补贴审核涉及哪些部门？', departmentId: departments.住建局 };
    expect(code(await server.gql(PROPOSE, { i: input }, { token: rep }))).toBe('NOT_FOUND'); // a draft is not visible to them
    await call('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: sessionId }, admin);
    const noDepartment = await server.gql(PROPOSE, { i: { ...input, departmentId: null } }, { token: rep });
    expect([code(noDepartment), field(noDepartment)]).toEqual(['BAD_USER_INPUT', 'departmentId']);
    const first = (await call(PROPOSE, { i: input }, rep)).proposeQuestion;
    const second = (await call(PROPOSE, { i: { ...input, title: '第二个问题' } }, rep2)).proposeQuestion;
    expect(first).toMatchObject({ status: 'PENDING', representativeName: '测试代表', sessionTitle: '代表出题测试' });

    const mine = await call('{ questionProposals { id } }', {}, rep);
    expect(mine.questionProposals).toEqual([{ id: first.id }]);
    expect(
      (await call('query($s: ID) { questionProposals(sessionId: $s) { id } }', { s: sessionId }, admin)).questionProposals,
    ).toHaveLength(2);

    const accepted = (await call('mutation($id: ID!) { acceptQuestionProposal(id: $id) { status questionId } }', { id: first.id }, admin))
      .acceptQuestionProposal;
    expect(accepted.status).toBe('ACCEPTED');
    const { session } = await call(
      'query($id: ID!) { session(id: $id) { questions { id questioner respondent } } }',
      { id: sessionId },
      admin,
    );
    expect(session.questions).toEqual([{ id: accepted.questionId, questioner: '人大代表 测试代表', respondent: '县住房和城乡建设局' }]);
    expect(
      code(await server.gql('mutation($id: ID!) { acceptQuestionProposal(id: $id) { id } }', { id: first.id }, { token: admin })),
    ).toBe('INVALID_PHASE');

    const DECLINE = 'mutation($id: ID!, $r: String!) { declineQuestionProposal(id: $id, reason: $r) { status declineReason } }';
    expect(field(await server.gql(DECLINE, { id: second.id, r: ' ' }, { token: admin }))).toBe('reason');
    expect((await call(DECLINE, { id: second.id, r: '与已有问题重复' }, admin)).declineQuestionProposal).toEqual({
      status: 'DECLINED',
      declineReason: '与已有问题重复',
    });
  });

  it('refuses a session that is already live', async () => {
    await call(
      'mutation($i: StartSessionInput!) { startSession(input: $i) { id } }',
      { i: { sessionId, acceptWarnings: ACCEPT_ALL_WARNINGS } },
      admin,
    );
    const live = await server.gql(
      PROPOSE,
      { i: { sessionId, title: '迟到的问题', body: '内容', departmentId: departments.住建局 } },
      { token: rep },
    );
    expect(code(live)).toBe('INVALID_PHASE');
  });
});

describe('履职 figures', () => {
  it('counts what each representative did in the period, a studio vote included, and exports them', async () => {
    // A studio vote cast with the representative's own sign-in, as a roll member linked to their account.
    const me = (await call('{ me { id } }', {}, rep)).me.id;
    const { createSession: session } = await call(
      'mutation($i: SessionInput!) { createSession(input: $i) { id } }',
      { i: { title: '演播室投票', theme: '物业', scheduledAt: new Date().toISOString() } },
      admin,
    );
    const { addQuestion } = await call(
      'mutation($id: ID!, $i: QuestionInput!) { addQuestion(sessionId: $id, input: $i) { questions { id } } }',
      { id: session.id, i: { title: '问题', body: '内容', questioner: '代表', departmentId: departments.住建局, respondent: '局长' } },
      admin,
    );
    const questionId = addQuestion.questions[0].id;
    await call(
      'mutation($i: AddToRollInput!) { addToRoll(input: $i) { id } }',
      { i: { sessionId: session.id, people: [{ name: '测试代表', accountId: me }] } },
      admin,
    );
    await call('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, admin);
    await call(
      'mutation($i: StartSessionInput!) { startSession(input: $i) { id } }',
      { i: { sessionId: session.id, acceptWarnings: ACCEPT_ALL_WARNINGS } },
      admin,
    );
    for (const verb of ['askQuestion', 'startAnswer', 'openVoting'])
      await call(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id: questionId }, admin);
    const view = await call('query($id: ID!) { session(id: $id) { questions { round { id } } } }', { id: session.id }, admin);
    await call(
      'mutation($i: CastVoteInput!) { castVote(input: $i) { roundId } }',
      { i: { roundId: view.session.questions[0].round.id, choice: 'SATISFIED', ballotId: randomUUID() } },
      rep,
    );

    // The earlier reply was replaced by staff's; this one stays the representative's.
    const answered = await addressedClue();
    await call('mutation($id: ID!) { replyToClueAsRepresentative(clueId: $id, reply: "已答复") { id } }', { id: answered.id }, rep);
    const period = { from: new Date(Date.now() - day).toISOString(), to: new Date(Date.now() + day).toISOString() };
    const FIGURES =
      'query($from: DateTimeISO!, $to: DateTimeISO!, $s: String) { representativeParticipation(from: $from, to: $to, search: $s) { representative { name } cluesReceived cluesAnswered cluesDispatched itemsSupervised scoresGiven studioVotes sessionsAttended } }';
    const all = (await call(FIGURES, period, admin)).representativeParticipation;
    const row = all.find((r: { representative: { name: string } }) => r.representative.name === '测试代表');
    expect(row).toMatchObject({
      cluesAnswered: 1,
      cluesDispatched: 1,
      itemsSupervised: 1,
      scoresGiven: 1,
      studioVotes: 1,
      sessionsAttended: 1,
    });
    expect(row.cluesReceived).toBeGreaterThanOrEqual(6);
    expect(all.length).toBeGreaterThan(2);
    const own = (await call(FIGURES, period, rep)).representativeParticipation;
    expect(own.map((r: { representative: { name: string } }) => r.representative.name)).toEqual(['测试代表']);
    const later = (await call(FIGURES, { from: period.to, to: new Date(Date.now() + 2 * day).toISOString(), s: '测试' }, admin))
      .representativeParticipation;
    expect(later[0]).toMatchObject({ cluesReceived: 0, studioVotes: 0, sessionsAttended: 0 });
    const backwards = await server.gql(FIGURES, { from: period.to, to: period.from }, { token: admin });
    expect(code(backwards)).toBe('BAD_USER_INPUT');

    const url = `${server.url}/exports/representatives/participation.xlsx?from=${period.from}&to=${period.to}&language=zh`;
    expect((await fetch(url, { headers: { authorization: `Bearer ${rep}` } })).status).toBe(403);
    const response = await fetch(url, { headers: { authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(200);
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('姓名');
    const values = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(values.some((r) => r[1] === '测试代表' && r[8] === 1)).toBe(true);
  });
});
