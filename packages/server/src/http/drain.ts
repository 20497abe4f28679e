import type http from 'node:http';
import type { Socket } from 'node:net';
import { OperationTypeNode } from 'graphql';
import { WebSocket, type WebSocketServer } from 'ws';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The first step of a graceful stop (SIGTERM), before Apollo's drain: nothing a client has sent is
 * taken without an answer, and clients are told to go elsewhere in a way they can act on.
 *
 * - HTTP: `/readyz` says 503. Requests already on their way, also on kept-alive connections, are read
 *   and answered, with `Connection: close` so that clients send nothing more on that connection. Once
 *   requests stop arriving (`quietMs`, at most `maxMs`) the server stops listening and closes the idle
 *   connections; a connection is never half-closed while a request may still arrive on it (such a
 *   request would be run, and its answer lost).
 * - WebSocket: each socket is closed (1001, going away: phones reconnect elsewhere) as soon as it has
 *   no query or mutation in flight, so a vote sent before the stop is answered before its socket
 *   closes; subscriptions alone do not hold a socket open. An operation arriving on a closing socket
 *   is not run; the phone sends it again after reconnecting.
 */
export class GracefulDrain {
  draining = false;
  private lastRequestAt = 0;
  /** Connections serving HTTP (WebSocket upgrades are taken out). */
  private readonly httpSockets = new Set<Socket>();
  private readonly responses = new Set<http.ServerResponse>();
  /** Ids of the queries and mutations in flight on each WebSocket: one alone as itself (a phone's vote: no set made per vote). */
  private readonly busy = new Map<WebSocket, string | Set<string>>();

  constructor(
    private readonly httpServer: http.Server,
    private readonly wsServer: WebSocketServer,
  ) {
    // One close listener for every connection, not a closure each (tens of thousands of phones).
    const { httpSockets, busy } = this;
    function forgetHttpSocket(this: Socket) {
      httpSockets.delete(this);
    }
    function forgetWebSocket(this: WebSocket) {
      busy.delete(this);
    }
    httpServer.on('connection', (socket: Socket) => {
      this.httpSockets.add(socket);
      socket.on('close', forgetHttpSocket);
    });
    httpServer.on('upgrade', (request: http.IncomingMessage) => {
      this.httpSockets.delete(request.socket);
      request.socket.off('close', forgetHttpSocket);
    });
    httpServer.prependListener('request', (_request: http.IncomingMessage, response: http.ServerResponse) => {
      this.lastRequestAt = Date.now();
      if (this.draining) response.setHeader('connection', 'close');
      this.responses.add(response);
      response.once('close', () => this.responses.delete(response));
    });
    wsServer.on('connection', (socket: WebSocket) => {
      socket.on('close', forgetWebSocket);
      if (this.draining) socket.close(1001, 'Going away');
    });
  }

  /** For graphql-ws's `onSubscribe`: false when the socket is closing, and the operation must not run. */
  begin(socket: WebSocket, id: string, operation: OperationTypeNode | undefined): boolean {
    if (socket.readyState !== WebSocket.OPEN) return false;
    if (operation === OperationTypeNode.QUERY || operation === OperationTypeNode.MUTATION) {
      const ids = this.busy.get(socket);
      this.busy.set(socket, ids === undefined ? id : typeof ids === 'string' ? new Set([ids, id]) : ids.add(id));
    }
    return true;
  }

  /** For graphql-ws's `onComplete`, called just before the operation's last message is sent. */
  end(socket: WebSocket, id: string): void {
    const ids = this.busy.get(socket);
    const idle = ids === id || (typeof ids === 'object' && ids.delete(id) && ids.size === 0);
    if (!idle) return;
    this.busy.delete(socket);
    // After this turn, when the answer has been handed to the socket.
    if (this.draining) setImmediate(() => this.closeIfIdle(socket));
  }

  async drain({ quietMs = 100, maxMs = 1_000, graceMs = 10_000 } = {}): Promise<void> {
    this.draining = true;
    const started = Date.now();
    this.lastRequestAt = started;
    for (const response of this.responses) if (!response.headersSent) response.setHeader('connection', 'close');
    for (const socket of this.wsServer.clients) this.closeIfIdle(socket);
    while (Date.now() - this.lastRequestAt < quietMs && Date.now() - started < maxMs) await sleep(20);
    // Stops listening and closes idle connections; the others close after their answer.
    this.httpServer.close();
    const open = () => this.httpSockets.size > 0 || [...this.wsServer.clients].some((s) => s.readyState === WebSocket.OPEN);
    while (open() && Date.now() - started < graceMs) await sleep(20);
  }

  private closeIfIdle(socket: WebSocket): void {
    if (!this.busy.has(socket) && socket.readyState === WebSocket.OPEN) socket.close(1001, 'Going away');
  }
}
