import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { createStatsWorld, type StatsWorld } from './stats.fixture.js';

// Each workbook is downloaded as an admin and read back with exceljs; the figures are the fixture's
// hand-computed ones (see stats.fixture.ts and stats.test.ts).

let server: TestServer;
let admin: string;
let world: StatsWorld;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.login('admin');
  world = await createStatsWorld(server.orm.em);
});
afterAll(async () => {
  await server?.stop();
});

async function download(path: string, token: string | null = admin) {
  return fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function workbook(path: string) {
  const response = await download(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
  return { book, disposition: response.headers.get('content-disposition') ?? '' };
}

/** A sheet's rows as arrays of cell values (exceljs rows are 1-based with an empty slot 0). */
function rowsOf(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('the sessions workbook', () => {
  it('has a row per session with its satisfaction and turnout, the years and the league table with its formula', async () => {
    const { book, disposition } = await workbook('/exports/sessions.xlsx');
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('问政活动统计')}`);
    expect(book.worksheets.map((s) => s.name)).toEqual(['问政活动满意度', '年度趋势', '部门排名']);

    const sessions = rowsOf(book.getWorksheet('问政活动满意度'));
    expect(sessions[0]!.slice(0, 6)).toEqual(['问政活动', '类型', '举办时间', '问题数', '已测评', '综合满意度(%)']);
    expect(sessions.slice(1, 4).map((r) => r[0])).toEqual(['2025年回头看', '2025年第一期', '2024年第一期']);
    const b = sessions[2]!;
    // Held 2025-03-10 10:00 in Beijing (02:00 UTC), written as wall-clock time.
    expect((b[2] as Date).toISOString()).toBe('2025-03-10T10:00:00.000Z');
    expect([b[1], ...b.slice(3)]).toEqual(['常规问政', 4, 3, 57.3, 60, 55, 60, 200, 66.7, 1, 2, 0]);
    expect(sessions.at(-1)![0]).toContain('北京时间');

    const years = rowsOf(book.getWorksheet('年度趋势'));
    expect(years.slice(1)).toEqual([
      [2024, 1, 1, 77, 75, 80, 20, 50, 1, 0],
      // 2025: B and the look-back D; studio rates (40 + 90 + 50 + 25) / 4 = 51.25, online (30 + 80 + 40) / 3.
      [2025, 2, 4, 50.8, 51.3, 50, 80, 250, 1, 3],
    ]);

    const league = rowsOf(book.getWorksheet('部门排名'));
    expect(league.slice(1, 4)).toEqual([
      [1, '县城市管理局', 61.8, 68, 50, 60, 2, 5, 4, 2, 2],
      [2, '县住房和城乡建设局', 53.9, 56.5, 33.3, 100, 2, 4, 3, 1, 0],
      [undefined, '县市场监督管理局', undefined, undefined, undefined, undefined, 0, 0, 0, 0, 0], // empty cells: no rank, no score
    ]);
    expect(league.at(-1)).toEqual(['计算方法', expect.stringContaining('综合得分 = 60% × S + 30% × T + 10% × R')]);
  });

  it('covers the period asked for, in English when asked', async () => {
    const { book } = await workbook('/exports/sessions.xlsx?from=2025-01-01T00:00:00Z&to=2025-06-01T00:00:00Z&lang=en');
    const sessions = rowsOf(book.getWorksheet('Sessions'));
    expect(sessions[0]![0]).toBe('Session');
    expect(sessions.slice(1, -1).map((r) => r[0])).toEqual(['2025年第一期']);
  });
});

describe('the rounds workbook', () => {
  it('has one row per counted round with its result per channel, and no ballots', async () => {
    const { book } = await workbook(`/exports/rounds.xlsx?sessionId=${world.sessions.b2025}`);
    const rows = rowsOf(book.getWorksheet('测评结果'));
    expect(rows[0]).toHaveLength(22);
    const data = rows.slice(1, -1);
    expect(data.map((r) => r[3])).toEqual(['物业服务收费不透明', '背街小巷路灯不亮', '占道经营屡禁不止']);
    expect(data[0]!.slice(2)).toEqual([
      1,
      '物业服务收费不透明',
      '县住房和城乡建设局',
      '住建局局长',
      '已公布',
      4,
      4,
      12,
      20,
      40,
      20,
      10,
      70,
      100,
      30,
      60,
      40,
      36,
      60,
      '不满意',
    ]);
    // No online votes: the studio carries the whole weight.
    expect(data[2]!.slice(6)).toEqual(['已结束（未公布）', 5, 5, 10, 20, 50, 0, 0, 0, 0, undefined, 100, 0, 50, 60, '不满意']);
  });

  it('covers every counted round without a filter', async () => {
    const { book } = await workbook('/exports/rounds.xlsx');
    expect(rowsOf(book.getWorksheet('测评结果')).slice(1, -1)).toHaveLength(5);
  });
});

describe('the follow-up workbook', () => {
  it('has one row per top-level dispatched item, soonest deadline first, with overdue and on-time judged as in the statistics', async () => {
    const { book } = await workbook('/exports/follow-ups.xlsx');
    const rows = rowsOf(book.getWorksheet('督办事项'));
    const header = rows[0] as string[];
    const data = rows.slice(1, -1);
    const col = (name: string) => header.indexOf(name);
    // H1 and H2 share a deadline (their order is by id), as do U2 and U3, and U4 and U5.
    const order = data.map((r) => r[0]);
    expect([order.slice(0, 2).sort(), order[2], order.slice(3, 5).sort(), order.slice(5, 7).sort(), order.slice(7)]).toEqual([
      ['事项H1', '事项H2'],
      '事项H3',
      ['事项U2', '事项U3'],
      ['事项U4', '事项U5'],
      ['事项U1', '事项H4'],
    ]);
    const byTitle = new Map(data.map((r) => [r[0], r]));
    const judged = (title: string) => [
      byTitle.get(title)![col('状态')],
      byTitle.get(title)![col('逾期')],
      byTitle.get(title)![col('按期')],
    ];
    expect(judged('事项H1')).toEqual(['已办结', '否', '是']);
    expect(judged('事项H2')).toEqual(['审核通过', '否', '否']);
    expect(judged('事项H3')).toEqual(['办理中', '是', '否']);
    expect(judged('事项H4')).toEqual(['已签收', '否', '未到期']);
    expect(judged('事项U3')).toEqual(['回头看测评中', '否', '是']);
    expect(judged('事项U5')).toEqual(['报告退回', '是', '否']);
    expect(byTitle.get('事项U3')![col('办理轮次')]).toBe(2);
    expect(byTitle.get('事项H1')![col('子事项')]).toBe(1);
    expect(byTitle.get('事项H2')![col('问政活动')]).toBe('2025年第一期');
    expect((byTitle.get('事项H1')![col('报送时间')] as Date).toISOString()).toBe('2025-04-20T10:00:00.000Z');
  });
});

describe('access to the exports', () => {
  for (const path of ['/exports/sessions.xlsx', '/exports/rounds.xlsx', '/exports/follow-ups.xlsx']) {
    it(`${path}: admins only`, async () => {
      const anonymous = await download(path, null);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await download(path, await server.login('dept'))).status).toBe(403);
    });
  }

  it('refuses a period or id it cannot read', async () => {
    const response = await download('/exports/rounds.xlsx?from=yesterday');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { field: string } }[] }).errors[0]!.extensions.field).toBe('from');
    expect((await download('/exports/rounds.xlsx?sessionId=1')).status).toBe(400);
  });
});
