// Starts real servers for tests: embedded PGlite by default; a fresh PostgreSQL database (and Redis)
// when the `postgres` test project runs (TEST_DATABASE_URL / TEST_REDIS_URL).
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../config.js';
import { createServer, type RunningServer } from '../server.js';
import { TEST_PASSWORD } from '../db/seeders/test.seeder.js';
import { checkCodes } from '../modules/session/pre-live-check.js';
import { newKeyEntry } from '../secrets/key-ring.js';

export { TEST_PASSWORD };

export const onPostgres = process.env.WZ_TEST_TARGET === 'postgres';

/** Every pre-live warning, for tests that go on air without staging a stream, a public address or a rehearsal. */
export const ACCEPT_ALL_WARNINGS = checkCodes;

/** The master key of every test server of this run: instances sharing a database share it, as a deployment's do. */
export const TEST_SECRET_KEY = newKeyEntry('test');

export interface TestServer extends RunningServer {
  databaseUrl: string | undefined;
  redisPrefix: string;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string; device?: string },
  ): Promise<GqlResponse<T>>;
  login(username: string, password?: string): Promise<string>;
  /** Signs a new account in with its initial password and chooses its own, as it must first; answers the token. */
  firstSignIn(username: string, initialPassword: string): Promise<string>;
  /**
   * A graphql-ws client. With a cookie it acts as a browser page of the app (its `Origin` is the
   * server's own) unless `origin` says otherwise; `origin: null` sends none, like a native client.
   */
  ws(auth?: { token?: string; cookie?: string; deviceToken?: string; origin?: string | null }): Client;
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions: { code: string; [key: string]: unknown } }[];
  headers: Headers;
}

/**
 * Starts a server on a free port with the test seed; `stop()` also drops its database. Given
 * `shared`, it joins that database and Redis prefix instead, as a second instance of one deployment.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  shared?: { databaseUrl: string; redisPrefix: string },
): Promise<TestServer> {
  const database = shared ? undefined : onPostgres ? await createFreshDatabase() : undefined;
  const config = loadConfig({
    PORT: '0',
    SEED: 'test',
    ALLOW_DEMO_SEED: 'true', // tests of production mode (NODE_ENV=production) run on the test seed too
    LOG_LEVEL: 'silent',
    DATA_DIR: 'memory://',
    UPLOAD_DIR: mkdtempSync(path.join(os.tmpdir(), 'wz-uploads-')),
    WEB_DIST: '/nonexistent',
    SECRET_KEY: TEST_SECRET_KEY,
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...(shared ? { DATABASE_URL: shared.databaseUrl, REDIS_PREFIX: shared.redisPrefix } : {}),
    ...(onPostgres && process.env.TEST_REDIS_URL
      ? { REDIS_URL: process.env.TEST_REDIS_URL, REDIS_PREFIX: shared?.redisPrefix ?? `wz-test-${randomBytes(4).toString('hex')}:` }
      : {}),
    ...env,
  });
  const server = await createServer(config);
  const wsUrl = `${server.url.replace(/^http/, 'ws')}/graphql`;
  const clients: Client[] = [];

  const gql: TestServer['gql'] = async (query, variables, auth = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie) headers.cookie = auth.cookie;
    if (auth.device) headers['x-public-device'] = auth.device;
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data: any; errors?: any };
    return { status: response.status, data: body.data ?? null, errors: body.errors, headers: response.headers };
  };

  const login: TestServer['login'] = async (username, password = TEST_PASSWORD) => {
    const result = await gql<{ login: { token: string } }>('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username, password },
    });
    if (!result.data) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  };

  return {
    ...server,
    databaseUrl: database?.url ?? shared?.databaseUrl ?? config.databaseUrl,
    redisPrefix: config.redisPrefix,
    gql,
    login,
    async firstSignIn(username, initialPassword) {
      const token = await login(username, initialPassword);
      const changed = await gql(
        'mutation($input: ChangeOwnPasswordInput!) { changeOwnPassword(input: $input) { id } }',
        { input: { currentPassword: initialPassword, newPassword: `${TEST_PASSWORD}-${randomBytes(4).toString('hex')}` } },
        { token },
      );
      if (changed.errors) throw new Error(`${username} could not choose a password: ${JSON.stringify(changed.errors)}`);
      return token;
    },
    ws(auth = {}) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            const origin = auth.origin !== undefined ? auth.origin : auth.cookie ? server.url : null;
            super(address, protocols, { headers: { ...(auth.cookie && { cookie: auth.cookie }), ...(origin && { origin }) } });
          }
        },
        connectionParams: { ...(auth.token && { token: auth.token }), ...(auth.deviceToken && { deviceToken: auth.deviceToken }) },
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await server.stop();
      await database?.drop();
    },
  };
}

/** Takes the next value of a subscription, failing after `ms`. */
export async function nextValue<T>(iterator: AsyncIterator<T>, ms = 5_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no subscription value within ${ms} ms`)), ms);
  });
  try {
    const result = await Promise.race([iterator.next(), timeout]);
    if (result.done) throw new Error('the subscription ended without a value');
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

/** An empty PostgreSQL database of its own, dropped again by `drop()`. */
export async function createFreshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('The postgres test project needs TEST_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres');
  const name = `wz_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: adminUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    ensureDatabase: false,
  });
  await admin.em.getConnection().execute(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await admin.close();
    },
  };
}
