// Start-up only: read the configuration, start the server (or its worker processes), print where
// everything is, stop cleanly.
import cluster from 'node:cluster';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { createServer } from './server.js';
import { superviseWorkers, type WorkerReady } from './workers.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Configuration problem: ${error.message}`);
    process.exit(78);
  }
  throw error;
}

function printBanner({ url, seededCredentials }: Omit<WorkerReady, 'type'>, workers: number) {
  const surfaces: [path: string, name: string][] = [
    ['/', '公众首页 public home'],
    ['/clues', '征集问题线索 submit a clue (also /clues/track, /clues/list)'],
    ['/vote', '观众投票 audience voting (phones)'],
    ['/screen', '现场大屏 broadcast screen'],
    ['/host', '主持人控制台 host console'],
    ['/admin', '管理后台 congress staff (clue triage, follow-up board)'],
    ['/department', '承办单位 department portal'],
    ['/results', '结果公示 public results per session'],
    ['/graphql', 'GraphQL API, HTTP and WebSocket'],
    ['/readyz', 'readiness (also /healthz)'],
  ];
  const width = Math.max(...surfaces.map(([path]) => url.length + path.length)) + 2;
  const lines = [`Wenzheng is running at ${url}${workers > 1 ? ` (${workers} worker processes)` : ''}`, ...surfaces.map(([path, name]) => `  ${(url + path).padEnd(width)}${name}`)];
  if (seededCredentials.length > 0) {
    lines.push('', 'Demo accounts (passwords are shown only this once):');
    for (const c of seededCredentials) lines.push(`  ${c.username.padEnd(15)} ${c.password.padEnd(16)} ${c.role}`);
  }
  console.log(`\n${lines.join('\n')}\n`);
}

if (config.workers > 1 && cluster.isPrimary) {
  const logger = createLogger(config.logLevel);
  try {
    printBanner(await superviseWorkers(config.workers, logger), config.workers);
  } catch (error) {
    logger.error({ err: error }, 'the workers did not start');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exitCode = 1;
  }
} else {
  const server = await createServer(config);
  const ready: WorkerReady = { type: 'ready', url: server.url, seededCredentials: server.seededCredentials };
  // A worker reports to the primary, which prints once every worker listens.
  if (cluster.isWorker) process.send!(ready);
  else printBanner(ready, 1);

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.logger.info({ signal }, 'shutting down');
      const force = setTimeout(() => process.exit(1), 15_000).unref();
      server.stop().then(() => { clearTimeout(force); process.exit(0); }, (error) => {
        server.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
    });
  }
}
