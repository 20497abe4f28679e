import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import type { SmsSender } from '../identity/sms-sender.js';
import { deliverSubmitterNotices, NOTICE_ATTEMPTS, queueSubmitterNotices, type SubmitterNoticeServices } from './submitter-notices.js';

// The submitter's word (解决率): a submitter who left a phone number is texted when their clue is
// accepted, goes on air and when its item is closed, each once; whoever holds the tracking code then
// says whether the problem is solved, and 未解决 raises the item for staff review.

const SUBMIT = 'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id trackingCode } }';
const VERDICT = `mutation($input: ClueVerdictInput!) {
  giveClueVerdict(input: $input) { verdict verdictComment verdictOpen timeline { action note } followUps { status timeline { action note } } }
}`;
const NOTICES = 'query($id: ID!) { clue(id: $id) { verdict verdictComment notices { event delivery sentAt error } } }';

let server: TestServer;
let admin: string;
let dept: string;
let departmentId: string;
let services: SubmitterNoticeServices;
let n = 0;

/** A stand-in for the SMS gateway: keeps what it was given, and refuses while `refusing`. */
const sent: { phone: string; text: string }[] = [];
let refusing = false;
const gateway: SmsSender = {
  delivers: true,
  async send(phone, text) {
    if (refusing) throw new Error('gateway down');
    sent.push({ phone, text });
  },
};

async function call(query: string, variables: Record<string, unknown>, token = admin) {
  const result = await server.gql(query, variables, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** A clue with a phone number (each its own), as a phone sends it. */
async function submitted(phone: string | null = `1390000${String(++n).padStart(4, '0')}`) {
  const device = (await server.gql<{ registerDevice: string }>('mutation { registerDevice }')).data!.registerDevice;
  const result = await server.gql<{ submitClue: { id: string; trackingCode: string } }>(
    SUBMIT,
    { input: { title: `第${n}号楼下水道堵塞`, description: '下水道堵塞已经一个多月了，气味很大。', category: 'FACILITIES', phone } },
    { device },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { ...result.data.submitClue, phone, title: `第${n}号楼下水道堵塞` };
}

/** Refers the clue to 住建局 and takes the item made from it through to CLOSED. */
async function closedItem(clueId: string): Promise<string> {
  await call('mutation($input: ReferClueInput!) { referClue(input: $input) { id } }', { input: { clueId, departmentId } });
  const { createFollowUpFromClue: item } = await call(
    'mutation($input: FollowUpFromClueInput!) { createFollowUpFromClue(input: $input) { id } }',
    { input: { clueId, commitment: '一个月内疏通', deadline: new Date(Date.now() + 30 * 86_400_000) } },
  );
  await call('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [item.id] });
  await call('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: item.id }, dept);
  await call(
    'mutation($input: ProgressInput!) { submitFollowUpReport(input: $input) { id } }',
    { input: { id: item.id, note: '已疏通。', evidenceIds: [] } },
    dept,
  );
  await call('mutation($input: FollowUpReasonInput!) { approveFollowUp(input: $input) { id } }', {
    input: { id: item.id, reason: '属实' },
  });
  await call('mutation($input: FollowUpReasonInput!) { closeFollowUp(input: $input) { id } }', { input: { id: item.id, reason: '办结' } });
  return item.id;
}

const verdict = (code: string, input: Record<string, unknown>) => server.gql(VERDICT, { input: { code, ...input } });

beforeAll(async () => {
  server = await startTestServer({ CLUES_PER_10_MINUTES_PER_ADDRESS: '1000' });
  [admin, dept] = await Promise.all([server.login('admin'), server.login('dept')]);
  departmentId = (await call('{ departments(first: 20) { nodes { id shortName } } }', {})).departments.nodes.find(
    (d: { shortName: string }) => d.shortName === '住建局',
  ).id;
  const { services: shared } = await server.context({ token: undefined, ip: '127.0.0.1' });
  services = {
    em: shared.em,
    sms: gateway,
    phones: shared.clueGuards.phones,
    logger: server.logger,
    signature: '【测试】',
    publicUrl: 'https://wz.example',
  };
});
afterAll(async () => {
  await server?.stop();
});

describe('texts to the submitter', () => {
  it('tells of the acceptance, the air and the closing once each, and only those who left a number', async () => {
    const { createSession } = await call(
      'mutation { createSession(input: { title: "第三期", theme: "城市管理", scheduledAt: "2030-03-01T11:30:00Z" }) { id } }',
      {},
    );
    const [asked, silent] = [await submitted(), await submitted(null)];
    for (const clue of [asked, silent])
      await call('mutation($input: AcceptClueInput!) { acceptClue(input: $input) { id } }', {
        input: {
          clueId: clue.id,
          sessionId: createSession.id,
          newQuestion: {
            title: '下水道何时疏通？',
            body: '下水道堵塞一个多月。',
            questioner: '县人大代表 王建华',
            departmentId,
            respondent: '县住建局局长',
          },
        },
      });
    const closed = await submitted();
    await closedItem(closed.id);

    sent.length = 0;
    await queueSubmitterNotices(services);
    // A second run, as another instance would make at the same time, writes nothing new.
    expect(await queueSubmitterNotices(services)).toBe(0);
    await deliverSubmitterNotices(services);
    // Asked on air (the host's verbs are another module's; the phase is what the notice reads).
    await services.em
      .fork()
      .execute(`update question set phase = 'ASKING' where id = (select question_id from clue where id = ?)`, [asked.id]);
    expect(await queueSubmitterNotices(services)).toBe(1);
    await deliverSubmitterNotices(services);
    await deliverSubmitterNotices(services);

    const to = (phone: string | null) => sent.filter((m) => m.phone === phone).map((m) => m.text);
    const link = (code: string) => `https://wz.example/clues/track/${code}`;
    expect(to(asked.phone)).toEqual([
      `【测试】您反映的“${asked.title}”已被采纳为问政问题，进展请查看：${link(asked.trackingCode)}`,
      `【测试】您反映的“${asked.title}”已在“第三期”中提问，答复和测评结果请查看：${link(asked.trackingCode)}`,
    ]);
    expect(to(closed.phone)).toEqual([
      `【测试】您反映的“${closed.title}”已办结。问题是否真正解决？请告诉我们：${link(closed.trackingCode)}`,
    ]);
    expect((await call(NOTICES, { id: asked.id })).clue.notices).toEqual([
      { event: 'ACCEPTED', delivery: 'SENT', sentAt: expect.any(String), error: null },
      { event: 'ON_AIR', delivery: 'SENT', sentAt: expect.any(String), error: null },
    ]);
    expect((await call(NOTICES, { id: silent.id })).clue.notices).toEqual([]);
  });

  it('tries a refused text again, then gives up and says why', async () => {
    const clue = await submitted();
    await closedItem(clue.id);
    await queueSubmitterNotices(services);
    refusing = true;
    try {
      for (let attempt = 1; attempt <= NOTICE_ATTEMPTS + 1; attempt++) await deliverSubmitterNotices(services);
    } finally {
      refusing = false;
    }
    const [notice] = (await call(NOTICES, { id: clue.id })).clue.notices;
    expect(notice).toEqual({ event: 'CLOSED', delivery: 'FAILED', sentAt: null, error: 'gateway down' });
    await deliverSubmitterNotices(services);
    expect(sent.some((m) => m.phone === clue.phone)).toBe(false);
  });
});

describe('the submitter’s word', () => {
  it('is refused until the item is closed, then kept (the latest stands) and shown on the timeline', async () => {
    const clue = await submitted();
    const early = await verdict(clue.trackingCode, { verdict: 'RESOLVED' });
    expect(early.errors?.[0]?.extensions.code).toBe('VERDICT_NOT_OPEN');
    expect((await call(NOTICES, { id: clue.id })).clue.verdict).toBeNull();

    await closedItem(clue.id);
    const unknown = await verdict('ZZZZZZZZZZZZ', { verdict: 'RESOLVED' });
    expect(unknown.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    const bad = await verdict(clue.trackingCode, { verdict: 'RESOLVED', comment: '好'.repeat(501) });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');

    // Typed as people type it: lower case, with a dash.
    const typed = `${clue.trackingCode.slice(0, 4).toLowerCase()}-${clue.trackingCode.slice(4)}`;
    const first = await verdict(typed, { verdict: 'RESOLVED', comment: '已经疏通，谢谢' });
    expect(first.data?.giveClueVerdict).toMatchObject({ verdict: 'RESOLVED', verdictComment: '已经疏通，谢谢', verdictOpen: true });
    expect(first.data?.giveClueVerdict.followUps[0].timeline.map((s: { action: string }) => s.action)).not.toContain(
      'SUBMITTER_UNRESOLVED',
    );
    const second = await verdict(clue.trackingCode, { verdict: 'UNRESOLVED', comment: '又堵了' });
    expect(second.data?.giveClueVerdict).toMatchObject({ verdict: 'UNRESOLVED', verdictComment: '又堵了' });
    expect(
      second.data?.giveClueVerdict.timeline.filter((s: { action: string }) => s.action === 'VERDICT').map((s: { note: string }) => s.note),
    ).toEqual(['RESOLVED', 'UNRESOLVED']);
    // The public sees that the submitter said so, not their words.
    const step = second.data?.giveClueVerdict.followUps[0].timeline.find((s: { action: string }) => s.action === 'SUBMITTER_UNRESOLVED');
    expect(step).toEqual({ action: 'SUBMITTER_UNRESOLVED', note: null });
  });

  it('raises an unsolved closed item for staff review, once per handling round, and counts it in 解决率', async () => {
    const solved = await submitted();
    const unsolved = await submitted();
    const [solvedItem, unsolvedItem] = [await closedItem(solved.id), await closedItem(unsolved.id)];
    const before = (await call('query { followUpStats { answered answerRate judged resolved resolveRate } }', {})).followUpStats;
    await verdict(solved.trackingCode, { verdict: 'RESOLVED' });
    await verdict(unsolved.trackingCode, { verdict: 'UNRESOLVED', comment: '还是堵' });
    await verdict(unsolved.trackingCode, { verdict: 'UNRESOLVED', comment: '仍然堵' });

    const item = await call('query($id: ID!) { followUp(id: $id) { timeline { action note } } }', { id: unsolvedItem });
    expect(
      item.followUp.timeline.filter((s: { action: string }) => s.action === 'SUBMITTER_UNRESOLVED').map((s: { note: string }) => s.note),
    ).toEqual(['还是堵', '仍然堵']);
    const notices = (await call('query { notifications(unreadOnly: true) { kind message followUpId } }', {})).notifications.filter(
      (notice: { followUpId: string; kind: string }) => notice.followUpId === unsolvedItem && notice.kind === 'SUBMITTER_UNRESOLVED',
    );
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toContain('反映人表示问题未解决：还是堵');
    const solvedTimeline = await call('query($id: ID!) { followUp(id: $id) { timeline { action } } }', { id: solvedItem });
    expect(solvedTimeline.followUp.timeline.map((s: { action: string }) => s.action)).not.toContain('SUBMITTER_UNRESOLVED');

    const after = (await call('query { followUpStats { answered answerRate judged resolved resolveRate } }', {})).followUpStats;
    expect(after.judged - before.judged).toBe(2);
    expect(after.resolved - before.resolved).toBe(1);
    expect(after.resolveRate).toBeCloseTo((100 * after.resolved) / after.judged, 1);

    // The board filters by the submitter's word, with its count.
    const board = async (word: string) =>
      (
        await call('query($filter: FollowUpFilter) { followUps(first: 200, filter: $filter) { totalCount nodes { id } } }', {
          filter: { submitterVerdict: word, statuses: ['CLOSED'] },
        })
      ).followUps;
    const unresolvedBoard = await board('UNRESOLVED');
    const resolvedBoard = await board('RESOLVED');
    const ids = (page: { nodes: { id: string }[] }) => page.nodes.map((n) => n.id);
    expect(ids(unresolvedBoard)).toContain(unsolvedItem);
    expect(ids(unresolvedBoard)).not.toContain(solvedItem);
    expect(ids(resolvedBoard)).toContain(solvedItem);
    expect(ids(resolvedBoard)).not.toContain(unsolvedItem);
    expect(unresolvedBoard.totalCount).toBe(unresolvedBoard.nodes.length);
    const bad = await server.gql('query { followUps(first: 1, filter: { submitterVerdict: MAYBE }) { totalCount } }', {}, { token: admin });
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
