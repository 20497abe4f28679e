import { shallowRef } from 'vue';
import { OperationError, toOperationError } from '../../../graphql/fetchGraphql';
import { checkFile, uploadRouteError, xhrUploader, type FileProblem, type FileUploader } from '../../../composables/useFileUpload';

// A representative's photo: sent to the record's upload route as soon as it is chosen (the staff
// session cookie authenticates it); the server re-encodes it and the record's photoUrl changes.

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp';

export const photoUploadUrl = (representativeId: string) => `/uploads/representatives/${encodeURIComponent(representativeId)}/photo`;

export const checkPhoto = (file: Pick<File, 'type' | 'size' | 'name'>): FileProblem | null =>
  checkFile(file, { types: PHOTO_TYPES, maxBytes: MAX_PHOTO_BYTES });

export function photoUploadError(status: number, body: string): OperationError {
  const tooLarge = () => new OperationError('TOO_LARGE', 'The photo is larger than 5 MB.', null, 'file');
  return status === 413 ? tooLarge() : uploadRouteError(status, body, tooLarge);
}

export type PhotoUploader = (representativeId: string) => FileUploader<unknown>;

export const xhrPhotoUploader: PhotoUploader = (representativeId) =>
  xhrUploader<unknown>({
    url: photoUploadUrl(representativeId),
    field: 'photo',
    withCredentials: true,
    error: photoUploadError,
    unreachable: 'The photo could not be sent.',
  });

/** One photo at a time: checked, sent with its progress, and what went wrong. */
export function useRepresentativePhoto(uploader: PhotoUploader = xhrPhotoUploader) {
  const uploading = shallowRef(false);
  const progress = shallowRef(0);
  const problem = shallowRef<FileProblem | null>(null);
  const error = shallowRef<OperationError | null>(null);

  /** Whether the photo was stored. */
  async function upload(representativeId: string, file: File): Promise<boolean> {
    problem.value = checkPhoto(file);
    error.value = null;
    if (problem.value) return false;
    uploading.value = true;
    progress.value = 0;
    try {
      await uploader(representativeId)(file, (fraction) => (progress.value = fraction), new AbortController().signal);
      return true;
    } catch (caught) {
      error.value = toOperationError(caught);
      return false;
    } finally {
      uploading.value = false;
    }
  }

  function reset() {
    problem.value = null;
    error.value = null;
  }

  return { uploading, progress, problem, error, upload, reset };
}
