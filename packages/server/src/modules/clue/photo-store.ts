import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type';
import sharp from 'sharp';
import { DomainError } from '../../graphql/errors.js';

/** What phones send: JPEG, PNG and WebP. HEIC is refused with a message (the bundled image library cannot read it). */
const acceptedTypes = new Set(['image/jpeg', 'image/png', 'image/webp']);
export const maxPhotoBytes = 10 * 1024 * 1024;

/**
 * Checks the bytes (not the name or the declared type) and re-encodes the picture as JPEG at most
 * 2048 px wide or high: this drops every piece of metadata, GPS position included, and anything
 * hidden after the image data. `input` is the bytes or the path of a file holding them (an upload
 * is streamed to a file, never held whole in memory).
 */
export async function normalizePhoto(input: Buffer | string): Promise<{ bytes: Buffer; width: number; height: number }> {
  const type = typeof input === 'string' ? await fileTypeFromFile(input) : await fileTypeFromBuffer(input);
  if (type?.mime === 'image/heic' || type?.mime === 'image/heif') {
    throw new DomainError(
      'BAD_USER_INPUT',
      'HEIC photos cannot be read; choose “Most Compatible” (JPEG) in the camera settings or send a screenshot.',
      { field: 'photo' },
    );
  }
  if (!type || !acceptedTypes.has(type.mime)) {
    throw new DomainError('BAD_USER_INPUT', 'Send a photo as JPEG, PNG or WebP.', { field: 'photo' });
  }
  try {
    const { data, info } = await sharp(input, { limitInputPixels: 50_000_000, failOn: 'error' })
      .rotate()
      .resize({ width: 2048, height: 2048, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch {
    throw new DomainError('BAD_USER_INPUT', 'The photo could not be read; it may be damaged. Try another one.', { field: 'photo' });
  }
}
