import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContextOptions, Locator, Page, Response } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { apiClient, startLive } from './api';
import { PHONE, searchOption, shot, STAGE, type Device, useBrowser, signInAt } from './browser';

// One short session of each kind (issue 17), end to end: planned in the admin UI with the kind's
// card and its agenda dialog, run live (the host console for one kind), voted on from phones with
// the kind's ballot, the result on the broadcast screen with its rule, what the result leads to
// (follow-up items, the public results) and the session report printed in the kind's layout.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };
const WAIT = 20_000;

let adminToken: string;
let hostToken: string;
/** The administrator's desk, signed in once for every kind. */
let admin: Device;
const devices: Device[] = [];
let started = Date.now();
/** Prints how long the test has run, to keep it short. */
const lap = (label: string) => console.info(`[session-kinds] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
const tag = randomUUID().slice(0, 4);
/**
 * Each kind's report, printed while the next kind runs (the server prints one at a time, and slowly):
 * the last test waits for them all. Settled to an error or null, so none goes unhandled meanwhile.
 */
const reports = new Map<Kind, Promise<unknown>>();
const printReport = (kind: Kind, sessionId: string, phrases: string[]) =>
  reports.set(
    kind,
    expectReport(sessionId, phrases).then(
      () => null,
      (error: unknown) => error,
    ),
  );

beforeAll(async () => {
  [adminToken, hostToken] = await Promise.all([api.login('admin'), api.login('host')]);
  admin = await newDevice('admin', DESK);
  await signInAt(admin.page, '/admin/sessions', 'admin');
});

beforeEach(() => {
  started = Date.now();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') {
    const name = task.name.replace(/\W+/g, '-').slice(0, 40);
    for (const [index, device] of [admin, ...devices].entries())
      await shot(device.page, `kinds-failure-${name}-${index}`).catch(() => undefined);
  }
  await Promise.all(devices.splice(0).map((device) => device.context.close()));
});

/** A new browser (closed after the test), at `path` if given. */
async function open(name: string, options: BrowserContextOptions, path?: string): Promise<Device> {
  const device = await newDevice(name, options);
  devices.push(device);
  if (path) await device.page.goto(path);
  return device;
}

// —— Planning in the admin UI

type Kind = 'SPECIAL_INQUIRY' | 'REPORT_ASSESSMENT' | 'PROJECT_VOTE' | 'REPRESENTATIVE_REVIEW';
const KIND_NAME: Record<Kind, string> = {
  SPECIAL_INQUIRY: '专题询问',
  REPORT_ASSESSMENT: '报告满意度测评',
  PROJECT_VOTE: '民生实事项目票决',
  REPRESENTATIVE_REVIEW: '选民评议代表',
};

/** Creates a session of the kind from its card on the new-session form; returns its id. */
async function createInAdmin(kind: Kind, title: string, theme: string, online = false): Promise<string> {
  const page = admin.page;
  await page.goto('/admin/sessions/new');
  const form = page.locator('#session-form');
  await form.getByTestId('session-kind').locator(`[data-kind="${kind}"]`).getByText(KIND_NAME[kind], { exact: true }).click();
  // Untouched rules change without asking.
  expect(await form.getByRole('radio', { name: KIND_NAME[kind] }).isChecked()).toBe(true);
  // The kind's rules: roll-only kinds count the studio alone, the review the phones alone.
  await form
    .getByTestId('single-channel')
    .getByText(online ? '本场只计网络投票' : '本场只计现场投票', { exact: false })
    .waitFor({ timeout: WAIT });
  await form.getByLabel('标题', { exact: true }).fill(title);
  await form.getByLabel('主题', { exact: true }).fill(theme);
  await form.getByLabel('计划时间').fill('2026-12-01T19:30');
  if (online) {
    // Phones join by the code on the screen (the kind's default is the roster), with no stream delay.
    await form.getByTestId('online-identity').getByText('设备通行证', { exact: true }).click();
    await form.getByLabel('直播延迟（秒）').fill('0');
  }
  if (kind === 'PROJECT_VOTE') {
    await form.getByTestId('passing-sentence').getByText('赞成票超过全体代表的 50%（过半数）', { exact: false }).waitFor();
  }
  // A refusal is reported with what the server answered, not as a bare timeout.
  const refusals: string[] = [];
  const onResponse = async (response: Response) => {
    if (response.status() >= 400) refusals.push(`${response.status()} ${await response.text().catch(() => '')}`);
  };
  page.on('response', onResponse);
  try {
    await form.getByRole('button', { name: '创建' }).click();
    await page
      .waitForURL((url) => /^\/admin\/sessions\/[\w-]{20,}$/.test(url.pathname), { timeout: WAIT })
      .catch(async (error) => {
        const problems = await page.locator('[role="alert"], .el-form-item__error').allInnerTexts();
        throw new Error(`The session was not created: ${[...problems, ...refusals].join(' | ')}`, { cause: error });
      });
  } finally {
    page.off('response', onResponse);
  }
  await page.getByRole('heading', { name: title }).waitFor();
  const sessionId = new URL(page.url()).pathname.split('/').pop()!;
  // Saved with the kind and its rules.
  const { session } = await api.ok<{ session: { kind: string; settings: Record<string, unknown> } }>(
    'query($id: ID!) { session(id: $id) { kind settings { studioWeight onlineWeight passingBase onlineIdentity streamDelaySeconds } } }',
    { id: sessionId },
    adminToken,
  );
  expect(session.kind).toBe(kind);
  expect(session.settings).toMatchObject(
    online
      ? { studioWeight: 0, onlineWeight: 100, onlineIdentity: 'DEVICE', streamDelaySeconds: 0 }
      : { studioWeight: 100, onlineWeight: 0, passingBase: kind === 'PROJECT_VOTE' ? 'WHOLE_ROLL' : 'VALID_BALLOTS' },
  );
  return sessionId;
}

/** Opens the agenda dialog of the kind's item ("添加报告"), lets `fill` complete it, and saves it. */
async function addItem(noun: string, title: string, fill: (dialog: Locator) => Promise<void>) {
  const page = admin.page;
  await page
    .getByRole('button', { name: `添加${noun}`, exact: true })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: `添加${noun}` });
  await dialog.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'title');
  await fill(dialog);
  await dialog.getByRole('button', { name: `添加${noun}`, exact: true }).click();
  await dialog.waitFor({ state: 'hidden', timeout: WAIT });
  await page.getByTestId('running-order').getByText(title, { exact: true }).waitFor();
}

async function pickDepartment(dialog: Locator, label: string, department: RegExp) {
  await dialog.getByLabel(label, { exact: true }).click({ force: true });
  await dialog.getByRole('option', { name: department }).click();
}

// —— On air, through the API

interface PlannedItem {
  id: string;
  title: string;
  round: { id: string; status: string } | null;
}

async function sessionItems(sessionId: string): Promise<{ joinCode: string; questions: PlannedItem[] }> {
  const { session } = await api.ok<{ session: { joinCode: string; questions: PlannedItem[] } }>(
    'query($id: ID!) { session(id: $id) { joinCode questions { id title round { id status } } } }',
    { id: sessionId },
    adminToken,
  );
  return session;
}

async function issueSeats(sessionId: string, count: number): Promise<string[]> {
  const { issueSeatCodes } = await api.ok<{ issueSeatCodes: { code: string }[] }>(
    'mutation($input: IssueSeatCodesInput!) { issueSeatCodes(input: $input) { code } }',
    { input: { sessionId, count } },
    adminToken,
  );
  return issueSeatCodes.map((s) => s.code);
}

async function publishAndStart(sessionId: string) {
  await api.ok('mutation($id: ID!) { publishSession(id: $id) { id } }', { id: sessionId }, adminToken);
  await startLive(api, sessionId, hostToken);
}

const host = (verb: string, id: string) => api.ok(`mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id }, hostToken);

/** Waits (20 s at most) until the item's round has the status, and answers the round's id. */
async function roundOf(sessionId: string, questionId: string, status: 'OPEN' | 'CLOSED' | 'PUBLISHED'): Promise<string> {
  const deadline = Date.now() + WAIT;
  while (Date.now() < deadline) {
    const round = (await sessionItems(sessionId)).questions.find((q) => q.id === questionId)?.round;
    if (round?.status === status) return round.id;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`The round of ${questionId} did not reach ${status}`);
}

async function runUntilVoting(sessionId: string, questionId: string): Promise<string> {
  for (const verb of ['askQuestion', 'startAnswer', 'openVoting']) await host(verb, questionId);
  return roundOf(sessionId, questionId, 'OPEN');
}

async function closeAndReveal(sessionId: string, questionId: string) {
  await host('closeVoting', questionId);
  await roundOf(sessionId, questionId, 'CLOSED');
  await host('revealResult', questionId);
}

interface ServerResult {
  ballotType: string;
  outcome: string;
  composite: number | null;
  threshold: number;
  rule: string | null;
  note: string | null;
  options: { key: string; label: string; studio: number; online: number; share: number | null; elected: boolean | null }[];
}

async function serverResult(roundId: string): Promise<ServerResult> {
  const { roundTally } = await api.ok<{ roundTally: { result: ServerResult } }>(
    'query($id: ID!) { roundTally(roundId: $id) { result { ballotType outcome composite threshold rule note options { key label studio online share elected } } } }',
    { id: roundId },
    hostToken,
  );
  return roundTally.result;
}

// —— Phones

async function seatPhone(name: string, joinCode: string, seatCode: string): Promise<Device> {
  const phone = await open(name, PHONE, `/vote/${joinCode}/seat`);
  await phone.page.getByLabel('席位码').fill(seatCode);
  await phone.page.getByRole('button', { name: '确认席位' }).click();
  await phone.page.getByTestId('session-title').waitFor({ timeout: WAIT });
  return phone;
}

async function onlinePhone(name: string, joinCode: string): Promise<Device> {
  const phone = await open(name, PHONE, `/vote/${joinCode}`);
  await phone.page.getByTestId('session-title').waitFor({ timeout: WAIT });
  return phone;
}

const voteStatus = (phone: Device) => phone.page.getByTestId('vote-status');

/** Taps one of the ballot's buttons (满意…, 赞成/反对/弃权) and waits for the receipt. */
async function tap(phone: Device, label: string) {
  await phone.page.getByRole('button', { name: label, exact: true }).click({ timeout: WAIT });
  await voteStatus(phone).getByText('投票成功').waitFor({ timeout: WAIT });
  await voteStatus(phone).getByText(`您的选择：${label}`).waitFor();
}

/** Ticks the candidates on a list ballot, submits it, and waits for the receipt. */
async function pick(phone: Device, labels: string[]) {
  const picks = phone.page.getByTestId('vote-picks');
  await picks.waitFor({ timeout: WAIT });
  for (const label of labels) await picks.getByRole('checkbox', { name: label }).check();
  await picks.getByTestId('vote-picks-count').getByText(`已选 ${labels.length} / `).waitFor();
  await picks.getByTestId('vote-picks-submit').click();
  await voteStatus(phone).getByText('投票成功').waitFor({ timeout: WAIT });
  await voteStatus(phone)
    .getByText(`您的选择：${labels.join('、')}`)
    .waitFor();
}

// —— The broadcast screen

const OUTCOME_WORDS: Record<string, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
  PASSED: '通过',
  REJECTED: '未通过',
  TIED: '票数相同',
  NO_VOTES: '无有效票',
};

/** The screen's result card shows the server's outcome and its published rule; a list marks who was elected. */
async function expectScreenResult(screen: Page, title: string, result: ServerResult) {
  const card = screen.getByTestId('result-card');
  await card.getByText(title, { exact: true }).waitFor({ timeout: WAIT });
  const outcome = card.getByTestId('result-outcome');
  expect(await outcome.getAttribute('data-outcome')).toBe(result.outcome);
  const word = result.ballotType === 'CHOOSE_UP_TO_N' && result.outcome === 'PASSED' ? '当选' : OUTCOME_WORDS[result.outcome]!;
  expect((await outcome.innerText()).trim()).toBe(word);
  expect(result.rule).toBeTruthy();
  expect(await card.getByTestId('result-rule').innerText()).toContain(result.rule!);
  if (result.note) expect(await card.getByTestId('result-rule').innerText()).toContain(result.note);
  if (result.composite !== null) expect(await card.getByTestId('result-composite').innerText()).toBe(`${result.composite.toFixed(1)}%`);
  for (const option of result.options) {
    const row = card.getByTestId(`result-option-${option.key}`);
    await row.waitFor();
    // Each channel's count (a roll-only session shows the studio alone, the review the phones alone).
    let cells = 0;
    for (const [channel, count] of [
      ['STUDIO', option.studio],
      ['ONLINE', option.online],
    ] as const) {
      const cell = row.getByTestId(`result-${channel}-${option.key}`);
      if ((await cell.count()) === 0) continue;
      cells++;
      expect((await cell.innerText()).trim(), `${option.label} ${channel}`).toBe(String(count));
    }
    expect(cells).toBeGreaterThan(0);
    if (result.ballotType === 'CHOOSE_UP_TO_N') {
      expect(await row.innerText()).toContain(option.label);
      expect(await row.getByText('当选', { exact: true }).count(), `${option.label} marked elected`).toBe(option.elected ? 1 : 0);
    }
  }
}

// —— What follows

interface Item {
  title: string;
  status: string;
  deadline: string;
  department: { name: string };
  question: { id: string } | null;
}

async function followUpsFor(search: string): Promise<Item[]> {
  const { followUps } = await api.ok<{ followUps: { nodes: Item[] } }>(
    'query($search: String) { followUps(first: 50, search: $search) { nodes { title status deadline department { name } question { id } } } }',
    { search },
    adminToken,
  );
  return followUps.nodes;
}

/** The session report prints as a PDF; its text (when poppler's pdftotext is here) holds each phrase. */
async function expectReport(sessionId: string, phrases: string[]) {
  const response = await fetch(`${baseURL}/exports/sessions/${sessionId}/report.pdf`, {
    headers: { authorization: `Bearer ${adminToken}` },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const pdf = Buffer.from(await response.arrayBuffer());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  let hasPdftotext = true;
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    hasPdftotext = false;
  }
  if (!hasPdftotext) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'wz-kinds-report-'));
  try {
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const phrase of phrases) expect(text, `the report names “${phrase}”`).toContain(phrase.replace(/\s+/g, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small valid PDF, as the report's document. */
const REPORT_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

describe('a session of each kind, end to end', () => {
  it('专题询问: planned with its card, run from the host console, voted by the roll; an online phone is told only the roll votes', {
    timeout: 60_000,
  }, async () => {
    const title = `${tag} 2026年第一次专题询问`;
    const question = `${tag} 义务教育学位供给`;
    const sessionId = await createInAdmin('SPECIAL_INQUIRY', title, '义务教育优质均衡发展');
    await addItem('问题', question, async (dialog) => {
      await dialog.getByLabel('问题标题').fill(question);
      await dialog.getByLabel('问题内容').fill('城区学校大班额问题何时解决？');
      await dialog.getByLabel('提问人').fill('常委会委员 王建华');
      await dialog.getByLabel('答复人').fill('县教育局局长 赵刚');
      await pickDepartment(dialog, '应询部门', /住建局/);
    });
    lap('planned');
    const seats = await issueSeats(sessionId, 2);
    await publishAndStart(sessionId);
    const { joinCode, questions } = await sessionItems(sessionId);
    const questionId = questions[0]!.id;

    const [screen, online, ...phones] = await Promise.all([
      open('screen', STAGE, `/screen/${sessionId}`),
      onlinePhone('online', joinCode),
      ...seats.map((code, i) => seatPhone(`seat-${i + 1}`, joinCode, code)),
    ]);
    await screen.page.getByTestId('screen-kind').getByText('专题询问').waitFor({ timeout: WAIT });
    lap('phones');

    // The host runs the item from the console: ask, answer, open the vote.
    const hostConsole = await open('host', DESK);
    await signInAt(hostConsole.page, `/host/${sessionId}`, 'host');
    const phase = hostConsole.page.getByTestId('on-air-phase');
    await hostConsole.page.getByRole('button', { name: '提问下一题' }).click();
    await phase.getByText('提问中').waitFor();
    await hostConsole.page.getByRole('button', { name: '开始答复' }).click();
    await phase.getByText('答复中').waitFor();
    await hostConsole.page.getByRole('button', { name: '开始测评投票' }).click();
    await phase.getByText('测评中').waitFor();
    const roundId = await roundOf(sessionId, questionId, 'OPEN');

    // The online phone follows, without buttons: only the roll votes. The server refuses its ballot (FORBIDDEN).
    await online.page.getByTestId('vote-roll-only').getByText('本场由名册人员投票，网络观众可观看结果。').waitFor({ timeout: WAIT });
    expect(await online.page.locator('button.vote-option').count()).toBe(0);
    expect(await online.page.getByRole('button', { name: '满意', exact: true }).count()).toBe(0);
    await shot(online.page, 'kinds-01-inquiry-online-roll-only');
    const stored = await online.page.evaluate((key) => localStorage.getItem(key), `wz.pass.${joinCode}`);
    const pass = JSON.parse(stored ?? '{}') as { token?: string; channel?: string };
    expect(pass.channel).toBe('ONLINE');
    const refused = await fetch(`${baseURL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-device-token': pass.token! },
      body: JSON.stringify({
        query: 'mutation($input: CastVoteInput!) { castVote(input: $input) { roundId } }',
        variables: { input: { roundId, choice: 'SATISFIED', ballotId: randomUUID() } },
      }),
    });
    const refusal = (await refused.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(refusal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The roll votes with the satisfaction buttons.
    await phones[0]!.page.getByRole('button', { name: '基本满意', exact: true }).waitFor({ timeout: WAIT });
    await shot(phones[0]!.page, 'kinds-02-inquiry-phone-ballot');
    await Promise.all([tap(phones[0]!, '满意'), tap(phones[1]!, '基本满意')]);

    // The console closes the vote and reveals the result.
    await hostConsole.page.getByRole('button', { name: '提前结束投票', exact: true }).click();
    const confirmClose = hostConsole.page.getByRole('dialog', { name: '提前结束投票' });
    await confirmClose.getByRole('button', { name: '提前结束投票', exact: true }).click();
    await hostConsole.page.getByTestId('reveal-next').click({ timeout: WAIT });
    await hostConsole.page.getByTestId('reveal-state').getByText('已在大屏和手机公布').waitFor({ timeout: WAIT });

    const result = await serverResult(roundId);
    expect(result.ballotType).toBe('SATISFACTION');
    expect(result.outcome).toBe('SATISFIED');
    expect(result.composite).toBe(100);
    await expectScreenResult(screen.page, question, result);
    await screen.page.waitForTimeout(300);
    await shot(screen.page, 'kinds-03-inquiry-screen-result');
    // The online phone sees the result too.
    await online.page.getByTestId('vote-result-outcome').getByText('满意', { exact: true }).waitFor({ timeout: WAIT });

    lap('voted');
    await host('endSession', sessionId);
    // An answer leads to its item, as on TV questioning.
    expect((await followUpsFor(question)).map((i) => i.question?.id)).toContain(questionId);
    printReport('SPECIAL_INQUIRY', sessionId, ['专题询问', '询问测评及整改承诺办理情况', question, '应询部门']);
  });

  it('报告满意度测评: a report with its PDF, graded 不满意 by the roll, goes back for 二次办理', { timeout: 60_000 }, async () => {
    const title = `${tag} 县人大常委会专项工作报告评议`;
    const report = `${tag} 关于2025年度审计查出问题整改情况的报告`;
    const sessionId = await createInAdmin('REPORT_ASSESSMENT', title, '审计整改');
    await addItem('报告', report, async (dialog) => {
      await dialog.getByLabel('报告名称').fill(report);
      await pickDepartment(dialog, '报告单位', /住建局/);
      await dialog.getByLabel('报告人').fill('县住建局局长 李明');
      await dialog
        .getByTestId('document-input')
        .setInputFiles({ name: '审计整改报告.pdf', mimeType: 'application/pdf', buffer: REPORT_PDF });
      await dialog.getByTestId('document-pending').getByText('保存后上传：审计整改报告.pdf').waitFor();
    });
    // The document went up with the item.
    await admin.page.getByRole('link', { name: '查看报告文件“审计整改报告.pdf”（在新窗口打开）' }).waitFor({ timeout: WAIT });
    lap('planned');
    const seats = await issueSeats(sessionId, 2);
    await publishAndStart(sessionId);
    const { joinCode, questions } = await sessionItems(sessionId);
    const questionId = questions[0]!.id;
    const document = await fetch(`${baseURL}/uploads/questions/${questionId}/document`);
    expect(document.status).toBe(200);
    expect(
      Buffer.from(await document.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');

    const [screen, phones] = await Promise.all([
      open('screen', STAGE, `/screen/${sessionId}`),
      Promise.all(seats.map((code, i) => seatPhone(`seat-${i + 1}`, joinCode, code))),
    ]);
    lap('phones');
    const roundId = await runUntilVoting(sessionId, questionId);
    await phones[0]!.page.getByRole('button', { name: '不满意', exact: true }).waitFor({ timeout: WAIT });
    await shot(phones[0]!.page, 'kinds-04-report-phone-ballot');
    await Promise.all([tap(phones[0]!, '不满意'), tap(phones[1]!, '满意')]);
    await closeAndReveal(sessionId, questionId);

    const result = await serverResult(roundId);
    expect(result.outcome).toBe('UNSATISFIED');
    await expectScreenResult(screen.page, report, result);
    await screen.page.waitForTimeout(300);
    await shot(screen.page, 'kinds-05-report-screen-result');

    lap('voted');
    await host('endSession', sessionId);
    const items = await followUpsFor(report);
    const second = items.find((i) => i.title === `二次办理：${report}`);
    expect(second, JSON.stringify(items)).toBeDefined();
    expect(second!.department.name).toBe('县住房和城乡建设局');
    // Due about six months on.
    const months = (new Date(second!.deadline).getTime() - Date.now()) / (30.4 * 86_400_000);
    expect(months).toBeGreaterThan(5);
    expect(months).toBeLessThan(7);
    printReport('REPORT_ASSESSMENT', sessionId, ['报告满意度测评', '报告测评及整改办理情况', report, '报告单位']);
  });

  it('民生实事项目票决: one project by 赞成/反对/弃权 and a list choosing two, by the whole roll; passed and elected projects become items', {
    timeout: 75_000,
  }, async () => {
    const title = `${tag} 2026年县级民生实事项目`;
    const project = `${tag} 城区公办幼儿园扩容`;
    const list = `${tag} 2026年民生实事候选项目`;
    const candidates = [
      { label: `${tag} 农村饮水提升`, department: /城管局/ },
      { label: `${tag} 老旧小区改造`, department: /住建局/ },
      { label: `${tag} 农贸市场升级`, department: /市场监管局/ },
    ];
    const sessionId = await createInAdmin('PROJECT_VOTE', title, '民生实事项目人大代表票决制');
    await addItem('项目', project, async (dialog) => {
      await dialog.getByRole('radio', { name: '逐项票决（赞成／反对／弃权）' }).check({ force: true });
      await dialog.getByLabel('项目名称').fill(project);
      await pickDepartment(dialog, '牵头单位', /住建局/);
      await dialog.getByLabel('预算（万元）').fill('1200');
    });
    await addItem('项目', list, async (dialog) => {
      await dialog.getByTestId('ballot-type').getByText('差额票决（限选若干项）', { exact: true }).click();
      await dialog.getByLabel('票决名称').fill(list);
      await dialog.getByRole('button', { name: '+ 添加候选项目' }).click();
      for (const [index, candidate] of candidates.entries()) {
        const row = `第 ${index + 1} 个候选项目`;
        await dialog.getByLabel(`${row} 项目名称`).fill(candidate.label);
        await dialog.getByRole('combobox', { name: `${row} 牵头单位` }).click({ force: true });
        const option = dialog.getByRole('group', { name: row }).getByRole('option', { name: candidate.department });
        await option.click();
        // The list closes before the next row's select is opened: while closing it can still cover
        // that select, and a click there would pick from this list instead.
        await option.waitFor({ state: 'hidden' });
      }
      const max = dialog.locator('input[name="maxChoices"]');
      await max.fill('2');
      await max.blur();
      await dialog.getByText('每张选票至多选 2 项（共 3 个候选项目）。').waitFor();
    });
    await admin.page.getByTestId('running-order').getByText('3 个候选项目，至多选 2 项').waitFor();
    lap('planned');
    const seats = await issueSeats(sessionId, 3);
    await publishAndStart(sessionId);
    const { joinCode, questions } = await sessionItems(sessionId);
    const [projectItem, listItem] = questions as [PlannedItem, PlannedItem];

    const [screen, phones] = await Promise.all([
      open('screen', STAGE, `/screen/${sessionId}`),
      Promise.all(seats.map((code, i) => seatPhone(`seat-${i + 1}`, joinCode, code))),
    ]);
    lap('phones');

    // The project, 赞成/反对/弃权: two of the roll of three in favour is more than half of the whole roll.
    const projectRound = await runUntilVoting(sessionId, projectItem.id);
    await phones[0]!.page.getByRole('button', { name: '赞成', exact: true }).waitFor({ timeout: WAIT });
    for (const word of ['反对', '弃权']) await phones[0]!.page.getByRole('button', { name: word, exact: true }).waitFor();
    expect(await phones[0]!.page.getByRole('button', { name: '满意', exact: true }).count()).toBe(0);
    await shot(phones[0]!.page, 'kinds-06-project-phone-approval');
    await Promise.all([tap(phones[0]!, '赞成'), tap(phones[1]!, '赞成'), tap(phones[2]!, '反对')]);
    await closeAndReveal(sessionId, projectItem.id);
    const passed = await serverResult(projectRound);
    expect(passed.ballotType).toBe('APPROVAL');
    expect(passed.outcome).toBe('PASSED');
    // Decided on the whole roll: more than half of the three on it.
    expect(passed.rule).toContain('赞成票超过名册全体 3 人的半数为通过');
    await expectScreenResult(screen.page, project, passed);
    await screen.page.waitForTimeout(300);
    await shot(screen.page, 'kinds-07-project-screen-approval');

    // The list: at most two of three. Two candidates get two votes of three (elected), one gets one.
    const listRound = await runUntilVoting(sessionId, listItem.id);
    await phones[0]!.page.getByTestId('vote-picks').waitFor({ timeout: WAIT });
    await shot(phones[0]!.page, 'kinds-08-project-phone-list', { fullPage: true });
    const [c1, c2, c3] = candidates.map((c) => c.label) as [string, string, string];
    await Promise.all([pick(phones[0]!, [c1, c2]), pick(phones[1]!, [c1, c2]), pick(phones[2]!, [c3])]);
    await closeAndReveal(sessionId, listItem.id);
    const chosen = await serverResult(listRound);
    expect(chosen.ballotType).toBe('CHOOSE_UP_TO_N');
    expect(chosen.options.map((o) => [o.label, o.studio, o.elected])).toEqual([
      [c1, 2, true],
      [c2, 2, true],
      [c3, 1, false],
    ]);
    expect(chosen.rule).toContain('得票超过名册全体 3 人的半数者按得票多少当选');
    await expectScreenResult(screen.page, list, chosen);
    await screen.page.waitForTimeout(300);
    await shot(screen.page, 'kinds-09-project-screen-list');

    lap('voted');
    await host('endSession', sessionId);
    // The project passed and the two elected become items for their lead departments; the third does not.
    const byTitle = async (search: string) => (await followUpsFor(search)).find((i) => i.title === search);
    expect((await byTitle(project))?.department.name).toBe('县住房和城乡建设局');
    expect((await byTitle(c1))?.department.name).toBe('县城市管理局');
    expect((await byTitle(c2))?.department.name).toBe('县住房和城乡建设局');
    expect(await byTitle(c3)).toBeUndefined();
    printReport('PROJECT_VOTE', sessionId, ['民生实事项目票决', '项目票决及实施办理情况', project, '牵头单位']);
  });

  it('选民评议代表: online phones rate two representatives; the public results page shows each result once published', {
    timeout: 75_000,
  }, async () => {
    const title = `${tag} 城关镇选民评议县人大代表`;
    // The first is chosen from the representatives' records (the seeded one), the second typed in.
    const reps = [
      { title: `${tag} 测试代表履职情况`, name: '测试代表', district: '城关镇选区', fromRecord: true },
      { title: `${tag} 李秀英代表履职情况`, name: '李秀英', district: '城关镇第五选区', fromRecord: false },
    ];
    const sessionId = await createInAdmin('REPRESENTATIVE_REVIEW', title, '代表向选民述职', true);
    for (const rep of reps) {
      await addItem('代表', rep.title, async (dialog) => {
        await dialog.getByLabel('评议标题').fill(rep.title);
        if (rep.fromRecord) {
          await searchOption(admin.page, dialog.getByTestId('question-representative-record'), rep.name, `${rep.name}（${rep.district}）`);
          await expect.poll(() => dialog.getByLabel('代表姓名').inputValue()).toBe(rep.name);
          expect(await dialog.getByLabel('选区／代表团').inputValue()).toBe(rep.district);
          await shot(admin.page, 'kinds-09-review-from-record');
        } else {
          await dialog.getByLabel('代表姓名').fill(rep.name);
          await dialog.getByLabel('选区／代表团').fill(rep.district);
        }
      });
    }
    await admin.page.getByTestId('online-roster-off').waitFor();
    lap('planned');
    await publishAndStart(sessionId);
    const { joinCode, questions } = await sessionItems(sessionId);
    const [first, second] = questions as [PlannedItem, PlannedItem];

    const [screen, phones] = await Promise.all([
      open('screen', STAGE, `/screen/${sessionId}`),
      Promise.all(['a', 'b'].map((name) => onlinePhone(`phone-${name}`, joinCode))),
    ]);
    lap('phones');

    const firstRound = await runUntilVoting(sessionId, first.id);
    await phones[0]!.page.getByRole('button', { name: '满意', exact: true }).waitFor({ timeout: WAIT });
    await shot(phones[0]!.page, 'kinds-10-review-phone-ballot');
    await Promise.all([tap(phones[0]!, '满意'), tap(phones[1]!, '基本满意')]);
    await closeAndReveal(sessionId, first.id);
    const satisfied = await serverResult(firstRound);
    expect(satisfied.outcome).toBe('SATISFIED');
    await expectScreenResult(screen.page, reps[0]!.title, satisfied);
    await screen.page.waitForTimeout(300);
    await shot(screen.page, 'kinds-11-review-screen-result');

    const secondRound = await runUntilVoting(sessionId, second.id);
    await phones[0]!.page.getByRole('button', { name: '不满意', exact: true }).waitFor({ timeout: WAIT });
    await Promise.all([tap(phones[0]!, '不满意'), tap(phones[1]!, '满意')]);
    await host('closeVoting', second.id);
    await roundOf(sessionId, second.id, 'CLOSED');

    // The public page: the first representative's result is published, the second's not yet.
    const visitor = await open('visitor', PHONE, `/results/${sessionId}`);
    const article = (rep: (typeof reps)[number]) => visitor.page.getByTestId('disclosure-question').filter({ hasText: rep.title });
    await article(reps[0]!).getByTestId('result-outcome').getByText('满意', { exact: true }).waitFor({ timeout: WAIT });
    await article(reps[1]!).waitFor();
    expect(await article(reps[1]!).getByTestId('result-outcome').count()).toBe(0);

    await host('revealResult', second.id);
    const unsatisfied = await serverResult(secondRound);
    expect(unsatisfied.outcome).toBe('UNSATISFIED');
    await expectScreenResult(screen.page, reps[1]!.title, unsatisfied);
    lap('voted');
    await host('endSession', sessionId);

    await visitor.page.reload();
    for (const [rep, result] of [
      [reps[0]!, satisfied],
      [reps[1]!, unsatisfied],
    ] as const) {
      const outcome = article(rep).getByTestId('result-outcome');
      await outcome.waitFor({ timeout: WAIT });
      expect(await outcome.getAttribute('data-outcome')).toBe(result.outcome);
      expect((await outcome.innerText()).trim()).toBe(OUTCOME_WORDS[result.outcome]);
      expect(await article(rep).innerText()).toContain(rep.name);
    }
    await shot(visitor.page, 'kinds-12-review-public-results', { fullPage: true });

    // The record's public page (代表码) lists the published result.
    await visitor.page.goto('/r/TESTREP2'); // the test seed's record
    const reviews = visitor.page.getByTestId('representative-reviews');
    await reviews.getByText(title).waitFor({ timeout: WAIT });
    expect(await reviews.innerText()).toContain('满意');
    await shot(visitor.page, 'kinds-12b-review-representative-page', { fullPage: true });

    // Representatives lead to no item: their results are published instead.
    expect(await followUpsFor(reps[0]!.title)).toEqual([]);
    printReport('REPRESENTATIVE_REVIEW', sessionId, ['选民评议代表', '代表评议情况', '测试代表', '李秀英', '城关镇第五选区']);
  });

  it('prints each session’s report in its kind’s layout', { timeout: 60_000 }, async () => {
    expect([...reports.keys()].sort()).toEqual(['PROJECT_VOTE', 'REPORT_ASSESSMENT', 'REPRESENTATIVE_REVIEW', 'SPECIAL_INQUIRY']);
    for (const [kind, printed] of reports) {
      const error = await printed;
      if (error) throw new Error(`The ${KIND_NAME[kind]} report: ${String(error)}`, { cause: error });
    }
  });
});
