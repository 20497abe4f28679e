import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the real server, serving the freshly built app, listens. */
    baseURL: string;
  }
}

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const serverRoot = path.resolve(webRoot, '../server');
const webDist = path.join(webRoot, 'dist');
const READY_TIMEOUT_MS = 60_000;

/** Runs a command to completion, failing with its output if it fails. */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')} failed (${code}):\n${output}`))));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with code ${server.exitCode} before it was ready:\n${output()}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/** Builds the web app, starts the real server on an in-memory database with the test seed, and stops it afterwards. */
export default async function setup(project: TestProject) {
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
  await run(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: webRoot, env: { ...process.env, NODE_ENV: 'production' } });

  // tsx is the server's own dependency: resolve it from there.
  const tsx = pathToFileURL(createRequire(path.join(serverRoot, 'package.json')).resolve('tsx')).href;
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let output = '';
  // Its own throw-away embedded database and in-process pub/sub, whatever the shell points at.
  const { DATABASE_URL: _database, REDIS_URL: _redis, ...env } = process.env;
  // Photos uploaded by the tests go to a throw-away folder, not the repository's data/uploads.
  const uploadDir = mkdtempSync(path.join(tmpdir(), 'wz-e2e-uploads-'));
  const server = spawn(process.execPath, ['--import', tsx, 'src/main.ts'], {
    cwd: serverRoot,
    env: { ...env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: 'memory://', SEED: 'test', WEB_DIST: webDist, LOG_LEVEL: 'warn', UPLOAD_DIR: uploadDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));

  const stop = async () => {
    rmSync(uploadDir, { recursive: true, force: true, maxRetries: 3 });
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    const forced = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(forced);
  };

  try {
    await waitUntilReady(baseURL, server, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  project.provide('baseURL', baseURL);
  return stop;
}
