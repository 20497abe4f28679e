import { computed, shallowRef } from 'vue';
import { OperationError, toOperationError } from '../graphql/fetchGraphql';
import { DEVICE_HEADER } from './useClueDevice';

// Photos sent with a clue: each one uploads as soon as it is chosen (with its progress shown), so
// that sending the clue itself is quick; the clue then names the uploaded photos by id.

export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_UPLOAD_URL = '/uploads/clue-photos';

/** Why a chosen file is not uploaded: checked on the phone for a quick answer (the server checks again). */
export type PhotoProblem = 'type' | 'heic' | 'size' | 'tooMany';

export function checkPhoto(file: Pick<File, 'type' | 'size' | 'name'>): PhotoProblem | null {
  const type = file.type.toLowerCase();
  if (type === 'image/heic' || type === 'image/heif' || /\.hei[cf]$/i.test(file.name)) return 'heic';
  // Some in-app browsers report no type at all: the server reads the bytes and decides.
  if (type && !(PHOTO_TYPES as readonly string[]).includes(type)) return 'type';
  if (file.size > MAX_PHOTO_BYTES) return 'size';
  return null;
}

export interface UploadedPhoto {
  id: string;
  width: number;
  height: number;
  byteSize: number;
}

/** Sends one file; reports progress from 0 to 1; rejects with an OperationError. */
export type PhotoUploader = (file: Blob, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<UploadedPhoto>;

/** Reads the upload route's error body (`{errors:[{message, extensions}]}`) into an OperationError. */
export function uploadError(status: number, body: string): OperationError {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown };
    if (Array.isArray(parsed.errors) && parsed.errors.length) return toOperationError(parsed.errors);
  } catch {
    // Not JSON: a proxy's error page, for instance.
  }
  if (status === 413) return new OperationError('BAD_USER_INPUT', 'The photo is larger than 10 MB.', null, 'photo');
  return new OperationError(status === 0 ? 'network' : 'unknown', `The upload failed (${status}).`);
}

/**
 * The browser's uploader: XMLHttpRequest, because fetch cannot report upload progress. Sends the
 * file as multipart form data in the field `photo`, with the device token.
 */
export function xhrPhotoUploader(deviceToken: string, createRequest: () => XMLHttpRequest = () => new XMLHttpRequest()) {
  return (file: Blob, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<UploadedPhoto> =>
    new Promise((resolve, reject) => {
      const request = createRequest();
      request.open('POST', PHOTO_UPLOAD_URL);
      request.setRequestHeader(DEVICE_HEADER, deviceToken);
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      request.onload = () => {
        if (request.status === 201) {
          try {
            resolve(JSON.parse(request.responseText) as UploadedPhoto);
          } catch {
            reject(uploadError(request.status, ''));
          }
        } else {
          reject(uploadError(request.status, request.responseText));
        }
      };
      request.onerror = () => reject(new OperationError('network', 'The photo could not be sent.'));
      request.ontimeout = request.onerror;
      request.onabort = () => reject(new OperationError('aborted', 'The upload was cancelled.'));
      signal.addEventListener('abort', () => request.abort(), { once: true });
      const form = new FormData();
      form.append('photo', file, file instanceof File ? file.name : 'photo');
      request.send(form);
    });
}

export interface PhotoItem {
  key: number;
  file: File;
  /** A local preview (object URL); the server's copy is not public until the clue is published. */
  previewUrl: string | null;
  status: 'uploading' | 'done' | 'error';
  /** 0 to 1. */
  progress: number;
  uploaded: UploadedPhoto | null;
  error: OperationError | null;
}

interface PhotoUploadOptions {
  upload: PhotoUploader;
  preview?: (file: File) => string | null;
  revoke?: (url: string) => void;
  max?: number;
}

/** The photos of one clue form: add (checked, then uploaded at once), retry, remove. */
export function usePhotoUpload(options: PhotoUploadOptions) {
  const max = options.max ?? MAX_PHOTOS;
  const preview = options.preview ?? ((file: File) => (typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null));
  const revoke = options.revoke ?? ((url: string) => URL.revokeObjectURL(url));
  const items = shallowRef<readonly PhotoItem[]>([]);
  /** The last refusal of a chosen file, shown until the next choice. */
  const problem = shallowRef<PhotoProblem | null>(null);
  const controllers = new Map<number, AbortController>();
  let nextKey = 1;

  function patch(key: number, change: Partial<PhotoItem>): void {
    items.value = items.value.map((item) => (item.key === key ? { ...item, ...change } : item));
  }

  function start(item: PhotoItem): void {
    const controller = new AbortController();
    controllers.set(item.key, controller);
    patch(item.key, { status: 'uploading', progress: 0, error: null });
    options
      .upload(item.file, (fraction) => patch(item.key, { progress: Math.min(1, Math.max(0, fraction)) }), controller.signal)
      .then(
        (uploaded) => patch(item.key, { status: 'done', progress: 1, uploaded }),
        (error: unknown) => {
          if (!controller.signal.aborted) patch(item.key, { status: 'error', error: toOperationError(error) });
        },
      )
      .finally(() => {
        if (controllers.get(item.key) === controller) controllers.delete(item.key);
      });
  }

  /** Checks and starts uploading the chosen files; files beyond the limit are refused. */
  function add(files: Iterable<File>): void {
    problem.value = null;
    for (const file of files) {
      if (items.value.length >= max) {
        problem.value = 'tooMany';
        break;
      }
      const refused = checkPhoto(file);
      if (refused) {
        problem.value = refused;
        continue;
      }
      const item: PhotoItem = { key: nextKey++, file, previewUrl: preview(file), status: 'uploading', progress: 0, uploaded: null, error: null };
      items.value = [...items.value, item];
      start(item);
    }
  }

  function retry(key: number): void {
    const item = items.value.find((i) => i.key === key);
    if (item && item.status === 'error') start(item);
  }

  /** Drops a photo (cancelling its upload); an uploaded one is simply not sent with the clue. */
  function remove(key: number): void {
    const item = items.value.find((i) => i.key === key);
    if (!item) return;
    controllers.get(key)?.abort();
    controllers.delete(key);
    if (item.previewUrl) revoke(item.previewUrl);
    items.value = items.value.filter((i) => i.key !== key);
    problem.value = null;
  }

  function clear(): void {
    for (const item of items.value) remove(item.key);
  }

  const photoIds = computed(() => items.value.flatMap((item) => (item.uploaded ? [item.uploaded.id] : [])));
  const uploading = computed(() => items.value.some((item) => item.status === 'uploading'));
  const failed = computed(() => items.value.some((item) => item.status === 'error'));
  const full = computed(() => items.value.length >= max);

  return { items, problem, photoIds, uploading, failed, full, add, retry, remove, clear };
}
