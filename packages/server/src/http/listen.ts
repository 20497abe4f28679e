import type http from 'node:http';
import type { ListenOptions } from 'node:net';

/** The server could not listen; its message is one sentence naming the host and port and saying what to do. */
export class ListenError extends Error {
  override readonly name = 'ListenError';

  constructor(
    readonly host: string,
    readonly port: number,
    /** The system's error code: EADDRINUSE, EACCES, EADDRNOTAVAIL, ENOTFOUND, … */
    readonly code: string | undefined,
    options?: ErrorOptions,
  ) {
    super(listenFailure(host, port, code), options);
  }
}

function listenFailure(host: string, port: number, code: string | undefined): string {
  switch (code) {
    case 'EADDRINUSE':
      return `Port ${port} on ${host} is already in use; stop the other program or set PORT to a free port.`;
    case 'EACCES':
    case 'EPERM':
      return `Port ${port} on ${host} may not be opened by this user (ports below 1024 need privileges); set PORT to 1024 or above, with a reverse proxy in front for ports 80 and 443.`;
    case 'EADDRNOTAVAIL':
      return `Port ${port} cannot be opened on ${host}, which is not an address of this machine; set HOST to one of its addresses, or to 0.0.0.0 for all of them.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Port ${port} cannot be opened on ${host}, a name that does not resolve here; set HOST to an address of this machine, or to 0.0.0.0 for all of them.`;
    default:
      return `Port ${port} on ${host} could not be opened (${code ?? 'unknown error'}); check HOST and PORT.`;
  }
}

/**
 * Connections the kernel holds for the server until it accepts them (it caps this at net.core.somaxconn,
 * 4096 on current Linux). When a show's QR code brings thousands of phones in the same second, a busy
 * process's queue of 511 (Node's default) fills, and the kernel drops the handshakes beyond it, which
 * phones retry only a second or more later.
 */
export const LISTEN_BACKLOG = 4096;

/**
 * Listens, or rejects with a ListenError. Until the server listens, its other 'error' listeners are set
 * aside: a WebSocket server attached to it would pass a listen error on to graphql-ws, which logs it as
 * an internal error of its own and leaves the process running without listening.
 */
export async function listen(server: http.Server, options: ListenOptions & { port: number; host: string }): Promise<void> {
  const others = server.rawListeners('error') as ((...args: unknown[]) => void)[];
  server.removeAllListeners('error');
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ backlog: LISTEN_BACKLOG, ...options }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    throw new ListenError(options.host, options.port, (error as NodeJS.ErrnoException).code, { cause: error });
  } finally {
    for (const listener of others) server.on('error', listener);
  }
}
