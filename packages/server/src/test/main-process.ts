// The server's entry point as a child process, for tests of how it starts and fails to start:
// `src/main.ts` under tsx (as `pnpm start` runs it) or the build's `dist/main.js` under plain node.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const serverDir = path.resolve(import.meta.dirname, '../..');

export interface MainProcess {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr together. */
  readonly output: string;
  /** Resolves with the first match of `pattern` in the output; rejects if the process ends first or after `ms`. */
  waitFor(pattern: RegExp, ms: number): Promise<{ match: RegExpMatchArray; at: number }>;
  /** Resolves when the process has ended (code, signal, when); rejects after `ms`, killing it. */
  exited(ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  kill(): void;
}

/** Starts `entry` (relative to packages/server) with a minimal environment plus `env`; never inherits the test's own. */
export function startMain(env: Record<string, string>, entry = 'src/main.ts'): MainProcess {
  const args = entry.endsWith('.ts') ? ['--import', createRequire(import.meta.url).resolve('tsx'), entry] : ['--enable-source-maps', entry];
  const child = spawn(process.execPath, args, {
    cwd: serverDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.tmpdir(),
      TMPDIR: os.tmpdir(),
      HOST: '127.0.0.1',
      DATA_DIR: 'memory://',
      LOG_LEVEL: 'info',
      WEB_DIST: '/nonexistent',
      UPLOAD_DIR: mkdtempSync(path.join(os.tmpdir(), 'wz-main-uploads-')),
      ...env,
    },
  });
  let output = '';
  const listeners = new Set<() => void>();
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      output += chunk;
      for (const listener of listeners) listener();
    });
  }
  let ended: { code: number | null; signal: NodeJS.Signals | null; at: number } | undefined;
  const end = new Promise<NonNullable<typeof ended>>((resolve) =>
    child.once('exit', (code, signal) => {
      ended = { code, signal, at: performance.now() };
      for (const listener of listeners) listener();
      resolve(ended);
    }),
  );
  const kill = () => {
    if (!ended) child.kill('SIGKILL');
  };
  process.once('exit', kill);

  return {
    child,
    get output() {
      return output;
    },
    waitFor(pattern, ms) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`no ${pattern} within ${ms} ms; output:\n${output}`)), ms);
        const check = () => {
          const match = output.match(pattern);
          if (match) done(undefined, { match, at: performance.now() });
          else if (ended) done(new Error(`the process ended (code ${ended.code}) before printing ${pattern}; output:\n${output}`));
        };
        const done = (error?: Error, value?: { match: RegExpMatchArray; at: number }) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(value!);
        };
        listeners.add(check);
        check();
      });
    },
    async exited(ms) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          kill();
          reject(new Error(`the process did not end within ${ms} ms; output:\n${output}`));
        }, ms);
      });
      try {
        return await Promise.race([end, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
    kill,
  };
}

/** A TCP server holding a port on 127.0.0.1, as another program would; `close()` frees it. */
export async function takePort(): Promise<{ port: number; close(): Promise<void> }> {
  const holder = net.createServer();
  await new Promise<void>((resolve, reject) => {
    holder.once('error', reject);
    holder.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (holder.address() as net.AddressInfo).port,
    close: () => new Promise((resolve) => holder.close(() => resolve())),
  };
}
