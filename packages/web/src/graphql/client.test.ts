import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// Vue looks at `document` once, when it loads: before the stand-ins below.
import 'vue';
import { browserGlobals, FakeWebSocket } from './fakeWebSocket.test-support';

// The staff client's socket (urql's subscriptions), with the browser's WebSocket stood in for.
const globals = browserGlobals();
vi.stubGlobal('window', globals.window);
vi.stubGlobal('document', globals.document);
vi.stubGlobal('WebSocket', FakeWebSocket);
const { client, credentialEnded, liveConnection, sessionExpired, signInEndReason, wsClient } = await import('./client');

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function follow() {
  const errors: unknown[] = [];
  const stop = wsClient.subscribe(
    { query: 'subscription { directoryChanged { change } }' },
    { next: () => undefined, error: (e) => errors.push(e), complete: () => undefined },
  );
  return { errors, stop };
}

describe('the staff socket', () => {
  it('reconnects after the connection drops', async () => {
    const { stop } = follow();
    await vi.advanceTimersByTimeAsync(10);
    expect(liveConnection.value).toBe('connected');
    FakeWebSocket.last.serverClose(1006, '');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(FakeWebSocket.instances).toHaveLength(2);
    // The socket stays open a moment for the next page's subscriptions, which this test uses.
    expect(liveConnection.value).toBe('connected');
    expect(credentialEnded.value).toBe(false);
    stop();
  });

  it('stops retrying once the server ends its sign-in, and says so', async () => {
    const { errors } = follow();
    await vi.advanceTimersByTimeAsync(10);
    expect(liveConnection.value).toBe('connected');
    const sockets = FakeWebSocket.instances.length;
    FakeWebSocket.last.serverClose(4403, 'Signed out');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(credentialEnded.value).toBe(true);
    expect(liveConnection.value).toBe('closed');
    expect(FakeWebSocket.instances).toHaveLength(sockets);
    expect(errors).toEqual([expect.objectContaining({ code: 4403 })]);
  });
});

describe('a refusal over HTTP', () => {
  it('keeps why the server ended the sign-in, for the sign-in page to say', async () => {
    vi.useRealTimers();
    const refusal = { code: 'UNAUTHENTICATED', reason: 'IDLE_TIMEOUT' };
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ data: null, errors: [{ message: 'ended', extensions: refusal }] }), {
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    const { parse } = await import('graphql');
    try {
      const result = await client.query(parse('query Me { me { id } }'), {}).toPromise();
      expect(result.error?.graphQLErrors[0]?.extensions).toEqual(refusal);
      expect(sessionExpired.value).toBe(true);
      expect(signInEndReason.value).toBe('IDLE_TIMEOUT');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
