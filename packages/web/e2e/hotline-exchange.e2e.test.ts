import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiClient } from './api';
import { shot, type Device, useBrowser, signInAt } from './browser';

// The 12345 exchange: staff import a hotline export (a bad row shown by row and column, fixed, then
// imported as items), find the clues and items, and export their status in the same layout.

const baseURL = inject('baseURL');
const api = apiClient(baseURL);
const { newDevice } = useBrowser(baseURL);
const DESKTOP = { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' };
const HEADER = [
  '工单编号',
  '受理时间',
  '诉求标题',
  '诉求内容',
  '诉求分类',
  '诉求地址',
  '来电人',
  '联系电话',
  '承办单位',
  '办理时限',
  '办理状态',
];

let adminToken: string;
const devices: Device[] = [];
let files: string;

beforeAll(async () => {
  adminToken = await api.login('admin');
  files = mkdtempSync(path.join(tmpdir(), 'wz-hotline-'));
});

afterAll(async () => {
  rmSync(files, { recursive: true, force: true });
});

let failureShot: (() => Promise<unknown>) | null = null;

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await failureShot?.().catch(() => undefined);
  failureShot = null;
  await Promise.all(devices.splice(0).map((device) => device.context.close()));
});

async function steady(page: Page) {
  await page.waitForFunction(() => !document.querySelector('[class*="-enter-active"], [class*="-leave-active"]'));
}

/** A 12345 export as the platform writes it, built with exceljs. */
async function workbook(name: string, rows: unknown[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('工单');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  const file = path.join(files, name);
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
  return file;
}

describe('the 12345 exchange', () => {
  it('previews a file with a bad row, imports the corrected file as items, and exports their status', { timeout: 90_000 }, async () => {
    const run = Date.now().toString(36).toUpperCase();
    const order = (n: number, date: string, status = '待办理') => [
      `GD${run}${n}`,
      date,
      `${run} 号工单：${n === 1 ? '和平路井盖破损' : '滨河小区夜间施工噪音'}`,
      n === 1 ? '和平路与解放路交叉口井盖破损，车辆经过有危险。' : '滨河小区旁工地夜间施工，噪音影响休息。',
      '设施维修',
      n === 1 ? '和平路与解放路交叉口' : '滨河小区',
      '刘女士',
      '13800138000',
      n === 1 ? '住建局' : '县城市管理局',
      '2026-12-20',
      status,
    ];
    const { page } = await newDevice('admin', DESKTOP);
    devices.push({ context: page.context(), page });
    failureShot = () => shot(page, 'hotline-failure', { fullPage: true });

    // —— From the clue board to the exchange page.
    await signInAt(page, '/admin/clues');
    await page.getByTestId('clue-hotline-link').click();
    await page.waitForURL((url) => url.pathname === '/admin/clues/hotline');
    await page.getByRole('heading', { name: '12345 工单交换', level: 1 }).waitFor();
    await page.getByTestId('hotline-mode-items').click();

    // —— A file with a bad date: the problem by row and column, nothing importable.
    await page.getByLabel('工单文件').setInputFiles(await workbook('12345工单.xlsx', [order(1, '2026-11-28 09:30'), order(2, '11月31日')]));
    const summary = page.getByTestId('hotline-summary');
    await summary.getByText('共 2 条工单，1 条可导入，发现 1 处问题。').waitFor();
    const problems = page.getByTestId('hotline-problems');
    const bad = problems.locator('tr[data-row="3"]');
    await bad.getByText('“受理时间”不是日期').waitFor();
    expect(await bad.locator('td').nth(1).textContent()).toBe('B');
    expect(await page.getByTestId('hotline-rows').locator('tr[data-row="3"] [data-becomes]').getAttribute('data-becomes')).toBe('none');
    await expect.poll(() => page.getByTestId('hotline-import').isDisabled()).toBe(true);
    await steady(page);
    await shot(page, 'hotline-preview-bad-row', { fullPage: true });

    // —— The corrected file: both open orders become items, imported at once; the one 12345 finished is left out.
    await page
      .getByLabel('工单文件')
      .setInputFiles(
        await workbook('12345工单.xlsx', [
          order(1, '2026-11-28 09:30'),
          order(2, '2026-11-29 21:10'),
          order(3, '2026-11-20 08:00', '已办结'),
        ]),
      );
    await summary.getByText('共 3 条工单，2 条可导入；1 条在 12345 已办结或已撤销，不导入。').waitFor();
    const rows = page.getByTestId('hotline-rows');
    expect(await rows.locator('tr[data-row="4"] [data-becomes]').getAttribute('data-becomes')).toBe('SKIPPED');
    await rows.locator('tr[data-row="4"]').getByText('12345 已办结').waitFor();
    await rows.locator('tr[data-row="3"]').getByText('县城市管理局').waitFor();
    await rows.locator('tr[data-row="2"]').getByText('县住房和城乡建设局').waitFor();
    await rows.locator('tr[data-row="2"]').getByText('138****8000').waitFor();
    await steady(page);
    await shot(page, 'hotline-preview-ok', { fullPage: true });
    await page.getByTestId('hotline-import').click();
    await page.getByTestId('hotline-result').getByText('已导入 2 条工单：2 个督办事项。').waitFor();
    await page.getByTestId('hotline-result-skipped').getByText('另有 1 条在 12345 已办结或已撤销，未导入。').waitFor();
    await steady(page);
    await shot(page, 'hotline-imported');

    // —— The same file again: each order is refused as imported before.
    await page.getByLabel('工单文件').setInputFiles(await workbook('12345工单-重复.xlsx', [order(1, '2026-11-28 09:30')]));
    await problems.locator('tr[data-row="2"]').getByText('该工单已导入过').waitFor();

    // —— The clue on the board (found by its order number), referred, with its item.
    await page.goto('/admin/clues');
    await page.getByLabel('搜索', { exact: true }).fill(`GD${run}1`);
    const table = page.getByTestId('clue-table');
    await table.getByRole('button', { name: `查看线索“${run} 号工单：和平路井盖破损”` }).click();
    const detail = page.getByTestId('clue-detail');
    await detail.getByTestId('clue-hotline-order').getByText(`GD${run}1`).waitFor();
    // 受理时间 is the order's own; the clue was created when it was imported.
    await detail
      .getByTestId('clue-hotline-received')
      .getByText(/2026年11月28日/)
      .waitFor();
    await steady(page);
    await shot(page, 'hotline-clue-detail');

    const items = await api.ok<{
      followUps: { nodes: { title: string; status: string; deadline: string; department: { shortName: string } }[] };
    }>(
      'query($s: String) { followUps(first: 10, search: $s) { nodes { title status deadline department { shortName } } } }',
      { s: run },
      adminToken,
    );
    expect(items.followUps.nodes.map((i) => [i.title, i.status, i.department.shortName]).sort()).toEqual([
      [`${run} 号工单：和平路井盖破损`, 'DRAFT', '住建局'],
      [`${run} 号工单：滨河小区夜间施工噪音`, 'DRAFT', '城管局'],
    ]);
    expect(items.followUps.nodes[0]!.deadline).toBe('2026-12-20T15:59:59.000Z');

    // —— The clue board names the source; the follow-up board links the 12345 export in its filter.
    await table.getByText('12345 热线').waitFor();
    await page.goto('/admin/follow-ups');
    const boardExport = page.getByTestId('follow-up-hotline-export');
    expect(await boardExport.getAttribute('href')).toMatch(/^\/exports\/hotline\.xlsx/);

    // —— The export: the same columns plus the status, read back with exceljs.
    await page.goto('/admin/clues/hotline');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('hotline-export-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = exported.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...HEADER, '办结时间', '办理结果']);
    const mine: unknown[][] = [];
    sheet.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith(`GD${run}`)) mine.push((row.values as unknown[]).slice(1));
    });
    expect(mine).toHaveLength(2);
    expect(mine.find((r) => r[0] === `GD${run}1`)).toEqual(
      expect.arrayContaining(['2026-11-28 09:30:00', '县住房和城乡建设局', '2026-12-20 23:59:59', '待交办', '138****8000']),
    );
    const csv = await page.request.get((await page.getByTestId('hotline-export-csv').getAttribute('href'))!);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect((await csv.text()).replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe([...HEADER, '办结时间', '办理结果'].join(','));
  });
});
