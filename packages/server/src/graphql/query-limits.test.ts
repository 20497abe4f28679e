import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextValue, startTestServer, type TestServer } from '../test/harness.js';
import { DocumentCache } from './document-cache.js';
import { createAppPubSub } from './pubsub.js';
import { queryLimitRules, queryLimits, queryParseOptions } from './query-limits.js';
import { buildAppSchema } from './schema.js';

/** Every operation the web app sends, with its fragments, as codegen compiled them. */
function webOperations(): [string, DocumentNode][] {
  const generated = readFileSync(path.resolve(import.meta.dirname, '../../../web/src/gql/graphql.ts'), 'utf8');
  return [...generated.matchAll(/export const (\w+Document) = (\{.*?\}) as unknown as DocumentNode/g)].map((m) => [
    m[1]!,
    JSON.parse(m[2]!) as DocumentNode,
  ]);
}

const repeat = (n: number, text: string, separator = ' ') =>
  Array.from({ length: n }, (_, i) => text.replaceAll('#', String(i))).join(separator);

/** One document just over each limit (and its code); the same shape one step smaller passes. */
const overLimit = {
  depth: (n = queryLimits.maxDepth + 1) => `{ ${'... on Query { '.repeat(n - 1)}serverTime${' }'.repeat(n - 1)} }`,
  aliases: (n = queryLimits.maxAliases + 1) => `{ ${repeat(n, 'a#: serverTime')} }`,
  cost: () => `{ sessions(first: 200) { nodes { id title theme status questions { id title body phase } } } }`,
  // 16 tokens around the list, one per item.
  tokens: (n = queryLimits.maxTokens + 1) =>
    `mutation { reorderQuestions(sessionId: "s", questionIds: [${repeat(n - 16, '"q#"', ', ')}]) { id } }`,
  directives: (n = queryLimits.maxDirectives + 1) => `{ ${repeat(n, 'serverTime @include(if: true)')} }`,
};
const expectedCode = {
  depth: 'GRAPHQL_VALIDATION_FAILED',
  aliases: 'GRAPHQL_VALIDATION_FAILED',
  cost: 'GRAPHQL_VALIDATION_FAILED',
  tokens: 'GRAPHQL_PARSE_FAILED',
  directives: 'GRAPHQL_VALIDATION_FAILED',
};
const expectedMessage = {
  depth: new RegExp(`depth limit of ${queryLimits.maxDepth} exceeded`),
  aliases: new RegExp(`aliases limit of ${queryLimits.maxAliases} exceeded`, 'i'),
  cost: new RegExp(`cost limit of ${queryLimits.maxCost} exceeded`, 'i'),
  tokens: new RegExp(`more tha[nt] ${queryLimits.maxTokens} tokens`),
  directives: new RegExp(`directives limit of ${queryLimits.maxDirectives} exceeded`, 'i'),
};

describe('query limits', () => {
  it('let every operation of the web app through', async () => {
    const schema = await buildAppSchema(createAppPubSub());
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(30);
    for (const [name, document] of operations) {
      expect({ name, errors: validate(schema, document, [...specifiedRules, ...queryLimitRules]).map((e) => e.message) }).toEqual({
        name,
        errors: [],
      });
    }
  });

  it('let documents one step under each limit through', async () => {
    const schema = await buildAppSchema(createAppPubSub());
    const justUnder = [
      overLimit.depth(queryLimits.maxDepth),
      overLimit.aliases(queryLimits.maxAliases),
      overLimit.tokens(queryLimits.maxTokens),
      overLimit.directives(queryLimits.maxDirectives),
      '{ sessions(first: 200) { nodes { id title theme status } } }',
    ];
    for (const query of justUnder) {
      expect(validate(schema, parse(query, queryParseOptions), [...specifiedRules, ...queryLimitRules]).map((e) => e.message)).toEqual([]);
    }
  });

  it('validate a document once, however often it is sent (the vote path stays cheap)', async () => {
    const cache = new DocumentCache(await buildAppSchema(createAppPubSub()), [...specifiedRules, ...queryLimitRules], queryParseOptions);
    const vote = 'mutation($input: CastVoteInput!) { castVote(input: $input) { roundId choice replayed } }';
    const first = cache.get(vote);
    expect(first).toHaveProperty('document');
    expect(cache.get(vote)).toBe(first);
  });
});

describe('a server refusing abusive requests', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers, body });

  for (const limit of Object.keys(overLimit) as (keyof typeof overLimit)[]) {
    it(`refuses a document over the ${limit} limit, over HTTP and WebSocket`, async () => {
      const query = overLimit[limit]();
      const overHttp = await server.gql(query);
      expect(overHttp.data).toBeNull();
      expect(overHttp.errors).toMatchObject([
        { extensions: { code: expectedCode[limit] }, message: expect.stringMatching(expectedMessage[limit]) },
      ]);
      const overWs = await nextValue(server.ws().iterate({ query })).catch((errors: unknown) => errors);
      expect(overWs).toMatchObject([{ extensions: { code: expectedCode[limit] }, message: expect.stringMatching(expectedMessage[limit]) }]);
    });
  }

  it('refuses batched HTTP requests', async () => {
    const response = await post(JSON.stringify([{ query: '{ serverTime }' }, { query: '{ serverTime }' }]));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST' }, message: expect.stringMatching(/batching disabled/i) }],
    });
  });

  it('refuses a request body over 100 KB with a stable code', async () => {
    const response = await post(JSON.stringify({ query: '{ serverTime }', variables: { padding: 'x'.repeat(101 * 1024) } }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST' }, message: expect.stringMatching(/larger than 100kb/) }],
    });
  });

  it('refuses a body that is not JSON with a stable code', async () => {
    const response = await post('{ "query": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses a WebSocket message over 64 KB by closing the socket', async () => {
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(65 * 1024) } }));
    expect(await closed).toBe(1009); // message too big
  });

  it('refuses a simple POST without the preflight header (CSRF prevention)', async () => {
    const response = await post(JSON.stringify({ query: 'mutation { logout }' }), { 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST' }, message: expect.stringMatching(/CSRF/) }],
    });
    const form = await post('query=%7B%20serverTime%20%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
  });
});
