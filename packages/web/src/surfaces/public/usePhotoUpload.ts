import { OperationError } from '../../graphql/fetchGraphql';
import { checkFile, uploadRouteError, useFileUpload, xhrUploader, type FileItem, type FileProblem } from '../../composables/useFileUpload';
import { DEVICE_HEADER } from './useClueDevice';

// Photos sent with a clue (see composables/useFileUpload.ts), with this phone's device token.

export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_UPLOAD_URL = '/uploads/clue-photos';

export type PhotoProblem = FileProblem;

export const checkPhoto = (file: Pick<File, 'type' | 'size' | 'name'>) =>
  checkFile(file, { types: PHOTO_TYPES, maxBytes: MAX_PHOTO_BYTES });

export interface UploadedPhoto {
  id: string;
  width: number;
  height: number;
  byteSize: number;
}

/** Sends one file; reports progress from 0 to 1; rejects with an OperationError. */
export type PhotoUploader = (file: Blob, onProgress: (fraction: number) => void, signal: AbortSignal) => Promise<UploadedPhoto>;

export const uploadError = (status: number, body: string): OperationError =>
  uploadRouteError(status, body, () => new OperationError('BAD_USER_INPUT', 'The photo is larger than 10 MB.', null, 'photo'));

/** Sends the file as multipart form data in the field `photo`, with the device token. */
export function xhrPhotoUploader(deviceToken: string, createRequest?: () => XMLHttpRequest): PhotoUploader {
  return xhrUploader<UploadedPhoto>(
    {
      url: PHOTO_UPLOAD_URL,
      field: 'photo',
      headers: { [DEVICE_HEADER]: deviceToken },
      error: uploadError,
      unreachable: 'The photo could not be sent.',
    },
    createRequest,
  );
}

/** A photo's local preview is an object URL: the server's copy is not public until the clue is published. */
export type PhotoItem = FileItem<UploadedPhoto>;

interface PhotoUploadOptions {
  upload: PhotoUploader;
  preview?: (file: File) => string | null;
  revoke?: (url: string) => void;
  max?: number;
}

/** The photos of one clue form: add (checked, then uploaded at once), retry, remove. */
export function usePhotoUpload(options: PhotoUploadOptions) {
  const photos = useFileUpload<UploadedPhoto>({
    upload: options.upload,
    check: checkPhoto,
    max: options.max ?? MAX_PHOTOS,
    preview: options.preview ?? ((file: File) => (typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : null)),
    revoke: options.revoke ?? ((url: string) => URL.revokeObjectURL(url)),
  });
  return { ...photos, photoIds: photos.ids };
}
