// The production build: the server package's `build` script (what `pnpm build` runs for it) compiles
// src/ into dist/, and `node dist/main.js` with NODE_ENV=production runs without tsx: it migrates the
// database from the compiled migrations, answers health checks and refuses introspection.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newKeyEntry } from './secrets/key-ring.js';
import { serverDir, startMain, type MainProcess } from './test/main-process.js';

let running: MainProcess | undefined;
afterAll(() => running?.kill());

/** Runs the package's `build` script as pnpm would: through a shell, with node_modules/.bin first on PATH. */
function runBuildScript(): Promise<void> {
  const { scripts } = JSON.parse(readFileSync(path.join(serverDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const PATH = [path.join(serverDir, 'node_modules', '.bin'), path.dirname(process.execPath), process.env.PATH].join(path.delimiter);
  return new Promise((resolve, reject) => {
    execFile('sh', ['-c', scripts.build!], { cwd: serverDir, env: { ...process.env, PATH }, timeout: 150_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`the build failed: ${error.message}\n${stdout}${stderr}`));
      else resolve();
    });
  });
}

// Once (in the embedded project): the build writes the one dist/ folder.
describe('the compiled server', () => {
  it('builds, and runs in production mode with plain node', async () => {
    const started = performance.now();
    await runBuildScript();
    const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
    console.log(`[build] the server compiled in ${buildSeconds} s`);
    for (const file of ['main.js', 'server.js', 'db/migrations']) expect(existsSync(path.join(serverDir, 'dist', file)), file).toBe(true);
    expect(existsSync(path.join(serverDir, 'dist', 'server.test.js'))).toBe(false);
    const migrations = (folder: string, extension: string) =>
      readdirSync(path.join(serverDir, folder, 'db', 'migrations'))
        .filter((f) => f.endsWith(extension))
        .map((f) => f.slice(0, -extension.length));
    expect(migrations('dist', '.js')).toEqual(migrations('src', '.ts'));

    const passwordFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'wz-build-')), 'initial-admin-password.txt');
    running = startMain(
      { NODE_ENV: 'production', SEED: 'none', PORT: '0', SECRET_KEY: newKeyEntry('k1'), INITIAL_PASSWORD_FILE: passwordFile },
      'dist/main.js',
    );
    const url = (await running.waitFor(/running at (http:\/\/\S+)/, 60_000)).match[1]!;
    expect(running.child.spawnargs.join(' ')).not.toContain('tsx');

    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const introspection = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
    });
    expect(((await introspection.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    const landing = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type') ?? '').not.toContain('text/html');
    // Every migration ran from dist/ (a fresh database has every table), and the first admin's password went to its file.
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    const password = readFileSync(passwordFile, 'utf8').match(/^admin\t(\S+)\t/m)![1]!;
    expect(running.output).not.toContain(password);

    running.child.kill('SIGTERM');
    expect(await running.exited(20_000)).toMatchObject({ code: 0 });
  }, 240_000);
});
