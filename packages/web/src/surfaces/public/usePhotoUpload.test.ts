import { describe, expect, it, vi } from 'vitest';
import {
  checkPhoto,
  MAX_PHOTO_BYTES,
  uploadError,
  usePhotoUpload,
  xhrPhotoUploader,
  type PhotoUploader,
  type UploadedPhoto,
} from './usePhotoUpload';

const photo = (name = 'a.jpg', type = 'image/jpeg', size = 1000) => new File([new Uint8Array(size)], name, { type });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An uploader whose uploads finish when the test says so. */
function controlledUploader() {
  const calls: {
    file: Blob;
    progress: (f: number) => void;
    signal: AbortSignal;
    resolve: (p: UploadedPhoto) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const upload: PhotoUploader = (file, progress, signal) =>
    new Promise((resolve, reject) => {
      calls.push({ file, progress, signal, resolve, reject });
    });
  return { calls, upload };
}

const uploaded = (id: string): UploadedPhoto => ({ id, width: 10, height: 10, byteSize: 100 });

describe('checkPhoto', () => {
  it('accepts JPEG, PNG and WebP up to 10 MB', () => {
    expect(checkPhoto(photo('a.jpg', 'image/jpeg'))).toBeNull();
    expect(checkPhoto(photo('a.png', 'image/png'))).toBeNull();
    expect(checkPhoto(photo('a.webp', 'image/webp'))).toBeNull();
    expect(checkPhoto({ name: 'a.jpg', type: 'image/jpeg', size: MAX_PHOTO_BYTES })).toBeNull();
  });

  it('refuses other types, HEIC with its own advice, and big files', () => {
    expect(checkPhoto(photo('a.gif', 'image/gif'))).toBe('type');
    expect(checkPhoto(photo('a.pdf', 'application/pdf'))).toBe('type');
    expect(checkPhoto(photo('IMG_1.HEIC', ''))).toBe('heic');
    expect(checkPhoto(photo('x', 'image/heif'))).toBe('heic');
    expect(checkPhoto({ name: 'a.jpg', type: 'image/jpeg', size: MAX_PHOTO_BYTES + 1 })).toBe('size');
  });

  it('leaves a file without a declared type to the server', () => {
    expect(checkPhoto(photo('camera', ''))).toBeNull();
  });
});

describe('uploadError', () => {
  it('reads the route’s GraphQL-shaped errors', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Send a photo as JPEG, PNG or WebP.', extensions: { code: 'BAD_USER_INPUT', field: 'photo' } }],
    });
    expect(uploadError(400, body)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photo' });
    const limited = JSON.stringify({ errors: [{ message: 'slow', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 } }] });
    expect(uploadError(429, limited)).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
  });

  it('names a too-large body and a lost connection without a JSON answer', () => {
    expect(uploadError(413, '<html>')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photo' });
    expect(uploadError(0, '')).toMatchObject({ code: 'network' });
  });
});

describe('xhrPhotoUploader', () => {
  function fakeRequest(status: number, responseText: string) {
    const request = {
      headers: {} as Record<string, string>,
      method: '',
      url: '',
      body: null as unknown,
      status: 0,
      responseText: '',
      upload: { onprogress: null as ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null },
      onload: null as (() => void) | null,
      onerror: null as (() => void) | null,
      ontimeout: null as (() => void) | null,
      onabort: null as (() => void) | null,
      open(method: string, url: string) {
        this.method = method;
        this.url = url;
      },
      setRequestHeader(name: string, value: string) {
        this.headers[name] = value;
      },
      abort() {
        this.onabort?.();
      },
      send(body: unknown) {
        this.body = body;
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        this.status = status;
        this.responseText = responseText;
        this.onload?.();
      },
    };
    return request;
  }

  it('posts the file as form field "photo" with the device token and reports progress', async () => {
    const request = fakeRequest(201, JSON.stringify(uploaded('p1')));
    const progress = vi.fn();
    const result = await xhrPhotoUploader('dev.1', () => request as never)(photo('street.jpg'), progress, new AbortController().signal);
    expect(result.id).toBe('p1');
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/uploads/clue-photos');
    expect(request.headers['x-public-device']).toBe('dev.1');
    expect((request.body as FormData).get('photo')).toBeInstanceOf(File);
    expect(progress).toHaveBeenCalledWith(0.5);
  });

  it('rejects with the server’s refusal', async () => {
    const request = fakeRequest(400, JSON.stringify({ errors: [{ message: 'reload', extensions: { code: 'DEVICE_REQUIRED' } }] }));
    await expect(xhrPhotoUploader('old', () => request as never)(photo(), () => {}, new AbortController().signal)).rejects.toMatchObject({
      code: 'DEVICE_REQUIRED',
    });
  });
});

describe('usePhotoUpload', () => {
  it('uploads up to three photos, each with a local preview, and names them by id', async () => {
    const { calls, upload } = controlledUploader();
    const photos = usePhotoUpload({ upload, preview: () => 'blob:x', revoke: () => {} });
    photos.add([photo('1.jpg'), photo('2.png', 'image/png'), photo('3.webp', 'image/webp'), photo('4.jpg')]);
    expect(photos.items.value.map((i) => i.previewUrl)).toEqual(['blob:x', 'blob:x', 'blob:x']);
    expect(photos.problem.value).toBe('tooMany');
    calls[0]!.resolve(uploaded('id-1'));
    await flush();
    expect(photos.photoIds.value).toEqual(['id-1']);
  });

  it('refuses a HEIC photo with its own advice', () => {
    const photos = usePhotoUpload({ upload: controlledUploader().upload, preview: () => null });
    photos.add([photo('IMG_1.HEIC', '')]);
    expect(photos.problem.value).toBe('heic');
    expect(photos.items.value).toHaveLength(0);
  });
});
