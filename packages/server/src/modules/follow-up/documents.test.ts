import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { SqlEntityManager } from '@mikro-orm/sql';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { Routes } from '../../http/routes.js';
import type { Logger } from '../../logger.js';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { Department } from '../department/department.entity.js';
import { PdfPrinter } from '../stats/pdf-printer.js';
import { FollowUpDocument } from './documents.entity.js';
import { issueDocument } from './documents.js';
import { documentRoutes } from './documents.routes.js';
import { runEscalations } from './escalations.js';
import { FollowUp, FollowUpEvent } from './follow-up.entity.js';
import { getItem } from './follow-up.access.js';
import { chinaDate } from './working-days.js';

// 交办函, 督办函 and 催办函: numbered per kind and year by the database, printed by the real Chromium
// (CHROMIUM_PATH); with poppler's pdftotext the printed text is checked, and the first page is written
// to packages/server/test-results/ as a PNG to look at.

const results = path.resolve(import.meta.dirname, '../../../test-results');
const has = (tool: string) => ['/usr/bin', '/usr/local/bin'].some((dir) => existsSync(path.join(dir, tool)));
const day = 86_400_000;
const year = Number(chinaDate(new Date()).slice(0, 4));
const DOC = 'id kind number issuedOn handlingRound reason downloadUrl issuedBy';
const ISSUE = `mutation($input: IssueFollowUpDocumentInput!) { issueFollowUpDocument(input: $input) { ${DOC} } }`;
const LIST = `query($id: ID!) { followUpDocuments(followUpId: $id) { ${DOC} } }`;
const SETTINGS = 'issuer assignPrefix supervisePrefix urgePrefix';
const SET = `mutation($input: FollowUpDocumentSettingsInput!) { setFollowUpDocumentSettings(input: $input) { ${SETTINGS} } }`;

let server: TestServer;
let admin: string;
let dept: string;
let other: string;
let housing: string;

type Errors = { errors?: { message: string; extensions: { code: string; field?: string } }[] };
const failure = (result: Errors) => ({ code: result.errors?.[0]?.extensions.code, field: result.errors?.[0]?.extensions.field });
async function call(query: string, variables: Record<string, unknown>, token: string) {
  const result = await server.gql(query, variables, { token });
  if (result.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
  return result.data;
}
const attempt = (query: string, variables: Record<string, unknown>, token: string) =>
  server.gql(query, variables, { token }) as Promise<Errors>;
const sqlEm = () => server.orm.em.fork() as unknown as SqlEntityManager;

/** A draft of 住建局 (whose liaison is `dept`). */
async function draft(title: string, days = 20): Promise<string> {
  const em = server.orm.em.fork();
  const item = em.create(FollowUp, {
    title,
    commitment: '三个月内完成老旧小区加装电梯审批提速，年底前开工十部。',
    deadline: new Date(Date.now() + days * day),
    department: em.getReference(Department, housing),
  });
  await em.flush();
  return item.id;
}
async function dispatched(title: string, days = 20): Promise<string> {
  const id = await draft(title, days);
  await call('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [id] }, admin);
  return id;
}
const documents = async (id: string, token = admin) => (await call(LIST, { id }, token)).followUpDocuments;
const download = (url: string, token: string | null = admin) =>
  fetch(server.url + url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
/** The PDF's text, one string without whitespace (pdftotext breaks lines where the page does). */
function pdfText(pdf: Buffer, name: string): string | null {
  if (!has('pdftotext')) return null;
  mkdirSync(results, { recursive: true });
  const file = path.join(results, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

beforeAll(async () => {
  server = await startTestServer();
  [admin, dept] = await Promise.all([server.login('admin'), server.login('dept')]);
  const { departments } = await call('{ departments(first: 10) { nodes { id shortName } } }', {}, admin);
  const ids = Object.fromEntries(departments.nodes.map((d: { id: string; shortName: string }) => [d.shortName, d.id]));
  housing = ids.住建局;
  const { createAccount } = await call(
    'mutation($input: CreateAccountInput!) { createAccount(input: $input) { initialPassword } }',
    { input: { username: 'cg.documents', displayName: '城管局联络员', role: 'DEPARTMENT', departmentId: ids.城管局 } },
    await server.login('security'),
  );
  other = await server.firstSignIn('cg.documents', createAccount.initialPassword);
});
afterAll(async () => {
  await server?.stop();
});

describe('follow-up documents (交办函, 督办函, 催办函, 情况通报)', () => {
  it('issues a 交办函 with the dispatch, numbered per year, on the timeline, printed in the official layout', async () => {
    const id = await dispatched('老旧小区加装电梯');
    const [assign] = await documents(id);
    expect(assign).toMatchObject({ kind: 'ASSIGN', number: `人大办交〔${year}〕1号`, issuedOn: chinaDate(new Date()), reason: null });
    const { followUp } = await call('query($id: ID!) { followUp(id: $id) { timeline { action note } } }', { id }, admin);
    expect(followUp.timeline.map((s: { action: string }) => s.action)).toEqual(['DISPATCHED', 'DOCUMENT_ISSUED']);
    expect(followUp.timeline.at(-1).note).toBe(`印发交办函（人大办交〔${year}〕1号）`);

    const response = await download(assign.downloadUrl, dept);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain(`人大办交〔${year}〕1号`);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf, 'follow-up-document-assign');
    if (text !== null) {
      const deadline = (await server.orm.em.fork().findOneOrFail(FollowUp, { id })).deadline;
      const [y, m, d] = chinaDate(deadline).split('-').map(Number);
      expect(text).toContain('人大常委会办公室');
      expect(text).toContain(`人大办交〔${year}〕1号`);
      expect(text).toContain('关于“老旧小区加装电梯”的交办函');
      const recipient = (await server.orm.em.fork().findOneOrFail(Department, { id: housing })).name;
      expect(text).toContain(`${recipient}：`); // 主送
      expect(text).toContain(`${y}年${m}月${d}日前办结`);
      expect(text).toContain('三个月内完成老旧小区加装电梯审批提速');
    }
    if (has('pdftoppm'))
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        path.join(results, 'follow-up-document-assign.pdf'),
        path.join(results, 'follow-up-document-assign'),
      ]);
  });

  it('numbers each kind on its own series and restarts every year; staff’s prefixes apply to new documents only', async () => {
    const id = await dispatched('背街小巷路灯修复');
    const supervise = (await call(ISSUE, { input: { id, kind: 'SUPERVISE', reason: '二次办理，列入重点督办。' } }, admin))
      .issueFollowUpDocument;
    expect(supervise.number).toMatch(new RegExp(`^人大办督〔${year}〕\\d+号$`));
    const { setFollowUpDocumentSettings } = await call(
      SET,
      { input: { issuer: '云溪县人大常委会办公室', assignPrefix: '云人办交', supervisePrefix: '云人办督', urgePrefix: '云人办催' } },
      admin,
    );
    expect(setFollowUpDocumentSettings).toEqual({
      issuer: '云溪县人大常委会办公室',
      assignPrefix: '云人办交',
      supervisePrefix: '云人办督',
      urgePrefix: '云人办催',
    });
    const next = (await call(ISSUE, { input: { id, kind: 'SUPERVISE', reason: '专委会督办。' } }, admin)).issueFollowUpDocument;
    const sequence = (n: string) => Number(/〕(\d+)号/.exec(n)![1]);
    expect(next.number).toBe(`云人办督〔${year}〕${sequence(supervise.number) + 1}号`);
    // The first one keeps its number (and its issuer) whatever the settings say now.
    const stored = await server.orm.em.fork().findOneOrFail(FollowUpDocument, { id: supervise.id });
    expect(stored).toMatchObject({ number: supervise.number, issuer: '人大常委会办公室' });
    // Next year's first 督办函 is number 1 again; this year's series goes on.
    const em = sqlEm();
    const nextYear = await em.transactional(async (tx) =>
      issueDocument(tx, await getItem(tx, id, true), 'SUPERVISE', null, '年初督办。', new Date(`${year + 1}-01-05T10:00:00+08:00`)),
    );
    expect(nextYear.number).toBe(`云人办督〔${year + 1}〕1号`);
    const again = (await call(ISSUE, { input: { id, kind: 'SUPERVISE', reason: '再次督办。' } }, admin)).issueFollowUpDocument;
    expect(again.number).toBe(`云人办督〔${year}〕${sequence(supervise.number) + 2}号`);
    await call(
      SET,
      { input: { issuer: '人大常委会办公室', assignPrefix: '人大办交', supervisePrefix: '人大办督', urgePrefix: '人大办催' } },
      admin,
    );
  });

  it('never gives one 文号 twice, with 20 documents issued at once', async () => {
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => dispatched(`并发督办事项${i + 1}`)));
    const issued = await Promise.all(
      ids.map((id) =>
        call(ISSUE, { input: { id, kind: 'SUPERVISE', reason: '集中督办。' } }, admin).then(
          (d) => d.issueFollowUpDocument.number as string,
        ),
      ),
    );
    expect(new Set(issued).size).toBe(20);
    const numbers = issued.map((n) => Number(/〕(\d+)号/.exec(n)![1])).sort((a, b) => a - b);
    // One unbroken run: nothing skipped, nothing given twice.
    expect(numbers.at(-1)! - numbers[0]!).toBe(19);
    const all = await server.orm.em.fork().find(FollowUpDocument, { kind: 'ASSIGN', year });
    expect(new Set(all.map((d) => d.sequence)).size).toBe(all.length);
  });

  it('prints the same letter every time, from what was stored when it was issued', async () => {
    const id = await dispatched('农贸市场排水改造');
    const [assign] = await documents(id);
    const first = Buffer.from(await (await download(assign.downloadUrl)).arrayBuffer());
    // The item changes afterwards; the letter it was given does not.
    await server.orm.em.fork().nativeUpdate(FollowUp, { id }, { title: '改名后的事项', deadline: new Date(Date.now() + 60 * day) });
    await call(SET, { input: { issuer: '另一个机关', assignPrefix: '另交', supervisePrefix: '另督', urgePrefix: '另催' } }, admin);
    const second = Buffer.from(await (await download(assign.downloadUrl)).arrayBuffer());
    await call(
      SET,
      { input: { issuer: '人大常委会办公室', assignPrefix: '人大办交', supervisePrefix: '人大办督', urgePrefix: '人大办催' } },
      admin,
    );
    const [a, b] = [pdfText(first, 'follow-up-document-first'), pdfText(second, 'follow-up-document-second')];
    if (a !== null) {
      expect(b).toBe(a);
      expect(a).toContain('农贸市场排水改造');
      expect(a).not.toContain('另一个机关');
    }
  });

  it('issues a 催办函 with staff’s 催办 and with each escalation rung, once however often the job runs', async () => {
    const id = await dispatched('夜间施工噪音', 5);
    await call(
      'mutation($input: UrgeFollowUpInput!) { urgeFollowUp(input: $input) { id } }',
      { input: { id, note: '请三日内报送办理方案。' } },
      admin,
    );
    let urges = (await documents(id)).filter((d: { kind: string }) => d.kind === 'URGE');
    expect(urges).toHaveLength(1);
    expect(urges[0].reason).toBe('请三日内报送办理方案。');
    await call(
      'mutation($input: EscalationLadderInput!) { setEscalationLadder(input: $input) { ladder { days } } }',
      {
        input: {
          steps: [
            { days: 3, level: 'URGE' },
            { days: 10, level: 'COMMITTEE' },
          ],
        },
      },
      admin,
    );
    await server.orm.em.fork().nativeUpdate(FollowUp, { id }, { deadline: new Date('2026-11-27T23:59:59+08:00') });
    const services = { em: server.orm.em as never, notifier: { send: async () => undefined } };
    const run = (at: string) => Promise.all([runEscalations(services, new Date(at)), runEscalations(services, new Date(at))]);
    await run('2026-12-02T10:00:00+08:00');
    await run('2026-12-03T10:00:00+08:00');
    urges = (await documents(id)).filter((d: { kind: string }) => d.kind === 'URGE');
    expect(urges).toHaveLength(2);
    expect(urges[1].reason).toMatch(/逾期 3 个工作日/);
    await run('2026-12-11T10:00:00+08:00');
    await run('2026-12-11T11:00:00+08:00');
    urges = (await documents(id)).filter((d: { kind: string }) => d.kind === 'URGE');
    expect(urges.map((d: { reason: string }) => /逾期 (\d+) 个工作日/.exec(d.reason)?.[1] ?? 'staff')).toEqual(['staff', '3', '10']);
    await call(
      'mutation($input: EscalationLadderInput!) { setEscalationLadder(input: $input) { ladder { days } } }',
      { input: { steps: [] } },
      admin,
    );
  });

  it('shows a department its own items’ documents only, and lets only staff issue them', async () => {
    const id = await dispatched('小区停车难');
    const [assign] = await documents(id, dept);
    expect(assign.kind).toBe('ASSIGN');
    expect(failure(await attempt(LIST, { id }, other)).code).toBe('FORBIDDEN');
    expect((await download(assign.downloadUrl, other)).status).toBe(403);
    expect((await download(assign.downloadUrl, null)).status).toBe(401);
    expect((await download('/exports/follow-up-documents/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(failure(await attempt(ISSUE, { input: { id, kind: 'SUPERVISE', reason: '督办' } }, dept)).code).toBe('FORBIDDEN');
  });

  it('refuses a 督办函 or 催办函 without a reason, documents for drafts, and malformed prefixes', async () => {
    const id = await dispatched('河道垃圾清理');
    expect(failure(await attempt(ISSUE, { input: { id, kind: 'SUPERVISE', reason: ' ' } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(failure(await attempt(ISSUE, { input: { id, kind: 'URGE' } }, admin))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const draftId = await draft('尚未交办的事项');
    expect(failure(await attempt(ISSUE, { input: { id: draftId, kind: 'ASSIGN' } }, admin)).code).toBe('INVALID_PHASE');
    const bad = (patch: Record<string, string>) =>
      attempt(
        SET,
        { input: { issuer: '人大常委会办公室', assignPrefix: '人大办交', supervisePrefix: '人大办督', urgePrefix: '人大办催', ...patch } },
        admin,
      );
    expect(failure(await bad({ assignPrefix: '人大〔办〕' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'assignPrefix' });
    expect(failure(await bad({ urgePrefix: '人大办督' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'urgePrefix' });
    expect(failure(await bad({ issuer: ' ' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'issuer' });
    expect(
      failure(await attempt(SET, { input: { issuer: 'x', assignPrefix: 'a', supervisePrefix: 'b', urgePrefix: 'c' } }, dept)).code,
    ).toBe('FORBIDDEN');
  });

  it('issues a 情况通报 on its own 文号 series, from the 回头看 notice or staff’s text, also for a closed item', async () => {
    const id = await dispatched('城区内涝点整治');
    const noticeless = await dispatched('没有通报的事项');
    // No text and no notice on the timeline to take it from.
    expect(failure(await attempt(ISSUE, { input: { id: noticeless, kind: 'NOTICE' } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    // An unsatisfied 回头看 records its notice on the timeline; the 情况通报 prints it.
    const em = server.orm.em.fork();
    const item = await em.findOneOrFail(FollowUp, { id });
    em.create(FollowUpEvent, {
      followUp: item,
      action: 'NOTICE',
      actorId: null,
      handlingRound: 1,
      note: '情况通报：“城区内涝点整治”回头看测评满意率 41%，低于 60%，测评结果为不满意。',
    });
    await em.flush();
    const notice = (await call(ISSUE, { input: { id, kind: 'NOTICE' } }, admin)).issueFollowUpDocument;
    expect(notice).toMatchObject({ kind: 'NOTICE', number: `人大办通〔${year}〕1号` });
    expect(notice.reason).toBe('“城区内涝点整治”回头看测评满意率 41%，低于 60%，测评结果为不满意。');
    const stored = await server.orm.em.fork().findOneOrFail(FollowUpDocument, { id: notice.id });
    expect(stored.issuedById).toBeTruthy();
    // Staff see who issued it; the department sees the letter, not the name.
    expect(notice.issuedBy).toBeNull(); // the mutation answers the document alone
    const listed = (await documents(id)).find((d: { id: string }) => d.id === notice.id);
    expect(listed.issuedBy).toEqual(expect.any(String));
    expect((await documents(id, dept)).find((d: { id: string }) => d.id === notice.id).issuedBy).toBeNull();
    const { followUp } = await call('query($id: ID!) { followUp(id: $id) { timeline { action note } } }', { id }, admin);
    expect(followUp.timeline.at(-1)).toEqual({ action: 'DOCUMENT_ISSUED', note: `印发情况通报（人大办通〔${year}〕1号）` });

    const text = pdfText(Buffer.from(await (await download(notice.downloadUrl, dept)).arrayBuffer()), 'follow-up-document-notice');
    if (text !== null) {
      expect(text).toContain(`人大办通〔${year}〕1号`);
      expect(text).toContain('关于“城区内涝点整治”办理情况的通报');
      expect(text).toContain('通报情况：“城区内涝点整治”回头看测评满意率41%');
      expect(text).toContain('特此通报。');
    }

    // A closed item may still be reported on (a submitter says 未解决), not urged; staff's prefix applies.
    await server.orm.em.fork().nativeUpdate(FollowUp, { id }, { status: 'CLOSED', closedAt: new Date() });
    expect(failure(await attempt(ISSUE, { input: { id, kind: 'URGE', reason: '催办' } }, admin)).code).toBe('INVALID_PHASE');
    const base = { issuer: '人大常委会办公室', assignPrefix: '人大办交', supervisePrefix: '人大办督', urgePrefix: '人大办催' };
    expect(failure(await attempt(SET, { input: { ...base, noticePrefix: '人大办催' } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'noticePrefix',
    });
    const set = await call(
      SET.replace('urgePrefix }', 'urgePrefix noticePrefix }'),
      { input: { ...base, noticePrefix: '人大办通报' } },
      admin,
    );
    expect(set.setFollowUpDocumentSettings.noticePrefix).toBe('人大办通报');
    // A caller that leaves the 情况通报 prefix out keeps it.
    expect(
      (await call(SET.replace('urgePrefix }', 'urgePrefix noticePrefix }'), { input: base }, admin)).setFollowUpDocumentSettings
        .noticePrefix,
    ).toBe('人大办通报');
    const again = (await call(ISSUE, { input: { id, kind: 'NOTICE', reason: '办结后提交人反映问题未解决，经核实属实。' } }, admin))
      .issueFollowUpDocument;
    expect(again.number).toBe(`人大办通报〔${year}〕2号`);
    expect((await documents(id)).map((d: { kind: string }) => d.kind)).toEqual(['ASSIGN', 'NOTICE', 'NOTICE']);
    await call(SET, { input: { ...base, noticePrefix: '人大办通' } }, admin);
  });

  it('answers SERVICE_UNAVAILABLE when the letter does not print in time', async () => {
    const id = await dispatched('学校周边交通整治');
    const [assign] = await documents(id);
    const ignore = () => undefined;
    const logger = { warn: ignore, error: ignore, info: ignore, debug: ignore } as unknown as Logger;
    const printer = new PdfPrinter(loadConfig({}).chromiumPath, logger);
    const app = express();
    documentRoutes(new Routes(app, { em: server.orm.em as never, logger }), printer, 1);
    const listener = app.listen(0);
    try {
      const { port } = listener.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}${assign.downloadUrl}`, { headers: { authorization: `Bearer ${admin}` } });
      expect(response.status).toBe(503);
      expect((await response.json()).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      listener.close();
      await printer.close();
    }
  });
});
