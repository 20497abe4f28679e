import { readFileSync } from 'node:fs';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/harness.js';
import { documentFor, plausibleVariables } from '../test/operations.js';
import { accessMatrixFile, allows, callers, refusalCode, renderAccessMatrix, rootOperations, type Caller, type RootOperation } from './access-matrix.js';
import { createAppPubSub } from './pubsub.js';
import { buildAppSchema } from './schema.js';

const schema = await buildAppSchema(createAppPubSub());
const operations = rootOperations(schema);

/** The access layer's own refusals (access.ts, errors.ts), told apart from a service's refusal with the same code. */
const accessRefusal = { UNAUTHENTICATED: 'Sign in to do this.', FORBIDDEN: 'Your role may not do this.' } as const;
const isAccessRefusal = (e: { message: string; extensions?: { code?: unknown } }) =>
  (e.extensions?.code === 'UNAUTHENTICATED' || e.extensions?.code === 'FORBIDDEN') && e.message === accessRefusal[e.extensions.code];

describe('the access matrix', () => {
  it('matches the committed docs/access-matrix.md (run `pnpm schema` after changing who may call what)', () => {
    expect(readFileSync(accessMatrixFile, 'utf8')).toBe(renderAccessMatrix(schema));
  });
});

interface Answer {
  status: number;
  data: Record<string, unknown> | null;
  errors: { message: string; extensions: { code: string } }[];
}

describe('every operation as every caller', () => {
  let server: TestServer;
  const tokens = new Map<Caller, string>();
  let audiencePass: string;

  const headersOf = (caller: Caller): Record<string, string> =>
    caller === 'anonymous' ? {} : caller === 'audience-phone' ? { 'x-device-token': audiencePass } : { authorization: `Bearer ${tokens.get(caller)}` };

  async function call(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headersOf(caller) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: Answer['errors'] };
    return { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
  }

  const staff = { REPRESENTATIVE: 'rep', HOST: 'host', DEPARTMENT: 'dept', ADMIN: 'admin' } as const;
  const signIn = async (caller: keyof typeof staff) => tokens.set(caller, await server.login(staff[caller]));

  beforeAll(async () => {
    server = await startTestServer();
    for (const caller of Object.keys(staff) as (keyof typeof staff)[]) await signIn(caller);
    // A published session, so that a phone can join and hold a real audience pass.
    const created = await call('ADMIN', 'mutation($i: SessionInput!) { createSession(input: $i) { id joinCode } }', {
      i: { title: '权限测试', theme: '访问控制', scheduledAt: new Date().toISOString() },
    });
    const { id, joinCode } = created.data!.createSession as { id: string; joinCode: string };
    await call('ADMIN', 'mutation($id: ID!) { publishSession(id: $id) { id } }', { id });
    const joined = await call('anonymous', 'mutation($c: String!) { joinSession(joinCode: $c) { token } }', { c: joinCode });
    audiencePass = (joined.data!.joinSession as { token: string }).token;
  });
  afterAll(async () => { await server?.stop(); });

  const callable = operations.filter((op) => op.kind !== 'subscription');
  it('covers every query and mutation of the schema', () => {
    expect(callable.length).toBeGreaterThan(30);
  });

  for (const op of callable) {
    it(`${op.kind} ${op.name}: ${callers.map((c) => `${c} ${allows(op.access, c) ? 'allowed' : 'refused'}`).join(', ')}`, async () => {
      const query = documentFor(op);
      const variables = plausibleVariables(op);
      for (const caller of callers) {
        const answer = await call(caller, query, variables);
        const outcome = { caller, status: answer.status, errors: answer.errors.map((e) => ({ code: e.extensions.code, message: e.message })) };
        if (allows(op.access, caller)) {
          expect(answer.errors.filter(isAccessRefusal), JSON.stringify(outcome)).toEqual([]);
          expect(answer.errors.map((e) => e.extensions.code), JSON.stringify(outcome)).not.toContain('INTERNAL_SERVER_ERROR');
          // Made-up arguments pass GraphQL's own checks, so every call reaches the access layer and beyond.
          expect(answer.errors.map((e) => e.extensions.code), JSON.stringify(outcome)).not.toContain('GRAPHQL_VALIDATION_FAILED');
        } else {
          const code = refusalCode(caller);
          expect(outcome.errors, JSON.stringify(outcome)).toEqual([{ code, message: accessRefusal[code] }]);
          expect(answer.data?.[op.name] ?? null).toBeNull();
        }
        // An operation that ends the caller's sign-in (logout) must not spoil the next call.
        if (caller in staff && op.kind === 'mutation') {
          const me = await call(caller, '{ me { id } }');
          if (!me.data?.me) await signIn(caller as keyof typeof staff);
        }
      }
    });
  }

  describe('subscriptions over graphql-ws', () => {
    const subscriptions = operations.filter((op) => op.kind === 'subscription');

    /** The first message of a subscription, or 'pending' when nothing arrives within `ms` (allowed and waiting for events). */
    function firstMessage(client: Client, op: RootOperation, ms = 400): Promise<'pending' | { data?: unknown } | { errors: Answer['errors'] }> {
      return new Promise((resolve) => {
        let unsubscribe = () => {};
        const timer = setTimeout(() => { unsubscribe(); resolve('pending'); }, ms);
        const done = (value: 'pending' | { data?: unknown } | { errors: Answer['errors'] }) => { clearTimeout(timer); unsubscribe(); resolve(value); };
        unsubscribe = client.subscribe(
          { query: documentFor(op), variables: plausibleVariables(op) },
          { next: (value) => done(value as { data?: unknown }), error: (errors) => done({ errors: errors as Answer['errors'] }), complete: () => done('pending') },
        );
      });
    }

    const wsAuth = (caller: Caller) =>
      caller === 'anonymous' ? {} : caller === 'audience-phone' ? { deviceToken: audiencePass } : { token: tokens.get(caller) };

    for (const op of subscriptions) {
      it(`subscription ${op.name}: refused callers get the access layer's refusal, allowed ones do not`, async () => {
        for (const caller of callers) {
          const message = await firstMessage(server.ws(wsAuth(caller)), op);
          const errors = message !== 'pending' && 'errors' in message ? message.errors : [];
          const outcome = JSON.stringify({ caller, message });
          if (allows(op.access, caller)) {
            expect(errors.filter(isAccessRefusal), outcome).toEqual([]);
            expect(errors.map((e) => e.extensions?.code), outcome).not.toContain('INTERNAL_SERVER_ERROR');
          } else {
            const code = refusalCode(caller);
            expect(errors.map((e) => ({ code: e.extensions?.code, message: e.message })), outcome).toEqual([{ code, message: accessRefusal[code] }]);
          }
        }
      });
    }

    it('delivers an ADMIN-only subscription to an admin and refuses it to an anonymous caller', async () => {
      const query = 'subscription { directoryChanged { change department { shortName } } }';
      const refused = await server.ws().iterate({ query }).next();
      expect(refused.value).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });

      const events = server.ws({ token: tokens.get('ADMIN') }).iterate({ query });
      const first = events.next();
      await new Promise((resolve) => setTimeout(resolve, 200)); // subscribed before the change
      await call('ADMIN', 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { id } }', { i: { name: '县订阅测试局', shortName: '订阅局' } });
      expect((await first).value).toMatchObject({ data: { directoryChanged: { change: 'DEPARTMENT_CREATED', department: { shortName: '订阅局' } } } });
      await events.return?.();
    });
  });
});
