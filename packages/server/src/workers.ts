import cluster, { type Worker } from 'node:cluster';
import type { Logger } from './logger.js';

/** What a worker tells the primary once it listens: where it runs, and demo credentials it seeded (or, in production, the file holding them). */
export interface WorkerReady {
  type: 'ready';
  url: string;
  seededCredentials: { username: string; password: string; role: string }[];
  passwordFile: string | undefined;
}

/** What a worker tells the primary when it cannot start for a reason it can say in one sentence (its port is taken, …); it then exits. */
export interface WorkerFailed {
  type: 'failed';
  message: string;
  exitCode: number;
}

/** A worker could not start, for the reason in `message` (already a sentence for the operator). */
export class WorkerStartFailure extends Error {
  override readonly name = 'WorkerStartFailure';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const RESTART_AFTER_MS = 1_000;
const STOP_WITHIN_MS = 20_000;

/**
 * A larger young generation for the workers: during a vote storm, answers waiting a few milliseconds for
 * their batch outlive the default one's collections, are promoted, and make the full collections that
 * walk every connected phone's state more frequent. Measured with 14,000 phones on one instance: about
 * 17% more votes a second, for more memory per worker (at most ~150 MB; about 27 MB in that run).
 * Flags the operator gives come after these and win.
 */
const WORKER_NODE_FLAGS = ['--max-semi-space-size=64'];

/**
 * Runs `count` server processes on one port, one per core (Node's cluster): each worker listens on the
 * port itself (SO_REUSEPORT) and the kernel spreads new connections evenly over them; they share state
 * through PostgreSQL and Redis exactly as separate instances do. The first worker starts alone (it migrates and seeds); the others follow once it
 * listens. A worker that dies is started again; SIGTERM or SIGINT drains every worker, then exits.
 * Resolves with the first worker's report once all of them listen.
 */
export function superviseWorkers(count: number, logger: Logger): Promise<WorkerReady> {
  let stopping = false;
  cluster.setupPrimary({ execArgv: [...WORKER_NODE_FLAGS, ...process.execArgv] });
  /** Set once every worker listens: a worker that fails while starting fails the start instead. */
  let supervising = false;
  const fork = () =>
    new Promise<WorkerReady>((resolve, reject) => {
      const worker: Worker = cluster.fork();
      worker.on('message', (message: WorkerReady | WorkerFailed) => {
        if (message.type === 'ready') resolve(message);
        if (message.type === 'failed') reject(new WorkerStartFailure(message.message, message.exitCode));
      });
      worker.once('exit', (code) => reject(new Error(`worker ${worker.process.pid} exited with code ${code} before it was ready`)));
    });

  cluster.on('exit', (worker, code, signal) => {
    if (stopping || !supervising) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'a worker stopped; starting another');
    setTimeout(
      () =>
        void fork().then(
          (ready) => logger.info({ url: ready.url }, 'a replacement worker is ready'),
          (error: Error) => logger.error({ err: error }, 'a replacement worker failed to start'),
        ),
      RESTART_AFTER_MS,
    );
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      stopping = true;
      logger.info({ signal }, 'stopping every worker');
      setTimeout(() => process.exit(1), STOP_WITHIN_MS).unref();
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
      let failed = false;
      let running = workers.length;
      if (running === 0) process.exit(0);
      for (const worker of workers) {
        // A worker still starting has no handler yet and ends by the signal itself: stopped as asked.
        worker.once('exit', (code, endedBy) => {
          failed ||= code !== 0 && endedBy !== 'SIGTERM';
          if (--running === 0) process.exit(failed ? 1 : 0);
        });
        worker.process.kill('SIGTERM');
      }
    });
  }

  return (async () => {
    const first = await fork();
    await Promise.all(Array.from({ length: count - 1 }, fork));
    supervising = true;
    return first;
  })();
}
