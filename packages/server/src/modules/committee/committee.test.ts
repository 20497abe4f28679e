import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Department } from '../department/department.entity.js';
import { runEscalations } from '../follow-up/escalations.js';
import { FollowUp } from '../follow-up/follow-up.entity.js';
import { chinaDate } from '../follow-up/working-days.js';

// 专（工）委: the committees, the items they own, what their staff may do, and the 督办报告 (PDF by the
// real Chromium, workbook by exceljs) with figures checked on a known set of items.

const results = path.resolve(import.meta.dirname, '../../../test-results');
const day = 86_400_000;
const COMMITTEE = 'id name shortName active position';
const CREATE = `mutation($input: CommitteeInput!) { createCommittee(input: $input) { ${COMMITTEE} } }`;
const UPDATE = `mutation($input: UpdateCommitteeInput!) { updateCommittee(input: $input) { ${COMMITTEE} } }`;
const SET = `mutation($input: SetFollowUpCommitteeInput!) { setFollowUpCommittee(input: $input) { id committee { id shortName } timeline { action note actorName } } }`;
const URGE = 'mutation($input: UrgeFollowUpInput!) { urgeFollowUp(input: $input) { id } }';
const BIND =
  'mutation($id: ID!, $committeeId: ID) { setAccountCommittee(id: $id, committeeId: $committeeId) { id committee { shortName } } }';

let server: TestServer;
let admin: string;
let dept: string;
let security: string;
let housing: string;

type Errors = { errors?: { message: string; extensions: { code: string; field?: string; reason?: string } }[] };
const failure = (result: Errors) => result.errors?.[0]?.extensions;
async function call(query: string, variables: Record<string, unknown>, token: string) {
  const result = await server.gql(query, variables, { token });
  if (result.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
  return result.data;
}
const attempt = (query: string, variables: Record<string, unknown>, token: string) =>
  server.gql(query, variables, { token }) as Promise<Errors>;
const committee = async (name: string, shortName: string, position = 0) =>
  (await call(CREATE, { input: { name, shortName, position } }, admin)).createCommittee as { id: string; name: string; shortName: string };

async function dispatched(title: string, days = 20): Promise<string> {
  const em = server.orm.em.fork();
  const item = em.create(FollowUp, {
    title,
    commitment: '限期完成整改并报告。',
    deadline: new Date(Date.now() + days * day),
    department: em.getReference(Department, housing),
  });
  await em.flush();
  await call('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [item.id] }, admin);
  return item.id;
}
const own = (id: string, committeeId: string | null, token = admin) => call(SET, { input: { id, committeeId } }, token);
const download = (url: string, token: string | null = admin) =>
  fetch(server.url + url, { headers: token ? { authorization: `Bearer ${token}` } : {} });

beforeAll(async () => {
  server = await startTestServer();
  [admin, dept, security] = await Promise.all([server.login('admin'), server.login('dept'), server.login('security')]);
  const { departments } = await call('{ departments(first: 10) { nodes { id shortName } } }', {}, admin);
  housing = departments.nodes.find((d: { shortName: string }) => d.shortName === '住建局').id;
});
afterAll(async () => {
  await server?.stop();
});

describe('committees (专（工）委)', () => {
  it('lets staff add, rename, reorder and deactivate committees, with stable codes for bad input, audited', async () => {
    const created = await committee('财政经济委员会', '财经委', 1);
    expect(created).toMatchObject({ name: '财政经济委员会', shortName: '财经委', active: true, position: 1 });
    expect(failure(await attempt(CREATE, { input: { name: '财政经济委员会', shortName: '财经委2', position: 0 } }, admin))).toMatchObject({
      code: 'CONFLICT',
      field: 'name',
    });
    expect(failure(await attempt(CREATE, { input: { name: '  ', shortName: '空', position: 0 } }, admin))?.code).toBe('BAD_USER_INPUT');
    expect(failure(await attempt(CREATE, { input: { name: '某委员会', shortName: ' ', position: 0 } }, admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'shortName',
    });
    expect(failure(await attempt(CREATE, { input: { name: '某委员会', shortName: '某委', position: 5000 } }, admin))?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(failure(await attempt(CREATE, { input: { name: '某委员会', shortName: '某委', position: 0 } }, dept))?.code).toBe('FORBIDDEN');

    const old = await committee('临时工作委员会', '临时委', 9);
    const { updateCommittee } = await call(
      UPDATE,
      { input: { id: old.id, name: '临时工作委员会', shortName: '临时委', position: 9, active: false } },
      admin,
    );
    expect(updateCommittee.active).toBe(false);
    const active = (await call('{ committees { shortName } }', {}, admin)).committees.map((c: { shortName: string }) => c.shortName);
    expect(active).toContain('财经委');
    expect(active).not.toContain('临时委');
    const all = await call('{ committees(includeInactive: true) { shortName } }', {}, security);
    expect(all.committees.map((c: { shortName: string }) => c.shortName)).toContain('临时委');
    expect(await server.orm.em.fork().count(AuditEntry, { action: { $in: ['committee.create', 'committee.update'] } })).toBe(3);
  });

  it('records on the timeline who gave an item to a committee and every change, old → new; filters the board by committee', async () => {
    const a = await committee('农业农村委员会', '农委');
    const b = await committee('社会建设委员会', '社会建设委');
    const id = await dispatched('农村饮水安全');
    const other = await dispatched('无人督办的事项');
    let item = (await own(id, a.id)).setFollowUpCommittee;
    expect(item.committee.shortName).toBe('农委');
    item = (await own(id, b.id)).setFollowUpCommittee;
    const steps = item.timeline.filter((s: { action: string }) => s.action === 'COMMITTEE_CHANGED');
    expect(steps.map((s: { note: string }) => s.note)).toEqual([
      '确定由农业农村委员会督办',
      '督办委室由农业农村委员会调整为社会建设委员会',
    ]);
    expect(steps[0].actorName).toBeTruthy();
    expect(failure(await attempt(SET, { input: { id, committeeId: b.id } }, admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'committeeId',
    });
    const inactive = (await call(CREATE, { input: { name: '已撤销委员会', shortName: '撤销委', position: 0 } }, admin)).createCommittee;
    await call(UPDATE, { input: { id: inactive.id, name: '已撤销委员会', shortName: '撤销委', position: 0, active: false } }, admin);
    expect(failure(await attempt(SET, { input: { id, committeeId: inactive.id } }, admin))?.code).toBe('BAD_USER_INPUT');
    expect(failure(await attempt(SET, { input: { id, committeeId: a.id } }, dept))?.code).toBe('FORBIDDEN');

    const board = async (filter: Record<string, unknown>) =>
      (
        await call('query($filter: FollowUpFilter) { followUps(first: 100, filter: $filter) { nodes { id } } }', { filter }, admin)
      ).followUps.nodes.map((n: { id: string }) => n.id);
    expect(await board({ committeeId: b.id })).toEqual([id]);
    expect(await board({ committeeId: a.id })).toEqual([]);
    const none = await board({ noCommittee: true });
    expect(none).toContain(other);
    expect(none).not.toContain(id);
    // The public page does not show the internal step.
    expect(await server.orm.em.fork().count(AuditEntry, { action: 'followUp.setCommittee', subjectId: id })).toBe(2);
  });

  it('lets a committee’s staff read every item but act only on their committee’s and on unowned ones (FORBIDDEN, OTHER_COMMITTEE)', async () => {
    const mine = await committee('教育科学文化卫生委员会', '教科文卫委');
    const theirs = await committee('环境资源城乡建设委员会', '环资城建委');
    const { createAccount } = await call(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } initialPassword } }',
      { input: { username: 'jkww.staff', displayName: '教科文卫委工作人员', role: 'ADMIN' } },
      security,
    );
    const bound = await call(BIND, { id: createAccount.account.id, committeeId: mine.id }, security);
    expect(bound.setAccountCommittee.committee.shortName).toBe('教科文卫委');
    const staff = await server.firstSignIn('jkww.staff', createAccount.initialPassword);
    expect((await call('{ me { committee { shortName } } }', {}, staff)).me.committee.shortName).toBe('教科文卫委');

    const ours = await dispatched('校园周边交通');
    const foreign = await dispatched('河道垃圾清理');
    const unowned = await dispatched('社区卫生服务站');
    await own(ours, mine.id);
    await own(foreign, theirs.id);

    await call(URGE, { input: { id: ours, note: '请加快办理。' } }, staff);
    await call(URGE, { input: { id: unowned, note: '请加快办理。' } }, staff);
    const refused = failure(await attempt(URGE, { input: { id: foreign, note: '请加快办理。' } }, staff));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_COMMITTEE' });
    expect(failure(await attempt(SET, { input: { id: foreign, committeeId: mine.id } }, staff))?.reason).toBe('OTHER_COMMITTEE');
    expect(
      failure(
        await attempt(
          'mutation($input: FollowUpReasonInput!) { approveFollowUp(input: $input) { id } }',
          { input: { id: foreign, reason: null } },
          staff,
        ),
      )?.reason,
    ).toBe('OTHER_COMMITTEE');
    // Reading stays open, and unbound staff act on any item.
    expect(
      (await call('query($id: ID!) { followUp(id: $id) { committee { shortName } } }', { id: foreign }, staff)).followUp.committee
        .shortName,
    ).toBe('环资城建委');
    await call(URGE, { input: { id: foreign, note: '请加快办理。' } }, admin);
    // Only ADMIN accounts are bound to a committee.
    const { me } = await call('{ me { id } }', {}, dept);
    expect(failure(await attempt(BIND, { id: me.id, committeeId: mine.id }, security))?.field).toBe('id');
    expect(failure(await attempt(BIND, { id: createAccount.account.id, committeeId: mine.id }, admin))?.code).toBe('FORBIDDEN');
    // Freed, the account acts on any item again.
    await call(BIND, { id: createAccount.account.id, committeeId: null }, security);
    await call(URGE, { input: { id: foreign, note: '再次催办。' } }, staff);
  });

  it('binds a staff account to its committee when it is created; refuses a committee for other roles and an inactive one', async () => {
    const finance = await committee('华侨外事委员会', '侨外委');
    const CREATE_ACCOUNT =
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id username committee { shortName } } } }';
    const input = (username: string, role: string, committeeId: string) => ({ username, displayName: '侨外委工作人员', role, committeeId });
    const { createAccount } = await call(CREATE_ACCOUNT, { input: input('ysgw.staff', 'ADMIN', finance.id) }, security);
    expect(createAccount.account.committee.shortName).toBe('侨外委');
    const audit = await server.orm.em.fork().findOneOrFail(AuditEntry, { action: 'account.create', subjectId: createAccount.account.id });
    expect(audit.detail).toMatchObject({ role: 'ADMIN', committeeId: finance.id });

    expect(failure(await attempt(CREATE_ACCOUNT, { input: input('ysgw.host', 'HOST', finance.id) }, security))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'committeeId',
    });
    await call(UPDATE, { input: { id: finance.id, name: finance.name, shortName: finance.shortName, position: 0, active: false } }, admin);
    expect(failure(await attempt(CREATE_ACCOUNT, { input: input('ysgw.late', 'ADMIN', finance.id) }, security))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'committeeId',
    });
    // Nothing half-stored: the refused accounts do not exist.
    const { accounts } = await call('{ accounts(first: 50, search: "ysgw") { nodes { username } } }', {}, security);
    expect(accounts.nodes.map((a: { username: string }) => a.username)).toEqual(['ysgw.staff']);
  });

  it('names the owning committee when the escalation ladder reaches COMMITTEE', async () => {
    const owner = await committee('监察和司法委员会', '监司委');
    const id = await dispatched('违规停车执法');
    await own(id, owner.id);
    await call(
      'mutation($input: EscalationLadderInput!) { setEscalationLadder(input: $input) { ladder { days } } }',
      { input: { steps: [{ days: 10, level: 'COMMITTEE' }] } },
      admin,
    );
    try {
      await server.orm.em.fork().nativeUpdate(FollowUp, { id }, { deadline: new Date('2026-11-27T23:59:59+08:00') });
      await runEscalations(
        { em: server.orm.em as never, notifier: { send: async () => undefined } },
        new Date('2026-12-11T10:00:00+08:00'),
      );
      const { followUp } = await call('query($id: ID!) { followUp(id: $id) { escalation timeline { action note } } }', { id }, admin);
      expect(followUp.escalation).toBe('COMMITTEE');
      expect(followUp.timeline.find((s: { action: string }) => s.action === 'ESCALATED').note).toContain('提请监察和司法委员会督办');
    } finally {
      await call(
        'mutation($input: EscalationLadderInput!) { setEscalationLadder(input: $input) { ladder { days } } }',
        { input: { steps: [] } },
        admin,
      );
    }
  });

  it('reports a committee’s items over a period: the figures, each item’s account, as PDF and workbook, names of sanctioned officials only when published', async () => {
    const c = await committee('人事代表工作委员会', '人代工委');
    const elsewhere = await committee('预算工作委员会', '预工委');
    const today = chinaDate(new Date());
    const q = `committee=${c.id}&from=${chinaDate(new Date(Date.now() - day))}&to=${today}`;

    // 1: reported by the deadline. 2: urged twice, now overdue, with an unpublished 问责. 3: reported, approved, closed.
    // 4: given an extension. 5: another committee's.
    const [one, two, three, four, five] = (await Promise.all(
      ['代表建议按期办理', '逾期事项', '已办结事项', '延期事项', '其他委室事项'].map((t) => dispatched(t)),
    )) as [string, string, string, string, string];
    for (const id of [one, two, three, four]) await own(id, c.id);
    await own(five, elsewhere.id);
    for (const id of [one, three]) {
      await call('mutation($id: ID!) { acceptFollowUp(id: $id) { id } }', { id }, dept);
      await call(
        'mutation($input: ProgressInput!) { submitFollowUpReport(input: $input) { id } }',
        { input: { id, note: '已整改完毕。' } },
        dept,
      );
    }
    await call(
      'mutation($input: FollowUpReasonInput!) { approveFollowUp(input: $input) { id } }',
      { input: { id: three, reason: null } },
      admin,
    );
    await call(
      'mutation($input: FollowUpReasonInput!) { closeFollowUp(input: $input) { id } }',
      { input: { id: three, reason: null } },
      admin,
    );
    await call(URGE, { input: { id: two, note: '请抓紧办理。' } }, admin);
    await call(URGE, { input: { id: two, note: '再次催办。' } }, admin);
    await server.orm.em.fork().nativeUpdate(FollowUp, { id: two }, { deadline: new Date(Date.now() - day / 2) });
    await call(
      'mutation($input: AccountabilityMeasureInput!) { recordAccountabilityMeasure(input: $input) { id } }',
      {
        input: {
          id: two,
          officialName: '王某某',
          officialPost: '副局长',
          measure: 'TALK',
          issuedBy: '县纪委监委',
          issuedOn: today,
          published: false,
        },
      },
      admin,
    );
    const { requestFollowUpExtension } = await call(
      'mutation($input: RequestExtensionInput!) { requestFollowUpExtension(input: $input) { extensionRequests { id } } }',
      { input: { id: four, proposedDeadline: new Date(Date.now() + 40 * day).toISOString(), reason: '需要协调资金。' } },
      dept,
    );
    await call(
      'mutation($input: DecideExtensionInput!) { decideFollowUpExtension(input: $input) { id } }',
      { input: { requestId: requestFollowUpExtension.extensionRequests[0].id, approve: true } },
      admin,
    );

    const xlsx = await download(`/exports/supervision-report.xlsx?${q}`);
    expect(xlsx.status).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const figures = Object.fromEntries(
      book
        .getWorksheet('汇总')!
        .getSheetValues()
        .slice(2)
        .map((row) => [(row as unknown[])[1], (row as unknown[])[2]]),
    );
    expect(figures).toMatchObject({
      督办事项: 4,
      本期交办: 4,
      按期报送: 2,
      逾期: 1,
      催办事项: 1,
      催办次数: 2,
      升级督办: 0,
      延期: 1,
      办结: 1,
      回头看满意: 0,
      回头看不满意: 0,
      问责措施: 1,
      移送: 0,
    });
    const items = book.getWorksheet('事项')!;
    expect(items.rowCount).toBe(5);
    const text = JSON.stringify(items.getSheetValues());
    expect(text).toContain('逾期事项');
    expect(text).not.toContain('其他委室事项');
    expect(text).not.toContain('王某某');
    expect(text).toContain('催办：请抓紧办理。');

    const pdf = await download(`/exports/supervision-report.pdf?${q}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      mkdirSync(results, { recursive: true });
      const file = path.join(results, 'supervision-report.pdf');
      writeFileSync(file, bytes);
      const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(printed).toContain('人事代表工作委员会督办工作情况报告');
      expect(printed).toContain('共督办事项4件');
      expect(printed).toContain('逾期事项');
      expect(printed).not.toContain('王某某');
      if (existsSync('/usr/bin/pdftoppm'))
        execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(results, 'supervision-report')]);
    }
    // Published, the official is named.
    const em = server.orm.em.fork();
    await em.getConnection().execute(`update accountability_record set published = true where follow_up_id = ?`, [two]);
    expect(
      JSON.stringify(
        await (async () => {
          const again = new ExcelJS.Workbook();
          await again.xlsx.load(Buffer.from(await (await download(`/exports/supervision-report.xlsx?${q}`)).arrayBuffer()) as never);
          return again.getWorksheet('事项')!.getSheetValues();
        })(),
      ),
    ).toContain('王某某');
    expect(await server.orm.em.fork().count(AuditEntry, { action: 'followUp.supervisionReport' })).toBe(3);
  });

  it('refuses bad report queries with stable codes and callers other than staff', async () => {
    const bad = async (query: string) => {
      const response = await download(`/exports/supervision-report.pdf?${query}`);
      return { status: response.status, ...((await response.json()) as Errors).errors?.[0]?.extensions };
    };
    expect(await bad('from=2026-13-01&to=2026-12-01')).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', field: 'from' });
    expect(await bad('from=2026-12-02&to=2026-12-01')).toMatchObject({ status: 400, field: 'to' });
    expect(await bad('committee=nope&from=2026-12-01&to=2026-12-02')).toMatchObject({ status: 400, field: 'committee' });
    expect(await bad('committee=00000000-0000-4000-8000-000000000000&from=2026-12-01&to=2026-12-02')).toMatchObject({ field: 'committee' });
    expect((await download('/exports/supervision-report.xlsx?from=2026-12-01&to=2026-12-02', dept)).status).toBe(403);
    expect((await download('/exports/supervision-report.xlsx?from=2026-12-01&to=2026-12-02', null)).status).toBe(401);
    const none = await download('/exports/supervision-report.xlsx?committee=none&from=2026-01-01&to=2026-12-31');
    expect(none.status).toBe(200);
  });
});
