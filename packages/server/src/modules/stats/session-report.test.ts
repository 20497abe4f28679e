import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { loadSessionReport } from './session-report.js';
import { renderSessionReportHtml, reportAnnexes, reportTitle } from './session-report-html.js';
import { createStatsWorld, type StatsWorld } from './stats.fixture.js';
import { defaultVoteSettings } from '../session/vote-settings.js';
import { computeResult, emptyCounts } from '../vote/result.js';

// The PDF is printed by the real Chromium. Its pages are counted in the file itself; with poppler's
// pdftotext and pdftoppm (Debian poppler-utils, installed by scripts/lib/runtime.sh) each page's text
// is checked and every page is written as a PNG to packages/server/test-results/ to look at.

const results = path.resolve(import.meta.dirname, '../../../test-results');
const has = (tool: string) => ['/usr/bin', '/usr/local/bin'].some((dir) => existsSync(path.join(dir, tool)));

let server: TestServer;
let admin: string;
let world: StatsWorld;

beforeAll(async () => {
  server = await startTestServer({ REPORT_ISSUER: '云溪县人大常委会办公室' });
  admin = await server.login('admin');
  world = await createStatsWorld(server.orm.em);
});
afterAll(async () => {
  await server?.stop();
});

const download = (sessionId: string, token: string | null = admin) =>
  fetch(`${server.url}/exports/sessions/${sessionId}/report.pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

/** Page objects of a PDF (Chromium writes them uncompressed, one `/Type /Page` dictionary each). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

describe('the session report (PDF)', () => {
  it('names its annexes: a 督办通知 per dispatched item and a 情况通报 per unsatisfied result', async () => {
    const report = await loadSessionReport(server.orm.em.fork() as never, world.sessions.b2025);
    const { supervisionNotices, situationNotices } = reportAnnexes(report);
    // B's items: H2 (B1), U2 (B2), U5 (B3); unsatisfied: B1 (36.0) and B3 (50.0, closed, not yet revealed).
    expect(supervisionNotices.map((i) => i.title)).toEqual(['事项H2', '事项U2', '事项U5']);
    expect(situationNotices.map((q) => q.id)).toEqual([world.questions.b1, world.questions.b3]);
    expect(report.summary).toMatchObject({ rounds: 3, composite: 57.3 });
    expect(reportTitle('2025年第一期')).toBe('关于2025年第一期电视问政情况的报告');
    expect(reportTitle('2025年云溪县电视问政（第二期）')).toBe('关于2025年云溪县电视问政（第二期）情况的报告');
  });

  it('says in words how a published quorum rule changed a result, and how online voters were known', async () => {
    const report = await loadSessionReport(server.orm.em.fork() as never, world.sessions.b2025);
    const counts = emptyCounts();
    counts.STUDIO.SATISFIED = 4; // 4 of a roll of 30: the studio does not count
    counts.ONLINE.UNSATISFIED = 10;
    report.questions[0]!.result = computeResult(counts, { ...defaultVoteSettings, studioQuorum: 'MAJORITY' }, 30);
    report.session.onlineIdentity = 'PHONE_CODE';
    const html = renderSessionReportHtml(report, '云溪县人大常委会办公室');
    expect(html).toContain('现场参评 4 人，未过名册 30 人的半数（需 16 人），按网络测评结果计。按现场 0%、网络 100% 加权');
    expect(html).toContain('网络测评（手机验证）：满意 0 票、基本满意 0 票、不满意 10 票');
  });

  it('reads a 票决 session with its ballots: approval counts, candidates with their lead departments, the rule', async () => {
    const report = await loadSessionReport(server.orm.em.fork() as never, world.sessions.projects);
    expect(report.session.kind).toBe('PROJECT_VOTE');
    const [p1, p2] = report.questions;
    expect(p1).toMatchObject({ subject: 'PROJECT', ballotType: 'APPROVAL', budget: 300, departmentName: '县住房和城乡建设局' });
    expect(p1!.result).toMatchObject({ outcome: 'PASSED', composite: 66.7 });
    expect(p2).toMatchObject({ ballotType: 'CHOOSE_UP_TO_N', departmentName: '' });
    expect(p2!.candidateDepartments).toEqual(['县住房和城乡建设局', '县城市管理局', '县市场监督管理局']);
    // No satisfaction round: no satisfaction summary, and no 情况通报.
    expect(report.summary).toBeNull();
    expect(reportAnnexes(report).situationNotices).toHaveLength(0);
    const html = renderSessionReportHtml(report, '云溪县人大常委会办公室').replace(/<[^>]+>/g, '');
    expect(html).toContain('关于2025年民生实事项目代表票决情况的报告');
    expect(html).toContain('已完成票决 2 个，其中通过 2 个');
    expect(html).toContain('现场表决：赞成 20 票、反对 5 票、弃权 3 票');
    expect(html).toContain('甲：老旧小区改造县住房和城乡建设局1653.3%当选');
    expect(html).toContain('票决结果：产生当选项，当选：甲：老旧小区改造');
    expect(html).toContain('表决规则：每票至多选 2 项，得票超过名册全体 30 人的半数者按得票多少当选，至多 2 项');
  });

  it('escapes what it prints', async () => {
    const report = await loadSessionReport(server.orm.em.fork() as never, world.sessions.b2025);
    report.questions[0]!.title = '<img src=x onerror=alert(1)>';
    const html = renderSessionReportHtml(report, '<b>issuer</b>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<b>issuer</b>');
  });

  it('renders as A4 with the report, then one page per notice', async () => {
    const started = Date.now();
    const response = await download(world.sessions.b2025);
    expect(
      response.status,
      await response
        .clone()
        .text()
        .catch(() => ''),
    ).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('关于2025年第一期电视问政情况的报告.pdf'));
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    mkdirSync(results, { recursive: true });
    const file = path.join(results, 'session-report.pdf');
    writeFileSync(file, pdf);
    // The report itself takes four pages for this session (every result with its rule); then 3 督办通知 and 2 情况通报.
    expect(pageCount(pdf)).toBe(4 + 3 + 2);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 595\.9\d* 842\.8\d*\]/); // A4 (210 × 297 mm) in points, as Chromium rounds it
    if (has('pdftotext')) {
      const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
        .split('\f')
        .map((p) => p.replace(/\s+/g, ''))
        .filter(Boolean);
      expect(pages).toHaveLength(9);
      expect(pages[0]).toContain('云溪县人大常委会办公室');
      expect(pages[0]).toContain('关于2025年第一期电视问政情况的报告');
      expect(pages[0]).toContain('基本情况');
      expect(pages[1]).toContain('表决规则');
      expect(pages.slice(4, 7).every((p) => p.includes('督办通知'))).toBe(true);
      expect(pages[4]).toContain('县住房和城乡建设局：');
      expect(pages.slice(7).every((p) => p.includes('情况通报') && p.includes('不满意'))).toBe(true);
      expect(pages[8]).toContain('占道经营屡禁不止');
      expect(pages[8]).toContain('网络测评无有效票');
      expect(pages[8]).toContain('表决规则');
    }
    if (has('pdftoppm')) {
      for (const old of readdirSync(results).filter((f) => f.startsWith('session-report-page'))) rmSync(path.join(results, old));
      execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(results, 'session-report-page')]);
      expect(readdirSync(results).filter((f) => f.startsWith('session-report-page') && f.endsWith('.png'))).toHaveLength(9);
    }
    // A second report reuses the browser the first one started.
    const again = Date.now();
    expect((await download(world.sessions.a2024)).status).toBe(200);
    expect(Date.now() - again).toBeLessThan(Math.max(5_000, again - started));
  });

  it('prints a 票决 session with its own title, its candidates and the rule', async () => {
    const projects = await download(world.sessions.projects);
    expect(projects.status).toBe(200);
    expect(projects.headers.get('content-disposition')).toContain(encodeURIComponent('关于2025年民生实事项目代表票决情况的报告.pdf'));
    if (has('pdftotext')) {
      const projectFile = path.join(results, 'session-report-projects.pdf');
      writeFileSync(projectFile, Buffer.from(await projects.arrayBuffer()));
      const printed = execFileSync('pdftotext', [projectFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(printed).toContain('民生实事项目票决活动');
      expect(printed).toContain('当选');
      expect(printed).toContain('表决规则');
    }
  });

  it('is for admins only, and says when the session does not exist', async () => {
    expect((await download(world.sessions.b2025, null)).status).toBe(401);
    expect((await download(world.sessions.b2025, await server.login('host'))).status).toBe(403);
    expect((await download('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download('not-an-id')).status).toBe(404);
  });
});
