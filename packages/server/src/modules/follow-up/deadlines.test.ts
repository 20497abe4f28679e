import type { SqlEntityManager } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Department } from '../department/department.entity.js';
import { defaultDeadline } from './deadline-settings.js';
import { ExtensionRequest } from './deadlines.entity.js';
import { runEscalations } from './escalations.js';
import { FollowUp, Notification } from './follow-up.entity.js';
import { chinaDate } from './working-days.js';

const day = 86_400_000;
/** The test server's entity manager, as the services type it. */
const sqlEm = () => server.orm.em.fork() as unknown as SqlEntityManager;
const ITEM =
  'id deadline status overdue overdueWorkingDays escalation extensionRequests { id status reason proposedDeadline decisionNote } timeline { action note deadline actorName }';
const SETTINGS = 'defaults { kind workingDays } ladder { days level } overrides { date working note }';

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

/** A dispatched item of 住建局 (whose liaison is `dept`), due in `days` days. */
async function dispatched(days = 20, title = '老旧小区加装电梯'): Promise<string> {
  const em = server.orm.em.fork();
  const item = em.create(FollowUp, {
    title,
    commitment: '三个月内完成审批提速。',
    deadline: new Date(Date.now() + days * day),
    department: em.getReference(Department, housing),
  });
  await em.flush();
  await call('mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids: [item.id] }, admin);
  return item.id;
}

const read = async (id: string, token = admin) => (await call(`query($id: ID!) { followUp(id: $id) { ${ITEM} } }`, { id }, token)).followUp;

const URGE = `mutation($input: UrgeFollowUpInput!) { urgeFollowUp(input: $input) { ${ITEM} } }`;
const REQUEST = `mutation($input: RequestExtensionInput!) { requestFollowUpExtension(input: $input) { ${ITEM} } }`;
const DECIDE = `mutation($input: DecideExtensionInput!) { decideFollowUpExtension(input: $input) { ${ITEM} } }`;
const CHANGE = `mutation($input: ChangeDeadlineInput!) { changeFollowUpDeadline(input: $input) { ${ITEM} } }`;
const LADDER = `mutation($input: EscalationLadderInput!) { setEscalationLadder(input: $input) { ${SETTINGS} } }`;
const OVERRIDE = `mutation($input: HolidayOverrideInput!) { setHolidayOverride(input: $input) { ${SETTINGS} } }`;

beforeAll(async () => {
  server = await startTestServer();
  [admin, dept] = await Promise.all([server.login('admin'), server.login('dept')]);
  const { departments } = await call('{ departments(first: 10) { nodes { id shortName } } }', {}, admin);
  const ids = Object.fromEntries(departments.nodes.map((d: { id: string; shortName: string }) => [d.shortName, d.id]));
  housing = ids.住建局;
  const { createAccount } = await call(
    'mutation($input: CreateAccountInput!) { createAccount(input: $input) { initialPassword } }',
    { input: { username: 'cg.deadlines', displayName: '城管局联络员', role: 'DEPARTMENT', departmentId: ids.城管局 } },
    await server.login('security'),
  );
  other = await server.firstSignIn('cg.deadlines', createAccount.initialPassword);
});
afterAll(async () => {
  await server?.stop();
});

describe('deadlines in working days', () => {
  it('gives each kind of item its default in working days, skipping holidays and staff’s days off', async () => {
    const { deadlineSettings } = await call(`{ deadlineSettings { ${SETTINGS} } }`, {}, admin);
    expect(deadlineSettings.defaults).toEqual([
      { kind: 'ANSWER', workingDays: 20 },
      { kind: 'CLUE', workingDays: 15 },
      { kind: 'REOPEN', workingDays: 20 },
    ]);
    await call(
      'mutation($input: DeadlineDefaultInput!) { setDeadlineDefault(input: $input) { defaults { kind workingDays } } }',
      { input: { kind: 'CLUE', workingDays: 3 } },
      admin,
    );
    const from = new Date('2026-09-30T10:00:00+08:00');
    // 国庆: 10月1日–7日 off; 8日, 9日 and the 调休 Saturday 10日.
    expect(chinaDate(await defaultDeadline(sqlEm(), 'CLUE', from))).toBe('2026-10-10');
    await call(OVERRIDE, { input: { date: '2026-10-09', working: false, note: '县庆放假' } }, admin);
    expect(chinaDate(await defaultDeadline(sqlEm(), 'CLUE', from))).toBe('2026-10-12');
    await call('mutation { removeHolidayOverride(date: "2026-10-09") { overrides { date } } }', {}, admin);
    expect(chinaDate(await defaultDeadline(sqlEm(), 'CLUE', from))).toBe('2026-10-10');
    const audit = await server.orm.em.fork().find(AuditEntry, { action: { $like: 'followUp.%Override' } });
    expect(audit.map((a) => a.action).sort()).toEqual(['followUp.removeHolidayOverride', 'followUp.setHolidayOverride']);
  });

  it('refuses a malformed override, and lets only staff edit the calendar', async () => {
    expect(failure(await attempt(OVERRIDE, { input: { date: '2026-02-30', working: true, note: '补班' } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'date',
    });
    expect(failure(await attempt(OVERRIDE, { input: { date: '2027-02-06', working: true, note: ' ' } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect(failure(await attempt(OVERRIDE, { input: { date: '2027-02-06', working: true, note: '补班' } }, dept)).code).toBe('FORBIDDEN');
  });

  it('lets staff change a dispatched item’s deadline only with a reason, and records it on the timeline', async () => {
    const id = await dispatched();
    const later = new Date(Date.now() + 40 * day);
    expect(failure(await attempt(CHANGE, { input: { id, deadline: later.toISOString(), reason: ' ' } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect(
      failure(await attempt(CHANGE, { input: { id, deadline: new Date(Date.now() - 2 * day).toISOString(), reason: '改派' } }, admin)),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'deadline' });
    expect(failure(await attempt(CHANGE, { input: { id, deadline: later.toISOString(), reason: '改派' } }, dept)).code).toBe('FORBIDDEN');
    const { changeFollowUpDeadline: item } = await call(
      CHANGE,
      { input: { id, deadline: later.toISOString(), reason: '需协调市级部门' } },
      admin,
    );
    expect(chinaDate(new Date(item.deadline))).toBe(chinaDate(later));
    const last = item.timeline.at(-1);
    expect(last).toMatchObject({ action: 'DEADLINE_CHANGED', deadline: item.deadline, actorName: '测试管理员' });
    expect(last.note).toContain('需协调市级部门');
  });

  it('explains every deadline an item has had: the header agrees with the latest step that set one', async () => {
    const id = await dispatched(15);
    await call(REQUEST, { input: { id, proposedDeadline: new Date(Date.now() + 30 * day).toISOString(), reason: '汛期停工' } }, dept);
    const { followUp } = await call(`query($id: ID!) { followUp(id: $id) { ${ITEM} extensionRequests { id } } }`, { id }, admin);
    await call(DECIDE, { input: { requestId: followUp.extensionRequests[0].id, approve: true } }, admin);
    const item = await read(id);
    const setters = item.timeline.filter(
      (s: { action: string; deadline: string | null }) => s.deadline && s.action !== 'EXTENSION_REQUESTED',
    );
    expect(setters.map((s: { action: string }) => s.action)).toEqual(['DISPATCHED', 'EXTENSION_APPROVED']);
    expect(setters.at(-1).deadline).toBe(item.deadline);
  });
});

describe('催办', () => {
  it('records staff’s urge with its note on the timeline and notifies the department', async () => {
    const id = await dispatched(-0.01 + 1, '占道经营整治');
    const { urgeFollowUp: item } = await call(URGE, { input: { id, note: '请三日内报送办理方案。' } }, admin);
    expect(item.timeline.at(-1)).toMatchObject({ action: 'URGED', note: '请三日内报送办理方案。', actorName: '测试管理员' });
    const { notifications } = await call('{ notifications { kind message followUpId } }', {}, dept);
    const urged = notifications.find((n: { kind: string; followUpId: string }) => n.kind === 'URGED' && n.followUpId === id);
    expect(urged.message).toContain('请三日内报送办理方案。');
    expect(await server.orm.em.fork().count(AuditEntry, { action: 'followUp.urge', subjectId: id })).toBe(1);
  });

  it('refuses an urge without a note, on a draft, or from a department', async () => {
    const id = await dispatched();
    expect(failure(await attempt(URGE, { input: { id, note: '  ' } }, admin))).toEqual({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(failure(await attempt(URGE, { input: { id, note: '快办' } }, dept)).code).toBe('FORBIDDEN');
    const em = server.orm.em.fork();
    const draft = em.create(FollowUp, {
      title: '草稿',
      commitment: '',
      deadline: new Date(Date.now() + day),
      department: em.getReference(Department, housing),
    });
    await em.flush();
    expect(failure(await attempt(URGE, { input: { id: draft.id, note: '快办' } }, admin)).code).toBe('INVALID_PHASE');
  });
});

describe('延期', () => {
  it('lets the department ask for a later day and staff approve it: the deadline moves, with the step that explains it', async () => {
    const id = await dispatched(10);
    const before = await read(id);
    const proposed = new Date(Date.now() + 30 * day);
    const { requestFollowUpExtension: asked } = await call(
      REQUEST,
      { input: { id, proposedDeadline: proposed.toISOString(), reason: '雨季无法施工' } },
      dept,
    );
    expect(asked.deadline).toBe(before.deadline); // unchanged until staff decide
    expect(asked.extensionRequests).toMatchObject([{ status: 'PENDING', reason: '雨季无法施工' }]);
    expect(asked.timeline.at(-1).action).toBe('EXTENSION_REQUESTED');
    const staffNotice = await server.orm.em.fork().findOne(Notification, { followUp: id, kind: 'EXTENSION_REQUESTED' });
    expect(staffNotice?.department).toBeNull();
    // Only one request waits at a time.
    expect(
      failure(
        await attempt(REQUEST, { input: { id, proposedDeadline: new Date(Date.now() + 40 * day).toISOString(), reason: '再延' } }, dept),
      ).code,
    ).toBe('CONFLICT');
    const requestId = asked.extensionRequests[0].id;
    expect(failure(await attempt(DECIDE, { input: { requestId, approve: true } }, dept)).code).toBe('FORBIDDEN');
    const { decideFollowUpExtension: item } = await call(DECIDE, { input: { requestId, approve: true, note: '同意' } }, admin);
    expect(chinaDate(new Date(item.deadline))).toBe(chinaDate(proposed));
    expect(item.extensionRequests[0]).toMatchObject({ status: 'APPROVED', decisionNote: '同意' });
    expect(item.timeline.at(-1)).toMatchObject({ action: 'EXTENSION_APPROVED', deadline: item.deadline, actorName: '测试管理员' });
    expect(failure(await attempt(DECIDE, { input: { requestId, approve: false, note: '不行' } }, admin)).code).toBe('INVALID_PHASE');
  });

  it('lets staff refuse with a note, and only with one; the deadline stays', async () => {
    const id = await dispatched(10);
    const before = await read(id);
    const { requestFollowUpExtension: asked } = await call(
      REQUEST,
      { input: { id, proposedDeadline: new Date(Date.now() + 30 * day).toISOString(), reason: '人手不足' } },
      dept,
    );
    const requestId = asked.extensionRequests[0].id;
    expect(failure(await attempt(DECIDE, { input: { requestId, approve: false } }, admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    const { decideFollowUpExtension: item } = await call(DECIDE, { input: { requestId, approve: false, note: '理由不充分' } }, admin);
    expect(item.deadline).toBe(before.deadline);
    expect(item.extensionRequests[0]).toMatchObject({ status: 'REFUSED', decisionNote: '理由不充分' });
    expect(item.timeline.at(-1)).toMatchObject({ action: 'EXTENSION_REFUSED' });
    const { notifications } = await call('{ notifications { kind followUpId } }', {}, dept);
    expect(notifications.some((n: { kind: string; followUpId: string }) => n.kind === 'EXTENSION_REFUSED' && n.followUpId === id)).toBe(
      true,
    );
  });

  it('refuses a day in the past, a day not after the deadline, a missing reason, and another department’s request', async () => {
    const id = await dispatched(10);
    const ask = (days: number, reason = '理由', token = dept) =>
      attempt(REQUEST, { input: { id, proposedDeadline: new Date(Date.now() + days * day).toISOString(), reason } }, token);
    expect(failure(await ask(-3))).toEqual({ code: 'BAD_USER_INPUT', field: 'proposedDeadline' });
    expect(failure(await ask(5))).toEqual({ code: 'BAD_USER_INPUT', field: 'proposedDeadline' });
    expect(failure(await ask(10))).toEqual({ code: 'BAD_USER_INPUT', field: 'proposedDeadline' });
    expect(failure(await ask(30, ' '))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(failure(await ask(30, '理由', other)).code).toBe('FORBIDDEN');
    expect(failure(await ask(30, '理由', admin)).code).toBe('FORBIDDEN'); // staff change a deadline with a reason instead
    expect(await server.orm.em.fork().count(ExtensionRequest, { followUp: id })).toBe(0);
  });
});

describe('the escalation ladder', () => {
  it('refuses overlapping rungs with the field that overlaps, and a level used twice', async () => {
    const steps = (...s: [number, string][]) => ({ input: { steps: s.map(([days, level]) => ({ days, level })) } });
    const overlap = await attempt(LADDER, steps([3, 'URGE'], [3, 'COMMITTEE']), admin);
    expect(failure(overlap)).toEqual({ code: 'BAD_USER_INPUT', field: 'steps.1.days' });
    expect(overlap.errors?.[0]?.message).toMatch(/strictly increasing/);
    expect(failure(await attempt(LADDER, steps([3, 'URGE'], [10, 'COMMITTEE'], [8, 'DIRECTORS_MEETING']), admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'steps.2.days',
    });
    expect(failure(await attempt(LADDER, steps([3, 'URGE'], [5, 'URGE']), admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'steps.1.level',
    });
    expect(failure(await attempt(LADDER, steps([3, 'URGE']), dept)).code).toBe('FORBIDDEN');
    const { setEscalationLadder } = await call(LADDER, steps([3, 'URGE'], [10, 'COMMITTEE'], [20, 'DIRECTORS_MEETING']), admin);
    expect(setEscalationLadder.ladder).toEqual([
      { days: 3, level: 'URGE' },
      { days: 10, level: 'COMMITTEE' },
      { days: 20, level: 'DIRECTORS_MEETING' },
    ]);
    expect(await server.orm.em.fork().count(AuditEntry, { action: 'followUp.setEscalationLadder' })).toBe(1);
  });

  it('raises each rung once per item as working days pass, however often and on however many instances the job runs', async () => {
    const id = await dispatched(5, '夜间施工噪音');
    // Due Friday 11月27日 (China time); the clock is then moved over the working days that follow.
    await server.orm.em.fork().nativeUpdate(FollowUp, { id }, { deadline: new Date('2026-11-27T23:59:59+08:00') });
    const sent: string[] = [];
    const services = {
      em: server.orm.em as never,
      notifier: { send: async (n: { kind: string; followUpId: string }) => void (n.followUpId === id && sent.push(n.kind)) },
    };
    const run = (at: string) => Promise.all([runEscalations(services, new Date(at)), runEscalations(services, new Date(at))]);
    await run('2026-12-01T10:00:00+08:00'); // 2 working days late: nothing yet
    expect(sent).toEqual([]);
    await run('2026-12-02T10:00:00+08:00'); // 3: 催办 to the department
    await run('2026-12-02T16:00:00+08:00');
    expect(sent).toEqual(['ESCALATED']);
    let item = await read(id);
    expect(item.escalation).toBe('URGE');
    const notices = await server.orm.em.fork().find(Notification, { followUp: id, kind: 'ESCALATED' }, { populate: ['department'] });
    expect(notices.map((n) => n.department?.id ?? null)).toEqual([housing]);
    await run('2026-12-11T10:00:00+08:00'); // 10: the supervising committee
    await run('2026-12-25T10:00:00+08:00'); // 20: the 主任会议
    await run('2026-12-28T10:00:00+08:00');
    item = await read(id);
    expect(item.escalation).toBe('DIRECTORS_MEETING');
    const steps = item.timeline.filter((s: { action: string }) => s.action === 'ESCALATED');
    expect(steps).toHaveLength(3);
    expect(steps.map((s: { note: string }) => s.note).join('\n')).toMatch(
      /逾期 3 个工作日[\s\S]*逾期 10 个工作日[\s\S]*逾期 20 个工作日[\s\S]*列入主任会议/,
    );
    expect(sent).toHaveLength(3);
    expect(await server.orm.em.fork().count(Notification, { followUp: id, kind: 'ESCALATED', department: null })).toBe(2);
  });

  it('counts overdue working days on the item', async () => {
    const id = await dispatched(5);
    await server.orm.em.fork().nativeUpdate(FollowUp, { id }, { deadline: new Date(Date.now() - 10 * day) });
    const item = await read(id);
    expect(item.overdue).toBe(true);
    expect(item.overdueWorkingDays).toBeGreaterThanOrEqual(5);
    expect(item.overdueWorkingDays).toBeLessThanOrEqual(10);
  });
});
