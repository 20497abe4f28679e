// Tools for the fault tests (`*.faults.test.ts`, the `faults` test project): real server processes
// that can be killed, private PostgreSQL and Redis instances that can be stopped and started again
// without touching the machine's shared ones, a network that can drop every connection at once,
// phones that vote over HTTP and WebSocket, and checks straight against the database.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { MikroORM } from '@mikro-orm/postgresql';
import { TEST_PASSWORD } from '../db/seeders/test.seeder.js';
import { checkCodes as ACCEPT_ALL_WARNINGS } from '../modules/session/pre-live-check.js';
import { newKeyEntry } from '../secrets/key-ring.js';

export const serverDir = path.resolve(import.meta.dirname, '../..');

/** Whatever a test started is ended when its worker exits, even after a timeout or a crash. */
const leftovers = new Set<() => void>();
process.once('exit', () => {
  for (const end of leftovers) {
    try {
      end();
    } catch {
      // already gone
    }
  }
});

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One line of figures per test, picked up from the test output (`[faults] …`). */
export function report(test: string, figures: Record<string, unknown>): void {
  console.log(`[faults] ${test}: ${JSON.stringify(figures)}`);
}

/** Runs every clean-up step even when some fail (a failed test leaves nothing running behind it). */
export async function cleanUp(...steps: (() => Promise<unknown> | unknown)[]): Promise<void> {
  const results = [];
  for (const step of steps)
    results.push(
      await Promise.resolve()
        .then(step)
        .then(
          () => undefined,
          (error: unknown) => error,
        ),
    );
  const failed = results.filter((r) => r !== undefined);
  if (failed.length) console.warn('[faults] clean-up problems:', failed);
}

export async function waitUntil<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  what: string,
  timeoutMs = 10_000,
  everyMs = 25,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(everyMs);
  }
}

/** A TCP port nobody listens on right now (the kernel's pick, released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

// --- a private PostgreSQL ------------------------------------------------------------------------

function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  return found ? path.dirname(found) : undefined;
}

function redisServerBin(): string | undefined {
  return spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim() || undefined;
}

export const tools = { postgresBin: postgresBinDir(), redisServer: redisServerBin() };

/** PostgreSQL refuses to run as root: as root, its files and processes belong to this user. */
function postgresUser(): { name: string; uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    const uid = Number(spawnSync('id', ['-u', name], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());
    if (Number.isInteger(uid) && uid > 0 && Number.isInteger(gid)) return { name, uid, gid };
  }
  throw new Error('Running as root and found no user (postgres, nobody) to run a private PostgreSQL as.');
}

/** Runs a command (as `user` when given) without blocking the event loop: phones keep voting meanwhile. */
function run(command: string, args: string[], user: { name: string } | undefined, timeoutMs = 60_000): Promise<string> {
  const [file, argv] = user ? ['runuser', ['-u', user.name, '--', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    execFile(file, argv, { encoding: 'utf8', timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr || stdout}`));
      else resolve(stdout);
    });
  });
}

/** A PostgreSQL server of the test's own, on a free port, in a temporary folder; trust authentication. */
export class PrivatePostgres {
  private running = false;

  private constructor(
    private readonly dir: string,
    readonly port: number,
    private readonly user: ReturnType<typeof postgresUser>,
  ) {}

  static async create(): Promise<PrivatePostgres> {
    if (!tools.postgresBin) throw new Error('No PostgreSQL server binaries (initdb, pg_ctl) found under /usr/lib/postgresql or on PATH.');
    const user = postgresUser();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wz-faults-pg-'));
    if (user) chownSync(dir, user.uid, user.gid);
    const pg = new PrivatePostgres(dir, await freePort(), user);
    await run(
      path.join(tools.postgresBin, 'initdb'),
      ['-D', pg.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions'],
      user,
    );
    await pg.start();
    return pg;
  }

  private get dataDir() {
    return path.join(this.dir, 'data');
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private readonly endOnExit = () => {
    const pid = Number(readFileSync(path.join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid > 0) process.kill(pid, 'SIGQUIT');
  };

  async start(): Promise<void> {
    leftovers.add(this.endOnExit);
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.dir} -c fsync=off -c full_page_writes=off -c max_connections=100`;
    await run(
      path.join(tools.postgresBin!, 'pg_ctl'),
      ['-D', this.dataDir, '-l', path.join(this.dir, 'server.log'), '-o', options, '-w', '-t', '30', 'start'],
      this.user,
    );
    this.running = true;
  }

  /** `fast` rolls back open transactions and disconnects everyone; `immediate` is like a crash. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await run(path.join(tools.postgresBin!, 'pg_ctl'), ['-D', this.dataDir, '-m', mode, '-w', '-t', '30', 'stop'], this.user);
    this.running = false;
    leftovers.delete(this.endOnExit);
  }

  async createDatabase(name: string): Promise<string> {
    const sql = await openSql(this.url());
    try {
      await sql.query(`create database "${name}"`);
    } finally {
      await sql.close();
    }
    return this.url(name);
  }

  async destroy(): Promise<void> {
    try {
      if (this.running) await this.stop('immediate');
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

// --- a private Redis -----------------------------------------------------------------------------

/** A Redis server of the test's own, on a free port, keeping nothing on disk. */
export class PrivateRedis {
  private child: ChildProcess | undefined;

  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivateRedis> {
    if (!tools.redisServer) throw new Error('No redis-server binary on PATH.');
    const redis = new PrivateRedis(mkdtempSync(path.join(os.tmpdir(), 'wz-faults-redis-')), await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      tools.redisServer!,
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir],
      { stdio: 'ignore' },
    );
    this.child = child;
    const end = () => child.kill('SIGKILL');
    leftovers.add(end);
    child.once('exit', () => leftovers.delete(end));
    await waitUntil(() => portAnswers(this.port), 'private Redis accepts connections', 10_000, 20);
  }

  /** Gone at once, as if the machine under it had failed. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

// --- SQL straight to a database ------------------------------------------------------------------

export interface Sql {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `work` in one transaction: the locks its statements take are held until it returns. */
  transaction<T>(work: (query: Sql['query']) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openSql(url: string): Promise<Sql> {
  const orm = await MikroORM.init({
    clientUrl: url,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    ensureDatabase: false,
    pool: { min: 0, max: 2 },
  });
  return {
    query: (sql, params = []) => orm.em.getConnection().execute(sql, params as never[]),
    transaction: (work) => orm.em.transactional((em) => work((sql, params = []) => em.execute(sql, params as never[]))),
    close: () => orm.close(),
  };
}

/** A transaction left open, holding the locks its first statements took, until `commit`. */
export interface HeldTransaction {
  /** Runs `last` (if any) in the same transaction, then commits it, letting its locks go. */
  commit(last?: (query: Sql['query']) => Promise<unknown>): Promise<void>;
}

/** Opens a transaction on `sql`, runs `take` in it, and resolves once it has: its locks are held until `commit`. */
export async function holdTransaction(sql: Sql, take: (query: Sql['query']) => Promise<unknown>): Promise<HeldTransaction> {
  let taken!: () => void;
  let release!: (last?: (query: Sql['query']) => Promise<unknown>) => void;
  const tookLocks = new Promise<void>((resolve) => (taken = resolve));
  const finished = sql.transaction(async (query) => {
    await take(query);
    taken();
    const last = await new Promise<((query: Sql['query']) => Promise<unknown>) | undefined>((resolve) => (release = resolve));
    await last?.(query);
  });
  await Promise.race([tookLocks, finished]);
  return {
    commit(last) {
      release(last);
      return finished;
    },
  };
}

/** Resolves once some statement on the database `sql` is connected to waits on a lock. */
export function untilWaitingOnALock(sql: Sql, what: string): Promise<true> {
  return waitUntil(
    async () =>
      (
        await sql.query<{ n: string }>(
          `select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        )
      )[0]!.n !== '0' || undefined,
    what,
  );
}

/** An empty database on the given server (the shared one by default), dropped by `drop()`. */
export async function freshDatabase(adminUrl = process.env.TEST_DATABASE_URL!): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `wz_faults_${Date.now()}_${randomUUID().slice(0, 6)}`;
  const admin = await openSql(adminUrl);
  await admin.query(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.close();
    },
  };
}

// --- a server process ----------------------------------------------------------------------------

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/**
 * `node --import tsx src/main.ts` (the `start` script) on a port picked here, with the given
 * environment; it can be killed and started again on the same port and database.
 */
export class ServerProcess {
  private child: ChildProcess | undefined;
  private exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
  /** Every log line of every run, parsed (pino JSON); non-JSON output as level 0. */
  readonly logs: LogLine[] = [];
  readonly url: string;
  private readonly secretKey = newKeyEntry('k1');

  private constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  static async create(env: Record<string, string>): Promise<ServerProcess> {
    return new ServerProcess(await freePort(), env);
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}/graphql`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Started and not ended since. */
  get alive(): boolean {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null);
  }

  /** Starts the process; resolves with the milliseconds from spawning it to `/readyz` answering 200. */
  async start(timeoutMs = 30_000): Promise<number> {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? os.tmpdir(),
        TMPDIR: os.tmpdir(),
        HOST: '127.0.0.1',
        PORT: String(this.port),
        SEED: 'test',
        LOG_LEVEL: 'warn',
        WEB_DIST: '/nonexistent',
        UPLOAD_DIR: path.join(os.tmpdir(), 'wz-faults-uploads'),
        JOINS_PER_MINUTE_PER_ADDRESS: '1000000',
        // One master key for this process across its restarts, as a deployment keeps its key file.
        SECRET_KEY: this.secretKey,
        ...this.env,
      },
    });
    this.child = child;
    const end = () => child.kill('SIGKILL');
    leftovers.add(end);
    this.exit = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        leftovers.delete(end);
        resolve({ code, signal });
      }),
    );
    for (const stream of [child.stdout!, child.stderr!]) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop()!;
        for (const line of lines) if (line.trim()) this.logs.push(parseLogLine(line));
      });
    }
    let exited = false;
    void this.exit.then(() => (exited = true));
    await waitUntil(
      async () => {
        if (exited) throw new Error(`the server exited while starting:\n${this.tail()}`);
        const response = await fetch(`${this.url}/readyz`, { signal: AbortSignal.timeout(1_000) }).catch(() => undefined);
        return response?.status === 200;
      },
      'the server answers /readyz with 200',
      timeoutMs,
      20,
    );
    return Math.round(performance.now() - started);
  }

  /** Sends `signal` and waits for the process to end. */
  async stop(signal: NodeJS.Signals = 'SIGKILL'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = this.child;
    if (!child || !this.exit) return { code: null, signal: null };
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const result = await this.exit;
    this.child = undefined;
    return result;
  }

  /** Resolves when the process ends by itself. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exit ?? Promise.resolve({ code: null, signal: null });
  }

  /** Log lines at error level or above (pino: 50 error, 60 fatal), and output that is no log line. */
  problems(sinceIndex = 0): LogLine[] {
    return this.logs.slice(sinceIndex).filter((l) => l.level >= 50);
  }

  tail(lines = 30): string {
    return this.logs
      .slice(-lines)
      .map((l) => (l.raw as string | undefined) ?? JSON.stringify(l))
      .join('\n');
  }
}

function parseLogLine(line: string): LogLine {
  if (line.startsWith('{')) {
    try {
      return JSON.parse(line) as LogLine;
    } catch {
      // fall through
    }
  }
  return { level: 0, msg: line, raw: line };
}

// --- a network that can fail ---------------------------------------------------------------------

/**
 * A TCP proxy in front of a server, standing for the network between phones and the server: `drop()`
 * cuts every connection at once (no close handshake, as when a Wi-Fi or a cell goes away) and
 * refuses new ones until `restore()`.
 */
export class DroppingProxy {
  private readonly pairs = new Set<[net.Socket, net.Socket]>();
  private accepting = true;
  private constructor(
    private readonly server: net.Server,
    readonly port: number,
  ) {}

  static async create(targetPort: number): Promise<DroppingProxy> {
    let proxy: DroppingProxy | undefined;
    const server = net.createServer((client) => {
      if (!proxy!.accepting) return void client.destroy();
      const upstream = net.connect(targetPort, '127.0.0.1');
      const pair: [net.Socket, net.Socket] = [client, upstream];
      proxy!.pairs.add(pair);
      const cut = () => {
        proxy!.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      client.on('error', cut).on('close', cut);
      upstream.on('error', cut).on('close', cut);
      client.pipe(upstream);
      upstream.pipe(client);
    });
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
    );
    proxy = new DroppingProxy(server, port);
    return proxy;
  }

  get connections(): number {
    return this.pairs.size;
  }

  drop(): number {
    this.accepting = false;
    const cut = this.pairs.size;
    for (const [client, upstream] of this.pairs) {
      client.resetAndDestroy();
      upstream.resetAndDestroy();
    }
    this.pairs.clear();
    return cut;
  }

  restore(): void {
    this.accepting = true;
  }

  close(): Promise<void> {
    this.drop();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

// --- the public API, as phones and the host console call it --------------------------------------

export interface GqlAnswer<T = any> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  timeoutMs = 10_000,
): Promise<GqlAnswer<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as { data?: T; errors?: GqlAnswer['errors'] };
  return { status: response.status, data: body.data ?? null, errors: body.errors };
}

export async function must<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const answer = await gql<T>(url, query, variables, token ? { authorization: `Bearer ${token}` } : {});
  if (answer.errors?.length || !answer.data) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

export async function login(url: string, username: string): Promise<string> {
  const data = await must(url, 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username, password: TEST_PASSWORD },
  });
  return data.login.token as string;
}

export const VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { roundId choice replayed } }';
export const TALLY = 'query($roundId: ID!) { roundTally(roundId: $roundId) { studioVoted onlineVoted sequence } }';
export const TALLY_SUBSCRIPTION =
  'subscription($roundId: ID!) { roundTallyChanged(roundId: $roundId) { onlineVoted studioVoted sequence } }';
export const CHOICES = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const;
export type Choice = (typeof CHOICES)[number];

/** A published session run by the test host: plan, go live, open and close each question's vote. */
export class Show {
  private constructor(
    public url: string,
    readonly id: string,
    readonly joinCode: string,
    readonly questionIds: string[],
    private host: string,
  ) {}

  static async plan(url: string, questions: number, settings: Record<string, unknown> = {}): Promise<Show> {
    const admin = await login(url, 'admin');
    const host = await login(url, 'host');
    const departmentId = (await must(url, '{ departments(first: 1) { nodes { id } } }', {}, admin)).departments.nodes[0].id;
    const input = {
      title: '故障演练',
      theme: '加强物业管理',
      scheduledAt: new Date().toISOString(),
      settings: { windowSeconds: 600, ...settings },
    };
    const session = (await must(url, 'mutation($input: SessionInput!) { createSession(input: $input) { id joinCode } }', { input }, admin))
      .createSession;
    await must(
      url,
      'mutation($input: IssueSeatCodesInput!) { issueSeatCodes(input: $input) { id } }',
      { input: { sessionId: session.id, count: 5 } },
      admin,
    );
    let questionIds: string[] = [];
    for (let i = 1; i <= questions; i++) {
      const added = await must(
        url,
        'mutation($s: ID!, $input: QuestionInput!) { addQuestion(sessionId: $s, input: $input) { questions { id } } }',
        { s: session.id, input: { title: `问题${i}`, body: '内容', questioner: '代表', departmentId, respondent: '局长' } },
        admin,
      );
      questionIds = added.addQuestion.questions.map((q: { id: string }) => q.id);
    }
    await must(url, 'mutation($id: ID!) { publishSession(id: $id) { id } }', { id: session.id }, admin);
    await must(
      url,
      'mutation($input: StartSessionInput!) { startSession(input: $input) { id } }',
      { input: { sessionId: session.id, acceptWarnings: ACCEPT_ALL_WARNINGS } },
      host,
    );
    return new Show(url, session.id, session.joinCode, questionIds, host);
  }

  /** After a restart the tokens still work (sessions are stored), but a new instance may have a new address. */
  useServer(url: string): void {
    this.url = url;
  }

  /** Asks the question, lets it be answered and opens its vote; returns the round. */
  async openVoting(questionId: string): Promise<string> {
    for (const verb of ['askQuestion', 'startAnswer', 'openVoting'])
      await must(this.url, `mutation($id: ID!) { ${verb}(id: $id) { id } }`, { id: questionId }, this.host);
    return this.roundOf(questionId);
  }

  async roundOf(questionId: string): Promise<string> {
    const { session } = await must(
      this.url,
      'query($id: ID!) { session(id: $id) { questions { id round { id } } } }',
      { id: this.id },
      this.host,
    );
    return session.questions.find((q: { id: string }) => q.id === questionId).round.id;
  }

  async closeVoting(questionId: string): Promise<void> {
    await must(this.url, 'mutation($id: ID!) { closeVoting(id: $id) { id } }', { id: questionId }, this.host);
  }

  /** The round as staff see it, with the stored result once closed. */
  async round(
    questionId: string,
  ): Promise<{ id: string; status: string; result: { channels: { channel: string; total: number; satisfied: number }[] } | null }> {
    const { session } = await must(
      this.url,
      'query($id: ID!) { session(id: $id) { questions { id round { id status result { channels { channel total satisfied } } } } } }',
      { id: this.id },
      this.host,
    );
    return session.questions.find((q: { id: string }) => q.id === questionId).round;
  }

  async join(url = this.url): Promise<string> {
    const data = await must(url, 'mutation($code: String!) { joinSession(joinCode: $code) { token } }', { code: this.joinCode });
    return data.joinSession.token as string;
  }

  async joinMany(n: number, concurrency = 25): Promise<string[]> {
    const tokens: string[] = [];
    for (let i = 0; i < n; i += concurrency)
      tokens.push(...(await Promise.all(Array.from({ length: Math.min(concurrency, n - i) }, () => this.join()))));
    return tokens;
  }
}

/** The register key a pass votes under (its claims are readable; only the signature is secret). */
export function voterKeyOf(deviceToken: string): string {
  return (JSON.parse(Buffer.from(deviceToken.split('.')[1]!, 'base64url').toString('utf8')) as { k: string }).k;
}

/** What the server stores for a ballot id and choice (see castVote). */
export function ballotKeyOf(ballotId: string, choice: string): string {
  return createHash('sha256').update(`${ballotId}|${choice}`).digest('hex');
}

/** How one attempt to vote ended, as a phone sees it. */
export type Attempt =
  | { kind: 'ack'; replayed: boolean; choice: string }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'unreachable'; message: string };

/** One castVote over HTTP, as a phone sends it; never throws. */
export async function castVoteHttp(
  url: string,
  deviceToken: string,
  input: { roundId: string; choice: string; ballotId: string },
  timeoutMs = 10_000,
): Promise<Attempt> {
  try {
    const answer = await gql(url, VOTE, { input }, { 'x-device-token': deviceToken }, timeoutMs);
    if (answer.data?.castVote) return { kind: 'ack', replayed: answer.data.castVote.replayed, choice: answer.data.castVote.choice };
    const error = answer.errors?.[0];
    return { kind: 'refused', code: error?.extensions?.code ?? `HTTP_${answer.status}`, message: error?.message ?? '' };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { kind: 'unreachable', message: cause?.code ?? cause?.message ?? (error as Error).message };
  }
}

/** A phone's live connection, kept alive the way the web app keeps it (packages/web/src/graphql/live.ts). */
export interface WsPhone {
  client: Client;
  /** Times connected (the first connect and every reconnect), and when last. */
  connects: number;
  connectedAt: number;
  /** Close codes seen, in order. */
  closes: number[];
  /** Cuts the wait before the next reconnect short, as the browser's `online` event does. */
  wake(): void;
  dispose(): Promise<void>;
}

export function wsPhone(wsUrl: string, connectionParams: Record<string, unknown>, options: { retry?: boolean } = {}): WsPhone {
  let wakeRetry: (() => void) | undefined;
  const phone: WsPhone = {
    client: undefined as unknown as Client,
    connects: 0,
    connectedAt: 0,
    closes: [],
    wake: () => wakeRetry?.(),
    dispose: async () => {
      await phone.client.dispose();
    },
  };
  phone.client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: true,
    retryAttempts: options.retry === false ? 0 : Infinity,
    shouldRetry: () => options.retry !== false,
    // As the web app: 0.5 s, 1 s, 2 s … up to 8 s, plus up to 0.5 s of jitter.
    retryWait: (retries) =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          wakeRetry = undefined;
          resolve();
        };
        const timer = setTimeout(done, Math.min(8_000, 500 * 2 ** retries) + Math.random() * 500);
        wakeRetry = done;
      }),
    on: {
      connected: () => {
        phone.connects++;
        phone.connectedAt = Date.now();
      },
      closed: (event) => void phone.closes.push((event as { code: number }).code),
    },
  });
  return phone;
}

/** The socket closed (`CLOSED_<close code>`) or could not connect (`CONNECT_<reason>`). */
function transportError(error: unknown): { message: string; extensions: { code: string } } {
  const e = error as { code?: number; reason?: string; message?: string; error?: { code?: string } };
  if (typeof e?.code === 'number') return { message: e.reason ?? '', extensions: { code: `CLOSED_${e.code}` } };
  const reason = e?.error?.code ?? /E[A-Z]+/.exec(e?.message ?? '')?.[0] ?? 'ERROR';
  return { message: e?.message ?? String(error), extensions: { code: `CONNECT_${reason}` } };
}

/** One query or mutation over a phone's socket: the first result, or the error it ends with. */
export function wsExecute<T = any>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: T; errors?: GqlAnswer['errors'] }> {
  return new Promise((resolve) => {
    let settled = false;
    client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (!settled) resolve(result as never);
          settled = true;
        },
        error: (error) => {
          if (!settled) resolve({ errors: Array.isArray(error) ? error : [transportError(error)] });
          settled = true;
        },
        complete: () => {
          if (!settled) resolve({ errors: [{ message: 'completed without an answer', extensions: { code: 'NO_ANSWER' } }] });
          settled = true;
        },
      },
    );
  });
}

/**
 * The register and ballots of a round as stored: register rows (voter, ballot key) and ballot
 * counts by choice. The register's primary key is (round, voter), so a voter appears at most once.
 */
export async function storedRound(sql: Sql, roundId: string) {
  const register = await sql.query<{ voter_key: string; ballot_key: string }>(
    'select voter_key, ballot_key from vote_register where round_id = ?',
    [roundId],
  );
  const ballots = await sql.query<{ choice: string; channel: string; n: string }>(
    'select channel, choice, count(*) as n from ballot where round_id = ? group by channel, choice',
    [roundId],
  );
  const byChoice: Record<string, number> = {};
  let total = 0;
  for (const row of ballots) {
    byChoice[row.choice] = (byChoice[row.choice] ?? 0) + Number(row.n);
    total += Number(row.n);
  }
  const duplicates = await sql.query<{ n: string }>(
    'select count(*) as n from (select voter_key from vote_register where round_id = ? group by voter_key having count(*) > 1) d',
    [roundId],
  );
  return {
    register: new Map(register.map((r) => [r.voter_key, r.ballot_key])),
    byChoice,
    ballots: total,
    duplicateVoters: Number(duplicates[0]!.n),
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
