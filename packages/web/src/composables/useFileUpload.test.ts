import { describe, expect, it, vi } from 'vitest';
import { OperationError } from '../graphql/fetchGraphql';
import { checkFile, uploadRouteError, useFileUpload, type FileUploader } from './useFileUpload';

const file = (name = 'a.jpg', type = 'image/jpeg', size = 1000) => new File([new Uint8Array(size)], name, { type });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
type Uploaded = { id: string };

/** An uploader whose uploads finish when the test says so. */
function controlledUploader() {
  const calls: {
    file: File;
    progress: (f: number) => void;
    signal: AbortSignal;
    resolve: (u: Uploaded) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const upload: FileUploader<Uploaded> = (f, progress, signal) =>
    new Promise((resolve, reject) => void calls.push({ file: f, progress, signal, resolve, reject }));
  return { calls, upload };
}
const rules = { types: ['image/jpeg', 'image/png'], maxBytes: 2000 };
const check = (f: File) => checkFile(f, rules);

describe('checkFile', () => {
  it('refuses other types, HEIC with its own advice, and big files; leaves an untyped file to the server', () => {
    expect(checkFile(file('a.png', 'image/png'), rules)).toBeNull();
    expect(checkFile(file('a.gif', 'image/gif'), rules)).toBe('type');
    expect(checkFile(file('IMG_1.HEIC', ''), rules)).toBe('heic');
    expect(checkFile(file('x', 'image/heif'), rules)).toBe('heic');
    expect(checkFile({ name: 'a.jpg', type: 'image/jpeg', size: 2001 }, rules)).toBe('size');
    expect(checkFile(file('camera', ''), rules)).toBeNull();
  });
});

describe('uploadRouteError', () => {
  const tooLarge = () => new OperationError('TOO_LARGE', 'big');
  it('reads the route’s GraphQL-shaped errors, and names a 413 or a lost connection without them', () => {
    const limited = JSON.stringify({ errors: [{ message: 'slow', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }] });
    expect(uploadRouteError(429, limited, tooLarge)).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
    expect(uploadRouteError(413, '<html>', tooLarge)).toMatchObject({ code: 'TOO_LARGE' });
    expect(uploadRouteError(0, '', tooLarge)).toMatchObject({ code: 'network' });
    expect(uploadRouteError(502, '<html>', tooLarge)).toMatchObject({ code: 'unknown' });
  });
});

describe('useFileUpload', () => {
  it('uploads each chosen file at once, with progress, and lists the uploaded ids', async () => {
    const { calls, upload } = controlledUploader();
    const files = useFileUpload({ upload, check, max: 3 });
    files.add([file('1.jpg'), file('2.png', 'image/png')]);
    expect(files.items.value.map((i) => i.status)).toEqual(['uploading', 'uploading']);
    expect(files.uploading.value).toBe(true);
    calls[0]!.progress(0.4);
    expect(files.items.value[0]).toMatchObject({ status: 'uploading', progress: 0.4, previewUrl: null });

    calls[0]!.resolve({ id: 'id-1' });
    calls[1]!.resolve({ id: 'id-2' });
    await flush();
    expect(files.items.value.map((i) => i.status)).toEqual(['done', 'done']);
    expect(files.ids.value).toEqual(['id-1', 'id-2']);
    expect(files.uploading.value).toBe(false);
  });

  it('refuses a wrong type and a file beyond the limit with a reason', () => {
    const { upload } = controlledUploader();
    const files = useFileUpload({ upload, check, max: 3 });
    files.add([file('a.gif', 'image/gif')]);
    expect(files.problem.value).toBe('type');
    expect(files.items.value).toHaveLength(0);

    files.add([file('1.jpg'), file('2.jpg'), file('3.jpg'), file('4.jpg')]);
    expect(files.items.value).toHaveLength(3);
    expect(files.problem.value).toBe('tooMany');
    expect(files.full.value).toBe(true);
  });

  it('keeps a failed upload to retry, and retries it', async () => {
    const { calls, upload } = controlledUploader();
    const files = useFileUpload({ upload, check, max: 3 });
    files.add([file()]);
    calls[0]!.reject(new OperationError('network', 'offline'));
    await flush();
    expect(files.items.value[0]).toMatchObject({ status: 'error' });
    expect(files.items.value[0]!.error?.code).toBe('network');
    expect(files.failed.value).toBe(true);

    files.retry(files.items.value[0]!.key);
    expect(calls).toHaveLength(2);
    calls[1]!.resolve({ id: 'again' });
    await flush();
    expect(files.ids.value).toEqual(['again']);
    expect(files.failed.value).toBe(false);
  });

  it('cancels an upload when its file is removed, and frees its preview', async () => {
    const { calls, upload } = controlledUploader();
    const revoke = vi.fn();
    const files = useFileUpload({ upload, check, max: 3, preview: () => 'blob:1', revoke });
    files.add([file()]);
    files.remove(files.items.value[0]!.key);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(revoke).toHaveBeenCalledWith('blob:1');
    expect(files.items.value).toHaveLength(0);
    calls[0]!.reject(new OperationError('aborted', 'cancelled'));
    await flush();
    expect(files.items.value).toHaveLength(0);
    expect(files.uploading.value).toBe(false);
  });
});
