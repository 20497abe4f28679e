// The timed jobs on two instances of one deployment (one PostgreSQL): deadline reminders, overdue
// notices, the escalation ladder and the texts to clue submitters all run on every instance at
// once. Driven by a controlled clock through the weeks after a deadline, racing both instances (and
// several runs on each) at every step, each notice, rung and text must come out exactly once.
// Runs in the `cluster` test project (TEST_DATABASE_URL and TEST_REDIS_URL set).
import type { SqlEntityManager } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { deliverSubmitterNotices, queueSubmitterNotices, type SubmitterNoticeServices } from '../clue/submitter-notices.js';
import { ClueNotice } from '../clue/submitter-word.entity.js';
import { Department } from '../department/department.entity.js';
import type { SmsSender } from '../identity/sms-sender.js';
import { runEscalations } from './escalations.js';
import { FollowUp, Notification } from './follow-up.entity.js';
import type { Notifier } from './notifier.js';
import { REMIND_BEFORE_DAYS, runReminders } from './reminders.js';
import { endOfChinaDay, loadCalendar } from './working-days.js';

const day = 86_400_000;
const hour = 3_600_000;
const ITEMS = 6;
const CLUES = 8;
const RUNS_PER_INSTANCE = 3;
const LADDER = [
  { days: 3, level: 'URGE' },
  { days: 10, level: 'COMMITTEE' },
  { days: 20, level: 'DIRECTORS_MEETING' },
];

let a: TestServer;
let b: TestServer;
let admin: string;

/** A pause of a few milliseconds, so one instance's work interleaves with the other's. */
const jitter = () => new Promise((resolve) => setTimeout(resolve, Math.random() * 5));

/** One instance's services for the jobs, with its own notifier and SMS gateway stand-ins that record what they were given. */
async function instance(server: TestServer) {
  const { services } = await server.context({ token: undefined, ip: '127.0.0.1' });
  const delivered: { followUpId: string; kind: string; message: string }[] = [];
  const texts: { phone: string; text: string }[] = [];
  const notifier: Notifier = {
    async send(notice) {
      await jitter();
      delivered.push({ followUpId: notice.followUpId, kind: notice.kind, message: notice.message });
    },
  };
  const sms: SmsSender = {
    delivers: true,
    async send(phone, text) {
      await jitter();
      texts.push({ phone, text });
    },
  };
  const submitter: SubmitterNoticeServices = {
    em: services.em,
    sms,
    phones: services.clueGuards.phones,
    logger: server.logger,
    signature: '【测试】',
    publicUrl: undefined,
  };
  return { reminders: { em: server.orm.em as unknown as SqlEntityManager, notifier }, submitter, delivered, texts };
}

async function call(server: TestServer, query: string, variables: Record<string, unknown>, token = admin) {
  const result = await server.gql(query, variables, { token });
  if (result.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(result.errors)}`);
  return result.data;
}

beforeAll(async () => {
  a = await startTestServer({ CLUES_PER_10_MINUTES_PER_ADDRESS: '1000' });
  b = await startTestServer(
    { SEED: 'none', CLUES_PER_10_MINUTES_PER_ADDRESS: '1000' },
    {
      databaseUrl: a.databaseUrl!,
      redisPrefix: a.redisPrefix,
    },
  );
  admin = await a.login('admin');
}, 60_000);
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

describe('timed jobs on two instances', () => {
  it('raise each reminder, overdue notice and escalation rung exactly once, whichever instance runs first', async () => {
    const [one, two] = await Promise.all([instance(a), instance(b)]);
    await call(a, 'mutation($input: EscalationLadderInput!) { setEscalationLadder(input: $input) { ladder { days } } }', {
      input: { steps: LADDER },
    });
    const em = a.orm.em.fork();
    const departments = await em.find(Department, {}, { limit: 3, orderBy: { name: 'asc' } });
    // Items of several departments, due on Fridays and mid-week alike (China dates in the past: the
    // instances' own timers run on the real clock and would only race for the same keys).
    const dueDates = ['2026-06-05', '2026-06-10', '2026-06-12', '2026-06-16', '2026-06-05', '2026-06-19'];
    const ids: string[] = [];
    for (let i = 0; i < ITEMS; i++) {
      const item = em.create(FollowUp, {
        title: `第${i + 1}项整改`,
        commitment: '按期整改。',
        deadline: new Date(Date.now() + 30 * day),
        department: em.getReference(Department, departments[i % departments.length]!.id),
      });
      await em.flush();
      ids.push(item.id);
    }
    await call(a, 'mutation($ids: [ID!]!) { dispatchFollowUps(ids: $ids) { id } }', { ids });
    const deadlines = dueDates.map(endOfChinaDay);
    for (const [i, id] of ids.entries()) await a.orm.em.fork().nativeUpdate(FollowUp, { id }, { deadline: deadlines[i]! });

    // The clock: around every instant at which some item's state changes, including the working days of the ladder's rungs.
    const calendar = await loadCalendar(a.orm.em.fork() as unknown as SqlEntityManager);
    const moments = new Set<number>();
    for (const deadline of deadlines) {
      moments.add(deadline.getTime() - (REMIND_BEFORE_DAYS + 2) * day); // not yet due soon
      moments.add(deadline.getTime() - REMIND_BEFORE_DAYS * day + hour); // due soon
      moments.add(deadline.getTime() - hour); // still due soon, the last hour
      moments.add(deadline.getTime() + hour); // overdue, no working day late yet
      for (const late of [1, 2, 3, 4, 9, 10, 11, 19, 20, 21]) moments.add(calendar.addWorkingDays(deadline, late).getTime() - 12 * hour);
    }
    const clock = [...moments].sort((x, y) => x - y).map((t) => new Date(t));
    expect(clock.length).toBeGreaterThan(40);

    const run = (services: (typeof one)['reminders'], now: Date) => runReminders(services, now).then(() => runEscalations(services, now));
    const JOB_KINDS = ['DEADLINE_SOON', 'OVERDUE', 'ESCALATED'];
    for (const now of clock) {
      await Promise.all([one, two].flatMap((side) => Array.from({ length: RUNS_PER_INSTANCE }, () => run(side.reminders, now))));
      // After every step, each item has what its deadline and the working days late call for, not more and not early.
      const raised = await a.orm.em.fork().find(Notification, { followUp: { $in: ids }, kind: { $in: JOB_KINDS } });
      for (const [i, id] of ids.entries()) {
        const deadline = deadlines[i]!;
        const late = calendar.workingDaysLate(deadline, now);
        const mine = raised.filter((n) => n.followUp.id === id);
        expect({ at: now.toISOString(), id, kinds: JOB_KINDS.map((kind) => mine.filter((n) => n.kind === kind).length) }).toEqual({
          at: now.toISOString(),
          id,
          kinds: [
            deadline.getTime() < now.getTime() + REMIND_BEFORE_DAYS * day ? 1 : 0,
            deadline.getTime() < now.getTime() ? 2 : 0,
            LADDER.filter((rung) => rung.days <= late).length,
          ],
        });
      }
    }

    const sql = a.orm.em.fork() as unknown as SqlEntityManager;
    const notices = await a.orm.em
      .fork()
      .find(Notification, { followUp: { $in: ids }, kind: { $in: JOB_KINDS } }, { orderBy: { dedupeKey: 'asc' } });
    for (const [i, id] of ids.entries()) {
      const key = `${id}:1:${deadlines[i]!.toISOString()}`;
      const mine = notices.filter((n) => n.followUp.id === id);
      expect(mine.map((n) => n.dedupeKey).sort()).toEqual(
        [
          `${key}:DEADLINE_SOON`,
          `${key}:OVERDUE`,
          `${key}:OVERDUE:staff`,
          `${id}:1:ESCALATED:URGE`,
          `${id}:1:ESCALATED:COMMITTEE`,
          `${id}:1:ESCALATED:DIRECTORS_MEETING`,
        ].sort(),
      );
      const steps = await sql.execute<{ note: string }[]>(
        `select note from follow_up_event where follow_up_id = ? and action = 'ESCALATED' order by id`,
        [id],
      );
      expect(steps.map((s) => Number(/逾期 (\d+) 个工作日/.exec(s.note)?.[1]))).toEqual([3, 10, 20]);
      const [urged] = await sql.execute<{ n: string }[]>(
        `select count(*) as n from follow_up_document where follow_up_id = ? and kind = 'URGE'`,
        [id],
      );
      expect(Number(urged!.n)).toBe(3);
      expect((await a.orm.em.fork().findOneOrFail(FollowUp, id)).escalation).toBe('DIRECTORS_MEETING');
    }
    // Every committed notice was handed to a notifier once, on one instance or the other.
    const delivered = [...one.delivered, ...two.delivered].filter((d) => ids.includes(d.followUpId) && d.kind !== 'DISPATCHED');
    expect(delivered.map((d) => `${d.followUpId}|${d.kind}|${d.message}`).sort()).toEqual(
      notices.map((n) => `${n.followUp.id}|${n.kind}|${n.message}`).sort(),
    );
    expect(delivered).toHaveLength(ITEMS * 6);
  }, 50_000);

  it('text each submitter once per event, whichever instance queues and sends it', async () => {
    const [one, two] = await Promise.all([instance(a), instance(b)]);
    // Clues with phone numbers, sent to either instance: half accepted on the first day, half a week
    // later, and one accepted long before the clock starts (too old to text about).
    const clues: { id: string; phone: string; decidedAt: Date }[] = [];
    const first = new Date('2026-06-01T10:00:00+08:00');
    for (let i = 0; i <= CLUES; i++) {
      const server = i % 2 ? b : a;
      const device = (await server.gql<{ registerDevice: string }>('mutation { registerDevice }')).data!.registerDevice;
      const phone = `1370000${String(i).padStart(4, '0')}`;
      const result = await server.gql<{ submitClue: { id: string } }>(
        'mutation($input: SubmitClueInput!) { submitClue(input: $input) { id } }',
        { input: { title: `第${i + 1}号楼路灯不亮`, description: '路灯坏了一个多月，晚上出行不便。', category: 'FACILITIES', phone } },
        { device },
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      const offset = i === CLUES ? -10 * day : i < CLUES / 2 ? 0 : 8 * day;
      clues.push({ id: result.data.submitClue.id, phone, decidedAt: new Date(first.getTime() + offset) });
    }
    const stale = clues.pop()!;
    // Accepted when the clock reaches it (the acceptance itself is the clue module's; the notice reads the status and its time).
    const sql = a.orm.em.fork() as unknown as SqlEntityManager;
    const accept = (clue: { id: string; decidedAt: Date }) =>
      sql.execute(`update clue set status = 'ACCEPTED', decided_at = ? where id = ?`, [clue.decidedAt, clue.id]);
    await accept(stale);

    // Twice a day over two weeks: both instances queue and send, several times each, at every tick.
    const cycle = (side: typeof one, now: Date) =>
      queueSubmitterNotices(side.submitter, now).then(() => deliverSubmitterNotices(side.submitter, now));
    const waiting = [...clues];
    for (let t = first.getTime() + hour; t <= first.getTime() + 14 * day; t += 12 * hour) {
      const now = new Date(t);
      while (waiting.length && waiting[0]!.decidedAt <= now) await accept(waiting.shift()!);
      await Promise.all([one, two].flatMap((side) => Array.from({ length: RUNS_PER_INSTANCE }, () => cycle(side, now))));
    }
    expect(waiting).toEqual([]);

    const phones = new Set(clues.map((c) => c.phone));
    const texts = [...one.texts, ...two.texts].filter((t) => phones.has(t.phone) || t.phone === stale.phone);
    expect(texts.map((t) => t.phone).sort()).toEqual([...phones].sort());
    for (const text of texts) expect(text.text).toMatch(/^【测试】您反映的“第\d+号楼路灯不亮”已被采纳为问政问题/);
    const outbox = await a.orm.em.fork().find(ClueNotice, { clue: { $in: [...clues, stale].map((c) => c.id) } });
    expect(outbox).toHaveLength(CLUES);
    expect(outbox.some((n) => n.clue.id === stale.id)).toBe(false);
    for (const notice of outbox) {
      expect(notice).toMatchObject({ event: 'ACCEPTED', delivery: 'SENT', attempts: 1 });
      // Sent on the first tick after the acceptance: the later clues were not told before they were accepted.
      const clue = clues.find((c) => c.id === notice.clue.id)!;
      expect(notice.sentAt?.getTime()).toBe(clue.decidedAt.getTime() + hour);
    }
  }, 50_000);
});
