import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, nextValue, onPostgres, startTestServer, type TestServer } from './test/harness.js';
import { newKeyEntry } from './secrets/key-ring.js';

describe('a running server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers health and readiness checks', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ database: true });
  });

  it('refuses a GraphQL GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ serverTime }')}`);
    expect(response.status).toBe(400);
  });

  it('serves the GraphQL landing page outside production', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
  });

  it('sends security headers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('reports unknown fields as a validation error, on both transports', async () => {
    const result = await server.gql('{ nope }');
    expect(result.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const overWs = await nextValue(server.ws().iterate({ query: '{ nope }' })).catch((errors: unknown) => errors);
    expect(overWs).toMatchObject([{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    const unparsable = await nextValue(server.ws().iterate({ query: '{ nope' })).catch((errors: unknown) => errors);
    expect(unparsable).toMatchObject([{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }]);
  });
});

// The real entry point, as a process: it starts, seeds, and on SIGTERM drains its clients and exits 0.
describe('the server process', () => {
  it('shuts down cleanly on SIGTERM, closing WebSocket clients', async () => {
    const tsx = createRequire(import.meta.url).resolve('tsx');
    const database = onPostgres ? await createFreshDatabase() : undefined;
    const child = spawn(process.execPath, ['--import', tsx, path.join(import.meta.dirname, 'main.ts')], {
      env: {
        PATH: process.env.PATH,
        PORT: '0',
        DATA_DIR: 'memory://',
        SEED: 'demo',
        LOG_LEVEL: 'info',
        WEB_DIST: '/nonexistent',
        ...(database && { DATABASE_URL: database.url, SECRET_KEY: newKeyEntry('k1') }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
      child.stdout.on('data', () => {
        const match = output.match(/running at (http:\/\/\S+)/);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    expect(output).toMatch(/admin\s+\S{14}\s+ADMIN/);

    let closed = false;
    const client = createClient({
      url: `${url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      on: {
        closed: () => {
          closed = true;
        },
      },
    });
    const subscription = client.iterate({ query: '{ serverTime }' });
    expect((await subscription.next()).value).toHaveProperty('data.serverTime');

    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    if (!closed) await client.dispose();
    expect(output).toContain('server stopped');
    expect(output).not.toMatch(/"level":50/);
    await database?.drop();
  }, 90_000);
});

describe('a production server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production', SECURE_COOKIES: 'false' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses introspection over HTTP and over WebSocket', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await server.gql(query)).errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const refusal = await nextValue(server.ws().iterate({ query })).catch((errors: unknown) => errors);
    expect((refusal as { message: string; extensions: { code: string } }[])[0]).toMatchObject({
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      message: expect.stringMatching(/introspection has been disabled/),
    });
  });

  it('serves no GraphQL landing page', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
  });
});
