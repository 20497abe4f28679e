import type { WebSocket, WebSocketServer } from 'ws';

/**
 * Finds dead sockets with one timer per process instead of graphql-ws's own keep-alive, which holds an
 * interval, a timeout and a listener for every socket (tens of thousands on a show night). Each tick
 * pings the sockets whose turn it is, so every socket is pinged once per `intervalMs` and the writes are
 * spread over the interval rather than made in one burst; a socket that has not answered its previous
 * ping when its turn comes again is ended. Every 30 s (graphql-ws's default is 12 s): well inside the 60 s
 * a proxy such as nginx waits on a quiet connection, and each ping is a write and a read for every
 * phone, which a show with tens of thousands of them pays for during its vote storms. A socket that has
 * sent a message since its last turn is alive, as a pong would say, and is not pinged: a phone voting in
 * the storm costs no ping at all.
 */
export function keepSocketsAlive(server: WebSocketServer, { intervalMs = 30_000, tickMs = 1_000 } = {}): () => void {
  const turns = Math.max(1, Math.round(intervalMs / tickMs));
  /** The sockets pinged at each turn: a tick walks its own share, not every socket. */
  const byTurn = Array.from({ length: turns }, () => new Set<WebSocket>());
  const turnOf = new WeakMap<WebSocket, Set<WebSocket>>();
  const unanswered = new WeakSet<WebSocket>();
  /** Sockets that sent a message since their last turn. */
  const heard = new WeakSet<WebSocket>();
  let connections = 0;
  let tick = 0;
  // One listener for every socket, not a closure each.
  function answered(this: WebSocket) {
    unanswered.delete(this);
  }
  function spoke(this: WebSocket) {
    heard.add(this);
  }
  function left(this: WebSocket) {
    turnOf.get(this)?.delete(this);
  }
  server.on('connection', (socket: WebSocket) => {
    const turn = byTurn[connections++ % turns]!;
    turn.add(socket);
    turnOf.set(socket, turn);
    socket.on('pong', answered);
    socket.on('message', spoke);
    socket.on('close', left);
  });
  const timer = setInterval(() => {
    for (const socket of byTurn[tick++ % turns]!) {
      if (heard.delete(socket)) {
        unanswered.delete(socket);
        continue;
      }
      if (unanswered.has(socket)) {
        socket.terminate();
        continue;
      }
      unanswered.add(socket);
      socket.ping();
    }
  }, tickMs);
  timer.unref();
  return () => clearInterval(timer);
}
