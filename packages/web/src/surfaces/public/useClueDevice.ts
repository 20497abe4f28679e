import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { dataOrThrow, OperationError, queryText, toOperationError } from '../../graphql/fetchGraphql';

// The public clue pages' identity: a device token from `registerDevice`, kept on the phone and sent
// as the x-public-device header, so a phone supports a clue once and the server can limit what one
// phone sends. No account, no personal data.

export const DEVICE_STORAGE_KEY = 'wz.publicDevice';
export const DEVICE_HEADER = 'x-public-device';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readDeviceToken(storage: Store | undefined): string | null {
  try {
    const token = storage?.getItem(DEVICE_STORAGE_KEY);
    return token && token.length < 2000 ? token : null;
  } catch {
    return null;
  }
}

function saveDeviceToken(storage: Store | undefined, token: string | null): void {
  try {
    if (token) storage?.setItem(DEVICE_STORAGE_KEY, token);
    else storage?.removeItem(DEVICE_STORAGE_KEY);
  } catch {
    // Without storage the page still works; the next visit registers again.
  }
}

type Fetch = typeof globalThis.fetch;

/** One query or mutation over HTTP, with the device token (if any) in the x-public-device header. */
export async function fetchClueGraphql<R, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  variables: V,
  options: { deviceToken?: string | null; signal?: AbortSignal; fetch?: Fetch } = {},
): Promise<R> {
  const send = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await send('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', ...(options.deviceToken ? { [DEVICE_HEADER]: options.deviceToken } : {}) },
      body: JSON.stringify({ query: queryText(document), variables }),
      signal: options.signal,
    });
  } catch (error) {
    throw toOperationError(error);
  }
  let body: { data?: R | null; errors?: { message?: string; extensions?: Record<string, unknown> }[] };
  try {
    body = await response.json();
  } catch {
    throw new OperationError('network', `The server answered ${response.status} without a GraphQL response.`);
  }
  return dataOrThrow(body);
}

export interface ClueDevice {
  /** The stored token, if this phone has one (without registering). */
  current(): string | null;
  /** The stored token, or a new one from the server. Concurrent callers share one registration. */
  token(): Promise<string>;
  /**
   * Runs `call` with the device token. When the server answers DEVICE_REQUIRED (the token expired
   * or the server's secret changed), the phone registers again and the call is made once more.
   */
  withDevice<T>(call: (token: string) => Promise<T>): Promise<T>;
}

/** The device token of this phone; `register` asks the server for a new one. */
export function createClueDevice(register: () => Promise<string>, storage: Store | undefined = globalThis.localStorage): ClueDevice {
  let pending: Promise<string> | null = null;
  // Kept here too, for browsers that block storage: the page then keeps one token until it closes.
  let memory: string | null = null;

  function remember(token: string | null): void {
    memory = token;
    saveDeviceToken(storage, token);
  }

  function fresh(): Promise<string> {
    pending ??= register()
      .then((token) => {
        remember(token);
        return token;
      })
      .finally(() => (pending = null));
    return pending;
  }

  const current = () => readDeviceToken(storage) ?? memory;
  const token = async () => current() ?? fresh();

  async function withDevice<T>(call: (token: string) => Promise<T>): Promise<T> {
    const first = await token();
    try {
      return await call(first);
    } catch (error) {
      if (!(error instanceof OperationError) || error.code !== 'DEVICE_REQUIRED') throw error;
      // Another tab may have registered meanwhile; otherwise get a new token.
      const stored = current();
      if (stored && stored !== first) return call(stored);
      remember(null);
      return call(await fresh());
    }
  }

  return { current, token, withDevice };
}
