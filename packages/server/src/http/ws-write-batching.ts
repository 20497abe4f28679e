import type { Socket } from 'node:net';
import type { WebSocket, WebSocketServer } from 'ws';

type SendOptions = Exclude<Parameters<WebSocket['send']>[1], ((error?: Error) => void) | undefined>;

/**
 * Holds each connection's outgoing frames until the end of the event-loop turn and writes them in
 * one system call: a vote's answer is two graphql-ws messages (next, complete), and a storm sends
 * thousands of answers a second. `ws` exposes no such option, so this wraps `send` and corks the
 * underlying TCP socket (`_socket`, stable in ws for years; without it, writes are simply not batched).
 *
 * graphql-ws sends `complete` only once the `next` before it has been written (it waits for the
 * send's callback), which would put them in different turns and two system calls. So a send to an
 * open socket is reported done once queued: a write that fails later closes the socket, which ends
 * its operations all the same.
 */
export function batchWritesPerTurn(server: WebSocketServer): void {
  server.on('connection', (ws: WebSocket) => {
    const socket = (ws as unknown as { _socket?: Socket })._socket;
    if (!socket || typeof socket.cork !== 'function') return;
    const send = ws.send.bind(ws);
    let corked = false;
    ws.send = ((
      data: Parameters<WebSocket['send']>[0],
      optionsOrDone?: SendOptions | ((error?: Error) => void),
      done?: (error?: Error) => void,
    ) => {
      const options = typeof optionsOrDone === 'function' ? {} : (optionsOrDone ?? {});
      const callback = typeof optionsOrDone === 'function' ? optionsOrDone : done;
      // A closed socket's send reports its error through the callback, as ws does.
      if (ws.readyState !== ws.OPEN) return send(data, options, callback);
      if (!corked) {
        corked = true;
        socket.cork();
        setImmediate(() => {
          corked = false;
          socket.uncork();
        });
      }
      send(data, options);
      if (callback) queueMicrotask(() => callback());
    }) as WebSocket['send'];
  });
}
