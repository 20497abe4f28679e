// Vote storm benchmark: PHONES phones join through the public API and vote over their WebSockets,
// one vote per phone per round, as fast as they can for 10 s, then paced for SECONDS (at half the machine
// limit's unpaced rate, measured first in the same run, or at RATE), then at SCALE_RATE; meanwhile WATCHERS
// more phones follow the live state, and each round's votes begin once they have all seen it open.
// Also measured: how fast phones connect, the server's memory per connected phone, fan-out delays, and
// a storm on one question from ONE_QUESTION_PHONES phones. The same storms go to the machine's limit
// (raw `ws` doing the same work: the same batched insert, tallies, screen frames and live-state bytes
// to the same watching phones) and unpaced to a plain Apollo + ORM baseline (one insert per vote), each
// run in as many processes as Wenzheng. Prints a table, the ratios and the targets, and writes
// bench-results/*.json.
//
//   bash scripts/bench-votes.sh   (PHONES, WATCHERS, RATE, SCALE_RATE, SECONDS, WORKERS, ONE_QUESTION_PHONES, BALLOT,
//                                  ONE_QUESTION_WORKERS, DATABASE_URL, REDIS_URL, COMPARE, QUICK, PROFILE may be set)
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { LiveStateChangedDocument } from '../../web/src/gql/graphql.js';
import { DEFAULT_VOTE_BATCHES_AT_ONCE } from '../src/config.js';
import { checkCodes } from '../src/modules/session/pre-live-check.js';
import { benchPhoneNumber, connectPhone, inPool, joinAudience, percentile, sleep, type Phone } from './load.js';
import {
  cpuSeconds,
  machineBusySeconds,
  openFiles,
  processTree,
  rssKb,
  serverDir,
  startHelper,
  startProcess,
  stopProcess,
  workersHeapAfterGcKb,
} from './processes.js';
import { screenLatency, SLOW_ROUND_MS, storm, summarize, type RoundLoad } from './storm.js';
import { startSmsGateway } from './sms-gateway.js';
import { newKeyEntry } from '../src/secrets/key-ring.js';
import { BALLOT, benchAgendaItem, benchKindSettings, benchSessionKind } from './ballot.js';

/** QUICK=1: a few minutes' look after a change to the vote path, the same table and ratios from fewer phones and shorter storms. */
const QUICK = process.env.QUICK === '1';
const setting = (name: string, full: number, quick: number) => Number(process.env[name] ?? (QUICK ? quick : full));
const PHONES = setting('PHONES', 10_000, 4_000);
/** Phones that only follow the live state (as every audience phone does), to measure fan-out. */
// They come from helper processes of WATCHERS_PER_PROCESS each; with WORKERS server processes, each
// worker holds its share of the phones within this machine's 20,000 open files per process.
const WATCHERS = setting('WATCHERS', 20_000, 10_000);
/** Watching phones per helper process: each process may open at most 20,000 files on this machine. */
const WATCHERS_PER_PROCESS = 10_000;
/** A fixed pace for the paced storms; unset, they go at half the machine limit's unpaced rate (5,800 without COMPARE). */
const RATE = process.env.RATE ? Number(process.env.RATE) : undefined;
/** A pace above 10,000 acknowledged a second; 0 skips it. */
const SCALE_RATE = setting('SCALE_RATE', 10_500, 0);
/** How long each paced storm keeps rounds open; the unpaced ones last 10 s. */
const SECONDS = setting('SECONDS', 30, 10);
/** The scale issue's storm on one question: this many phones all vote in one round; 0 skips it. */
const ONE_QUESTION_PHONES = setting('ONE_QUESTION_PHONES', 100_000, 0);
/** Wenzheng's processes for it: each holds its share of the phones within 20,000 open files. */
const ONE_QUESTION_WORKERS = Number(process.env.ONE_QUESTION_WORKERS ?? 8);
/** COMPARE=0 skips the machine-limit and baseline runs. */
const COMPARE = process.env.COMPARE !== '0';
/** Wenzheng's server processes on the one port (one per core); they share state through PostgreSQL and Redis. */
const WORKERS = Number(process.env.WORKERS ?? 2);
/** Vote batches each server (Wenzheng's, the limit's) writes at once over its processes: VOTE_BATCHES_AT_ONCE reaches both (see processes.ts). */
const VOTE_BATCHES_AT_ONCE = Number(process.env.VOTE_BATCHES_AT_ONCE ?? DEFAULT_VOTE_BATCHES_AT_ONCE);
/** The online identity tier of the benchmark's sessions: DEVICE, or PHONE_CODE (every phone proves a number by SMS code when it joins). */
const IDENTITY = process.env.IDENTITY === 'PHONE_CODE' ? 'PHONE_CODE' : 'DEVICE';
/** PHONE_CODE sessions text their codes to this stand-in for the SMS gateway. */
const smsGateway = IDENTITY === 'PHONE_CODE' ? await startSmsGateway() : undefined;
/** What an audience helper needs to prove its phones' numbers (group 0 is the load generator's own phones). */
const proofEnv = (group: number): Record<string, string> =>
  smsGateway ? { WATCH_SMS_CODE_URL: smsGateway.codeUrl, WATCH_PHONE_GROUP: String(group) } : {};
const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/**
 * PROFILE=<folder>: the server processes write CPU profiles when they stop, Wenzheng's to <folder>/wenzheng
 * and the machine limit's to <folder>/limit (open them in Chrome's DevTools).
 */
const PROFILE = process.env.PROFILE ? path.resolve(process.env.PROFILE) : undefined;
const profiling = (server: string) => PROFILE && { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.join(PROFILE, server)}` };
/** With PROFILE: each round's voting window and its votes, beside the server's profiles, for bench/profile-votes.ts. */
function writeVotingWindows(server: string, storms: { rounds: RoundLoad[] }[]): void {
  if (!PROFILE) return;
  const windows = storms.flatMap((s) => s.rounds.map((r) => ({ from: r.window[0], to: r.window[1], votes: r.acks.length })));
  mkdirSync(path.join(PROFILE, server), { recursive: true });
  writeFileSync(path.join(PROFILE, server, 'windows.json'), JSON.stringify(windows));
}
/**
 * Live-state updates each Wenzheng round sends every phone: the last round's windows end, its result,
 * ask, answer, open. The run reports how many each server's phones received, to check it.
 */
const LIVE_STATES_PER_ROUND = 5;

async function main() {
  const admin = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: ADMIN_URL,
    entities: [],
    discovery: { warnWhenNoEntities: false },
  });
  const databases: string[] = [];
  const freshDatabase = async (label: string) => {
    const name = `wz_bench_${label}_${Date.now()}`;
    await admin.em.getConnection().execute(`create database "${name}"`);
    databases.push(name);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return url.toString();
  };

  try {
    console.log(
      `Vote storm${QUICK ? ' (quick)' : ''}: ${PHONES} voting phones (+${WATCHERS} watching), unpaced for 10 s, then paced for ${SECONDS} s${SCALE_RATE ? `, then at ${SCALE_RATE} votes/s for ${SECONDS} s` : ''}; ${WORKERS} worker process(es) each writing their share of ${VOTE_BATCHES_AT_ONCE} vote batches at once, online identity ${IDENTITY}, ${BALLOT} ballots; load generator on this machine (${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB).\n`,
    );
    // The machine's limit first: Wenzheng is then paced at half of what it reached unpaced.
    const limit = COMPARE ? await runLimit(await freshDatabase('limit')) : undefined;
    const pace = RATE ?? (limit ? Math.round(limit.unpaced.votesPerVotingSecond / 2) : 5_800);
    const oursDb = await freshDatabase('ours');
    const ours = await runOurs(oursDb, pace);
    const oneQuestion = ONE_QUESTION_PHONES ? await runOneQuestion(await freshDatabase('one_question')) : undefined;
    const baseline = COMPARE ? await runBaseline(await freshDatabase('baseline')) : undefined;
    report(pace, ours, oneQuestion, limit && baseline && { limit, baseline });
  } finally {
    for (const name of databases) await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
    await admin.close();
  }
}

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

/** Phones that get a pass (joinSession over HTTP), then connect with it. */
async function joinPhones(url: string, joinCode: string, count: number): Promise<{ phone: Phone; token: string }[]> {
  const wsUrl = `${url.replace('http', 'ws')}/graphql`;
  return inPool(
    Array.from({ length: count }, (_, i) => i),
    64,
    async (i) => {
      const token = await joinAudience(url, joinCode, smsGateway && { phone: benchPhoneNumber(0, i), smsCodeUrl: smsGateway.codeUrl });
      return { phone: await connectPhone(wsUrl, { deviceToken: token }), token };
    },
  );
}

/** Wenzheng on `databaseUrl` with `workers` processes, and a live session of `questionCount` questions. */
async function startOurs(databaseUrl: string, workers: number, questionCount: number) {
  const port = 4700 + Math.floor(Math.random() * 200);
  const url = `http://127.0.0.1:${port}`;
  const server = await startProcess(
    'src/main.ts',
    {
      DATABASE_URL: databaseUrl,
      SECRET_KEY: newKeyEntry('bench'),
      REDIS_URL,
      REDIS_PREFIX: `wz-bench-${port}:`,
      WORKERS: String(workers),
      PORT: String(port),
      SEED: 'test',
      LOG_LEVEL: 'warn',
      JOINS_PER_MINUTE_PER_ADDRESS: '10000000',
      WEB_DIST: '/nonexistent',
      METRICS_TOKEN,
      ...profiling('wenzheng'),
      ...(smsGateway && {
        SMS_GATEWAY: 'yunpian',
        SMS_API_KEY: 'bench',
        SMS_SIGNATURE: '【压力测试】',
        SMS_GATEWAY_URL: smsGateway.sendUrl,
        SMS_PER_10_MINUTES_PER_ADDRESS: '10000000',
      }),
    },
    /running at/,
  );
  try {
    const login = async (username: string) =>
      (await gql(url, 'mutation($u: String!) { login(input: { username: $u, password: "wz-test-password" }) { token } }', { u: username }))
        .login.token;
    const [adminToken, hostToken] = [await login('admin'), await login('host')];
    const departmentId = (await gql(url, '{ departments(first: 1) { nodes { id } } }', {}, adminToken)).departments.nodes[0].id;
    const session = (
      await gql(
        url,
        'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }',
        {
          i: {
            kind: benchSessionKind,
            title: '压力测试',
            theme: '投票风暴',
            scheduledAt: new Date().toISOString(),
            settings: { windowSeconds: 600, onlineIdentity: IDENTITY, ...benchKindSettings },
          },
        },
        adminToken,
      )
    ).createSession;
    for (let i = 1; i <= questionCount; i++) {
      await gql(
        url,
        'mutation($s: ID!, $i: QuestionInput!) { addQuestion(sessionId: $s, input: $i) { id } }',
        { s: session.id, i: benchAgendaItem(departmentId, i) },
        adminToken,
      );
    }
    await gql(url, 'mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, adminToken);
    await gql(
      url,
      'mutation($id: ID!, $accept: [PreLiveCheckCode!]!) { startSession(input: { sessionId: $id, acceptWarnings: $accept }) { id } }',
      { id: session.id, accept: checkCodes },
      hostToken,
    );
    const questions: string[] = (
      await gql(url, 'query($id: ID!) { session(id: $id) { questions { id } } }', { id: session.id }, hostToken)
    ).session.questions.map((q: { id: string }) => q.id);
    /** One host action on a question; resolves with the session's questions and their rounds. */
    const host = (verb: string, id: string) =>
      gql(url, `mutation($id: ID!) { ${verb}(id: $id) { questions { id round { id } } } }`, { id }, hostToken);
    return { server, url, hostToken, session: session as { id: string; joinCode: string }, questions, host };
  } catch (error) {
    await stopProcess(server);
    throw error;
  }
}

/** Lets the benchmark read the servers' own metrics (GET /metrics), for their garbage collection. */
const METRICS_TOKEN = randomUUID();

/** Seconds the server's worker processes have spent collecting garbage so far, by kind, from its metrics (summed over workers). */
async function gcSeconds(url: string): Promise<Record<string, number>> {
  const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await response.text();
  if (!response.ok) throw new Error(`the server's metrics answered ${response.status}: ${text}`);
  const seconds: Record<string, number> = {};
  for (const [, kind, value] of text.matchAll(/^wenzheng_nodejs_gc_duration_seconds_sum\{kind="(\w+)"\} (\S+)$/gm))
    seconds[kind!] = Number(value);
  return seconds;
}

/** The workers' collection pauses between two readings of gcSeconds: young generation, and full collections' final pauses. */
function gcBetween(before: Record<string, number>, after: Record<string, number>) {
  const spent = (kind: string) => (after[kind] ?? 0) - (before[kind] ?? 0);
  return { minorSeconds: spent('minor'), majorSeconds: spent('major') + spent('incremental') };
}

/** `total` phones in helper processes of at most WATCHERS_PER_PROCESS each. */
const inGroups = (total: number) =>
  Array.from({ length: Math.ceil(total / WATCHERS_PER_PROCESS) }, (_, i) =>
    Math.min(WATCHERS_PER_PROCESS, total - i * WATCHERS_PER_PROCESS),
  );

/**
 * The scale issue's storm on one question: ONE_QUESTION_PHONES phones join through the API in audience
 * processes and follow the live state; once every one has seen voting open, all of them vote at once,
 * as fast as they go. Wenzheng runs ONE_QUESTION_WORKERS processes, each holding its share of the
 * connections within the 20,000 files a process may open on this machine.
 */
async function runOneQuestion(databaseUrl: string) {
  const { server, url, session, questions, host } = await startOurs(databaseUrl, ONE_QUESTION_WORKERS, 1);
  const audience: Awaited<ReturnType<typeof startHelper>>[] = [];
  try {
    const env = { WATCH_URL: url, WATCH_SESSION: session.id, WATCH_JOIN_CODE: session.joinCode };
    const joinStarted = Date.now();
    audience.push(
      ...(await Promise.all(
        inGroups(ONE_QUESTION_PHONES).map((n, i) => startHelper('bench/audience.ts', { ...env, ...proofEnv(i + 1), WATCHERS: String(n) })),
      )),
    );
    const joinSeconds = (Date.now() - joinStarted) / 1_000;
    const serverProcesses = processTree(server.pid!);
    const connectionsPerWorker = serverProcesses
      .slice(1)
      .map(openFiles)
      .filter((n) => n > 100);
    const question = questions[0]!;
    await host('askQuestion', question);
    await host('startAnswer', question);
    const openedAt = Date.now();
    const roundId = (await host('openVoting', question)).openVoting.questions[0].round.id as string;
    await Promise.all(audience.map((a) => a.allSaw(roundId)));
    const allSawMs = Date.now() - openedAt;
    const phoneProcesses = audience.map((a) => a.process.pid!);
    const cpu0 = { servers: cpuSeconds(serverProcesses), phones: cpuSeconds(phoneProcesses), machine: machineBusySeconds() };
    const started = Date.now();
    const votes = await Promise.all(audience.map((a) => a.vote(roundId)));
    // Where the machine's time went while the votes were answered: the load generator's phones share it.
    const cpu = {
      servers: cpuSeconds(serverProcesses) - cpu0.servers,
      phones: cpuSeconds(phoneProcesses) - cpu0.phones,
      machine: machineBusySeconds() - cpu0.machine,
      available: ((Date.now() - started) / 1_000) * os.cpus().length,
    };
    const acks = votes.flatMap((v) => v.acks);
    const latencies = votes.flatMap((v) => v.latencies).sort((a, b) => a - b);
    const refused: Record<string, number> = {};
    for (const v of votes) for (const [code, n] of Object.entries(v.refused)) refused[code] = (refused[code] ?? 0) + n;
    const seconds = (Math.max(...acks) - started) / 1_000;
    await host('closeVoting', question);
    const stored = await storedVotes(databaseUrl, roundId);
    const exact = stored.ballots === acks.length && stored.registered === acks.length && stored.distinctVoters === acks.length;
    return {
      phones: ONE_QUESTION_PHONES,
      workers: ONE_QUESTION_WORKERS,
      joinSeconds,
      connectionsPerWorker,
      allSawMs,
      acknowledged: acks.length,
      refused,
      seconds,
      votesPerSecond: acks.length / seconds,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      stored,
      exact,
      cpu,
    };
  } finally {
    await Promise.all(audience.map((a) => a.report()));
    await stopProcess(server);
  }
}

/** What the database holds: ballots, register rows and distinct (round, voter) pairs, optionally of one round. */
async function storedVotes(databaseUrl: string, roundId?: string) {
  const check = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
  });
  try {
    const where = roundId ? ' where round_id = ?' : '';
    const params = roundId ? [roundId, roundId, roundId] : [];
    const [counts] = await check.em
      .getConnection()
      .execute<{ ballots: string; registered: string; distinct_voters: string }[]>(
        `select (select count(*) from ballot${where}) as ballots, (select count(*) from vote_register${where}) as registered, (select count(distinct (round_id, voter_key)) from vote_register${where}) as distinct_voters`,
        params,
      );
    return { ballots: Number(counts!.ballots), registered: Number(counts!.registered), distinctVoters: Number(counts!.distinct_voters) };
  } finally {
    await check.close();
  }
}

/** What the benchmark's host waits on between rounds: the current question's phase. */
const HOST_LIVE_STATE = 'subscription($id: ID!) { liveStateChanged(sessionId: $id) { question { id phase } } }';

/** The live state as the vote page follows it, asked for once (the web app's own selection). */
const LIVE_STATE_NOW = print(LiveStateChangedDocument)
  .replace('subscription LiveStateChanged', 'query LiveStateNow')
  .replace('liveStateChanged(', 'liveState(');

/**
 * The broadcast screen and the WATCHERS phones following the live state, in processes of their own so
 * the other load cannot delay them; `opened` tells them of each round the host opened.
 */
async function startWatching(env: Record<string, string>) {
  const [screen, ...watchers] = await Promise.all([
    startHelper('bench/screen.ts', env),
    ...inGroups(WATCHERS).map((n, i) => startHelper('bench/audience.ts', { ...env, ...proofEnv(i + 1), WATCHERS: String(n) })),
  ]);
  const openedAt = new Map<string, number>();
  return {
    watcherPids: watchers.map((w) => w.process.pid!),
    /**
     * The host asked for `roundId` at `at`: the screen starts showing it, and the storm begins when every
     * watching phone has seen it open, as people vote once told (or after 10 s, should one have lost its connection).
     */
    async opened(roundId: string, at: number) {
      openedAt.set(roundId, at);
      screen.process.send({ type: 'show', roundId });
      await Promise.race([Promise.all(watchers.map((w) => w.allSaw(roundId))), sleep(10_000)]);
    },
    /** Ends the watching: when the screen showed each vote, when each phone saw each round open. */
    async finish() {
      await sleep(500); // the last tally frames
      const [{ shown }, ...seenBy] = await Promise.all([screen.report(), ...watchers.map((w) => w.report())]);
      const liveMessages = seenBy.reduce((n, { liveMessages: m }) => n + (m as number), 0);
      const arrivals = new Map<number, number>();
      for (const { arrivals: a } of seenBy)
        for (const [tenMs, n] of a as [number, number][]) arrivals.set(tenMs, (arrivals.get(tenMs) ?? 0) + n);
      const screenUpdates = new Map(Object.entries(shown as Record<string, { at: number; count: number }[]>));
      const seen = new Map<string, number[]>();
      for (const { seen: times } of seenBy)
        for (const [roundId, at] of Object.entries(times as Record<string, number[]>))
          seen.set(roundId, [...(seen.get(roundId) ?? []), ...at]);
      const delays = [...seen]
        .flatMap(([roundId, times]) => (openedAt.has(roundId) ? times.map((t) => t - openedAt.get(roundId)!) : []))
        .sort((a, b) => a - b);
      return {
        screenLatency: (rounds: RoundLoad[]) => screenLatency(rounds, screenUpdates),
        roundOpenedToPhones: { samples: delays.length, p50Ms: percentile(delays, 50), p99Ms: percentile(delays, 99) },
        /** Watching phones that saw every round open: subscribed, and reached every time. */
        subscribedThroughout: Math.min(...[...openedAt.keys()].map((id) => seen.get(id)?.length ?? 0)),
        /** Live-state messages each watching phone received per round opened (its first state included). */
        liveStatesPerRound: liveMessages / WATCHERS / openedAt.size,
        liveMessages,
        /** Live-state messages the watching phones received between two times (ms since the epoch). */
        liveMessagesBetween(from: number, to: number) {
          let n = 0;
          for (let tenMs = Math.floor(from / 10); tenMs <= Math.floor(to / 10); tenMs++) n += arrivals.get(tenMs) ?? 0;
          return n;
        },
      };
    },
  };
}

async function runOurs(databaseUrl: string, pace: number) {
  // Enough questions for one round per PHONES votes, unpaced (at most ~20,000 votes/s) and then paced.
  const questionCount = Math.ceil(((pace + SCALE_RATE) * SECONDS) / PHONES) + Math.ceil(200_000 / PHONES) + 10;
  const { server, url, hostToken, session, questions, host } = await startOurs(databaseUrl, WORKERS, questionCount);
  try {
    const rssBefore = rssKb(server.pid!);
    const heapBefore = await workersHeapAfterGcKb(server.pid!);
    const joinStarted = Date.now();
    const joined = await joinPhones(url, session.joinCode, PHONES);
    const joinSeconds = (Date.now() - joinStarted) / 1_000;
    // A network blip: every phone drops and comes back at once with the pass it holds.
    for (const { phone } of joined) phone.close();
    await sleep(2_000);
    const reconnectStarted = Date.now();
    const phones = await inPool(joined, 256, ({ token }) => connectPhone(`${url.replace('http', 'ws')}/graphql`, { deviceToken: token }));
    const reconnectSeconds = (Date.now() - reconnectStarted) / 1_000;
    const watching = await startWatching({
      WATCH_URL: url,
      WATCH_SESSION: session.id,
      WATCH_JOIN_CODE: session.joinCode,
      WATCH_HOST_TOKEN: hostToken,
    });
    await sleep(2_000); // joins' garbage collected, connections settled
    const memoryPerPhoneKb = (rssKb(server.pid!) - rssBefore) / (PHONES + WATCHERS);
    const heapPerPhoneKb = ((await workersHeapAfterGcKb(server.pid!)) - heapBefore) / (PHONES + WATCHERS);
    const connectionsPerWorker = processTree(server.pid!)
      .slice(1)
      .map(openFiles)
      .filter((n) => n > 100);

    // The host's console follows the live state (it does not poll): a round switch waits to see the round closed.
    const closedQuestions = new Set<string>();
    const closedWaiters = new Map<string, () => void>();
    phones[0]!.subscribe('host-live', HOST_LIVE_STATE, { id: session.id }, (payload) => {
      const question = payload.data?.liveStateChanged.question;
      if (question?.phase !== 'CLOSED') return;
      closedQuestions.add(question.id);
      closedWaiters.get(question.id)?.();
    });
    const roundClosed = (questionId: string) =>
      closedQuestions.has(questionId) ? Promise.resolve() : new Promise<void>((resolve) => closedWaiters.set(questionId, resolve));

    let current: string | undefined;
    const hostTimes: Record<string, number[]> = {};
    const run = async (verb: string, id: string) => {
      const t0 = performance.now();
      const data = await host(verb, id);
      (hostTimes[verb] ??= []).push(performance.now() - t0);
      return data;
    };
    const nextRound = async () => {
      if (current) {
        await run('closeVoting', current);
        await roundClosed(current);
      }
      const next = questions.shift();
      if (!next) throw new Error('the benchmark ran out of questions; raise questionCount');
      current = next;
      await run('askQuestion', current);
      await run('startAnswer', current);
      const before = Date.now();
      const opened = await run('openVoting', current);
      const roundId = opened.openVoting.questions.find((q: { id: string }) => q.id === current).round.id as string;
      await watching.opened(roundId, before);
      return roundId;
    };

    // The server's worker processes are its children; the load generator is this process alone.
    const serverProcesses = processTree(server.pid!);
    const cpu0 = {
      server: cpuSeconds(serverProcesses),
      load: cpuSeconds([process.pid]),
      watchers: cpuSeconds(watching.watcherPids),
      machine: machineBusySeconds(),
    };
    // In the limit's order (runLimit): unpaced first, so neither paced storm starts on a server whose
    // vote path has never run (its first round, still compiling, would set the paced tail alone).
    const serverCpu = () => cpuSeconds(serverProcesses);
    const gc0 = await gcSeconds(url);
    const unpaced = await storm(phones, null, 10, nextRound, serverCpu);
    const gc1 = await gcSeconds(url);
    const paced = await storm(phones, pace, SECONDS, nextRound, serverCpu);
    const gc2 = await gcSeconds(url);
    const atScale = SCALE_RATE ? await storm(phones, SCALE_RATE, SECONDS, nextRound, serverCpu) : undefined;
    writeVotingWindows('wenzheng', [unpaced, paced, ...(atScale ? [atScale] : [])]);
    /** The workers' garbage-collection pauses during each storm (its round switches included): what most slow paced rounds come with. */
    const gc = { unpaced: gcBetween(gc0, gc1), paced: gcBetween(gc1, gc2) };
    const [serverSeconds, loadGeneratorSeconds, watchersSeconds] = [
      cpuSeconds(serverProcesses) - cpu0.server,
      cpuSeconds([process.pid]) - cpu0.load,
      cpuSeconds(watching.watcherPids) - cpu0.watchers,
    ];
    const cpu = {
      serverSeconds,
      loadGeneratorSeconds,
      watchersSeconds,
      /** PostgreSQL, Redis, the screen's process and the kernel's loopback traffic. */
      restSeconds: machineBusySeconds() - cpu0.machine - serverSeconds - loadGeneratorSeconds - watchersSeconds,
    };
    phones.forEach((p) => p.close());
    const watched = await watching.finish();

    // Exactness: what the database holds equals what was acknowledged, with no voter twice in a round.
    const all = [...unpaced.rounds, ...paced.rounds, ...(atScale?.rounds ?? [])];
    const acknowledged = all.reduce((n, r) => n + r.acks.length, 0);
    const stored = await storedVotes(databaseUrl);

    return {
      joinSeconds,
      reconnectSeconds,
      memoryPerPhoneKb,
      heapPerPhoneKb,
      connectionsPerWorker,
      subscribedThroughout: watched.subscribedThroughout,
      cpu,
      gc,
      paced: summarize(`Wenzheng, paced at ${pace}/s`, paced, watched.liveMessagesBetween),
      atScale: atScale && summarize(`Wenzheng, paced at ${SCALE_RATE}/s`, atScale),
      unpaced: summarize('Wenzheng, unpaced', unpaced, watched.liveMessagesBetween),
      // At the paced rate, and in the unpaced burst, where the server is past its limit on purpose.
      screen: { paced: watched.screenLatency(paced.rounds), unpaced: watched.screenLatency(unpaced.rounds) },
      hostActionMs: Object.fromEntries(
        Object.entries(hostTimes).map(([verb, times]) => [
          verb,
          percentile(
            times.sort((x, y) => x - y),
            50,
          ),
        ]),
      ),
      roundOpenedToPhones: watched.roundOpenedToPhones,
      liveStatesPerRound: watched.liveStatesPerRound,
      /** The watching phones' CPU for each live-state message they received: load that shares the server's cores. */
      watcherCpuUsPerLiveState: (cpu.watchersSeconds * 1e6) / watched.liveMessages,
      exact: { acknowledged, ...stored },
    };
  } finally {
    await stopProcess(server);
  }
}

/**
 * A round open for votes in `databaseUrl`, opened by Wenzheng (stopped again), and the live state its
 * phones were sent then, with ROUND_ID where the round's id goes: what the machine's limit works with.
 */
async function openOneRound(databaseUrl: string) {
  const { server, url, session, questions, host } = await startOurs(databaseUrl, 1, 1);
  try {
    const question = questions[0]!;
    await host('askQuestion', question);
    await host('startAnswer', question);
    const roundId = (await host('openVoting', question)).openVoting.questions[0].round.id as string;
    const { liveState } = await gql(url, LIVE_STATE_NOW, { sessionId: session.id });
    return { roundId, liveState: JSON.stringify(liveState).replaceAll(roundId, 'ROUND_ID') };
  } finally {
    await stopProcess(server);
  }
}

/** Connects PHONES phones to a comparison server, each with a device token of its own. */
const connectPhones = (port: number) =>
  inPool(Array.from({ length: PHONES }), 64, () =>
    connectPhone(`ws://127.0.0.1:${port}/graphql`, { deviceToken: `device:${randomUUID()}` }),
  );

/** A port for the limit's or the baseline's server: 4900–5049, below 5060 and 5061, which fetch refuses to reach (its "bad ports"). */
const comparisonPort = () => 4900 + Math.floor(Math.random() * 150);

/**
 * The machine's limit (bench/raw-server.ts) with the same watching phones and screen as Wenzheng's run:
 * unpaced, then paced at half the rate it reached. The host's "open" is one request to it per round.
 */
async function runLimit(databaseUrl: string) {
  const { roundId, liveState } = await openOneRound(databaseUrl);
  const port = comparisonPort();
  const url = `http://127.0.0.1:${port}`;
  const server = await startProcess(
    'bench/in-workers.ts',
    {
      SCRIPT: 'bench/raw-server.ts',
      WORKERS: String(WORKERS),
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      ROUND_ID: roundId,
      REDIS_URL,
      REDIS_PREFIX: `wz-bench-raw-${port}:`,
      LIVE_STATE_TEMPLATE: liveState,
      FRAMES_PER_ROUND: String(LIVE_STATES_PER_ROUND),
      ...profiling('limit'),
    },
    /worker process\(es\) listening/,
  );
  try {
    const heapBefore = await workersHeapAfterGcKb(server.pid!);
    const watching = await startWatching({
      WATCH_URL: url,
      WATCH_SESSION: 'limit',
      WATCH_JOIN_CODE: '',
      WATCH_HOST_TOKEN: '',
      WATCH_RAW: '1',
    });
    const phones = await connectPhones(port);
    await sleep(2_000); // connections settled, as in Wenzheng's run
    const heapPerPhoneKb = ((await workersHeapAfterGcKb(server.pid!)) - heapBefore) / (PHONES + WATCHERS);
    const nextRound = async () => {
      const id = randomUUID();
      const before = Date.now();
      await fetch(`${url}/open`, { method: 'POST', body: id });
      await watching.opened(id, before);
      return id;
    };
    const serverProcesses = processTree(server.pid!);
    const serverCpu = () => cpuSeconds(serverProcesses);
    const unpaced = await storm(phones, null, 10, nextRound, serverCpu);
    const pace = Math.round(summarize('', unpaced).votesPerVotingSecond / 2);
    const paced = await storm(phones, pace, SECONDS, nextRound, serverCpu);
    writeVotingWindows('limit', [unpaced, paced]);
    phones.forEach((p) => p.close());
    const watched = await watching.finish();
    return {
      paced: summarize(`Machine limit, paced at ${pace}/s`, paced, watched.liveMessagesBetween),
      unpaced: summarize('Machine limit, unpaced', unpaced, watched.liveMessagesBetween),
      screen: { paced: watched.screenLatency(paced.rounds) },
      roundOpenedToPhones: watched.roundOpenedToPhones,
      liveStatesPerRound: watched.liveStatesPerRound,
      heapPerPhoneKb,
    };
  } finally {
    await stopProcess(server);
  }
}

/** The plain Apollo + ORM baseline, unpaced; each round a new round id, so each phone votes once in it. */
async function runBaseline(databaseUrl: string) {
  const port = comparisonPort();
  const server = await startProcess(
    'bench/in-workers.ts',
    { SCRIPT: 'bench/baseline-server.ts', DATABASE_URL: databaseUrl, WORKERS: String(WORKERS), PORT: String(port) },
    /worker process\(es\) listening/,
  );
  try {
    const phones = await connectPhones(port);
    const serverProcesses = processTree(server.pid!);
    const unpaced = await storm(
      phones,
      null,
      10,
      async () => randomUUID(),
      () => cpuSeconds(serverProcesses),
    );
    phones.forEach((p) => p.close());
    return summarize('Plain Apollo + ORM baseline, unpaced', unpaced);
  } finally {
    await stopProcess(server);
  }
}

type Limit = Awaited<ReturnType<typeof runLimit>>;
type Baseline = Awaited<ReturnType<typeof runBaseline>>;

function report(
  pace: number,
  ours: Awaited<ReturnType<typeof runOurs>>,
  oneQuestion: Awaited<ReturnType<typeof runOneQuestion>> | undefined,
  compared?: { limit: Limit; baseline: Baseline },
) {
  const { limit, baseline } = compared ?? {};
  const rows = [
    ours.paced,
    ...(ours.atScale ? [ours.atScale] : []),
    ours.unpaced,
    ...(limit && baseline ? [limit.paced, limit.unpaced, baseline] : []),
  ];
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : 1) : '–');
  const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');
  console.log('| run | acknowledged | seconds | votes/s overall | votes/s while voting | p50 ms | p99 ms | refused |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows)
    console.log(
      `| ${r.label} | ${r.acknowledged} | ${f(r.seconds)} | ${f(r.votesPerSecond)} | ${f(r.votesPerVotingSecond)} | ${f(r.p50Ms)} | ${f(r.p99Ms)} | ${JSON.stringify(r.refused)} |`,
    );
  // Unpaced, while voting: each side as fast as it goes, without Wenzheng's round switches.
  const ratio = baseline ? ours.unpaced.votesPerVotingSecond / baseline.votesPerVotingSecond : NaN;
  const limitRatio = limit ? ours.unpaced.votesPerVotingSecond / limit.unpaced.votesPerVotingSecond : NaN;
  const tailRatio = limit ? ours.paced.p99Ms / limit.paced.p99Ms : NaN;
  const { paced: screenPaced, unpaced: screenUnpaced } = ours.screen;
  if (limit && baseline) {
    console.log(
      `\nthroughput, unpaced, while voting: Wenzheng / machine limit ${x(limitRatio)}; Wenzheng / baseline ${x(ratio)}` +
        `\np99 paced at ${pace}/s (half the limit's unpaced rate): Wenzheng / machine limit ${x(tailRatio)}` +
        `\nserver CPU per vote while rounds are open, unpaced: Wenzheng ${f(ours.unpaced.cpuUsPerVote)} µs, machine limit ${f(limit.unpaced.cpuUsPerVote)} µs (${x(ours.unpaced.cpuUsPerVote / limit.unpaced.cpuUsPerVote)})` +
        `\nlive-state messages per watching phone per round: Wenzheng ${ours.liveStatesPerRound.toFixed(2)}, machine limit ${limit.liveStatesPerRound.toFixed(2)}` +
        `\nround opened → phones p99: Wenzheng ${f(ours.roundOpenedToPhones.p99Ms)} ms, machine limit ${f(limit.roundOpenedToPhones.p99Ms)} ms (${x(ours.roundOpenedToPhones.p99Ms / limit.roundOpenedToPhones.p99Ms)})` +
        `\nmemory per connected phone after a full garbage collection: Wenzheng ${f(ours.heapPerPhoneKb)} KB, machine limit ${f(limit.heapPerPhoneKb)} KB` +
        `\nvote → screen p99, paced: Wenzheng ${f(screenPaced.p99Ms)} ms, machine limit ${f(limit.screen.paced.p99Ms)} ms (${x(screenPaced.p99Ms / limit.screen.paced.p99Ms)})`,
    );
  }
  console.log(
    `vote committed → screen: paced p50 ${f(screenPaced.p50Ms)} ms, p99 ${f(screenPaced.p99Ms)} ms over ${screenPaced.samples} votes; unpaced p50 ${f(screenUnpaced.p50Ms)} ms, p99 ${f(screenUnpaced.p99Ms)} ms`,
  );
  console.log(
    `round opened (host asks) → ${WATCHERS} watching phones see it: p50 ${f(ours.roundOpenedToPhones.p50Ms)} ms, p99 ${f(ours.roundOpenedToPhones.p99Ms)} ms over ${ours.roundOpenedToPhones.samples} deliveries`,
  );
  const joinRate = PHONES / ours.joinSeconds;
  const reconnectRate = PHONES / ours.reconnectSeconds;
  console.log(
    `${PHONES} phones joined (pass over HTTP, then connected) in ${f(ours.joinSeconds)} s: ${f(joinRate)}/s; all dropped and reconnected with their passes in ${f(ours.reconnectSeconds)} s: ${f(reconnectRate)} connections/s`,
  );
  console.log(
    `${PHONES + WATCHERS} phones connected to one instance of ${WORKERS} worker process(es) (open files per worker: ${ours.connectionsPerWorker.join(', ')}); ${ours.subscribedThroughout} of ${WATCHERS} subscribed phones saw every round open; server memory per connected phone: ${f(ours.heapPerPhoneKb)} KB of JavaScript memory after a full garbage collection in every worker, ${f(ours.memoryPerPhoneKb)} KB resident`,
  );
  console.log(
    `host actions during the storm, median ms: ${Object.entries(ours.hostActionMs)
      .map(([verb, ms]) => `${verb} ${f(ms)}`)
      .join(', ')}`,
  );
  console.log(
    `CPU during the storms: server ${f(ours.cpu.serverSeconds)} s, load generator ${f(ours.cpu.loadGeneratorSeconds)} s, watchers ${f(ours.cpu.watchersSeconds)} s (${f(ours.watcherCpuUsPerLiveState)} µs a live-state message), the rest of the machine (PostgreSQL, Redis, the screen, the kernel) ${f(ours.cpu.restSeconds)} s (${f((ours.cpu.restSeconds * 1e6) / ours.exact.acknowledged)} µs a vote); server CPU per vote while rounds are open: unpaced ${f(ours.unpaced.cpuUsPerVote)} µs, paced ${f(ours.paced.cpuUsPerVote)} µs`,
  );
  const { unpaced: gcUnpaced, paced: gcPaced } = ours.gc;
  console.log(
    `paced tail: ${ours.paced.slowRounds} of ${ours.paced.rounds} paced rounds had a p99 over ${SLOW_ROUND_MS} ms; ` +
      `the server's workers paused to collect garbage during the paced storm ${gcPaced.minorSeconds.toFixed(2)} s (young generation) and ${gcPaced.majorSeconds.toFixed(2)} s (full collections' final pauses; their marking, in small steps between other work and on helper threads, is not counted), ` +
      `during the unpaced one ${gcUnpaced.minorSeconds.toFixed(2)} s and ${gcUnpaced.majorSeconds.toFixed(2)} s`,
  );
  const stretches = (paced: ReturnType<typeof summarize>) =>
    `${paced.liveMessagesWhileVoting} live-state messages to watching phones while votes were cast; ` +
    (paced.slowStretches
      .map(
        (s) =>
          `round ${s.round + 1}: ${s.slowVotes} sent ${s.sentFromMs}–${s.sentToMs} ms in, max ${s.maxMs} ms, ${s.liveMessages} live-state messages`,
      )
      .join('; ') || 'none');
  console.log(
    `slow paced rounds, Wenzheng: ${stretches(ours.paced)}` +
      (limit ? `\nslow paced rounds, machine limit: ${stretches(limit.paced)}` : ''),
  );
  if (oneQuestion) {
    const q = oneQuestion;
    console.log(
      `one question: ${q.phones} phones joined in ${f(q.joinSeconds)} s (${f(q.phones / q.joinSeconds)}/s) on ${q.workers} worker processes (open files per worker: ${q.connectionsPerWorker.join(', ')}); ` +
        `all saw voting open ${f(q.allSawMs)} ms after the host asked; ${q.acknowledged} acknowledged in ${f(q.seconds)} s (${f(q.votesPerSecond)}/s), p50 ${f(q.p50Ms)} ms, p99 ${f(q.p99Ms)} ms, refused ${JSON.stringify(q.refused)}; ` +
        `stored ${q.stored.ballots} ballots, ${q.stored.distinctVoters} distinct voters → ${q.exact ? 'OK' : 'MISMATCH'}; ` +
        `CPU while voting: servers ${f(q.cpu.servers)} s (${f((q.cpu.servers / q.acknowledged) * 1e6)} µs a vote), phones' processes ${f(q.cpu.phones)} s, ` +
        `the rest (PostgreSQL, Redis, the system) ${f(q.cpu.machine - q.cpu.servers - q.cpu.phones)} s, of ${f(q.cpu.available)} s on ${os.cpus().length} cores`,
    );
  }
  const e = ours.exact;
  const exact = e.acknowledged === e.ballots && e.ballots === e.registered && e.registered === e.distinctVoters;
  console.log(
    `exact: acknowledged ${e.acknowledged}, ballots stored ${e.ballots}, voters registered ${e.registered}, distinct ${e.distinctVoters} → ${exact ? 'OK' : 'MISMATCH'}`,
  );
  // The broadcast-performance targets, on this machine with the load generator on it too; undefined: not run.
  const targets: Record<string, Record<string, boolean | undefined>> = {
    'throughput and tail': {
      'unpaced ≥ 0.8× the machine limit': limit && limitRatio >= 0.8,
      "paced at half the limit's unpaced rate: p99 ≤ 2× the limit's": limit && tailRatio <= 2,
      '… and p99 ≤ 100 ms': ours.paced.p99Ms <= 100,
      '≥ 5× the plain baseline, unpaced': baseline && ratio >= 5,
      'exact count': exact,
    },
    'fan-out': {
      'round opened → 20,000 phones, p99 ≤ 500 ms': WATCHERS >= 20_000 ? ours.roundOpenedToPhones.p99Ms <= 500 : undefined,
      'vote committed → screen, p99 ≤ 150 ms (paced)': ours.screen.paced.p99Ms <= 150,
      '≥ 20,000 phones connected and subscribed': WATCHERS >= 20_000 ? ours.subscribedThroughout >= 20_000 : undefined,
    },
    scale: {
      '≤ 15 KB of server memory per connected phone (after a full garbage collection)': ours.heapPerPhoneKb <= 15,
      '… stretch: ≤ 8 KB': ours.heapPerPhoneKb <= 8,
      '100,000 votes on one question within 10 s, exact': oneQuestion
        ? oneQuestion.acknowledged >= 100_000 && oneQuestion.seconds <= 10 && oneQuestion.exact
        : undefined,
      '≥ 10,000 acknowledged votes/s sustained over 30 s':
        ours.atScale && SECONDS >= 30 ? ours.atScale.votesPerVotingSecond >= 10_000 : undefined,
      '≥ 2,000 new connections/s': reconnectRate >= 2_000,
    },
  };
  for (const [group, checks] of Object.entries(targets)) {
    console.log(`\n${group} targets:`);
    for (const [target, met] of Object.entries(checks))
      console.log(`  ${met === undefined ? 'not run' : met ? 'met    ' : 'NOT met'}  ${target}`);
  }
  if (QUICK) console.log('\n(quick mode: fewer phones and shorter storms; the targets are judged on a full run)');
  const dir = path.resolve(serverDir, '../../bench-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `vote-storm-${QUICK ? 'quick-' : ''}${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        quick: QUICK,
        machine: {
          cores: os.cpus().length,
          cpu: os.cpus()[0]?.model,
          memoryGb: Math.round(os.totalmem() / 2 ** 30),
          node: process.version,
        },
        phones: PHONES,
        watchers: WATCHERS,
        workers: WORKERS,
        voteBatchesAtOnce: VOTE_BATCHES_AT_ONCE,
        pace,
        scaleRate: SCALE_RATE,
        seconds: SECONDS,
        ours,
        oneQuestion,
        machineLimit: limit,
        baseline,
        ratio,
        limitRatio,
        tailRatio,
        joinRate,
        reconnectRate,
        exact,
        targets,
      },
      null,
      2,
    ),
  );
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
  if (!exact || (oneQuestion && !oneQuestion.exact)) process.exitCode = 1;
}

try {
  await main();
} finally {
  smsGateway?.close();
}
