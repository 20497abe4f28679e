import { computed, shallowRef } from 'vue';
import { OperationError, toOperationError } from '../graphql/fetchGraphql';

// Files that upload as soon as they are chosen, each with its progress shown, so that sending the
// form itself is quick; the form then names the uploaded files by id. The clue form's photos
// (usePhotoUpload.ts) and a follow-up update's evidence (useEvidenceUpload.ts) differ only in
// what they accept, where they send it and how the request is authenticated.

/** Why a chosen file is not uploaded: checked here for a quick answer (the server checks again). */
export type FileProblem = 'type' | 'heic' | 'size' | 'tooMany';

export interface FileRules {
  types: readonly string[];
  maxBytes: number;
}

export function checkFile(file: Pick<File, 'type' | 'size' | 'name'>, rules: FileRules): FileProblem | null {
  const type = file.type.toLowerCase();
  if (type === 'image/heic' || type === 'image/heif' || /\.hei[cf]$/i.test(file.name)) return 'heic';
  // Some (in-app) browsers report no type at all: the server reads the bytes and decides.
  if (type && !rules.types.includes(type)) return 'type';
  if (file.size > rules.maxBytes) return 'size';
  return null;
}

/** Sends one file; reports progress from 0 to 1; rejects with an OperationError. */
export type FileUploader<Uploaded> = (file: File, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<Uploaded>;

/** Reads the upload route's error body (`{errors:[{message, extensions}]}`); `tooLarge` names a 413 it does not explain. */
export function uploadRouteError(status: number, body: string, tooLarge: () => OperationError): OperationError {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown };
    if (Array.isArray(parsed.errors) && parsed.errors.length) return toOperationError(parsed.errors);
  } catch {
    // Not JSON: a proxy's error page, for instance.
  }
  if (status === 413) return tooLarge();
  return new OperationError(status === 0 ? 'network' : 'unknown', `The upload failed (${status}).`);
}

export interface XhrUpload {
  url: string;
  /** The multipart form field that carries the file. */
  field: string;
  headers?: Record<string, string>;
  withCredentials?: boolean;
  error: (status: number, body: string) => OperationError;
  /** The message when the connection fails. */
  unreachable: string;
}

/** The browser's uploader: XMLHttpRequest, because fetch cannot report upload progress. */
export function xhrUploader<Uploaded>(route: XhrUpload, createRequest: () => XMLHttpRequest = () => new XMLHttpRequest()) {
  return (file: Blob, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<Uploaded> =>
    new Promise((resolve, reject) => {
      const request = createRequest();
      request.open('POST', route.url);
      if (route.withCredentials) request.withCredentials = true;
      for (const [name, value] of Object.entries(route.headers ?? {})) request.setRequestHeader(name, value);
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      request.onload = () => {
        if (request.status === 201) {
          try {
            resolve(JSON.parse(request.responseText) as Uploaded);
          } catch {
            reject(route.error(request.status, ''));
          }
        } else reject(route.error(request.status, request.responseText));
      };
      request.onerror = () => reject(new OperationError('network', route.unreachable));
      request.ontimeout = request.onerror;
      request.onabort = () => reject(new OperationError('aborted', 'The upload was cancelled.'));
      signal.addEventListener('abort', () => request.abort(), { once: true });
      const form = new FormData();
      form.append(route.field, file, file instanceof File ? file.name : route.field);
      request.send(form);
    });
}

export interface FileItem<Uploaded> {
  key: number;
  file: File;
  /** A local preview (object URL), where the form shows one. */
  previewUrl: string | null;
  status: 'uploading' | 'done' | 'error';
  /** 0 to 1. */
  progress: number;
  uploaded: Uploaded | null;
  error: OperationError | null;
}

export interface FileUploadOptions<Uploaded> {
  upload: FileUploader<Uploaded>;
  check: (file: File) => FileProblem | null;
  max: number;
  preview?: (file: File) => string | null;
  revoke?: (url: string) => void;
}

/** The files of one form: add (checked, then uploaded at once), retry, remove, clear. */
export function useFileUpload<Uploaded extends { id: string }>(options: FileUploadOptions<Uploaded>) {
  const { upload, check, max, preview = () => null, revoke = () => undefined } = options;
  const items = shallowRef<readonly FileItem<Uploaded>[]>([]);
  /** The last refusal of a chosen file, shown until the next choice. */
  const problem = shallowRef<FileProblem | null>(null);
  const controllers = new Map<number, AbortController>();
  let nextKey = 1;

  const patch = (key: number, change: Partial<FileItem<Uploaded>>) => {
    items.value = items.value.map((item) => (item.key === key ? { ...item, ...change } : item));
  };

  function start(item: FileItem<Uploaded>): void {
    const controller = new AbortController();
    controllers.set(item.key, controller);
    patch(item.key, { status: 'uploading', progress: 0, error: null });
    upload(item.file, (fraction) => patch(item.key, { progress: Math.min(1, Math.max(0, fraction)) }), controller.signal)
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
      const refused = check(file);
      if (refused) {
        problem.value = refused;
        continue;
      }
      const item: FileItem<Uploaded> = {
        key: nextKey++,
        file,
        previewUrl: preview(file),
        status: 'uploading',
        progress: 0,
        uploaded: null,
        error: null,
      };
      items.value = [...items.value, item];
      start(item);
    }
  }

  function retry(key: number): void {
    const item = items.value.find((i) => i.key === key);
    if (item?.status === 'error') start(item);
  }

  /** Drops a file (cancelling its upload); an uploaded one is simply not sent with the form. */
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

  const ids = computed(() => items.value.flatMap((item) => (item.uploaded ? [item.uploaded.id] : [])));
  const uploading = computed(() => items.value.some((item) => item.status === 'uploading'));
  const failed = computed(() => items.value.some((item) => item.status === 'error'));
  const full = computed(() => items.value.length >= max);

  return { items, problem, ids, uploading, failed, full, add, retry, remove, clear };
}
