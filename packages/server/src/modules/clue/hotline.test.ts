import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { dateOf } from './hotline-read.js';

// The 12345 exchange: a work-order file is previewed with its problems by row and column, imported
// all or nothing as clues or as items, and items' status goes back in the same layout.

let server: TestServer;
let admin: string;
let dept: string;
let prefix = 0;

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

/** Order numbers of their own per test, so tests never see each other's imports. */
const orderNo = (n: number) => `T${prefix}${String(n).padStart(6, '0')}`;

function order(n: number, overrides: Record<string, unknown> = {}): unknown[] {
  const values: Record<string, unknown> = {
    工单编号: orderNo(n),
    受理时间: '2026-11-01 09:30',
    诉求标题: `幸福小区${n}号楼路灯不亮`,
    诉求内容: `幸福小区${n}号楼前路灯已坏两周，夜间出行不便，请尽快维修。`,
    诉求分类: '设施维修',
    诉求地址: `城关镇幸福小区${n}号楼`,
    来电人: '张先生',
    联系电话: '13912345678',
    承办单位: '住建局',
    办理时限: '2026-11-20',
    办理状态: '待办理',
    ...overrides,
  };
  return HEADER.map((h) => values[h] ?? null);
}

async function xlsx(rows: unknown[][], header = HEADER): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('工单');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvCell = (v: unknown) => (v == null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const csv = (rows: unknown[][], header = HEADER) =>
  Buffer.from([header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n'), 'utf8');

async function send(path: string, bytes: Buffer, name: string, token = admin) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const response = await fetch(`${server.url}${path}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as any };
}
const preview = (bytes: Buffer, mode = 'CLUES', name = 'orders.xlsx') => send(`/imports/hotline/preview?mode=${mode}`, bytes, name);
const commit = (bytes: Buffer, mode = 'CLUES', name = 'orders.xlsx') => send(`/imports/hotline?mode=${mode}`, bytes, name);

async function staff(query: string, variables: Record<string, unknown> = {}) {
  const result = await server.gql<any>(query, variables, { token: admin });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}
const cluesFound = async (search: string) =>
  (
    await staff(
      'query($f: ClueFilter) { clues(first: 50, filter: $f) { totalCount nodes { id trackingCode title status phoneMasked hotlineOrderNo hotlineReceivedAt createdAt department { shortName } followUpId } } }',
      {
        f: { search },
      },
    )
  ).clues;

beforeAll(async () => {
  server = await startTestServer();
  [admin, dept] = await Promise.all([server.login('admin'), server.login('dept')]);
});
afterAll(async () => {
  await server?.stop();
});

describe('reading a 12345 file', () => {
  it('previews each order and what it becomes, storing nothing', async () => {
    prefix = 1;
    const { status, body } = await preview(await xlsx([order(1), order(2, { 诉求分类: '噪音扰民' })]));
    expect(status).toBe(200);
    expect(body).toMatchObject({ mode: 'CLUES', total: 2, valid: 2, problemCount: 0 });
    expect(body.rows[0]).toMatchObject({
      row: 2,
      orderNo: orderNo(1),
      becomes: 'CLUE',
      categoryName: '设施维修',
      phoneMasked: '139****5678',
    });
    // A category the board does not have is filed under 其他.
    expect(body.rows[1].categoryName).toBe('其他');
    expect(new Date(body.rows[0].receivedAt).toISOString()).toBe('2026-11-01T01:30:00.000Z');
    expect((await cluesFound(orderNo(1).slice(0, 2))).totalCount).toBe(0);
  });

  it('names a missing or repeated column in the header row', async () => {
    const missing = await preview(await xlsx([['X1', '内容']], ['工单号码', '诉求内容']));
    expect(missing.body.problems).toEqual([expect.objectContaining({ row: 1, header: '工单编号', code: 'MISSING_HEADER' })]);
    const twice = await preview(await xlsx([['X1', '内容', 'X2']], ['工单编号', '诉求内容', '工单号']));
    expect(twice.body.problems).toEqual([expect.objectContaining({ row: 1, column: 'C', code: 'DUPLICATE_HEADER' })]);
    // Items need the department column as well.
    const items = await preview(await xlsx([['X1', '内容']], ['工单编号', '诉求内容']), 'ITEMS');
    expect(items.body.problems).toEqual([expect.objectContaining({ header: '承办单位', code: 'MISSING_HEADER' })]);
  });

  it('reports bad dates, phones and missing text by row and column', async () => {
    prefix = 2;
    const { body } = await preview(
      await xlsx([order(1), order(2, { 受理时间: '2026-02-30' }), order(3, { 联系电话: '12345', 诉求内容: null, 办理时限: '下周' })]),
    );
    expect(body).toMatchObject({ total: 3, valid: 1 });
    expect(body.problems.map((p: any) => [p.row, p.column, p.code])).toEqual([
      [3, 'B', 'BAD_DATE'],
      [4, 'D', 'REQUIRED'],
      [4, 'H', 'BAD_PHONE'],
      [4, 'J', 'BAD_DATE'],
    ]);
    expect(body.rows.map((r: any) => r.becomes)).toEqual(['CLUE', null, null]);
  });

  it('refuses an order number twice in a file, and one imported before', async () => {
    prefix = 3;
    await commit(await xlsx([order(1)]));
    const { body } = await preview(await xlsx([order(1), order(2), order(2)]));
    expect(body.problems.map((p: any) => [p.row, p.column, p.code])).toEqual([
      [2, 'A', 'ALREADY_IMPORTED'],
      [4, 'A', 'DUPLICATE_IN_FILE'],
    ]);
    expect(body.problems[1].message).toContain('row 3');
  });

  it('matches the department by name or short name, and names one it does not know', async () => {
    prefix = 4;
    const { body } = await preview(
      await xlsx([order(1, { 承办单位: '县城市管理局' }), order(2, { 承办单位: '城管局' }), order(3, { 承办单位: '县水务局' })]),
      'ITEMS',
    );
    expect(body.rows.map((r: any) => [r.departmentName, r.becomes])).toEqual([
      ['县城市管理局', 'ITEM'],
      ['县城市管理局', 'ITEM'],
      ['县水务局', null],
    ]);
    expect(body.problems).toEqual([expect.objectContaining({ row: 4, column: 'I', code: 'UNKNOWN_DEPARTMENT' })]);
  });

  it('reads a CSV in UTF-8 or GB18030, keeping leading zeros, and refuses what is not a spreadsheet', async () => {
    prefix = 5;
    const rows = [order(1, { 工单编号: '0012345' }), order(2)];
    const utf8 = await preview(csv(rows), 'CLUES', 'orders.csv');
    expect(utf8.body.rows.map((r: any) => r.orderNo)).toEqual(['0012345', orderNo(2)]);
    const text = [HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n');
    const gbk = await preview(Buffer.from(new Uint8Array(iconvGb18030(text))), 'CLUES', 'orders.csv');
    expect(gbk.body).toMatchObject({ total: 2, valid: 2 });
    expect(gbk.body.rows[0].title).toBe('幸福小区1号楼路灯不亮');
    const broken = await preview(Buffer.from('PK\u0003\u0004 not a zip at all'), 'CLUES', 'orders.xlsx');
    expect(broken.body.problems).toEqual([expect.objectContaining({ row: null, code: 'UNREADABLE' })]);
    // An old Excel 97-2003 workbook (an OLE compound file) is refused with how to save it as .xlsx.
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const old = await preview(xls, 'CLUES', 'orders.xls');
    expect(old.body.problems).toEqual([expect.objectContaining({ row: null, code: 'OLD_EXCEL' })]);
    expect(old.body.problems[0].message).toMatch(/save it as \.xlsx/);
  });

  it('reads the dates the platform writes, in China time', () => {
    expect(dateOf('2026年11月1日', false)?.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(dateOf('2026/11/1 9:05', false)?.toISOString()).toBe('2026-11-01T01:05:00.000Z');
    expect(dateOf('2026-11-20', true)?.toISOString()).toBe('2026-11-20T15:59:59.000Z');
    expect(dateOf(new Date(Date.UTC(2026, 10, 20)), true)?.toISOString()).toBe('2026-11-20T15:59:59.000Z');
    expect(dateOf(46_327, false)?.toISOString()).toBe('2026-10-31T16:00:00.000Z');
    expect(dateOf('2026-13-01', false)).toBeNull();
    expect(dateOf('25:00', false)).toBeNull();
  });
});

describe('importing', () => {
  it('stores nothing from a file with a problem, and says where it is', async () => {
    prefix = 6;
    const { status, body } = await commit(
      await xlsx([order(1, { 诉求标题: '六号测试小区井盖缺失' }), order(2, { 受理时间: 'yesterday' })]),
    );
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', problemCount: 1 });
    expect(body.errors[0].extensions.problems[0]).toMatchObject({ row: 3, column: 'B', code: 'BAD_DATE' });
    expect((await cluesFound('六号测试小区')).totalCount).toBe(0);
    expect((await cluesFound(orderNo(1))).totalCount).toBe(0);
  });

  it('imports orders as SUBMITTED clues with sealed phones, audited, and refuses the same file again', async () => {
    prefix = 7;
    const file = await xlsx([order(1, { 诉求标题: '七号测试小区路灯不亮' })]);
    const { status, body } = await commit(file);
    expect(status).toBe(201);
    expect(body).toEqual({ mode: 'CLUES', clues: 1, items: 0, skipped: 0 });
    const [clue] = (await cluesFound(orderNo(1))).nodes;
    expect(clue.title).toBe('七号测试小区路灯不亮');
    expect(clue).toMatchObject({ status: 'SUBMITTED', phoneMasked: '139****5678', followUpId: null });
    const revealed = await staff('mutation($id: ID!) { revealCluePhone(clueId: $id) }', { id: clue.id });
    expect(revealed.revealCluePhone).toBe('13912345678');
    const again = await commit(file);
    expect(again.body.errors[0].extensions.problems[0].code).toBe('ALREADY_IMPORTED');
  });

  it('keeps the import time as the clue’s creation and 受理时间 as its own field', async () => {
    prefix = 12;
    const before = Date.now();
    await commit(await xlsx([order(1, { 诉求标题: '十二号测试小区漏水' })]));
    const [clue] = (await cluesFound(orderNo(1))).nodes;
    expect(new Date(clue.hotlineReceivedAt).toISOString()).toBe('2026-11-01T01:30:00.000Z');
    expect(new Date(clue.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('skips orders the hotline finished or cancelled (办理状态), and says so', async () => {
    prefix = 13;
    const file = await xlsx([
      order(1, { 诉求标题: '十三号测试小区路灯', 办理状态: '办理中' }),
      order(2, { 诉求标题: '十三号测试小区已修好', 办理状态: '已办结' }),
      // A cancelled order's cells are not checked: it is not imported.
      order(3, { 诉求标题: '十三号测试小区撤单', 办理状态: '已撤销', 联系电话: '123' }),
      order(4, { 诉求标题: '十三号测试小区未办结', 办理状态: '未办结' }),
    ]);
    const { body } = await preview(file, 'ITEMS');
    expect(body).toMatchObject({ total: 4, valid: 2, skipped: 2, problemCount: 0 });
    expect(body.rows.map((r: any) => [r.becomes, r.skipped, r.status])).toEqual([
      ['ITEM', null, '办理中'],
      ['SKIPPED', 'FINISHED', '已办结'],
      ['SKIPPED', 'CANCELLED', '已撤销'],
      ['ITEM', null, '未办结'],
    ]);
    const imported = await commit(file, 'ITEMS');
    expect(imported.body).toEqual({ mode: 'ITEMS', clues: 2, items: 2, skipped: 2 });
    expect((await cluesFound('十三号测试小区')).nodes.map((c: any) => c.hotlineOrderNo).sort()).toEqual([orderNo(1), orderNo(4)]);
    // A file of finished orders only imports nothing, and says why.
    const none = await commit(await xlsx([order(5, { 办理状态: '已回访' })]));
    expect(none.status).toBe(400);
    expect(none.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect((await cluesFound(orderNo(5))).totalCount).toBe(0);
  });

  it('imports orders as referred clues with draft items due at the order’s deadline', async () => {
    prefix = 8;
    const { body } = await commit(await xlsx([order(1, { 诉求标题: '八号测试小区积水', 承办单位: '城管局' })]), 'ITEMS');
    expect(body).toEqual({ mode: 'ITEMS', clues: 1, items: 1, skipped: 0 });
    const [clue] = (await cluesFound('八号测试小区')).nodes;
    expect(clue).toMatchObject({ status: 'REFERRED', department: { shortName: '城管局' }, hotlineOrderNo: orderNo(1) });
    // Its steps are on the tracking page as for any clue.
    const tracked = await server.gql<any>('query($code: String!) { trackClue(code: $code) { timeline { action note } } }', {
      code: clue.trackingCode,
    });
    expect(tracked.data.trackClue.timeline.map((e: any) => e.action)).toEqual(['SUBMITTED', 'REFERRED']);
    const item = (
      await staff('query($id: ID!) { followUp(id: $id) { status deadline title timeline { action note } } }', { id: clue.followUpId })
    ).followUp;
    expect(item).toMatchObject({ status: 'DRAFT', title: '八号测试小区积水', deadline: '2026-11-20T15:59:59.000Z' });
    expect(item.timeline[0].note).toContain(orderNo(1));
  });

  it('lets one of two files sharing an order win whole, and stores nothing of the other', async () => {
    prefix = 11;
    const [a, b] = await Promise.all([commit(await xlsx([order(1), order(2)])), commit(await xlsx([order(2), order(3)]))]);
    expect([a.status, b.status].sort()).toEqual([201, 400]);
    const loser = a.status === 201 ? b : a;
    expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(loser.body.errors[0].extensions.code);
    const stored = async (n: number) => (await cluesFound(orderNo(n))).totalCount;
    expect(await stored(2)).toBe(1);
    expect((await stored(1)) + (await stored(3))).toBe(1);
  });

  it('is for staff only', async () => {
    const { status, body } = await send('/imports/hotline?mode=CLUES', await xlsx([order(1)]), 'orders.xlsx', dept);
    expect(status).toBe(403);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    const noMode = await send('/imports/hotline', await xlsx([order(1)]), 'orders.xlsx');
    expect(noMode.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mode' });
  });

  it('imports 5,000 orders in one go, in seconds', async () => {
    prefix = 9;
    const rows = Array.from({ length: 5000 }, (_, i) => order(i + 1, { 承办单位: i % 2 ? '住建局' : '市场监管局' }));
    const file = await xlsx(rows);
    const started = Date.now();
    const { status, body } = await commit(file, 'ITEMS');
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(201);
    expect(body).toEqual({ mode: 'ITEMS', clues: 5000, items: 5000, skipped: 0 });
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});

describe('exporting', () => {
  it('gives items back in the same layout, with status, and reads back as the same orders', async () => {
    prefix = 10;
    await commit(await xlsx([order(1, { 诉求标题: '十号测试小区噪音' }), order(2, { 诉求标题: '十号测试小区停车' })]), 'ITEMS');
    const response = await fetch(`${server.url}/exports/hotline.xlsx`, { headers: { authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...HEADER, '办结时间', '办理结果']);
    const exported = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => n > 1 && exported.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1)));
    expect(exported.get(orderNo(1))).toEqual(
      expect.arrayContaining([
        '十号测试小区噪音',
        '2026-11-01 09:30:00',
        '县住房和城乡建设局',
        '2026-11-20 23:59:59',
        '待交办',
        '139****5678',
      ]),
    );

    // The export read back: every order is one imported already, nothing else is wrong with it.
    const back = await preview(Buffer.from(await workbook.xlsx.writeBuffer()), 'ITEMS');
    expect(back.body.total).toBeGreaterThanOrEqual(2);
    expect(back.body).toMatchObject({ valid: 0, problemCount: back.body.total });
    expect(back.body.problems.every((p: any) => p.code === 'ALREADY_IMPORTED')).toBe(true);

    const csvResponse = await fetch(`${server.url}/exports/hotline.csv?statuses=DRAFT`, { headers: { authorization: `Bearer ${admin}` } });
    const bytes = Buffer.from(await csvResponse.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split(/\r?\n/)[0]).toBe(`\uFEFF${[...HEADER, '办结时间', '办理结果'].join(',')}`);
    expect(text).toContain(`${orderNo(2)},2026-11-01 09:30:00,十号测试小区停车`);
    expect(text).not.toContain('13912345678');
  });

  it('refuses an unknown status or submitter’s word in the filter', async () => {
    const response = await fetch(`${server.url}/exports/hotline.csv?statuses=NOPE`, { headers: { authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(400);
    const word = await fetch(`${server.url}/exports/hotline.csv?submitterVerdict=MAYBE`, { headers: { authorization: `Bearer ${admin}` } });
    expect(word.status).toBe(400);
    const unresolved = await fetch(`${server.url}/exports/hotline.csv?statuses=CLOSED&submitterVerdict=UNRESOLVED`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(unresolved.status).toBe(200);
  });
});

/** GB18030 bytes of a text, as Chinese Excel saves a .csv (Node decodes it but has no encoder: a small one via iconv tables is not in the deps, so the test maps the characters it uses). */
function iconvGb18030(text: string): number[] {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...gbOf(char));
  }
  return bytes;
}

let gbTable: Map<string, number[]> | null = null;
/** Builds char → GB18030 bytes for the two-byte range by decoding every pair once. */
function gbOf(char: string): number[] {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const decoded = decoder.decode(new Uint8Array([lead, trail]));
        if (!gbTable.has(decoded)) gbTable.set(decoded, [lead, trail]);
      }
  }
  const bytes = gbTable.get(char);
  if (!bytes) throw new Error(`no GB18030 two-byte code for ${char}`);
  return bytes;
}
