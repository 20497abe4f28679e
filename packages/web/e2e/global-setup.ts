import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
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
    /** The fake SMS gateway the server texts its codes to: `GET {smsGatewayURL}/last/{mobile}` answers the last code. */
    smsGatewayURL: string;
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
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')} failed (${code}):\n${output}`)),
    );
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

/**
 * A stand-in for Yunpian (云片), the SMS gateway: takes `POST /v2/sms/single_send.json` with the form
 * fields apikey, mobile and text as Yunpian does, answers as Yunpian does, and keeps the last text
 * to each number for the tests (`GET /last/{mobile}`: `{ code, text }`, code null in a notice; or 404).
 */
async function startFakeSmsGateway(): Promise<{ url: string; server: Server }> {
  const last = new Map<string, { code: string | null; text: string }>();
  const server = createHttpServer((request, response) => {
    const reply = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json;charset=utf-8' }).end(JSON.stringify(body));
    const wanted = /^\/last\/(\d+)$/.exec(request.url ?? '');
    if (request.method === 'GET' && wanted) {
      const message = last.get(wanted[1]!);
      return message ? reply(200, message) : reply(404, { error: 'no message to this number' });
    }
    if (request.method !== 'POST' || request.url !== '/v2/sms/single_send.json') return reply(404, { code: 5, msg: 'not found' });
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const form = new URLSearchParams(body);
      const mobile = form.get('mobile') ?? '';
      const text = form.get('text') ?? '';
      // A verification code, or null for a notice (a clue's submitter told of its progress).
      const code = /\d{6}/.exec(text)?.[0] ?? null;
      if (form.get('apikey') !== 'test' || !/^1\d{10}$/.test(mobile) || !text) return reply(400, { code: 2, msg: '请求参数格式错误' });
      last.set(mobile, { code, text });
      reply(200, { code: 0, msg: '发送成功', count: 1, fee: 0.05, unit: 'RMB', mobile, sid: last.size });
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, server };
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
  // Codes are texted through a fake Yunpian, as in production, so the tests read them where a phone would.
  const sms = await startFakeSmsGateway();
  const smsEnv = {
    SMS_GATEWAY: 'yunpian',
    SMS_API_KEY: 'test',
    SMS_SIGNATURE: '【测试人大】',
    SMS_GATEWAY_URL: `${sms.url}/v2/sms/single_send.json`,
  };
  // PUBLIC_URL is the address the tests open, so a page opened at another address (localhost) shows it.
  const server = spawn(process.execPath, ['--import', tsx, 'src/main.ts'], {
    cwd: serverRoot,
    env: {
      ...env,
      ...smsEnv,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseURL,
      DATA_DIR: 'memory://',
      SEED: 'test',
      WEB_DIST: webDist,
      LOG_LEVEL: 'warn',
      UPLOAD_DIR: uploadDir,
      // Texts to clues' submitters go out within seconds, not the minute a deployment waits.
      SUBMITTER_NOTICE_SECONDS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));

  const stop = async () => {
    rmSync(uploadDir, { recursive: true, force: true, maxRetries: 3 });
    sms.server.close();
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
  project.provide('smsGatewayURL', sms.url);
  return stop;
}
