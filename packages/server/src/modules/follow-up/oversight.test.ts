import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { FollowUp, FollowUpEvent } from './follow-up.entity.js';

const day = 86_400_000;
const EVENT = 'id action note evidence { fileName url } review reviewNote reviewerName reviewedAt';
const ITEM = `id status closedAt pendingReviews timeline { ${EVENT} } mediations { heldOn outcome decision participants { name side } minutes { fileName } } accountability { id kind measure officialName officialPost issuedBy body referenceNumber takenOn published }`;
const PUBLIC =
  'status timeline { action note evidence { fileName } review reviewerName } accountability { kind measure body takenOn officialName officialPost issuedBy referenceNumber }';

let server: TestServer;
let admin: string;
let dept: string;
let housing: string;

type Errors = { errors?: { message: string; extensions: { code: string; field?: string } }[] };
const failure = (result: Errors) => ({ code: result.errors?.[0]?.extensions.code, field: result.errors?.[0]?.extensions.field });

async function call(query: string, variables: Record<string, unknown>, token?: string) {
  const result = await server.gql(query, variables, token ? { token } : {});
  if (result.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
  return result.data;
}
const attempt = (query: string, variables: Record<string, unknown>, token: string) =>
  server.gql(query, variables, { token }) as Promise<Errors>;

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 8 * 3_600_000 + day).toISOString().slice(0, 10);

const SET_REVIEW = 'mutation($on: Boolean!) { setFollowUpProgressReview(enabled: $on) { progressReview } }';
const REVIEW = `mutation($input: ReviewFollowUpTextInput!) { reviewFollowUpText(input: $input) { ${ITEM} } }`;
const MEDIATE = `mutation($input: MediationInput!) { recordFollowUpMediation(input: $input) { ${ITEM} } }`;
const MEASURE = `mutation($input: AccountabilityMeasureInput!) { recordAccountabilityMeasure(input: $input) { ${ITEM} } }`;
const REFER = `mutation($input: OversightReferralInput!) { recordOversightReferral(input: $input) { ${ITEM} } }`;
const PUBLISH = `mutation($input: PublishAccountabilityInput!) { publishAccountability(input: $input) { ${ITEM} } }`;
const PROGRESS = 'mutation($input: ProgressInput!) { postFollowUpProgress(input: $input) { id } }';

const read = async (id: string, token = admin) => (await call(`query($id: ID!) { followUp(id: $id) { ${ITEM} } }`, { id }, token)).followUp;

/** An accepted item made from a referred clue, so the clue's tracking page shows it as the public sees it. */
async function trackedItem(title: string): Promise<{ id: string; code: string }> {
  const device = (await server.gql('mutation { registerDevice }')).data.registerDevice;
  const clue = (
    await server.gql(
      'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id trackingCode } }',
      { input: { title, description: `${title}，已持续一周，请尽快处理。`, category: 'FACILITIES' } },
      { device },
    )
  ).data.submitClue;
  await call(
    'mutation($input: ReferClueInput!) { referClue(input: $input) { id } }',
    { input: { clueId: clue.id, departmentId: housing } },
    admin,
  );
  const { createFollowUpFromClue: item } = await call(
    'mutation($input: FollowUpFromClueInput!) { createFollowUpFromClue(input: $input) { id } }',
    { input: { clueId: clue.id, commitment: '一周内整改到位', deadline: new Date(Date.now() + 14 * day).toISOString() } },
    admin,
  );
  await call('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [item.id] }, admin);
  await call('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: item.id }, dept);
  return { id: item.id, code: clue.trackingCode };
}

const tracked = async (code: string) =>
  (await call(`query($code: String!) { trackClue(code: $code) { followUps { ${PUBLIC} } } }`, { code })).trackClue.followUps[0];

/** Marks an item as a look-back found it: REOPENED for 二次办理 (what the revealed round does). */
async function reopenedByLookBack(id: string): Promise<void> {
  const em = server.orm.em.fork();
  const item = await em.findOneOrFail(FollowUp, { id });
  item.status = 'REOPENED';
  item.handlingRound = 2;
  em.create(FollowUpEvent, { followUp: item, action: 'NOTICE', actorId: null, handlingRound: 1, note: '情况通报：测评结果为不满意。' });
  em.create(FollowUpEvent, { followUp: item, action: 'REOPENED', actorId: null, handlingRound: 2, note: '第 2 次办理' });
  await em.flush();
}

async function uploadMinutes(token: string) {
  const form = new FormData();
  form.append(
    'file',
    new Blob([Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')], { type: 'application/pdf' }),
    '三方见面会议纪要.pdf',
  );
  const response = await fetch(`${server.url}/uploads/evidence`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const audited = async (action: string) => server.orm.em.fork().count(AuditEntry, { action });

beforeAll(async () => {
  server = await startTestServer();
  [admin, dept] = await Promise.all([server.login('admin'), server.login('dept')]);
  const { departments } = await call('{ departments(first: 10) { nodes { id shortName } } }', {}, admin);
  housing = departments.nodes.find((d: { shortName: string }) => d.shortName === '住建局').id;
});
afterAll(async () => {
  await server?.stop();
});

describe('staff review of department progress', () => {
  it('is off by default: a progress note is public as soon as it is posted', async () => {
    expect((await call('{ deadlineSettings { progressReview } }', {}, admin)).deadlineSettings.progressReview).toBe(false);
    const { id, code } = await trackedItem('路灯不亮影响夜间出行');
    await call(PROGRESS, { input: { id, note: '已更换灯杆线路', percent: 40, evidenceIds: [] } }, dept);
    const step = (await tracked(code)).timeline.find((e: { action: string }) => e.action === 'PROGRESS');
    expect(step).toMatchObject({ note: '已更换灯杆线路', review: null });
    expect((await read(id)).pendingReviews).toBe(0);
  });

  it('when on, hides the text from the public until staff approve it, and records who approved when', async () => {
    await call(SET_REVIEW, { on: true }, admin);
    try {
      const { id, code } = await trackedItem('小区积水无人处理');
      await call(PROGRESS, { input: { id, note: '已疏通雨水管网一半', percent: 50, evidenceIds: [] } }, dept);

      const waiting = await read(id);
      expect(waiting.pendingReviews).toBe(1);
      const step = waiting.timeline.find((e: { action: string }) => e.action === 'PROGRESS');
      expect(step).toMatchObject({ note: '已疏通雨水管网一半', review: 'PENDING', reviewerName: null });
      // The department sees its own text marked 待审核.
      expect((await read(id, dept)).timeline.find((e: { action: string }) => e.action === 'PROGRESS')).toMatchObject({ review: 'PENDING' });
      const hidden = (await tracked(code)).timeline.find((e: { action: string }) => e.action === 'PROGRESS');
      expect(hidden).toMatchObject({ note: null, review: null });

      expect(failure(await attempt(REVIEW, { input: { eventId: step.id, approve: true } }, dept))).toMatchObject({ code: 'FORBIDDEN' });
      const approved = (await call(REVIEW, { input: { eventId: step.id, approve: true } }, admin)).reviewFollowUpText;
      const reviewed = approved.timeline.find((e: { id: string }) => e.id === step.id);
      expect(reviewed).toMatchObject({ review: 'APPROVED', reviewerName: expect.any(String) });
      expect(reviewed.reviewedAt).toBeTruthy();
      expect(approved.pendingReviews).toBe(0);
      expect((await tracked(code)).timeline.find((e: { action: string }) => e.action === 'PROGRESS')).toMatchObject({
        note: '已疏通雨水管网一半',
        reviewerName: null,
      });
      expect(await audited('followUp.approveText')).toBeGreaterThan(0);

      // A second decision on the same text is refused.
      expect(failure(await attempt(REVIEW, { input: { eventId: step.id, approve: false, reason: '措辞' } }, admin))).toMatchObject({
        code: 'INVALID_PHASE',
      });
    } finally {
      await call(SET_REVIEW, { on: false }, admin);
    }
  });

  it('keeps returned text from the public for good, with the reason for the department', async () => {
    await call(SET_REVIEW, { on: true }, admin);
    try {
      const { id, code } = await trackedItem('农贸市场占道经营');
      await call(PROGRESS, { input: { id, note: '摊主张三已被劝离', percent: 30, evidenceIds: [] } }, dept);
      const step = (await read(id)).timeline.find((e: { action: string }) => e.action === 'PROGRESS');
      expect(failure(await attempt(REVIEW, { input: { eventId: step.id, approve: false } }, admin))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      expect(failure(await attempt(REVIEW, { input: { eventId: '999999999', approve: true } }, admin))).toMatchObject({
        code: 'NOT_FOUND',
      });
      await call(REVIEW, { input: { eventId: step.id, approve: false, reason: '含个人姓名，请删去后重新报送' } }, admin);
      await call(SET_REVIEW, { on: false }, admin);
      // Turning the review off does not publish what staff returned.
      expect((await tracked(code)).timeline.find((e: { action: string }) => e.action === 'PROGRESS')).toMatchObject({ note: null });
      expect((await read(id, dept)).timeline.find((e: { action: string }) => e.action === 'PROGRESS')).toMatchObject({
        review: 'RETURNED',
        reviewNote: '含个人姓名，请删去后重新报送',
      });
      expect(await audited('followUp.returnText')).toBeGreaterThan(0);
    } finally {
      await call(SET_REVIEW, { on: false }, admin);
    }
  });
});

describe('三方见面 (提、督、办)', () => {
  const participants = [
    { name: '王代表', side: 'PROPOSER' },
    { name: '李主任', side: 'SUPERVISOR' },
    { name: '赵局长', side: 'HANDLER' },
  ];

  it('is refused before a look-back found the item unsatisfactory', async () => {
    const { id } = await trackedItem('垃圾清运不及时');
    const input = { id, heldOn: today(), participants, outcome: '约定两周内整改', decision: 'REOPEN' };
    expect(failure(await attempt(MEDIATE, { input }, admin))).toMatchObject({ code: 'INVALID_PHASE' });
    expect(failure(await attempt(MEDIATE, { input }, dept))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records the meeting with its minutes; the public sees the date and outcome, not the people or the minutes', async () => {
    const { id, code } = await trackedItem('学校门口交通拥堵');
    await reopenedByLookBack(id);
    const base = { id, heldOn: today(), participants, outcome: '增设护学岗，一个月内复查', decision: 'REOPEN', minutesIds: [] as string[] };
    expect(failure(await attempt(MEDIATE, { input: { ...base, participants: participants.slice(0, 2) } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'participants',
    });
    expect(failure(await attempt(MEDIATE, { input: { ...base, heldOn: tomorrow() } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'heldOn',
    });
    expect(failure(await attempt(MEDIATE, { input: { ...base, heldOn: '2026-02-30' } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'heldOn',
    });
    expect(failure(await attempt(MEDIATE, { input: { ...base, outcome: '  ' } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'outcome',
    });

    const minutes = await uploadMinutes(admin);
    const item = (await call(MEDIATE, { input: { ...base, minutesIds: [minutes] } }, admin)).recordFollowUpMediation;
    expect(item.status).toBe('REOPENED');
    expect(item.mediations).toEqual([
      expect.objectContaining({
        outcome: '增设护学岗，一个月内复查',
        decision: 'REOPEN',
        participants,
        minutes: [{ fileName: '三方见面会议纪要.pdf' }],
      }),
    ]);
    const step = item.timeline.find((e: { action: string }) => e.action === 'MEDIATION');
    expect(step.evidence[0].url).toMatch(/^\/uploads\/evidence\//);

    const publicItem = await tracked(code);
    const publicStep = publicItem.timeline.find((e: { action: string }) => e.action === 'MEDIATION');
    expect(publicStep.note).toContain('增设护学岗');
    expect(publicStep.evidence).toEqual([]);
    expect(JSON.stringify(publicItem)).not.toMatch(/王代表|李主任|赵局长|纪要/);
    expect(await audited('followUp.mediation')).toBeGreaterThan(0);
  });

  it('closes the item when staff decide so after the meeting', async () => {
    const { id } = await trackedItem('公园健身器材损坏');
    await reopenedByLookBack(id);
    const input = { id, heldOn: today(), participants, outcome: '提出方认可已更换器材', decision: 'CLOSE' };
    const item = (await call(MEDIATE, { input }, admin)).recordFollowUpMediation;
    expect(item.status).toBe('CLOSED');
    expect(item.closedAt).toBeTruthy();
    expect(item.timeline.slice(-2).map((e: { action: string }) => e.action)).toEqual(['MEDIATION', 'CLOSED']);
    // Closed: no further meeting.
    expect(failure(await attempt(MEDIATE, { input }, admin))).toMatchObject({ code: 'INVALID_PHASE' });
  });
});

describe('问责 and referrals', () => {
  it('records a measure and a referral; the public sees kind and date until staff publish the names', async () => {
    const { id, code } = await trackedItem('违建拆除久拖不决');
    const measure = {
      id,
      officialName: '钱某某',
      officialPost: '县住建局副局长',
      measure: 'TALK',
      issuedBy: '县纪委监委',
      issuedOn: today(),
      published: false,
    };
    expect(failure(await attempt(MEASURE, { input: { ...measure, officialName: ' ' } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'officialName',
    });
    expect(failure(await attempt(MEASURE, { input: { ...measure, issuedOn: tomorrow() } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'issuedOn',
    });
    expect(failure(await attempt(MEASURE, { input: measure }, dept))).toMatchObject({ code: 'FORBIDDEN' });
    await call(MEASURE, { input: measure }, admin);
    const referral = { id, body: 'DISCIPLINE', referenceNumber: '县人大常委会移〔2026〕3号', referredOn: today(), published: false };
    const item = (await call(REFER, { input: referral }, admin)).recordOversightReferral;
    expect(failure(await attempt(REFER, { input: referral }, admin))).toMatchObject({ code: 'CONFLICT' });
    expect(failure(await attempt(REFER, { input: { ...referral, referenceNumber: '' } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'referenceNumber',
    });

    expect(item.accountability).toEqual([
      expect.objectContaining({
        kind: 'MEASURE',
        measure: 'TALK',
        officialName: '钱某某',
        officialPost: '县住建局副局长',
        published: false,
      }),
      expect.objectContaining({ kind: 'REFERRAL', body: 'DISCIPLINE', referenceNumber: '县人大常委会移〔2026〕3号' }),
    ]);
    expect(item.timeline.slice(-2).map((e: { action: string }) => e.action)).toEqual(['ACCOUNTABILITY', 'REFERRED']);
    // The department reads the item, but not the records of who was held to account.
    expect((await read(id, dept)).accountability).toEqual([]);

    const before = await tracked(code);
    expect(before.accountability).toEqual([
      {
        kind: 'MEASURE',
        measure: 'TALK',
        body: null,
        takenOn: today(),
        officialName: null,
        officialPost: null,
        issuedBy: null,
        referenceNumber: null,
      },
      {
        kind: 'REFERRAL',
        measure: null,
        body: 'DISCIPLINE',
        takenOn: today(),
        officialName: null,
        officialPost: null,
        issuedBy: null,
        referenceNumber: null,
      },
    ]);
    expect(JSON.stringify(before)).not.toMatch(/钱某某|副局长|移〔2026〕/);

    const published = (await call(PUBLISH, { input: { recordId: item.accountability[0].id, published: true } }, admin))
      .publishAccountability;
    expect(published.accountability[0].published).toBe(true);
    expect((await tracked(code)).accountability[0]).toMatchObject({
      officialName: '钱某某',
      officialPost: '县住建局副局长',
      issuedBy: '县纪委监委',
    });
    expect((await tracked(code)).accountability[1].referenceNumber).toBeNull();
    expect(await audited('followUp.accountability')).toBeGreaterThan(0);
    expect(await audited('followUp.referral')).toBeGreaterThan(0);
    expect(await audited('followUp.publishAccountability')).toBeGreaterThan(0);
  });

  it('is refused on a draft, and for a record that does not exist', async () => {
    const em = server.orm.em.fork();
    const draft = em.create(FollowUp, {
      title: '草稿事项',
      commitment: '待定',
      deadline: new Date(Date.now() + 10 * day),
      department: housing,
    });
    await em.flush();
    const input = { id: draft.id, body: 'AUDIT', referenceNumber: '审移〔2026〕1号', referredOn: today() };
    expect(failure(await attempt(REFER, { input }, admin))).toMatchObject({ code: 'INVALID_PHASE' });
    expect(
      failure(await attempt(PUBLISH, { input: { recordId: '00000000-0000-4000-8000-000000000000', published: true } }, admin)),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});
