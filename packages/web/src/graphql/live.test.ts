import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// Vue looks at `document` once, when it loads: before the stand-ins below.
import 'vue';
import { browserGlobals, FakeWebSocket } from './fakeWebSocket.test-support';

const globals = browserGlobals();
vi.stubGlobal('window', globals.window);
vi.stubGlobal('document', globals.document);
const { createLiveSocket } = await import('./live');

const document = {
  kind: 'Document',
  definitions: [],
  loc: { start: 0, end: 30, source: { body: 'subscription S { liveState }' } },
} as never;

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.instances = [];
});
afterEach(() => vi.useRealTimers());

/** A phone's socket following a subscription, connected. */
async function connectedSocket() {
  const socket = createLiveSocket({ connectionParams: () => ({ deviceToken: 'pass' }), webSocketImpl: FakeWebSocket });
  const errors: unknown[] = [];
  socket.subscribe(document, {}, { next: () => undefined, error: (error) => errors.push(error) });
  await vi.advanceTimersByTimeAsync(10);
  expect(socket.status.value).toBe('connected');
  expect(FakeWebSocket.last.sent[0]).toEqual({ type: 'connection_init', payload: { deviceToken: 'pass' } });
  return { socket, errors };
}

describe('a phone’s live socket', () => {
  it('stops for good once the server closes it because the session ended', async () => {
    const { socket, errors } = await connectedSocket();
    FakeWebSocket.last.serverClose(4410, 'Session ended');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(socket.status.value).toBe('ended');
    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(errors).toHaveLength(1);
    socket.dispose();
  });

  it('opens no socket for an operation asked for after the session ended (a clock measurement, the message wall)', async () => {
    const { socket } = await connectedSocket();
    FakeWebSocket.last.serverClose(4410, 'Session ended');
    await vi.advanceTimersByTimeAsync(10);
    await expect(socket.execute(document, {})).rejects.toMatchObject({ code: 'SESSION_ENDED' });
    const errors: unknown[] = [];
    socket.subscribe(document, {}, { next: () => undefined, error: (error) => errors.push(error) });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(errors).toEqual([expect.objectContaining({ code: 'SESSION_ENDED' })]);
    expect(FakeWebSocket.instances).toHaveLength(1);
    socket.dispose();
  });

  it('stays ended when the browser then goes offline', async () => {
    const listeners = new Map<string, () => void>();
    vi.stubGlobal('window', { ...globals.window, addEventListener: (name: string, listener: () => void) => listeners.set(name, listener) });
    try {
      const { socket } = await connectedSocket();
      FakeWebSocket.last.serverClose(4410, 'Session ended');
      await vi.advanceTimersByTimeAsync(10);
      listeners.get('offline')?.();
      expect(socket.status.value).toBe('ended');
      socket.dispose();
    } finally {
      vi.stubGlobal('window', globals.window);
    }
  });

  it('reconnects after other closes, a staff sign-in ending in the same browser included', async () => {
    for (const [code, reason] of [
      [1006, ''],
      [4403, 'Signed out'],
      [1012, 'Service Restart'],
    ] as const) {
      FakeWebSocket.instances = [];
      const { socket } = await connectedSocket();
      FakeWebSocket.last.serverClose(code, reason);
      await vi.advanceTimersByTimeAsync(5);
      expect(socket.status.value, `${code}`).toBe('reconnecting');
      await vi.advanceTimersByTimeAsync(2_000);
      expect(FakeWebSocket.instances.length, `${code}`).toBe(2);
      expect(socket.status.value, `${code}`).toBe('connected');
      socket.dispose();
    }
  });
});
