import type { Socket } from 'node:net';
import * as wsModule from 'ws';
import type { WebSocket, WebSocketServer } from 'ws';

type SendOptions = Exclude<Parameters<WebSocket['send']>[1], ((error?: Error) => void) | undefined>;
/** The socket's own `send`, kept by batchWritesPerTurn for sendAtOnce. */
const unbatched = Symbol('unbatched send');
type Batched = WebSocket & { [unbatched]?: WebSocket['send'] };

/** The TCP socket under a ws connection (`_socket`, stable in ws for years). */
const tcpSocketOf = (ws: WebSocket) => (ws as unknown as { _socket?: Socket })._socket;

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
  // The sockets corked this turn, all uncorked by one callback at its end (not a callback per socket).
  const corked: Socket[] = [];
  const uncorkAll = () => {
    for (const socket of corked.splice(0)) socket.uncork();
  };
  server.on('connection', (ws: WebSocket) => {
    const socket = tcpSocketOf(ws);
    if (!socket || typeof socket.cork !== 'function') return;
    const send = ws.send.bind(ws);
    (ws as Batched)[unbatched] = send;
    ws.send = ((
      data: Parameters<WebSocket['send']>[0],
      optionsOrDone?: SendOptions | ((error?: Error) => void),
      done?: (error?: Error) => void,
    ) => {
      const options = typeof optionsOrDone === 'function' ? {} : (optionsOrDone ?? {});
      const callback = typeof optionsOrDone === 'function' ? optionsOrDone : done;
      // A closed socket's send reports its error through the callback, as ws does.
      if (ws.readyState !== ws.OPEN) return send(data, options, callback);
      // ws corks and uncorks around each frame it writes, so outside a send the count is this turn's cork.
      if (socket.writableCorked === 0) {
        socket.cork();
        if (corked.push(socket) === 1) setImmediate(uncorkAll);
      }
      send(data, options);
      if (callback) queueMicrotask(() => callback());
    }) as WebSocket['send'];
  });
}

/** ws's own framing: exported by ws, though its type declarations leave it out. */
const { Sender } = wsModule as unknown as {
  Sender: { frame(data: Buffer, options: { fin: boolean; opcode: number; mask: boolean; rsv1: boolean; readOnly: boolean }): Buffer[] };
};
const TEXT_OPCODE = 1;

/** Whole frames (header and payload) of the messages a fan-out writes to many sockets, built once each. */
const sharedFrames = new WeakMap<Buffer, Buffer>();

function sharedFrame(message: Buffer): Buffer {
  let frame = sharedFrames.get(message);
  if (!frame) {
    frame = Buffer.concat(Sender.frame(message, { fin: true, opcode: TEXT_OPCODE, mask: false, rsv1: false, readOnly: false }));
    sharedFrames.set(message, frame);
  }
  return frame;
}

/** Whether a socket negotiated no extension (compression), so a shared frame is its very bytes: fixed at the handshake, asked once (ws builds the answer anew on every call). */
const negotiatedNone = new WeakMap<WebSocket, boolean>();

function withoutExtensions(ws: WebSocket): boolean {
  let none = negotiatedNone.get(ws);
  if (none === undefined) {
    none = ws.extensions === '';
    negotiatedNone.set(ws, none);
  }
  return none;
}

/**
 * Writes a text frame now instead of at the end of the turn: for a fan-out, which writes one frame to
 * each of thousands of sockets a slice at a time (SharedSubscriptions). Batched, a slice's writes would
 * all be made together after it, in one stretch the slice cannot see or bound (hundreds of
 * milliseconds at 10,000 phones, with every vote waiting). A socket that already holds frames for this
 * turn (a vote's answer) gets it after them, in the same system call.
 *
 * A message given as bytes is taken to be the very same bytes for many sockets: its frame is built
 * once and written whole to each, one write instead of ws's header and payload per socket. ws makes
 * the frame itself where that would differ: a socket not open (ws reports the error) or one that
 * negotiated compression (never offered by our server).
 */
export function sendAtOnce(ws: WebSocket, data: string | Buffer): void {
  const socket = tcpSocketOf(ws);
  if (typeof data !== 'string' && socket && ws.readyState === ws.OPEN && withoutExtensions(ws)) {
    socket.write(sharedFrame(data));
    return;
  }
  const send = (ws as Batched)[unbatched] ?? ws.send.bind(ws);
  send(data, { binary: false });
}
