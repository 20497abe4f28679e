// A stand-in for the browser's WebSocket that speaks just enough graphql-transport-ws for the
// clients' connection handling: it acknowledges the connection, and the test closes it as the server.

export class FakeWebSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static instances: FakeWebSocket[] = [];

  readyState = FakeWebSocket.CONNECTING;
  onopen: ((event: unknown) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  readonly sent: { type: string; payload?: unknown }[] = [];

  constructor(
    readonly url: string,
    readonly protocol: string,
  ) {
    FakeWebSocket.instances.push(this);
    setTimeout(() => {
      this.readyState = FakeWebSocket.OPEN;
      this.onopen?.({});
    }, 0);
  }

  send(data: string): void {
    const message = JSON.parse(data) as { type: string; payload?: unknown };
    this.sent.push(message);
    if (message.type === 'connection_init') setTimeout(() => this.onmessage?.({ data: JSON.stringify({ type: 'connection_ack' }) }), 0);
  }

  close(code = 1000, reason = ''): void {
    if (this.readyState === FakeWebSocket.CLOSED) return;
    this.readyState = FakeWebSocket.CLOSED;
    setTimeout(() => this.onclose?.({ code, reason, wasClean: true }), 0);
  }

  /** The server closes the connection. */
  serverClose(code: number, reason: string): void {
    this.readyState = FakeWebSocket.CLOSED;
    this.onclose?.({ code, reason, wasClean: code !== 1006 });
  }

  static get last(): FakeWebSocket {
    return FakeWebSocket.instances[FakeWebSocket.instances.length - 1]!;
  }
}

/** The parts of `window` and `document` the socket clients touch, for tests in Node. */
export function browserGlobals() {
  const noop = () => undefined;
  return {
    window: { location: { protocol: 'http:', host: 'wz.test' }, addEventListener: noop, removeEventListener: noop },
    document: { visibilityState: 'visible', addEventListener: noop, removeEventListener: noop },
  };
}
