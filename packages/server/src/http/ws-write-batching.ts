import type { Socket } from 'node:net';
import type { WebSocket, WebSocketServer } from 'ws';

type SendOptions = Exclude<Parameters<WebSocket['send']>[1], ((error?: Error) => void) | undefined>;
/** The socket's own `send`, kept by batchWritesPerTurn for sendAtOnce. */
const unbatched = Symbol('unbatched send');
type Batched = WebSocket & { [unbatched]?: WebSocket['send'] };

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
    (ws as Batched)[unbatched] = send;
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

/**
 * Writes a text frame now instead of at the end of the turn: for a fan-out, which writes one frame to
 * each of thousands of sockets a slice at a time (SharedSubscriptions). Batched, a slice's writes would
 * all be made together after it, in one stretch the slice cannot see or bound (hundreds of
 * milliseconds at 10,000 phones, with every vote waiting). A socket that already holds frames for this
 * turn (a vote's answer) gets it after them, in the same system call.
 */
export function sendAtOnce(ws: WebSocket, data: string | Buffer): void {
  const send = (ws as Batched)[unbatched] ?? ws.send.bind(ws);
  send(data, { binary: false });
}
