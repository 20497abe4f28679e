import { randomInt } from 'node:crypto';
import type { BrowserContextOptions } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, submitClueAsPhone } from './api';
import { PHONE, shot, useBrowser, signIn } from './browser';

// The submitter's word (解决率) end to end: a clue sent with a phone number is referred, becomes an
// item and is closed; the submitter gets a text through the SMS gateway with a link to the tracking
// page, says there that the problem is not solved, and staff find the item raised for review.

const baseURL = inject('baseURL');
const smsGatewayURL = inject('smsGatewayURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
const TITLE = '幸福里小区门前下水道反复堵塞';

let admin: string;
let dept: string;

beforeAll(async () => {
  [admin, dept] = await Promise.all([api.login('admin'), api.login('dept')]);
});
/** Referred to 住建局, made an item, and taken through to 办结 by the department and staff. */
async function closeAsItem(clueId: string): Promise<string> {
  const { departments } = await api.ok('{ departments(first: 20) { nodes { id shortName } } }', {}, admin);
  const departmentId = departments.nodes.find((d: { shortName: string }) => d.shortName === '住建局').id;
  await api.ok('mutation($input: ReferClueInput!) { referClue(input: $input) { id } }', { input: { clueId, departmentId } }, admin);
  const { createFollowUpFromClue: item } = await api.ok(
    'mutation($input: FollowUpFromClueInput!) { createFollowUpFromClue(input: $input) { id } }',
    { input: { clueId, commitment: '两周内疏通并更换管道', deadline: new Date(Date.now() + 14 * 86_400_000) } },
    admin,
  );
  await api.ok('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [item.id] }, admin);
  await api.ok('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: item.id }, dept);
  await api.ok(
    'mutation($input: ProgressInput!) { submitFollowUpReport(input: $input) { id } }',
    { input: { id: item.id, note: '已疏通管道并更换破损井盖。', evidenceIds: [] } },
    dept,
  );
  for (const verb of ['approveFollowUp', 'closeFollowUp'])
    await api.ok(
      `mutation($input: FollowUpReasonInput!) { ${verb}(input: $input) { id } }`,
      { input: { id: item.id, reason: '整改到位' } },
      admin,
    );
  return item.id;
}

/** The last text the gateway took for this number, once it holds `expected`. */
async function textTo(phone: string, expected: string): Promise<string> {
  for (let i = 0; i < 150; i++) {
    const response = await fetch(`${smsGatewayURL}/last/${phone}`);
    if (response.ok) {
      const { text } = (await response.json()) as { text: string };
      if (text.includes(expected)) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No text with “${expected}” reached ${phone}.`);
}

describe('the submitter’s word', () => {
  it('texts the submitter when the item is closed; their “未解决” raises the item for staff review', { timeout: 90_000 }, async () => {
    const phone = `139${String(randomInt(0, 1e8)).padStart(8, '0')}`;
    const clue = await submitClueAsPhone(baseURL, {
      title: TITLE,
      description: '门前下水道一下雨就堵，污水漫到人行道上。',
      category: 'FACILITIES',
      name: '刘女士',
      phone,
    });
    const itemId = await closeAsItem(clue.id);

    // —— The text names the problem and links to its tracking page.
    const text = await textTo(phone, '已办结');
    expect(text).toBe(`【测试人大】您反映的“${TITLE}”已办结。问题是否真正解决？请告诉我们：${baseURL}/clues/track/${clue.trackingCode}`);
    const link = /https?:\/\/\S+/.exec(text)![0];

    // —— The submitter opens it on their phone and says it is not solved.
    const submitter = await newDevice('submitter', PHONE);
    await submitter.page.goto(link);
    const verdict = submitter.page.getByTestId('clue-verdict');
    await verdict.getByRole('heading', { name: '问题解决了吗？' }).waitFor();
    await submitter.page.getByTestId('clue-tracking-follow-ups').getByText('已办结', { exact: true }).waitFor();
    await shot(submitter.page, 'submitter-01-asked', { fullPage: true });
    await verdict.getByTestId('clue-verdict-send').click();
    await verdict.getByText('请选择“已解决”或“未解决”。').waitFor();
    await verdict.getByText('未解决', { exact: true }).click();
    await verdict.getByLabel('补充说明（选填）').fill('下雨天还是堵，污水还在漫。');
    await verdict.getByTestId('clue-verdict-send').click();
    await verdict.getByText('已收到。“未解决”已转给工作人员复核。').waitFor();
    expect(await verdict.getByTestId('clue-verdict-given').innerText()).toMatch(/评价：未解决$/);
    await submitter.page.getByTestId('clue-timeline').getByText('反映人评价').waitFor();
    await shot(submitter.page, 'submitter-02-unresolved', { fullPage: true });

    // —— Staff: a notice, and the item's timeline shows the submitter's words.
    const staff = await newDevice('staff', DESK);
    await signIn(staff.page, 'admin');
    await staff.page.waitForURL(/\/admin\//);
    await staff.page.goto(`/admin/follow-ups/${itemId}`);
    const step = staff.page.getByTestId('follow-up-timeline').getByTestId('timeline-step').filter({ hasText: '群众反映未解决' });
    await step.getByText('下雨天还是堵，污水还在漫。').waitFor();
    await shot(staff.page, 'submitter-03-item-raised', { fullPage: true });

    // —— The board lists the items whose submitter said 未解决.
    await staff.page.goto('/admin/follow-ups?tab=closed');
    await staff.page.getByTestId('follow-up-table').waitFor();
    await staff.page.getByTestId('filter-submitter-word').click();
    await staff.page.getByRole('option', { name: '反映人称未解决' }).click();
    await staff.page.waitForURL(/word=unresolved/);
    await staff.page.locator(`[data-follow-up-id="${itemId}"]`).waitFor();
    await shot(staff.page, 'submitter-04-board-unresolved', { fullPage: true });
    await staff.page.getByTestId('filter-submitter-word').click();
    await staff.page.getByRole('option', { name: '反映人称已解决' }).click();
    await staff.page.waitForURL(/word=resolved/);
    await staff.page.locator(`[data-follow-up-id="${itemId}"]`).waitFor({ state: 'detached' });
    const { notifications } = await api.ok('{ notifications(unreadOnly: true) { kind message followUpId } }', {}, admin);
    expect(
      notifications.filter((n: { kind: string; followUpId: string }) => n.kind === 'SUBMITTER_UNRESOLVED' && n.followUpId === itemId),
    ).toHaveLength(1);

    // —— The clue's page for staff lists the text sent and the word given.
    const { clue: seen } = await api.ok(
      'query($id: ID!) { clue(id: $id) { verdict verdictComment notices { event delivery } } }',
      { id: clue.id },
      admin,
    );
    expect(seen).toEqual({
      verdict: 'UNRESOLVED',
      verdictComment: '下雨天还是堵，污水还在漫。',
      notices: [{ event: 'CLOSED', delivery: 'SENT' }],
    });
  });
});
