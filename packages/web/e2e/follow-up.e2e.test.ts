import { randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, planSession, startLive } from './api';
import { chooseOption, PHONE, shot, type Device, useBrowser, signIn } from './browser';

// 督办 · 跟踪问效 end to end: a question aired and voted on becomes an item; staff complete and
// dispatch it, the department accepts it and reports with a photo, staff approve and hold a
// look-back vote that the phones judge unsatisfied, which reopens the item for a second handling;
// the public page shows it all, the notice (情况通报) included.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { errors: browserErrors, newDevice } = useBrowser(baseURL);

let adminToken: string;
let hostToken: string;

const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };

beforeAll(async () => {
  [adminToken, hostToken] = await Promise.all([api.login('admin'), api.login('host')]);
});

/** A small grey PNG, as a phone's camera would send a photo (the server re-encodes it). */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height, 0x88);
  for (let y = 0; y < height; y++) rows[y * (width * 3 + 1)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const host = (verb: string, id: string) => api.ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id }, hostToken);

/** Closes the question's round and waits until the server has counted it. */
async function closeRound(sessionId: string, questionId: string) {
  await host('closeVoting', questionId);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const { session } = await api.ok<{ session: { questions: { id: string; phase: string }[] } }>(
      'query($id: ID!) { session(id: $id) { questions { id phase } } }',
      { id: sessionId },
      hostToken,
    );
    if (session.questions.find((q) => q.id === questionId)?.phase === 'CLOSED') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The round did not close');
}

/** Votes cast from phones through the public API (the look-back below votes from real pages). */
async function voteFromApi(joinCode: string, roundId: string, choices: string[]) {
  for (const choice of choices) {
    const { joinSession } = await api.ok<{ joinSession: { token: string } }>(
      'mutation($code: String!) { joinSession(joinCode: $code) { token } }',
      { code: joinCode },
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
}

/** Element Plus selects: their placeholder lies over the input and takes the click, as it does for people. */
const dialog = (page: Page, title: string) => page.getByRole('dialog', { name: title });

describe('follow-up supervision', () => {
  it('runs an item from the vote to dispatch, report, approval, an unsatisfied look-back and a second handling, disclosed to the public', {
    timeout: 120_000,
  }, async () => {
    const started = Date.now();
    const lap = (label: string) => console.info(`[follow-up e2e] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // —— On air: the question is asked, answered and voted on; its round closing creates a draft item.
    const title = `老旧小区加装电梯审批慢 ${randomUUID().slice(0, 4)}`;
    const session = await planSession(api, adminToken, {
      title: '2026年第三季度电视问政',
      theme: '加强物业管理',
      questions: [{ title, questioner: '县人大代表 王建华', respondent: '县住建局局长 李明' }],
      settings: {
        windowSeconds: 60,
        streamDelaySeconds: 0,
        hideResultsUntilClosed: false,
        studioWeight: 60,
        onlineWeight: 40,
        satisfiedThreshold: 60,
      },
    });
    const questionId = session.questions[0]!.id;
    await startLive(api, session.id, hostToken);
    for (const verb of ['askQuestion', 'startAnswer', 'openVoting']) await host(verb, questionId);
    const { session: onAir } = await api.ok<{ session: { questions: { id: string; round: { id: string } | null }[] } }>(
      'query($id: ID!) { session(id: $id) { questions { id round { id } } } }',
      { id: session.id },
      hostToken,
    );
    await voteFromApi(session.joinCode, onAir.questions[0]!.round!.id, ['UNSATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED', 'SATISFIED']);
    await closeRound(session.id, questionId);
    await host('revealResult', questionId);
    await host('endSession', session.id);
    const { followUps } = await api.ok<{ followUps: { nodes: { id: string; status: string; question: { id: string } | null }[] } }>(
      'query($first: Int!, $search: String) { followUps(first: $first, search: $search) { nodes { id status question { id } } } }',
      { first: 10, search: title },
      adminToken,
    );
    const itemId = followUps.nodes.find((n) => n.question?.id === questionId)!.id;
    lap('aired');

    const devices: Device[] = [];
    const open = async (name: string, options: BrowserContextOptions) => {
      const device = await newDevice(name, options);
      devices.push(device);
      return device;
    };

    try {
      // —— Staff complete the draft (commitment, co-handling department) and dispatch it from the board.
      const staff = await open('staff', DESK);
      await signIn(staff.page, 'admin');
      await staff.page.getByTestId('admin-shell').waitFor();
      await staff.page.getByRole('link', { name: '督办事项' }).click();
      await staff.page.waitForURL('**/admin/follow-ups');
      const row = staff.page.locator(`[data-follow-up-id="${itemId}"]`);
      await row.getByTestId('follow-up-status').getByText('待交办').waitFor();
      await row.getByText('待填写承诺').waitFor();
      await row.getByRole('link', { name: `查看“${title}”` }).click();
      await staff.page.getByTestId('follow-up-title').getByText(title).waitFor();
      await staff.page.getByTestId('action-edit').click();
      const edit = dialog(staff.page, '完善督办事项');
      await edit.getByLabel('整改承诺').fill('三个月内完成老旧小区加装电梯审批提速，审批时限压缩至15个工作日。');
      await chooseOption(staff.page, edit.getByLabel('协办部门'), '县城市管理局', { multiple: true });
      await edit.getByRole('button', { name: '保存' }).click();
      await edit.waitFor({ state: 'hidden' });
      await staff.page.getByTestId('follow-up-commitment').getByText('三个月内完成').waitFor();
      await staff.page.getByText('协办').first().waitFor();

      await staff.page.getByRole('link', { name: '返回列表' }).click();
      await row.getByTestId('follow-up-select').check();
      await staff.page.getByTestId('selected-count').getByText('已选 1 项').waitFor();
      await staff.page.getByTestId('bulk-dispatch').click();
      await staff.page.getByRole('dialog', { name: '批量交办' }).getByRole('button', { name: '确定' }).click();
      await row.getByTestId('follow-up-status').getByText('已交办').waitFor();
      await shot(staff.page, 'follow-up-board');
      lap('dispatched');

      // —— The department (住建局) sees it with its notice, accepts it, posts progress with a photo and reports.
      const dept = await open('department', DESK);
      await signIn(dept.page, 'dept');
      await dept.page.waitForURL('**/department');
      await dept.page.getByTestId('department-name').getByText('县住房和城乡建设局').waitFor();
      const card = dept.page.locator(`[data-follow-up-id="${itemId}"]`);
      await card.getByTestId('follow-up-status').getByText('已交办').waitFor();
      await dept.page.getByTestId('follow-up-notices').getByTestId('notice').filter({ hasText: title }).first().waitFor();
      await dept.page.getByTestId('unread-count').waitFor();
      await shot(dept.page, 'follow-up-department-portal');

      await card.getByRole('link', { name: title }).click();
      await dept.page.getByTestId('follow-up-title').getByText(title).waitFor();
      await dept.page.getByTestId('action-accept').click();
      await dept.page.getByTestId('follow-up-facts').getByTestId('follow-up-status').getByText('已签收').waitFor();

      const progress = dept.page.getByTestId('progress-form');
      await progress.getByRole('spinbutton').fill('40');
      await progress.getByRole('spinbutton').press('Tab');
      await progress.getByTestId('progress-note').fill('已完成3个小区的加装电梯审批，正在办理其余小区手续。');
      await progress.getByTestId('evidence-input').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: png(320, 240) });
      await progress.getByTestId('evidence-item').getByText('已上传').waitFor();
      await shot(dept.page, 'follow-up-evidence-upload', { fullPage: true });
      await progress.getByTestId('progress-submit').click();
      await dept.page.getByTestId('follow-up-facts').getByTestId('follow-up-status').getByText('办理中').waitFor();
      const progressStep = dept.page.locator('[data-testid="timeline-step"][data-action="PROGRESS"]');
      await progressStep.getByText('进度 40%').waitFor();
      await progressStep.getByTestId('evidence-link').getByText('现场照片.png').waitFor();

      await dept.page.getByTestId('mode-report').click();
      const report = dept.page.getByTestId('report-form');
      await report.getByTestId('report-note').fill('全部12个小区加装电梯审批已完成，审批时限压缩至15个工作日。');
      await report.getByTestId('evidence-input').setInputFiles({ name: '验收照片.png', mimeType: 'image/png', buffer: png(200, 150) });
      await report.getByTestId('evidence-item').getByText('已上传').waitFor();
      await report.getByTestId('report-submit').click();
      await dept.page.getByTestId('follow-up-facts').getByTestId('follow-up-status').getByText('待审核').waitFor();
      lap('reported');

      // —— Staff approve the report and open a look-back vote (回头看).
      await staff.page.goto(`/admin/follow-ups/${itemId}`);
      await staff.page.getByTestId('action-approve').click();
      await dialog(staff.page, '审核通过整改报告').getByTestId('reason-submit').click();
      await staff.page.getByTestId('follow-up-facts').getByTestId('follow-up-status').getByText('审核通过').waitFor();
      await staff.page.getByTestId('action-lookBack').click();
      await dialog(staff.page, '开展回头看测评').getByTestId('look-back-submit').click();
      const panel = staff.page.getByTestId('look-back-panel');
      await panel.waitFor();
      await staff.page.getByTestId('follow-up-facts').getByTestId('follow-up-status').getByText('回头看测评中').waitFor();
      await staff.page.getByTestId('follow-up-waiting').getByText('回头看测评进行中', { exact: false }).waitFor();
      const joinCode = (await panel.getByTestId('look-back-join-code').textContent())!.trim();
      const hostHref = (await panel.getByTestId('look-back-host-link').getAttribute('href'))!;
      expect(hostHref).toMatch(/^\/host\/[0-9a-f-]{36}$/);
      const lookBackSessionId = hostHref.split('/').pop()!;
      await staff.page.locator('.look-back__qr').waitFor();
      await shot(staff.page, 'follow-up-item-timeline', { fullPage: true });

      // The link leads to the host console for that session (admins may run it).
      await panel.getByTestId('look-back-host-link').click();
      await staff.page.getByTestId('host-console').waitFor();
      expect(await staff.page.getByTestId('console-join-code').textContent()).toContain(joinCode);
      lap('look-back opened');

      // —— The look-back runs like a live show: phones join by code, the host drives it, most are unsatisfied.
      const { followUp: evaluating } = await api.ok<{ followUp: { evaluationQuestionId: string } }>(
        'query($id: ID!) { followUp(id: $id) { evaluationQuestionId } }',
        { id: itemId },
        adminToken,
      );
      const lookBackQuestion = evaluating.evaluationQuestionId;
      const phones = await Promise.all(['phone-a', 'phone-b', 'phone-c'].map((name) => open(name, PHONE)));
      await Promise.all(phones.map((phone) => phone.page.goto(`/vote/${joinCode}`)));
      for (const phone of phones) await phone.page.getByTestId('session-title').waitFor();
      await startLive(api, lookBackSessionId, hostToken);
      for (const verb of ['askQuestion', 'startAnswer', 'openVoting']) await host(verb, lookBackQuestion);
      for (const [phone, choice] of [
        [phones[0]!, '不满意'],
        [phones[1]!, '不满意'],
        [phones[2]!, '满意'],
      ] as const) {
        await phone.page.getByRole('button', { name: choice, exact: true }).click();
        await phone.page.getByTestId('vote-status').getByText('投票成功').waitFor();
      }
      await shot(phones[0]!.page, 'follow-up-look-back-phone');
      await closeRound(lookBackSessionId, lookBackQuestion);
      await host('revealResult', lookBackQuestion);
      lap('look-back voted');

      // —— Unsatisfied: a notice is recorded and the item is reopened for a second handling.
      await staff.page.goto(`/admin/follow-ups/${itemId}`);
      const facts = staff.page.getByTestId('follow-up-facts');
      await facts.getByTestId('follow-up-status').getByText('二次办理').waitFor();
      expect(await facts.getByTestId('handling-round').textContent()).toContain('第 2 次办理');
      const notice = staff.page.locator('[data-testid="timeline-step"][data-action="NOTICE"]');
      await notice.getByText('情况通报', { exact: true }).waitFor();
      expect(await notice.textContent()).toMatch(/回头看测评满意率.*不满意.*二次办理/);
      await staff.page.locator('[data-testid="timeline-step"][data-action="REOPENED"]').getByText('第 2 次办理').first().waitFor();
      await shot(staff.page, 'follow-up-item-reopened', { fullPage: true });

      await staff.page.goto('/admin/follow-ups?reopened=1');
      await row.getByTestId('row-handling-round').getByText('第 2 次办理').waitFor();
      await row.getByTestId('follow-up-status').getByText('二次办理').waitFor();
      expect(await staff.page.getByTestId('follow-up-row').count()).toBeGreaterThanOrEqual(1);
      await shot(staff.page, 'follow-up-board-reopened');

      // The department, on a phone, finds the item back for its second handling.
      const liaison = await open('department-phone', PHONE);
      await signIn(liaison.page, 'dept');
      await liaison.page.waitForURL('**/department');
      await liaison.page.getByTestId('follow-up-notices').getByTestId('notice').filter({ hasText: '情况通报' }).first().waitFor();
      await liaison.page.locator(`[data-follow-up-id="${itemId}"]`).getByRole('link', { name: title }).click();
      await liaison.page.getByTestId('handling-round').getByText('第 2 次办理').waitFor();
      await liaison.page.getByTestId('action-accept').waitFor();
      await shot(liaison.page, 'follow-up-department-phone');
      lap('reopened');

      // —— The public page of the original session: the result per channel and the whole timeline, notice included.
      const reader = phones[0]!;
      await reader.page.goto(`/results/${session.id}`);
      await reader.page.getByTestId('disclosure-title').getByText('2026年第三季度电视问政').waitFor();
      const question = reader.page.getByTestId('disclosure-question').filter({ hasText: title });
      const result = question.getByTestId('disclosure-result');
      await result.getByTestId('result-outcome').getByText('不满意').waitFor();
      expect(await result.getByTestId('result-ONLINE-UNSATISFIED').textContent()).toBe('50.0%2');
      expect(await result.getByTestId('result-COMBINED-UNSATISFIED').textContent()).toBe('50.0%');
      // The look-back's own result, under the item: two of three phones unsatisfied.
      expect(await question.getByTestId('disclosure-look-back-result').getByTestId('result-ONLINE-UNSATISFIED').textContent()).toBe(
        '66.7%2',
      );
      const item = question.getByTestId('disclosure-item');
      await item.getByTestId('disclosure-round').getByText('第 2 次办理').waitFor();
      const publicNotice = item.locator('[data-testid="disclosure-step"][data-action="NOTICE"]');
      await publicNotice.getByText('情况通报', { exact: true }).waitFor();
      const steps = await item
        .locator('[data-testid="disclosure-step"]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-action')));
      expect(steps).toEqual(
        expect.arrayContaining([
          'CREATED',
          'DISPATCHED',
          'ACCEPTED',
          'PROGRESS',
          'REPORTED',
          'APPROVED',
          'EVALUATION_OPENED',
          'NOTICE',
          'REOPENED',
        ]),
      );
      expect(await item.textContent()).not.toMatch(/联络员|测试管理员/);
      await shot(reader.page, 'follow-up-public-phone', { fullPage: true });

      const desk = await open('reader-desk', DESK);
      await desk.page.goto(`/results/${session.id}`);
      await desk.page.getByTestId('disclosure-item').locator('[data-action="NOTICE"]').waitFor();
      await shot(desk.page, 'follow-up-public-desktop', { fullPage: true });
      // Printed for the notice board: no page chrome, one question a page.
      await desk.page.emulateMedia({ media: 'print' });
      await shot(desk.page, 'follow-up-public-print', { fullPage: true });
      await desk.page.emulateMedia({ media: 'screen' });
      // The same page in English (its words are fetched when chosen).
      await desk.page.getByRole('button', { name: /English/ }).click();
      await desk.page.getByTestId('disclosure-item').locator('[data-action="NOTICE"]').getByText('Public notice (情况通报)').waitFor();
      await shot(desk.page, 'follow-up-public-english');
      lap('disclosed');
      expect(browserErrors).toEqual([]);
    } catch (error) {
      for (const [index, device] of devices.entries()) await shot(device.page, `failure-follow-up-${index}`).catch(() => undefined);
      throw error;
    } finally {
      await Promise.all(devices.map((device) => device.context.close()));
    }
  });

  it('splits a draft into sub-items for two departments, and upholds a dispatch the department returned', { timeout: 60_000 }, async () => {
    const title = `小区停车难 ${randomUUID().slice(0, 4)}`;
    const session = await planSession(api, adminToken, {
      title: '2026年第三季度网络问政',
      theme: '停车管理',
      questions: [{ title, questioner: '市民代表 张丽', respondent: '县住建局副局长 赵强' }],
    });
    const questionId = session.questions[0]!.id;
    await startLive(api, session.id, hostToken);
    for (const verb of ['askQuestion', 'startAnswer', 'openVoting']) await host(verb, questionId);
    await closeRound(session.id, questionId);
    const { followUps } = await api.ok<{ followUps: { nodes: { id: string }[] } }>(
      'query($first: Int!, $search: String) { followUps(first: $first, search: $search) { nodes { id } } }',
      { first: 10, search: title },
      adminToken,
    );
    const itemId = followUps.nodes[0]!.id;
    const deptToken = await api.login('dept');

    const staff = await newDevice('staff-split', DESK);
    try {
      await signIn(staff.page, 'admin');
      await staff.page.getByTestId('admin-shell').waitFor();
      await staff.page.goto(`/admin/follow-ups/${itemId}`);
      await staff.page.getByTestId('follow-up-title').getByText(title).waitFor();
      // Dispatching a draft without a commitment is refused before anything is sent.
      await staff.page.getByTestId('action-edit').click();
      const edit = dialog(staff.page, '完善督办事项');
      await edit.getByRole('button', { name: '保存' }).click();
      await edit.getByRole('alert').getByText('请填写整改承诺').waitFor();
      await edit.getByLabel('整改承诺').fill('年底前新增停车泊位200个。');
      await edit.getByRole('button', { name: '保存' }).click();
      await edit.waitFor({ state: 'hidden' });

      await staff.page.getByTestId('action-split').click();
      const split = dialog(staff.page, '分解督办事项');
      await split.getByRole('textbox', { name: '子事项标题' }).first().fill('规划选址');
      await split.getByRole('button', { name: '分解', exact: true }).click();
      await split.getByText('请填写子事项标题').waitFor();
      // The second part's empty title and department are marked invalid and linked to their messages.
      const secondTitle = split.getByRole('textbox', { name: '子事项标题' }).nth(1);
      expect(await secondTitle.getAttribute('aria-invalid')).toBe('true');
      expect(await split.locator(`[id="${await secondTitle.getAttribute('aria-describedby')}"]`).textContent()).toBe('请填写子事项标题');
      const secondDepartment = split.getByRole('combobox', { name: '承办部门' }).nth(1);
      await expect.poll(() => secondDepartment.getAttribute('aria-invalid')).toBe('true');
      expect(await split.locator(`[id="${await secondDepartment.getAttribute('aria-describedby')}"]`).textContent()).not.toBe('');
      await split.getByRole('textbox', { name: '子事项标题' }).nth(1).fill('整治占道停车');
      await chooseOption(staff.page, split.getByLabel('承办部门').nth(1), '县城市管理局');
      await shot(staff.page, 'follow-up-split-dialog');
      await split.getByRole('button', { name: '分解', exact: true }).click();
      await split.waitFor({ state: 'hidden' });
      const children = staff.page.locator('.facts__child');
      await expect.poll(() => children.count()).toBe(2);

      await staff.page.getByTestId('action-dispatch').click();
      await staff.page.getByRole('dialog', { name: '批量交办' }).getByRole('button', { name: '确定' }).click();
      await staff.page.getByTestId('follow-up-facts').getByTestId('follow-up-status').first().getByText('已交办').waitFor();

      // 住建局 returns its sub-item; staff uphold the dispatch with a reason.
      const { followUp } = await api.ok<{ followUp: { children: { id: string; department: { shortName: string } }[] } }>(
        'query($id: ID!) { followUp(id: $id) { children { id department { shortName } } } }',
        { id: itemId },
        adminToken,
      );
      const housing = followUp.children.find((c) => c.department.shortName === '住建局')!;
      await api.ok(
        'mutation($input: FollowUpReasonInput!) { returnFollowUp(input: $input) { id } }',
        { input: { id: housing.id, reason: '选址属于自然资源部门职责' } },
        deptToken,
      );
      await children.filter({ hasText: '规划选址' }).getByRole('link').click();
      await staff.page.getByTestId('return-reason').getByText('选址属于自然资源部门职责').waitFor();
      await staff.page.getByTestId('action-insist').click();
      const insist = dialog(staff.page, '维持交办');
      await insist.getByRole('textbox').fill('选址由住建局牵头，自然资源局配合。');
      await insist.getByTestId('reason-submit').click();
      await insist.waitFor({ state: 'hidden' });
      await staff.page.getByTestId('follow-up-facts').getByTestId('follow-up-status').getByText('已交办').waitFor();
      await staff.page.locator('[data-testid="timeline-step"][data-action="INSISTED"]').getByText('选址由住建局牵头').waitFor();
      await shot(staff.page, 'follow-up-sub-item-insisted', { fullPage: true });
      // The same page in English.
      await staff.page.getByLabel('语言').selectOption('en');
      await staff.page.locator('[data-testid="timeline-step"][data-action="INSISTED"]').getByText('Dispatch upheld').waitFor();
      await staff.page.getByTestId('follow-up-waiting').getByText('Waiting for the department to accept it.').waitFor();
      await shot(staff.page, 'follow-up-item-english');
      expect(browserErrors).toEqual([]);
    } catch (error) {
      await shot(staff.page, 'failure-follow-up-split').catch(() => undefined);
      throw error;
    } finally {
      await staff.context.close();
    }
  });
});
