import type { Socket } from 'node:net';
import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Holds each connection's outgoing frames until the end of the event-loop turn and writes them in
 * one system call: a vote's answer is two graphql-ws messages (next, complete), and a storm sends
 * thousands of answers a second. `ws` exposes no such option, so this wraps `send` and corks the
 * underlying TCP socket (`_socket`, stable in ws for years; without it, writes are simply not batched).
 */
export function batchWritesPerTurn(server: WebSocketServer): void {
  server.on('connection', (ws: WebSocket) => {
    const socket = (ws as unknown as { _socket?: Socket })._socket;
    if (!socket || typeof socket.cork !== 'function') return;
    const send = ws.send.bind(ws);
    let corked = false;
    ws.send = ((...args: Parameters<WebSocket['send']>) => {
      if (!corked) {
        corked = true;
        socket.cork();
        setImmediate(() => {
          corked = false;
          socket.uncork();
        });
      }
      return send(...args);
    }) as WebSocket['send'];
  });
}
