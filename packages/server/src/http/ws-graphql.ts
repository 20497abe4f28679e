import type http from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions, type WebSocket as GraphqlWsSocket } from 'graphql-ws';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../logger.js';
import { SharedTexts } from './ws-message-text.js';

/** What graphql-ws's handlers find in `ctx.extra`: the socket and the upgrade request, as with graphql-ws's own `useServer`. */
export interface SocketExtra {
  socket: WebSocket;
  request: http.IncomingMessage;
}

/** One connection as graphql-ws's server core sees it: methods on a prototype, no closures per connection. */
class Connection implements GraphqlWsSocket {
  receive: ((data: string) => Promise<void>) | undefined;
  closed: ((code?: number, reason?: string) => Promise<void>) | undefined;

  constructor(private readonly socket: WebSocket) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  // Not awaited by anyone: the socket keeps its writes in order, and a write to a closed socket is dropped.
  send(data: string): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(data);
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  onMessage(receive: (data: string) => Promise<void>): void {
    this.receive = receive;
  }
}

/**
 * graphql-ws's server core (`makeServer`) on a `ws` server, in place of graphql-ws's `useServer`, which
 * gives every socket a handful of closures and `once` listeners of its own; on a show night that is
 * tens of thousands of sockets. Here each socket holds one small `Connection`, and its listeners are
 * shared by all; identical text messages are handed over as one string (see SharedTexts). Keep-alive is
 * not done here (see ws-keep-alive.ts). Errors are logged, not printed.
 */
export function serveGraphqlWs<P extends Record<string, unknown>, E extends Record<PropertyKey, unknown>>(
  options: ServerOptions<P, SocketExtra & Partial<E>>,
  wsServer: WebSocketServer,
  logger: Logger,
): { dispose(): Promise<void> } {
  const server = makeServer(options);
  const connections = new WeakMap<WebSocket, Connection>();
  const texts = new SharedTexts();
  wsServer.options.handleProtocols = handleProtocols;

  function failed(socket: WebSocket, error: unknown, what: string) {
    logger.error({ err: error }, what);
    socket.close(CloseCode.InternalServerError, 'Internal server error');
  }
  function onMessage(this: WebSocket, data: RawData) {
    const receive = connections.get(this)?.receive;
    if (!receive) return;
    receive(texts.share(String(data))).catch((error: unknown) => failed(this, error, 'a GraphQL WebSocket message failed'));
  }
  function onClose(this: WebSocket, code: number, reason: Buffer) {
    const closed = connections.get(this)?.closed;
    connections.delete(this);
    closed?.(code, String(reason)).catch((error: unknown) => logger.error({ err: error }, 'closing a GraphQL WebSocket failed'));
  }
  function onError(this: WebSocket, error: Error) {
    failed(this, error, 'a GraphQL WebSocket failed');
  }

  wsServer.once('error', (error) => {
    logger.error({ err: error }, 'the WebSocket server failed');
    for (const socket of wsServer.clients) socket.close(CloseCode.InternalServerError, 'Internal server error');
  });
  wsServer.on('connection', (socket: WebSocket, request: http.IncomingMessage) => {
    const connection = new Connection(socket);
    connections.set(socket, connection);
    socket.on('error', onError);
    socket.on('message', onMessage);
    socket.on('close', onClose);
    connection.closed = server.opened(connection, { socket, request } as SocketExtra & Partial<E>);
  });

  return {
    async dispose() {
      for (const socket of wsServer.clients) socket.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
