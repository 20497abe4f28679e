import { onScopeDispose } from 'vue';
import { OperationError } from '../../graphql/fetchGraphql';
import {
  checkFile,
  uploadRouteError,
  useFileUpload,
  xhrUploader,
  type FileItem,
  type FileProblem,
  type FileUploader,
} from '../../composables/useFileUpload';

// Evidence (佐证材料) sent with a progress update or the completion report (see
// composables/useFileUpload.ts). The staff session cookie authenticates the upload, as it does
// every staff request.

export const MAX_EVIDENCE_FILES = 10;
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const EVIDENCE_UPLOAD_URL = '/uploads/evidence';
/** What the file picker offers. */
export const EVIDENCE_ACCEPT = [...EVIDENCE_TYPES, '.pdf'].join(',');

export type EvidenceProblem = FileProblem;

export const checkEvidence = (file: Pick<File, 'type' | 'size' | 'name'>) =>
  checkFile(file, { types: EVIDENCE_TYPES, maxBytes: MAX_EVIDENCE_BYTES });

export interface UploadedEvidence {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
}

export type EvidenceUploader = FileUploader<UploadedEvidence>;

/** A body too large is named as such whatever the answer says. */
export function evidenceUploadError(status: number, body: string): OperationError {
  const tooLarge = () => new OperationError('TOO_LARGE', 'The file is larger than 20 MB.', null, 'file');
  return status === 413 ? tooLarge() : uploadRouteError(status, body, tooLarge);
}

export function xhrEvidenceUploader(createRequest?: () => XMLHttpRequest): EvidenceUploader {
  return xhrUploader<UploadedEvidence>(
    {
      url: EVIDENCE_UPLOAD_URL,
      field: 'file',
      withCredentials: true,
      error: evidenceUploadError,
      unreachable: 'The file could not be sent.',
    },
    createRequest,
  );
}

export type EvidenceItem = FileItem<UploadedEvidence>;

/** The evidence of one update: add (checked, then uploaded at once), retry, remove, clear. */
export function useEvidenceUpload(options: { upload?: EvidenceUploader; max?: number } = {}) {
  const evidence = useFileUpload<UploadedEvidence>({
    upload: options.upload ?? xhrEvidenceUploader(),
    check: checkEvidence,
    max: options.max ?? MAX_EVIDENCE_FILES,
  });
  // Leaving the form cancels what is still uploading.
  onScopeDispose(evidence.clear);
  return evidence;
}
