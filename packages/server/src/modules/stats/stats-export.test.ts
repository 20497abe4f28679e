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
    expect([b[1], ...b.slice(3)]).toEqual(['电视问政', 4, 3, 57.3, 60, 55, 60, 200, 66.7, 1, 2, 0]);
    expect(sessions.at(-1)![0]).toContain('北京时间');

    const years = rowsOf(book.getWorksheet('年度趋势'));
    expect(years.slice(1)).toEqual([
      [2024, 1, 1, 77, 75, 80, 20, 50, 1, 0],
      // 2025: B and the look-back D; studio rates (40 + 90 + 50 + 25) / 4 = 51.25, online (30 + 80 + 40) / 3.
      [2025, 2, 4, 50.8, 51.3, 50, 80, 250, 1, 3],
    ]);

    const league = rowsOf(book.getWorksheet('部门排名'));
    expect(league.slice(1, 4)).toEqual([
      // The last two: 答复率, and 解决率 left empty while no submitter has given their word.
      [1, '县城市管理局', 61.8, 68, 50, 60, 2, 5, 4, 2, 2, 40],
      [2, '县住房和城乡建设局', 53.9, 56.5, 33.3, 100, 2, 4, 3, 1, 0, 50],
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

describe('the results workbook', () => {
  it('has one row per counted round with its kind, subject, ballot, result per channel, votes per option, outcome and rule', async () => {
    const { book } = await workbook(`/exports/rounds.xlsx?sessionId=${world.sessions.b2025}`);
    const rows = rowsOf(book.getWorksheet('测评和票决结果'));
    expect(rows[0]).toHaveLength(30);
    const header = rows[0] as string[];
    const data = rows.slice(1, -1);
    const col = (name: string) => header.indexOf(name);
    expect(data.map((r) => r[col('议题')])).toEqual(['物业服务收费不透明', '背街小巷路灯不亮', '占道经营屡禁不止']);
    const [b1, , b3] = data;
    expect(b1!.slice(0, 2)).toEqual(['2025年第一期', '电视问政']);
    expect(b1!.slice(3, 26)).toEqual([
      1,
      '物业服务收费不透明',
      '应询部门答复',
      '县住房和城乡建设局',
      '住建局局长',
      undefined, // no district
      undefined, // no budget
      '已公布',
      '满意度测评',
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
    ]);
    expect(b1!.slice(26, 28)).toEqual(['满意 24 票；基本满意 14 票；不满意 82 票', '不满意']);
    expect(b1![col('规则')]).toBe('满意率（满意＋基本满意）≥ 80% 为满意，60%–80% 为基本满意，低于 60% 为不满意；现场 60%、网络 40% 加权');
    // No online votes: the studio carries the whole weight.
    expect(b3!.slice(10, 28)).toEqual([
      '已结束（未公布）',
      '满意度测评',
      5,
      5,
      10,
      20,
      50,
      0,
      0,
      0,
      0,
      undefined,
      100,
      0,
      50,
      60,
      '满意 5 票；基本满意 5 票；不满意 10 票',
      '不满意',
    ]);
  });

  it('writes a 票决: 赞成/反对/弃权 counts, each candidate with its share and 当选, the outcome and the rule', async () => {
    const { book } = await workbook(`/exports/rounds.xlsx?kind=PROJECT_VOTE`);
    const rows = rowsOf(book.getWorksheet('测评和票决结果'));
    const header = rows[0] as string[];
    const data = rows.slice(1, -1);
    const col = (name: string) => header.indexOf(name);
    const pick = (r: unknown[], ...names: string[]) => names.map((n) => r[col(n)]);
    expect(data).toHaveLength(2);
    const [p1, p2] = data;
    expect(
      pick(p1!, '类型', '议题', '议题类别', '应询部门／报告单位／牵头单位', '预算(万元)', '表决方式', '现场 有效票', '现场 满意'),
    ).toEqual(['民生实事项目票决', '城市书房建设', '民生实事项目', '县住房和城乡建设局', 300, '赞成／反对票决', 28, undefined]);
    expect(pick(p1!, '综合满意度／赞成率(%)', '满意线／通过线(%)', '各选项得票', '结果', '规则')).toEqual([
      66.7,
      50,
      '赞成 20 票；反对 5 票；弃权 3 票',
      '通过',
      '赞成票超过名册全体 30 人的半数为通过',
    ]);
    expect(pick(p2!, '表决方式', '各选项得票', '结果')).toEqual([
      '差额票决（限选）',
      '甲：老旧小区改造 16 票（53.3%，当选）；乙：背街小巷亮化 14 票（46.7%）；丙：农贸市场提升 6 票（20.0%）',
      '产生当选项',
    ]);
    expect(p2![col('应询部门／报告单位／牵头单位')]).toBeUndefined();
  });

  it('covers every counted round of every ballot type without a filter, and refuses an unknown kind', async () => {
    const { book } = await workbook('/exports/rounds.xlsx');
    expect(rowsOf(book.getWorksheet('测评和票决结果')).slice(1, -1)).toHaveLength(7);
    const response = await download('/exports/rounds.xlsx?kind=REGULAR');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { field: string } }[] }).errors[0]!.extensions.field).toBe('kind');
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
