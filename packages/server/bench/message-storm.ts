// Audience-message benchmark (网络互动), in one run against Wenzheng on PostgreSQL and Redis:
//  (a) fan-out: PHONES phones (in helper processes of at most 10,000, as the vote storm's) follow the
//      message wall; a moderator approves MESSAGES messages one at a time; from each approval to every
//      phone having the new wall: p50/p99, and the bytes per phone. The baseline, in the same run and to
//      the same phones: the live state's fan-out (liveStateChanged) after a host's change, so the
//      figures read as a ratio.
//  (b) the moderation queue while phones send RATE messages/s for SECONDS (each from a pass of its own:
//      with the default limits a pass sends one per 15 s, and a pass taking a second turn could be
//      refused RATE_LIMITED when its first send was answered late): the send acknowledgement p99, the
//      moderator's moderationQueueChanged lag p99, and the moderationQueue query time meanwhile (the
//      moderator approving the oldest message every half second).
// Prints a table and writes bench-results/messages-*.json.
//
//   bash scripts/bench-messages.sh   (PHONES, MESSAGES, RATE, SECONDS, WORKERS, JOINS_IN_FLIGHT, DATABASE_URL, REDIS_URL may be set)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { WALL_SIZE } from '../src/modules/interaction/message-views.js';
import { wallInterval } from '../src/modules/interaction/message-walls.js';
import { checkCodes } from '../src/modules/session/pre-live-check.js';
import { newKeyEntry } from '../src/secrets/key-ring.js';
import { connectPhone, inPool, joinAudience, percentile, sleep, type Phone } from './load.js';
import { cpuSeconds, processTree, rssKb, serverDir, startHelper, startProcess, stopProcess } from './processes.js';

const PHONES = Number(process.env.PHONES ?? 20_000);
const MESSAGES = Number(process.env.MESSAGES ?? 20);
const RATE = Number(process.env.RATE ?? 50);
const SECONDS = Number(process.env.SECONDS ?? 60);
const WORKERS = Number(process.env.WORKERS ?? 2);
/** Phones joining at once, per helper process (and for the senders). */
const JOINS_IN_FLIGHT = Number(process.env.JOINS_IN_FLIGHT ?? 64);
const WATCHERS_PER_PROCESS = 10_000;
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id status } }';

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const inGroups = (total: number) =>
  Array.from({ length: Math.ceil(total / WATCHERS_PER_PROCESS) }, (_, i) =>
    Math.min(WATCHERS_PER_PROCESS, total - i * WATCHERS_PER_PROCESS),
  );

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN };
};

async function main() {
  const admin = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: ADMIN_URL,
    entities: [],
    discovery: { warnWhenNoEntities: false },
  });
  const name = `wz_bench_messages_${Date.now()}`;
  await admin.em.getConnection().execute(`create database "${name}"`);
  const databaseUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
  console.log(
    `Message benchmark: ${PHONES} phones on the wall, ${MESSAGES} approvals; the queue at ${RATE} messages/s for ${SECONDS} s; Wenzheng with ${WORKERS} worker process(es).\n`,
  );
  const port = 4900 + Math.floor(Math.random() * 90);
  const url = `http://127.0.0.1:${port}`;
  const dropDatabase = async () => {
    await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
    await admin.close();
  };
  const server = await startProcess(
    'src/main.ts',
    {
      DATABASE_URL: databaseUrl,
      SECRET_KEY: newKeyEntry('bench'),
      REDIS_URL,
      REDIS_PREFIX: `wz-bench-${port}:`,
      WORKERS: String(WORKERS),
      PORT: String(port),
      SEED: 'test',
      LOG_LEVEL: 'warn',
      JOINS_PER_MINUTE_PER_ADDRESS: '10000000',
      // The load comes from a few loopback addresses; a studio's or estate's Wi-Fi would be one too.
      MESSAGES_PER_MINUTE_PER_ADDRESS: '10000000',
      WEB_DIST: '/nonexistent',
    },
    /running at/,
  ).catch(async (error) => {
    await dropDatabase();
    throw error;
  });
  const helpers: Awaited<ReturnType<typeof startHelper>>[] = [];
  try {
    const login = async (username: string) =>
      (await gql(url, 'mutation($u: String!) { login(input: { username: $u, password: "wz-test-password" }) { token } }', { u: username }))
        .login.token as string;
    const [adminToken, hostToken, modToken] = [await login('admin'), await login('host'), await login('mod')];
    const departmentId = (await gql(url, '{ departments(first: 1) { nodes { id } } }', {}, adminToken)).departments.nodes[0].id;
    const session = (
      await gql(
        url,
        'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
        { i: { title: '留言压力测试', theme: '网络互动', scheduledAt: new Date().toISOString() } },
        adminToken,
      )
    ).createSession as { id: string; joinCode: string };
    const { addQuestion } = await gql(
      url,
      'mutation($s: ID!, $i: QuestionInput!) { addQuestion(sessionId: $s, input: $i) { questions { id } } }',
      { s: session.id, i: { title: '压力测试问题', body: '内容', questioner: '代表', departmentId, respondent: '局长' } },
      adminToken,
    );
    await gql(url, 'mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, adminToken);
    await gql(
      url,
      'mutation($id: ID!, $accept: [PreLiveCheckCode!]!) { startSession(input: { sessionId: $id, acceptWarnings: $accept }) { id } }',
      { id: session.id, accept: checkCodes },
      hostToken,
    );
    await gql(url, 'mutation($id: ID!) { askQuestion(id: $id) { id } }', { id: addQuestion.questions[0].id }, hostToken);
    const settings = (input: Record<string, boolean>) =>
      gql(
        url,
        'mutation($id: ID!, $i: MessageSettingsInput!) { setMessageSettings(sessionId: $id, input: $i) { enabled } }',
        { id: session.id, i: input },
        hostToken,
      );
    await settings({ enabled: true });

    // The watching phones, then the senders of this process.
    const env = { WATCH_URL: url, WATCH_SESSION: session.id, WATCH_JOIN_CODE: session.joinCode };
    const joinStarted = Date.now();
    helpers.push(
      ...(await Promise.all(
        inGroups(PHONES).map((n) =>
          startHelper('bench/wall-watchers.ts', { ...env, WATCHERS: String(n), JOINS_IN_FLIGHT: String(JOINS_IN_FLIGHT) }),
        ),
      )),
    );
    const joinSeconds = (Date.now() - joinStarted) / 1_000;
    // (a) uses the first MESSAGES passes; (b) one fresh pass per message, none reused within the per-pass limit.
    const senderCount = MESSAGES + Math.ceil(RATE * (SECONDS + 1));
    const wsUrl = `${url.replace('http', 'ws')}/graphql`;
    const senders: Phone[] = await inPool(Array.from({ length: senderCount }), JOINS_IN_FLIGHT, async () =>
      connectPhone(wsUrl, { deviceToken: await joinAudience(url, session.joinCode) }),
    );
    await sleep(2_000);
    const rssAfterJoin = rssKb(server.pid!);
    // How often the server sends this audience a wall (it spaces walls out as the audience grows).
    const wallIntervalMs = wallInterval(PHONES + senderCount);
    let serial = 0;
    const send = async (phone: Phone, body: string) => {
      const payload = await phone.request(`s${serial++}`, SEND, { input: { sessionId: session.id, body } });
      if (!payload.data?.sendMessage) throw new Error(JSON.stringify(payload.errors));
      return payload.data.sendMessage.id as string;
    };
    const waitAll = (key: string) => Promise.all(helpers.map((h) => h.allSaw(key)));

    // (a) Fan-out of approved messages, then the same phones' live-state fan-out as the baseline.
    const serverPids = processTree(server.pid!);
    const cpuBefore = cpuSeconds(serverPids);
    const approvals: { key: string; at: number; allMs: number }[] = [];
    for (let i = 0; i < MESSAGES; i++) {
      const id = await send(senders[i]!, `压力测试留言 ${i + 1}：请问整改什么时候完成？`);
      await sleep(wallIntervalMs + 150); // past the wall's interval: each approval is a wall of its own, sent at once
      const at = Date.now();
      const seenAll = waitAll(`message:${id}`);
      await gql(url, 'mutation($id: ID!) { approveMessage(id: $id) { id } }', { id }, modToken);
      await seenAll;
      approvals.push({ key: `message:${id}`, at, allMs: Date.now() - at });
    }
    const wallCpu = cpuSeconds(serverPids) - cpuBefore;
    const baselineChanges: { key: string; at: number; allMs: number }[] = [];
    const baselineCpuBefore = cpuSeconds(serverPids);
    for (let i = 0; i < MESSAGES; i++) {
      const { liveState } = await gql(url, 'query($id: ID!) { liveState(sessionId: $id) { version } }', { id: session.id });
      await sleep(400);
      const key = `live:${liveState.version + 1}`;
      const at = Date.now();
      const seenAll = waitAll(key);
      await settings({ keepBlocked: i % 2 === 0 });
      await seenAll;
      baselineChanges.push({ key, at, allMs: Date.now() - at });
    }
    const baselineCpu = cpuSeconds(serverPids) - baselineCpuBefore;

    // (b) The moderation queue under RATE messages/s.
    const moderator = await connectPhone(wsUrl, { token: modToken });
    const lags: number[] = [];
    moderator.subscribe(
      'queue',
      // As the moderation console asks: each batch of arrivals as one event (`messages`).
      'subscription($id: ID!) { moderationQueueChanged(sessionId: $id) { messages { id status body } } }',
      { id: session.id },
      (payload) => {
        for (const message of payload.data?.moderationQueueChanged.messages ?? []) {
          const sentAt = Number(/#(\d+)$/.exec(message.body ?? '')?.[1]);
          if (message.status === 'PENDING' && sentAt) lags.push(Date.now() - sentAt);
        }
      },
    );
    await sleep(500);
    const acks: number[] = [];
    const refused: Record<string, number> = {};
    const queueQueries: number[] = [];
    let approvedDuringLoad = 0;
    let sending = true;
    const moderating = (async () => {
      while (sending) {
        const t0 = performance.now();
        const { moderationQueue } = await gql(
          url,
          'query($id: ID!) { moderationQueue(sessionId: $id, first: 50) { totalCount nodes { id body waitedSeconds } } }',
          { id: session.id },
          modToken,
        );
        queueQueries.push(performance.now() - t0);
        const oldest = moderationQueue.nodes[0];
        if (oldest) {
          await gql(url, 'mutation($id: ID!) { approveMessage(id: $id) { id } }', { id: oldest.id }, modToken);
          approvedDuringLoad++;
        }
        await sleep(500);
      }
    })();
    const loadStarted = Date.now();
    const inFlight: Promise<void>[] = [];
    for (let n = 0; Date.now() - loadStarted < SECONDS * 1_000; n++) {
      const wait = loadStarted + (n / RATE) * 1_000 - Date.now();
      if (wait > 0) await sleep(wait);
      const phone = senders[MESSAGES + (n % (senders.length - MESSAGES))]!; // past the ones that sent in (a)
      const t0 = performance.now();
      inFlight.push(
        phone
          .request(`q${serial++}`, SEND, { input: { sessionId: session.id, body: `压力测试 第${n}条 #${Date.now()}` } })
          .then((payload) => {
            if (payload.data?.sendMessage) acks.push(performance.now() - t0);
            else {
              const code = payload.errors?.[0]?.extensions?.code ?? 'UNKNOWN';
              refused[code] = (refused[code] ?? 0) + 1;
            }
          }),
      );
    }
    await Promise.all(inFlight);
    const loadSeconds = (Date.now() - loadStarted) / 1_000;
    await sleep(1_000);
    sending = false;
    await moderating;
    moderator.close();
    senders.forEach((p) => p.close());

    const reports = await Promise.all(helpers.map((h) => h.report()));
    helpers.length = 0;
    const latencies = (changes: { key: string; at: number }[]) =>
      changes.flatMap(({ key, at }) => reports.flatMap((r) => (r.seen[key] as number[] | undefined)?.map((t) => t - at) ?? []));
    const wallBytes = reports.reduce((sum, r) => sum + r.wallBytes, 0);
    const wallUpdates = reports.reduce((sum, r) => sum + r.wallUpdates, 0);
    const result = {
      phones: PHONES,
      workers: WORKERS,
      joinSeconds,
      wallIntervalMs,
      serverRssMbAfterJoin: Math.round(rssAfterJoin / 1024),
      fanOut: {
        approvals: MESSAGES,
        toEachPhoneMs: stats(latencies(approvals)),
        toAllPhonesMs: stats(approvals.map((a) => a.allMs)),
        serverCpuSecondsPerUpdate: wallCpu / MESSAGES,
        bytesPerPhone: wallBytes / PHONES,
        bytesPerPhonePerUpdate: wallUpdates ? wallBytes / wallUpdates : 0,
      },
      baselineLiveState: {
        changes: MESSAGES,
        toEachPhoneMs: stats(latencies(baselineChanges)),
        toAllPhonesMs: stats(baselineChanges.map((a) => a.allMs)),
        serverCpuSecondsPerUpdate: baselineCpu / MESSAGES,
      },
      queue: {
        ratePerSecond: RATE,
        seconds: loadSeconds,
        senders: senderCount,
        sent: acks.length,
        refused,
        sendAckMs: stats(acks),
        moderatorEventLagMs: stats(lags),
        moderationQueueQueryMs: stats(queueQueries),
        approvedDuringLoad,
      },
    };
    report(result);
  } finally {
    await Promise.all(helpers.map((h) => h.report().catch(() => {})));
    await stopProcess(server);
    await dropDatabase();
  }
}

function report(result: any) {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '—');
  const { fanOut, baselineLiveState: base, queue } = result;
  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
  console.log(`Joined ${result.phones} phones in ${f(result.joinSeconds)} s; server RSS ${result.serverRssMbAfterJoin} MB.`);
  console.log(`The server sends this audience at most one wall every ${result.wallIntervalMs} ms; approvals are spaced beyond it.\n`);
  console.log('| fan-out to every phone | p50 ms | p99 ms | all phones p99 ms | server CPU s / update |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(
    `| approved message (messageWallChanged) | ${f(fanOut.toEachPhoneMs.p50)} | ${f(fanOut.toEachPhoneMs.p99)} | ${f(fanOut.toAllPhonesMs.p99)} | ${fanOut.serverCpuSecondsPerUpdate.toFixed(2)} |`,
  );
  console.log(
    `| baseline: live state (liveStateChanged) | ${f(base.toEachPhoneMs.p50)} | ${f(base.toEachPhoneMs.p99)} | ${f(base.toAllPhonesMs.p99)} | ${base.serverCpuSecondsPerUpdate.toFixed(2)} |`,
  );
  console.log(
    `| ratio | ${ratio(fanOut.toEachPhoneMs.p50, base.toEachPhoneMs.p50)} | ${ratio(fanOut.toEachPhoneMs.p99, base.toEachPhoneMs.p99)} | ${ratio(fanOut.toAllPhonesMs.p99, base.toAllPhonesMs.p99)} | ${ratio(fanOut.serverCpuSecondsPerUpdate, base.serverCpuSecondsPerUpdate)} |`,
  );
  console.log(
    `\nWall bytes per phone over the run: ${f(fanOut.bytesPerPhone)} (${f(fanOut.bytesPerPhonePerUpdate)} per update; the wall holds up to ${WALL_SIZE} messages).\n`,
  );
  console.log(
    `Queue at ${queue.ratePerSecond}/s for ${f(queue.seconds)} s from ${queue.senders} passes: ${queue.sent} acknowledged${Object.keys(queue.refused).length ? `, refused ${JSON.stringify(queue.refused)}` : ''}.`,
  );
  console.log('| queue | p50 ms | p99 ms | max ms |');
  console.log('| --- | --- | --- | --- |');
  for (const [label, s] of [
    ['sendMessage acknowledgement', queue.sendAckMs],
    ['moderationQueueChanged lag', queue.moderatorEventLagMs],
    ['moderationQueue query (first 50)', queue.moderationQueueQueryMs],
  ] as const)
    console.log(`| ${label} | ${f(s.p50)} | ${f(s.p99)} | ${f(s.max)} |`);
  console.log(`(the moderator approved ${queue.approvedDuringLoad} meanwhile)`);
  const dir = path.join(serverDir, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `messages-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2));
  console.log(`\nwrote ${path.relative(process.cwd(), file)}`);
}

await main();
process.exit(0);
