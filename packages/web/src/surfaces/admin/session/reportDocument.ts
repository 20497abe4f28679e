import { shallowRef } from 'vue';
import { OperationError, toOperationError } from '../../../graphql/fetchGraphql';
import { checkFile, uploadRouteError, xhrUploader, type FileProblem, type FileUploader } from '../../../composables/useFileUpload';

// A report's document (报告 PDF): sent once its agenda item is saved, to the item's upload route. The
// staff session cookie authenticates it, as every staff request.

export const MAX_DOCUMENT_BYTES = 30 * 1024 * 1024;
export const DOCUMENT_TYPES = ['application/pdf'] as const;
/** What the file picker offers. */
export const DOCUMENT_ACCEPT = 'application/pdf,.pdf';

export const documentUrl = (questionId: string) => `/uploads/questions/${encodeURIComponent(questionId)}/document`;

export const checkDocument = (file: Pick<File, 'type' | 'size' | 'name'>): FileProblem | null => {
  const problem = checkFile(file, { types: DOCUMENT_TYPES, maxBytes: MAX_DOCUMENT_BYTES });
  // Without a type (some browsers), the name must at least say PDF; the server reads the bytes.
  if (!problem && !file.type && !/\.pdf$/i.test(file.name)) return 'type';
  return problem === 'heic' ? 'type' : problem;
};

export interface UploadedDocument {
  name: string;
}

export type DocumentUploader = (questionId: string) => FileUploader<UploadedDocument>;

export function documentUploadError(status: number, body: string): OperationError {
  const tooLarge = () => new OperationError('TOO_LARGE', 'The file is larger than 30 MB.', null, 'file');
  return status === 413 ? tooLarge() : uploadRouteError(status, body, tooLarge);
}

export const xhrDocumentUploader: DocumentUploader = (questionId) =>
  xhrUploader<UploadedDocument>({
    url: documentUrl(questionId),
    field: 'file',
    withCredentials: true,
    error: documentUploadError,
    unreachable: 'The file could not be sent.',
  });

/** One upload at a time: its progress, and what went wrong. */
export function useReportDocument(uploader: DocumentUploader = xhrDocumentUploader) {
  const uploading = shallowRef(false);
  const progress = shallowRef(0);
  const error = shallowRef<OperationError | null>(null);

  /** The stored name, or null when it failed (see `error`). */
  async function upload(questionId: string, file: File): Promise<string | null> {
    uploading.value = true;
    progress.value = 0;
    error.value = null;
    try {
      const stored = await uploader(questionId)(file, (fraction) => (progress.value = fraction), new AbortController().signal);
      return stored.name;
    } catch (caught) {
      error.value = toOperationError(caught);
      return null;
    } finally {
      uploading.value = false;
    }
  }

  return { uploading, progress, error, upload };
}
