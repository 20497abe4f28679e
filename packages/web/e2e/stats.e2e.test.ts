import { randomUUID } from 'node:crypto';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient, startLive, submitClueAsPhone, TEST_PASSWORD } from './api';
import { shot, type Device, useBrowser } from './browser';

// 结果运用: a session held (on the books) in March 2024, aired and voted on for two departments, its
// items dispatched and one reported, and a few clues; then the admin's statistics page shows the
// charts, the league table with its formula, the exports and each session's report. Other browser
// tests share the server, so exact figures are checked for March 2024, which only this test uses.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { errors: browserErrors, newDevice } = useBrowser(baseURL);
const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };
const day = 86_400_000;

let adminToken: string;
let hostToken: string;
let deptToken: string;
let sessionId: string;
const devices: Device[] = [];

beforeAll(async () => {
  [adminToken, hostToken, deptToken] = await Promise.all([api.login('admin'), api.login('host'), api.login('dept')]);
  sessionId = await airSession();
  await submitClues(['PARKING', 'PARKING', 'SANITATION']);
});

afterAll(async () => {
  for (const device of devices) await device.context.close();
});

const host = (verb: string, id: string) => api.ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id }, hostToken);

async function vote(joinCode: string, roundId: string, choices: string[]) {
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

/**
 * A session with a question for 住建局 and one for 城管局, aired and ended. Phones vote online, so
 * the online rate is the composite: 住建局 3 of 4 satisfied or basically (75.0%), 城管局 1 of 3 (33.3%).
 */
async function airSession(): Promise<string> {
  const { departments } = await api.ok<{ departments: { nodes: { id: string; shortName: string }[] } }>(
    'query($first: Int!) { departments(first: $first) { nodes { id shortName } } }',
    { first: 10 },
    adminToken,
  );
  const department = (short: string) => departments.nodes.find((d) => d.shortName === short)!.id;
  const { createSession } = await api.ok<{ createSession: { id: string; joinCode: string } }>(
    'mutation($input: SessionInput!) { createSession(input: $input) { id joinCode } }',
    {
      input: {
        title: '2024年第一期电视问政',
        theme: '城市管理与物业服务',
        scheduledAt: '2024-03-15T02:00:00.000Z',
        settings: { windowSeconds: 60, studioWeight: 60, onlineWeight: 40, satisfiedThreshold: 60 },
      },
    },
    adminToken,
  );
  const questions = [
    {
      title: '老旧小区加装电梯审批慢',
      departmentId: department('住建局'),
      respondent: '县住建局局长 李明',
      votes: ['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'],
    },
    {
      title: '占道经营屡禁不止',
      departmentId: department('城管局'),
      respondent: '县城管局局长 吴涛',
      votes: ['UNSATISFIED', 'UNSATISFIED', 'BASICALLY_SATISFIED'],
    },
  ];
  const ids: string[] = [];
  for (const q of questions) {
    const { addQuestion } = await api.ok<{ addQuestion: { questions: { id: string }[] } }>(
      'mutation($id: ID!, $input: QuestionInput!) { addQuestion(sessionId: $id, input: $input) { questions { id } } }',
      {
        id: createSession.id,
        input: {
          title: q.title,
          body: `${q.title}：请答复。`,
          questioner: '县人大代表 王建华',
          departmentId: q.departmentId,
          respondent: q.respondent,
        },
      },
      adminToken,
    );
    ids.push(addQuestion.questions.at(-1)!.id);
  }
  await api.ok('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: createSession.id }, adminToken);
  await startLive(api, createSession.id, hostToken);
  for (const [index, questionId] of ids.entries()) {
    for (const verb of ['askQuestion', 'startAnswer', 'openVoting']) await host(verb, questionId);
    const { session } = await api.ok<{ session: { questions: { id: string; round: { id: string } | null }[] } }>(
      'query($id: ID!) { session(id: $id) { questions { id round { id } } } }',
      { id: createSession.id },
      hostToken,
    );
    await vote(createSession.joinCode, session.questions.find((q) => q.id === questionId)!.round!.id, questions[index]!.votes);
    await host('closeVoting', questionId);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { session: now } = await api.ok<{ session: { questions: { id: string; phase: string }[] } }>(
        'query($id: ID!) { session(id: $id) { questions { id phase } } }',
        { id: createSession.id },
        hostToken,
      );
      if (now.questions.find((q) => q.id === questionId)?.phase === 'CLOSED') break;
      if (Date.now() > deadline) throw new Error('The round did not close');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await host('revealResult', questionId);
  }
  await host('endSession', createSession.id);

  // Both items completed and dispatched; 住建局 accepts its item and reports at once (on time).
  const { followUps } = await api.ok<{
    followUps: { nodes: { id: string; title: string; department: { id: string }; question: { id: string } | null }[] };
  }>(
    'query($first: Int!, $filter: FollowUpFilter) { followUps(first: $first, filter: $filter) { nodes { id title department { id } question { id } } } }',
    { first: 20, filter: { sessionId: createSession.id } },
    adminToken,
  );
  for (const item of followUps.nodes) {
    await api.ok(
      'mutation($input: FollowUpEditInput!) { editFollowUp(input: $input) { id } }',
      {
        input: {
          id: item.id,
          title: item.title,
          commitment: `${item.title}：三个月内整改到位。`,
          deadline: new Date(Date.now() + 60 * day).toISOString(),
          departmentId: item.department.id,
          coDepartmentIds: [],
        },
      },
      adminToken,
    );
  }
  await api.ok('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: followUps.nodes.map((n) => n.id) }, adminToken);
  const housing = followUps.nodes.find((n) => n.department.id === department('住建局'))!;
  await api.ok('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id: housing.id }, deptToken);
  await api.ok(
    'mutation($input: ProgressInput!) { submitFollowUpReport(input: $input) { id } }',
    { input: { id: housing.id, note: '加装电梯审批时限已压缩至15个工作日。', evidenceIds: [] } },
    deptToken,
  );
  return createSession.id;
}

async function submitClues(categories: string[]) {
  for (const [index, category] of categories.entries()) {
    const title = `统计页测试线索 ${index + 1}`;
    await submitClueAsPhone(baseURL, { title, description: `${title}，希望有关部门尽快处理。`, category, anonymous: true });
  }
}

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(TEST_PASSWORD);
  await page.getByLabel('密码').press('Enter');
  await page.getByTestId('admin-shell').waitFor();
}

const charts = ['chart-trend', 'chart-turnout', 'chart-departments', 'chart-follow-ups', 'chart-clue-categories', 'chart-clue-outcomes'];

describe('the statistics page', () => {
  it('draws the charts and the league table with its formula, links the exports and each session’s report', {
    timeout: 90_000,
  }, async () => {
    const device = await newDevice('admin', DESK);
    devices.push(device);
    const { page } = device;
    await signIn(page);
    await page.getByRole('link', { name: '统计分析' }).click();
    await page.waitForURL('**/admin/stats');
    await page.getByRole('heading', { name: '统计分析', level: 1 }).waitFor();

    // Every chart is drawn (a canvas inside its card), none left loading or failed.
    for (const id of charts) {
      await page.locator(`[data-testid="${id}"][data-state="chart"] canvas`).first().waitFor();
    }
    await expect(page.locator('[data-testid^="chart-"][data-state="error"]').count()).resolves.toBe(0);
    for (const kpi of ['sessions', 'rounds', 'overdue', 'clues'])
      await expect(page.getByTestId(`kpi-${kpi}`).locator('dd').first().textContent()).resolves.toMatch(/^\d+$/);
    await page.getByTestId('stats-league').getByTestId('league-row-1').waitFor();
    await expect(page.getByTestId('league-formula').textContent()).resolves.toContain('综合得分 = 60% × S + 30% × T + 10% × R');

    // The session's report downloads as a PDF; the exports carry the period.
    const sessionRow = page.getByTestId(`stats-session-${sessionId}`);
    await sessionRow.getByText('2024年第一期电视问政').waitFor();
    const reportHref = await sessionRow.getByTestId(`report-${sessionId}`).getAttribute('href');
    expect(reportHref).toBe(`/exports/sessions/${sessionId}/report.pdf`);
    const pdf = await page.request.get(reportHref!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const workbook = await page.request.get((await page.getByTestId('export-rounds').getAttribute('href'))!);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()['content-type']).toContain('spreadsheetml');

    await page.waitForTimeout(600); // the charts' entry animation
    await shot(page, 'stats-overview', { fullPage: true });

    // March 2024 holds this test's session alone: its figures, and the league table they give.
    await page.getByLabel('开始日期').fill('2024-03-01');
    await page.getByLabel('结束日期').fill('2024-03-31');
    await page.waitForURL(/from=2024-03-01&to=2024-03-31/);
    await page.getByTestId('kpi-sessions').getByText('1', { exact: true }).waitFor();
    await page.getByTestId('kpi-rounds').getByText('2', { exact: true }).waitFor();
    const league = page.getByTestId('stats-league');
    await league.getByTestId('league-row-1').getByText('县住房和城乡建设局').waitFor();
    await league.getByTestId('league-row-1').getByText('75.0', { exact: true }).waitFor();
    await league.getByTestId('league-row-2').getByText('县城市管理局').waitFor();
    await league.getByTestId('league-row-2').getByText('33.3', { exact: true }).waitFor();
    await league.getByTestId('league-row-unranked').getByText('县市场监督管理局').waitFor();
    // Items are placed by their deadline (months ahead), clues by when they came: none in March 2024.
    await page.getByTestId('chart-follow-ups').getByText('本时段暂无数据').waitFor();
    await page.getByTestId('chart-trend').getByText('按年度').click();
    await page.locator('[data-testid="chart-trend"][data-state="chart"] canvas').waitFor();
    await page.waitForTimeout(600);
    await shot(page, 'stats-period', { fullPage: true });
    await league.scrollIntoViewIfNeeded();
    await shot(page, 'stats-league');

    // A period without anything: every part says so instead of drawing nothing.
    await page.getByTestId('stats-period').getByText('去年').click();
    await page.waitForURL(/from=\d{4}-01-01&to=\d{4}-12-31/);
    for (const id of charts) await page.getByTestId(id).getByText('本时段暂无数据').waitFor();
    await page.getByTestId('stats-sessions').getByText('本时段没有已测评的活动').waitFor();
    const from = new URL(page.url()).searchParams.get('from')!;
    expect(await page.getByTestId('export-sessions').getAttribute('href')).toContain(
      `from=${encodeURIComponent(new Date(`${from}T00:00:00`).toISOString())}`,
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'stats-empty-period');
    expect(browserErrors).toEqual([]);
  });
});
