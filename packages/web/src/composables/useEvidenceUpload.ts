import { computed, onScopeDispose, shallowRef } from 'vue';
import { OperationError, toOperationError } from '../graphql/fetchGraphql';

// Evidence (佐证材料) sent with a progress update or the completion report: each file uploads as
// soon as it is chosen, with its progress shown; the update then names the uploaded files by id.
// The staff session cookie authenticates the upload, as it does every staff request.

export const MAX_EVIDENCE_FILES = 10;
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const EVIDENCE_UPLOAD_URL = '/uploads/evidence';
/** What the file picker offers. */
export const EVIDENCE_ACCEPT = [...EVIDENCE_TYPES, '.pdf'].join(',');

/** Why a chosen file is not uploaded: checked here for a quick answer (the server checks again). */
export type EvidenceProblem = 'type' | 'heic' | 'size' | 'tooMany';

export function checkEvidence(file: Pick<File, 'type' | 'size' | 'name'>): EvidenceProblem | null {
  const type = file.type.toLowerCase();
  if (type === 'image/heic' || type === 'image/heif' || /\.hei[cf]$/i.test(file.name)) return 'heic';
  // Some browsers report no type at all: the server reads the bytes and decides.
  if (type && !(EVIDENCE_TYPES as readonly string[]).includes(type)) return 'type';
  if (file.size > MAX_EVIDENCE_BYTES) return 'size';
  return null;
}

export interface UploadedEvidence {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
}

/** Sends one file; reports progress from 0 to 1; rejects with an OperationError. */
export type EvidenceUploader = (file: File, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<UploadedEvidence>;

/** Reads the upload route's answer (`{errors:[{message, extensions}]}`) into an OperationError. */
export function evidenceUploadError(status: number, body: string): OperationError {
  if (status === 413) return new OperationError('TOO_LARGE', 'The file is larger than 20 MB.', null, 'file');
  try {
    const parsed = JSON.parse(body) as { errors?: unknown };
    if (Array.isArray(parsed.errors) && parsed.errors.length) return toOperationError(parsed.errors);
  } catch {
    // Not JSON: a proxy's error page, for instance.
  }
  return new OperationError(status === 0 ? 'network' : 'unknown', `The upload failed (${status}).`);
}

/** The browser's uploader: XMLHttpRequest, because fetch cannot report upload progress. */
export function xhrEvidenceUploader(createRequest: () => XMLHttpRequest = () => new XMLHttpRequest()): EvidenceUploader {
  return (file, onProgress, signal) =>
    new Promise((resolve, reject) => {
      const request = createRequest();
      request.open('POST', EVIDENCE_UPLOAD_URL);
      request.withCredentials = true;
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      request.onload = () => {
        if (request.status === 201) {
          try {
            resolve(JSON.parse(request.responseText) as UploadedEvidence);
          } catch {
            reject(evidenceUploadError(request.status, ''));
          }
        } else reject(evidenceUploadError(request.status, request.responseText));
      };
      request.onerror = () => reject(new OperationError('network', 'The file could not be sent.'));
      request.ontimeout = request.onerror;
      request.onabort = () => reject(new OperationError('aborted', 'The upload was cancelled.'));
      signal.addEventListener('abort', () => request.abort(), { once: true });
      const form = new FormData();
      form.append('file', file, file.name);
      request.send(form);
    });
}

export interface EvidenceItem {
  key: number;
  file: File;
  status: 'uploading' | 'done' | 'error';
  /** 0 to 1. */
  progress: number;
  uploaded: UploadedEvidence | null;
  error: OperationError | null;
}

/** The evidence of one update: add (checked, then uploaded at once), retry, remove, clear. */
export function useEvidenceUpload(options: { upload?: EvidenceUploader; max?: number } = {}) {
  const upload = options.upload ?? xhrEvidenceUploader();
  const max = options.max ?? MAX_EVIDENCE_FILES;
  const items = shallowRef<readonly EvidenceItem[]>([]);
  /** The last refusal of a chosen file, shown until the next choice. */
  const problem = shallowRef<EvidenceProblem | null>(null);
  const controllers = new Map<number, AbortController>();
  let nextKey = 1;

  const patch = (key: number, change: Partial<EvidenceItem>) => {
    items.value = items.value.map((item) => (item.key === key ? { ...item, ...change } : item));
  };

  function start(item: EvidenceItem): void {
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

  function add(files: Iterable<File>): void {
    problem.value = null;
    for (const file of files) {
      if (items.value.length >= max) {
        problem.value = 'tooMany';
        break;
      }
      const refused = checkEvidence(file);
      if (refused) {
        problem.value = refused;
        continue;
      }
      const item: EvidenceItem = { key: nextKey++, file, status: 'uploading', progress: 0, uploaded: null, error: null };
      items.value = [...items.value, item];
      start(item);
    }
  }

  function retry(key: number): void {
    const item = items.value.find((i) => i.key === key);
    if (item?.status === 'error') start(item);
  }

  /** Drops a file (cancelling its upload); an uploaded one is simply not attached. */
  function remove(key: number): void {
    controllers.get(key)?.abort();
    controllers.delete(key);
    items.value = items.value.filter((i) => i.key !== key);
    problem.value = null;
  }

  function clear(): void {
    for (const item of items.value) remove(item.key);
  }
  onScopeDispose(clear);

  const ids = computed(() => items.value.flatMap((item) => (item.uploaded ? [item.uploaded.id] : [])));
  const uploading = computed(() => items.value.some((item) => item.status === 'uploading'));
  const failed = computed(() => items.value.some((item) => item.status === 'error'));
  const full = computed(() => items.value.length >= max);

  return { items, problem, ids, uploading, failed, full, add, retry, remove, clear };
}
