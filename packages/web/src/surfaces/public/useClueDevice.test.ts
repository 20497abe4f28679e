import { describe, expect, it, vi } from 'vitest';
import { OperationError } from '../../graphql/fetchGraphql';
import { createClueDevice, DEVICE_HEADER, DEVICE_STORAGE_KEY, fetchClueGraphql, readDeviceToken } from './useClueDevice';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

const document = {
  kind: 'Document',
  definitions: [],
  loc: { start: 0, end: 1, source: { body: 'mutation M { registerDevice }' } },
} as never;

describe('fetchClueGraphql', () => {
  it('sends the device token in the x-public-device header', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ data: { registerDevice: 't' } })));
    await expect(fetchClueGraphql(document, {}, { deviceToken: 'dev.1', fetch })).resolves.toEqual({ registerDevice: 't' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect((init.headers as Record<string, string>)[DEVICE_HEADER]).toBe('dev.1');
    expect(JSON.parse(init.body as string)).toEqual({ query: 'mutation M { registerDevice }', variables: {} });
  });

  it('sends no device header without a token, and reads refusals into errors', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'BAD_USER_INPUT', field: 'input.title' } }] })),
    );
    const error = await fetchClueGraphql(document, {}, { fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(Object.keys(init.headers as Record<string, string>)).not.toContain(DEVICE_HEADER);
  });

  it('calls a failed fetch a network error', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(fetchClueGraphql(document, {}, { fetch })).rejects.toMatchObject({ code: 'network' });
  });
});

describe('createClueDevice', () => {
  it('registers once, keeps the token on the phone and reuses it', async () => {
    const storage = memoryStorage();
    const register = vi.fn(async () => 'token-1');
    const device = createClueDevice(register, storage);
    expect(device.current()).toBeNull();
    const [a, b] = await Promise.all([device.token(), device.token()]);
    expect([a, b]).toEqual(['token-1', 'token-1']);
    expect(register).toHaveBeenCalledTimes(1);
    expect(storage.values.get(DEVICE_STORAGE_KEY)).toBe('token-1');
    await device.token();
    expect(register).toHaveBeenCalledTimes(1);
  });

  it('uses a stored token without registering', async () => {
    const register = vi.fn(async () => 'new');
    const device = createClueDevice(register, memoryStorage({ [DEVICE_STORAGE_KEY]: 'old' }));
    await expect(device.withDevice(async (token) => token)).resolves.toBe('old');
    expect(register).not.toHaveBeenCalled();
  });

  it('registers again and retries once when the server answers DEVICE_REQUIRED', async () => {
    const storage = memoryStorage({ [DEVICE_STORAGE_KEY]: 'expired' });
    const device = createClueDevice(async () => 'renewed', storage);
    const seen: string[] = [];
    const result = await device.withDevice(async (token) => {
      seen.push(token);
      if (token === 'expired') throw new OperationError('DEVICE_REQUIRED', 'reload');
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(seen).toEqual(['expired', 'renewed']);
    expect(storage.values.get(DEVICE_STORAGE_KEY)).toBe('renewed');
  });

  it('does not retry other refusals, nor loop on a second DEVICE_REQUIRED', async () => {
    const device = createClueDevice(async () => 'renewed', memoryStorage({ [DEVICE_STORAGE_KEY]: 'x' }));
    const call = vi.fn(async () => {
      throw new OperationError('RATE_LIMITED', 'slow down', 5);
    });
    await expect(device.withDevice(call)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(call).toHaveBeenCalledTimes(1);

    const always = vi.fn(async () => {
      throw new OperationError('DEVICE_REQUIRED', 'reload');
    });
    await expect(device.withDevice(always)).rejects.toMatchObject({ code: 'DEVICE_REQUIRED' });
    expect(always).toHaveBeenCalledTimes(2);
  });

  it('works when storage is blocked', async () => {
    const blocked = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readDeviceToken(blocked)).toBeNull();
    const register = vi.fn(async () => 'mem');
    const device = createClueDevice(register, blocked);
    await expect(device.withDevice(async (token) => token)).resolves.toBe('mem');
    await expect(device.withDevice(async (token) => token)).resolves.toBe('mem');
    expect(register).toHaveBeenCalledTimes(1); // kept in memory while the page is open
  });
});
