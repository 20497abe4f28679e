import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchGraphql, OperationError, queryText, toOperationError } from './fetchGraphql';

const document = { kind: 'Document', definitions: [], loc: { start: 0, end: 17, source: { body: 'query Q { serverTime }' } } } as never;

afterEach(() => vi.unstubAllGlobals());

describe('toOperationError', () => {
  it('reads the server’s code, wait and field', () => {
    const error = toOperationError([{ message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 2.2 } }]);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3 });
    expect(toOperationError([{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', field: 'input.seatCode' } }]).field).toBe('seatCode');
  });

  it('keeps the rest of the extensions, such as when voting opens or how many tries are left', () => {
    const error = toOperationError([{ message: 'later', extensions: { code: 'INVALID_PHASE', opensAt: '2025-03-05T11:30:00.000Z' } }]);
    expect(error.extensions.opensAt).toBe('2025-03-05T11:30:00.000Z');
    expect(toOperationError([{ message: 'wrong', extensions: { code: 'CODE_INVALID', triesLeft: 3 } }]).extensions.triesLeft).toBe(3);
    expect(toOperationError(new TypeError('Failed to fetch')).extensions).toEqual({});
  });

  it('calls anything else a network failure', () => {
    expect(toOperationError(new TypeError('Failed to fetch')).code).toBe('network');
    expect(toOperationError({ code: 1006, reason: '' }).code).toBe('network');
    const known = new OperationError('ALREADY_VOTED', 'x');
    expect(toOperationError(known)).toBe(known);
  });
});

describe('queryText', () => {
  it('uses the text the build put in the document', () => {
    expect(queryText(document)).toBe('query Q { serverTime }');
    expect(() => queryText({ kind: 'Document', definitions: [] })).toThrow(/no query text/);
  });
});

describe('fetchGraphql', () => {
  it('posts the query with the device pass and returns the data', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { serverTime: 'now' } })));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchGraphql(document, {}, { deviceToken: 'v1.x.y' })).resolves.toEqual({ serverTime: 'now' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect((init.headers as Record<string, string>)['x-device-token']).toBe('v1.x.y');
    expect(JSON.parse(init.body as string)).toEqual({ query: 'query Q { serverTime }', variables: {} });
  });

  it('turns refusals and failures into operation errors', async () => {
    vi.stubGlobal(
      'fetch',
      async () => new Response(JSON.stringify({ errors: [{ message: 'gone', extensions: { code: 'INVALID_PHASE' } }] }), { status: 200 }),
    );
    await expect(fetchGraphql(document, {})).rejects.toMatchObject({ code: 'INVALID_PHASE' });
    vi.stubGlobal('fetch', async () => new Response('<html>502</html>', { status: 502 }));
    await expect(fetchGraphql(document, {})).rejects.toMatchObject({ code: 'network' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(fetchGraphql(document, {})).rejects.toMatchObject({ code: 'network' });
  });
});
