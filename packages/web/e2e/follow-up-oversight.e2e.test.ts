import { randomUUID } from 'node:crypto';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession, startLive } from './api';
import { shot, type Device, useBrowser, signIn } from './browser';

// Issue 19's oversight steps end to end on one item of 住建局: staff review of the department's
// progress text before the public sees it, a 三方见面 after an unsatisfied look-back, and 问责
// with a referral, each checked on the public results page (公示).

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };

let adminToken: string;
let hostToken: string;
let deptToken: string;
const devices: Device[] = [];
let staff: Page;
let reader: Page;
let sessionId: string;
let itemId: string;
const title = `背街小巷路面破损 ${randomUUID().slice(0, 4)}`;

const host = (verb: string, id: string) => api.ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id }, hostToken);
const setReview = (enabled: boolean) =>
  api.ok('mutation($on: Boolean!) { setFollowUpProgressReview(enabled: $on) { progressReview } }', { on: enabled }, adminToken);

/** Runs a question's round on air with these votes cast from phones through the public API, and reveals it. */
async function airRound(id: string, questionId: string, choices: string[]) {
  const { session } = await api.ok<{ session: { joinCode: string } }>(
    'query($id: ID!) { session(id: $id) { joinCode } }',
    { id },
    hostToken,
  );
  await startLive(api, id, hostToken);
  for (const verb of ['askQuestion', 'startAnswer', 'openVoting']) await host(verb, questionId);
  const { session: onAir } = await api.ok<{ session: { questions: { id: string; round: { id: string } | null }[] } }>(
    'query($id: ID!) { session(id: $id) { questions { id round { id } } } }',
    { id },
    hostToken,
  );
  const roundId = onAir.questions.find((q) => q.id === questionId)!.round!.id;
  for (const choice of choices) {
    const { joinSession } = await api.ok<{ joinSession: { token: string } }>(
      'mutation($code: String!) { joinSession(joinCode: $code) { token } }',
      { code: session.joinCode },
    );
    const response = await fetch(`${baseURL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-device-token': joinSession.token },
      body: JSON.stringify({
        query: 'mutation($input: CastVoteInput!) { castVote(input: $input) { roundId } }',
        variables: { input: { roundId, choice, ballotId: randomUUID() } },
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
  }
  await host('closeVoting', questionId);
  for (let i = 0; i < 100; i++) {
    const { session: now } = await api.ok<{ session: { questions: { id: string; phase: string }[] } }>(
      'query($id: ID!) { session(id: $id) { questions { id phase } } }',
      { id },
      hostToken,
    );
    if (now.questions.find((q) => q.id === questionId)?.phase === 'CLOSED') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await host('revealResult', questionId);
  await host('endSession', id);
}

const publicItem = async () => {
  await reader.goto(`/results/${sessionId}`);
  const item = reader.getByTestId('disclosure-question').filter({ hasText: title }).getByTestId('disclosure-item');
  await item.waitFor();
  return item;
};

beforeAll(async () => {
  [adminToken, hostToken, deptToken] = await Promise.all([api.login('admin'), api.login('host'), api.login('dept')]);

  // An answer aired and voted on; its item is dispatched to 住建局, which accepts it.
  const session = await planSession(api, adminToken, {
    title: '2026年第四季度电视问政（督办）',
    theme: '城市道路管理',
    questions: [{ title, questioner: '县人大代表 王建华', respondent: '县住建局局长 李明' }],
  });
  sessionId = session.id;
  await airRound(session.id, session.questions[0]!.id, ['UNSATISFIED', 'SATISFIED']);
  const { followUps } = await api.ok<{ followUps: { nodes: { id: string }[] } }>(
    'query($first: Int!, $search: String) { followUps(first: $first, search: $search) { nodes { id } } }',
    { first: 10, search: title },
    adminToken,
  );
  itemId = followUps.nodes[0]!.id;
  const { departments } = await api.ok<{ departments: { nodes: { id: string; shortName: string }[] } }>(
    '{ departments(first: 10) { nodes { id shortName } } }',
    {},
    adminToken,
  );
  await api.ok(
    'mutation($input: FollowUpEditInput!) { editFollowUp(input: $input) { id } }',
    {
      input: {
        id: itemId,
        title,
        commitment: '一个月内完成背街小巷路面修补。',
        deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        departmentId: departments.nodes.find((d) => d.shortName === '住建局')!.id,
        coDepartmentIds: [],
      },
    },
    adminToken,
  );
  await api.ok('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [itemId] }, adminToken);
  await api.ok('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: itemId }, deptToken);

  const desk = await newDevice('staff', DESK);
  const phone = await newDevice('reader', PHONE);
  devices.push(desk, phone);
  staff = desk.page;
  reader = phone.page;
  await signIn(staff, 'admin');
  await staff.getByTestId('admin-shell').waitFor();
}, 120_000);
afterAll(async () => {
  // The browser tests share one database: later files expect department text published at once.
  await setReview(false).catch(() => undefined);
  await Promise.all(devices.map((d) => d.context.close()));
});
describe('follow-up oversight', () => {
  it('holds a department’s progress text from the public until staff approve it', { timeout: 90_000 }, async () => {
    // —— Staff turn the review on from the settings page.
    await staff.goto('/admin/follow-ups/settings');
    const review = staff.getByTestId('progress-review');
    await review.getByText('进展审核').waitFor();
    await review.getByTestId('progress-review-switch').click();
    await staff.getByText('已保存进展审核设置。').waitFor();
    await shot(staff, 'follow-up-oversight-settings');

    // —— 住建局 reports progress; staff see it 待审核, the public page does not show the words.
    const note = '已完成东街、西巷两处破损路面修补，其余路段本月内完工。';
    await api.ok(
      'mutation($input: ProgressInput!) { postFollowUpProgress(input: $input) { id } }',
      { input: { id: itemId, note, percent: 60, evidenceIds: [] } },
      deptToken,
    );
    await staff.goto(`/admin/follow-ups/${itemId}`);
    await staff.getByTestId('pending-reviews').getByText('1 条进展说明待审核').waitFor();
    const step = staff.locator('[data-testid="timeline-step"][data-action="PROGRESS"]');
    await step.getByTestId('timeline-review').getByText('待审核').waitFor();
    await step.getByText(note).waitFor();
    let item = await publicItem();
    await item.locator('[data-testid="disclosure-step"][data-action="PROGRESS"]').waitFor();
    expect(await item.textContent()).not.toContain(note);

    // —— Staff approve: the step says who approved it, and the public page shows the words.
    await step.getByTestId('review-approve').click();
    await step.getByTestId('timeline-review').getByText('已审核').waitFor();
    await step
      .getByTestId('timeline-review')
      .getByText(/审核通过/)
      .waitFor();
    expect(await staff.getByTestId('pending-reviews').count()).toBe(0);
    await shot(staff, 'follow-up-oversight-review', { fullPage: true });
    item = await publicItem();
    await item.getByText(note).waitFor();
    await setReview(false);
  });

  it('records a 三方见面 after an unsatisfied look-back; the public sees its date and outcome only', { timeout: 120_000 }, async () => {
    // —— The department reports, staff approve, and a look-back vote finds the item unsatisfactory.
    await api.ok(
      'mutation($input: ProgressInput!) { submitFollowUpReport(input: $input) { id } }',
      { input: { id: itemId, note: '路面修补全部完成。', evidenceIds: [] } },
      deptToken,
    );
    await api.ok('mutation($input: FollowUpReasonInput!) { approveFollowUp(input: $input) { id } }', { input: { id: itemId } }, adminToken);
    const { openLookBack } = await api.ok<{ openLookBack: { sessionId: string; items: { evaluationQuestionId: string }[] } }>(
      'mutation($input: OpenLookBackInput!) { openLookBack(input: $input) { sessionId items { evaluationQuestionId } } }',
      { input: { followUpIds: [itemId] } },
      adminToken,
    );
    await airRound(openLookBack.sessionId, openLookBack.items[0]!.evaluationQuestionId, ['UNSATISFIED', 'UNSATISFIED', 'SATISFIED']);

    await staff.goto(`/admin/follow-ups/${itemId}`);
    await staff.getByTestId('follow-up-facts').getByTestId('follow-up-status').getByText('二次办理').waitFor();
    await staff.getByTestId('action-mediation').click();
    const meeting = staff.getByRole('dialog', { name: '三方见面（提、督、办）' });
    // Each side must be present.
    await meeting.getByTestId('mediation-name-0').fill('王建华');
    await meeting.getByTestId('mediation-name-1').fill('张敏');
    await meeting.getByTestId('mediation-outcome').fill('约定十个工作日内重铺南巷路面，代表到场验收。');
    await meeting.getByTestId('mediation-submit').click();
    await meeting.getByText('提、督、办三方各至少一人').waitFor();
    await meeting.getByTestId('mediation-name-2').fill('李明');
    await meeting.getByTestId('evidence-input').setInputFiles({
      name: '三方见面会议纪要.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await meeting.getByTestId('evidence-item').getByText('已上传', { exact: false }).waitFor();
    await shot(staff, 'follow-up-oversight-mediation-dialog');
    await meeting.getByTestId('mediation-submit').click();
    await meeting.waitFor({ state: 'hidden' });

    const record = staff.getByTestId('mediation');
    await record.getByText('约定十个工作日内重铺南巷路面').waitFor();
    await record.getByText('王建华').waitFor();
    await record.getByText('三方见面会议纪要.pdf').waitFor();
    await staff.locator('[data-testid="timeline-step"][data-action="MEDIATION"]').getByText('三方见面会议纪要.pdf').waitFor();
    await staff.getByTestId('follow-up-facts').getByTestId('follow-up-status').getByText('二次办理').waitFor();

    const item = await publicItem();
    await item
      .locator('[data-testid="disclosure-step"][data-action="MEDIATION"]')
      .getByText(/约定十个工作日内重铺南巷路面/)
      .waitFor();
    const text = (await item.textContent()) ?? '';
    expect(text).not.toMatch(/王建华|张敏|李明|纪要/);
    await shot(reader, 'follow-up-oversight-public-mediation', { fullPage: true });
  });

  it('records 问责 and a referral; the public sees kind and date, and names once staff publish', { timeout: 90_000 }, async () => {
    await staff.goto(`/admin/follow-ups/${itemId}`);
    await staff.getByTestId('action-accountability').click();
    const form = staff.getByRole('dialog', { name: '问责与移送' });
    await form.getByTestId('accountability-submit').click();
    await form.getByText('请填写被问责人姓名').waitFor();
    await form.getByTestId('accountability-measure-TALK').click();
    await form.getByTestId('accountability-name').fill('钱立新');
    await form.getByTestId('accountability-post').fill('县住建局副局长');
    await form.getByTestId('accountability-issuer').fill('县纪委监委');
    await form.getByTestId('accountability-submit').click();
    await form.waitFor({ state: 'hidden' });

    await staff.getByTestId('action-accountability').click();
    await form.getByTestId('accountability-kind-REFERRAL').click();
    await form.getByTestId('accountability-body-AUDIT').click();
    await form.getByTestId('accountability-number').fill('县人大常委会移〔2026〕7号');
    await form.getByTestId('accountability-submit').click();
    await form.waitFor({ state: 'hidden' });

    const records = staff.getByTestId('accountability-record');
    await records.filter({ hasText: '钱立新' }).getByText('未公开').waitFor();
    await records.filter({ hasText: '县人大常委会移〔2026〕7号' }).waitFor();
    await staff
      .locator('[data-testid="timeline-step"][data-action="ACCOUNTABILITY"]')
      .getByText(/问责：约谈/)
      .waitFor();

    let item = await publicItem();
    const listed = item.getByTestId('disclosure-accountability');
    await listed.getByText('约谈').waitFor();
    await listed.getByText('移送审计机关').waitFor();
    expect(await item.textContent()).not.toMatch(/钱立新|副局长|移〔2026〕7号/);

    // —— Staff publish the measure: its name and post reach the public page; the referral's 文号 stays.
    await records.filter({ hasText: '钱立新' }).getByTestId('accountability-publish-publish').click();
    await records.filter({ hasText: '钱立新' }).getByText('已公开').waitFor();
    await shot(staff, 'follow-up-oversight-staff-item', { fullPage: true });
    item = await publicItem();
    await item
      .getByTestId('disclosure-accountability')
      .getByText(/钱立新（县住建局副局长）/)
      .waitFor();
    expect(await item.textContent()).not.toContain('移〔2026〕7号');
    await shot(reader, 'follow-up-oversight-public-accountability', { fullPage: true });
  });
});
