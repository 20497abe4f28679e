// Runs a comparison server (SCRIPT) as Wenzheng runs with WORKERS: that many processes on one port,
// Node's cluster handing each new connection to one of them, so the ratios compare like with like.
import cluster from 'node:cluster';
import { createRequire } from 'node:module';

const workers = Number(process.env.WORKERS ?? 1);
cluster.setupPrimary({ exec: process.env.SCRIPT!, execArgv: ['--import', createRequire(import.meta.url).resolve('tsx')] });
// One after the other: the first sets up its tables alone.
for (let i = 0; i < workers; i++) await new Promise<void>((resolve) => cluster.fork().once('listening', () => resolve()));
console.log(`${workers} worker process(es) listening`);
process.on('SIGTERM', () => {
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  process.exit(0);
});
