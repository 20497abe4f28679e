// Start-up only: read the configuration, start the server (or its worker processes), print where
// everything is, stop cleanly. A start that fails for a reason the operator can act on (the
// configuration, a port already taken) ends with one sentence on stderr and a non-zero exit code.
import cluster from 'node:cluster';
import { ConfigError, loadConfig, type Config } from './config.js';
import { ListenError } from './http/listen.js';
import { createLogger } from './logger.js';
import { answerMetricsRequests } from './ops/metrics-cluster.js';
import { createServer, type RunningServer } from './server.js';
import { superviseWorkers, WorkerStartFailure, type WorkerFailed, type WorkerReady } from './workers.js';

/** Exit codes of a failed start: 78 (EX_CONFIG, as in sysexits.h) for the configuration, 1 otherwise. */
const EXIT_CONFIG = 78;
const EXIT_FAILED = 1;

/** The sentence and exit code for a start failure the operator can act on; undefined for anything else (a bug: its stack is shown). */
function knownFailure(error: unknown): { message: string; exitCode: number } | undefined {
  if (error instanceof ConfigError) return { message: `Configuration problem: ${error.message}`, exitCode: EXIT_CONFIG };
  if (error instanceof ListenError) return { message: error.message, exitCode: EXIT_FAILED };
  if (error instanceof WorkerStartFailure) return { message: error.message, exitCode: error.exitCode };
  return undefined;
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(knownFailure(error)!.message);
    process.exit(EXIT_CONFIG);
  }
  throw error;
}

function printBanner({ url, seededCredentials, passwordFile }: Omit<WorkerReady, 'type'>, workers: number) {
  const surfaces: [path: string, name: string][] = [
    ['/', '公众首页 public home'],
    ['/clues', '征集问题线索 submit a clue (also /clues/track, /clues/list)'],
    ['/vote', '观众投票 audience voting (phones)'],
    ['/screen', '现场大屏 broadcast screen'],
    ['/host', '主持人控制台 host console'],
    ['/moderate', '网络互动审核 audience-message moderation'],
    ['/admin', '管理后台 congress staff (clue triage, follow-up board)'],
    ['/department', '承办单位 department portal'],
    ['/results', '结果公示 public results per session'],
    ['/graphql', 'GraphQL API, HTTP and WebSocket'],
    ['/readyz', 'readiness (also /healthz)'],
  ];
  const width = Math.max(...surfaces.map(([path]) => url.length + path.length)) + 2;
  const lines = [
    `Wenzheng is running at ${url}${workers > 1 ? ` (${workers} worker processes)` : ''}`,
    ...surfaces.map(([path, name]) => `  ${(url + path).padEnd(width)}${name}`),
  ];
  if (seededCredentials.length > 0) {
    lines.push('', 'Accounts created on this start (passwords are shown only this once):');
    for (const c of seededCredentials) lines.push(`  ${c.username.padEnd(15)} ${c.password.padEnd(16)} ${c.role}`);
  }
  // Production never prints a password (log collectors keep what they see): only where it is.
  if (passwordFile)
    lines.push(
      '',
      `Accounts were created on this start; their passwords are in ${passwordFile} (readable only by this user), and nowhere else.`,
    );
  console.log(`\n${lines.join('\n')}\n`);
}

if (config.workers > 1 && cluster.isPrimary) {
  const logger = createLogger(config.logLevel);
  // A scrape reaches one worker, which asks here for every worker's metrics.
  answerMetricsRequests();
  try {
    printBanner(await superviseWorkers(config.workers, logger), config.workers);
  } catch (error) {
    // A worker that could say why it did not start (its port is taken, …) sent the sentence: printed once, here.
    const known = knownFailure(error);
    if (known) console.error(known.message);
    else logger.error({ err: error }, 'the workers did not start');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exitCode = known?.exitCode ?? EXIT_FAILED;
  }
} else {
  const server = await createServer(config).catch(failedStart);
  if (server) serve(server);
}

/** Says why the server did not start, and ends the process with a non-zero code; rethrows what is not known (a bug). */
function failedStart(error: unknown): undefined {
  const known = knownFailure(error);
  if (!known) throw error;
  if (cluster.isWorker) {
    // The primary prints the sentence (once, however many workers fail) and exits with the code.
    const failed: WorkerFailed = { type: 'failed', ...known };
    process.send!(failed, undefined, undefined, () => process.exit(known.exitCode));
  } else {
    console.error(known.message);
    // createServer left nothing running, so the process ends by itself; this only bounds the wait.
    process.exitCode = known.exitCode;
    setTimeout(() => process.exit(known.exitCode), 10_000).unref();
  }
  return undefined;
}

function serve(server: RunningServer) {
  const ready: WorkerReady = {
    type: 'ready',
    url: server.url,
    seededCredentials: server.seededCredentials,
    passwordFile: server.passwordFile,
  };
  // A worker reports to the primary, which prints once every worker listens.
  if (cluster.isWorker) process.send!(ready);
  else printBanner(ready, 1);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.logger.info({ signal }, 'shutting down');
      const force = setTimeout(() => process.exit(1), 15_000).unref();
      server.stop().then(
        () => {
          clearTimeout(force);
          process.exit(0);
        },
        (error) => {
          server.logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
