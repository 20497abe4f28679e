import { randomUUID } from 'node:crypto';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromFile } from 'file-type';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { isUuid } from '../../graphql/argument-guard.js';
import { DomainError } from '../../graphql/errors.js';
import { sendStoredFile, type Routes } from '../../http/routes.js';
import { UploadReceiver } from '../../http/upload.js';
import { consumeOrRefuse } from '../../lib/rate-limit.js';
import type { AppServices } from '../../services.js';
import { Role } from '../account/role.js';
import { normalizePhoto } from '../clue/photo-store.js';
import { Evidence, FollowUp } from './follow-up.entity.js';
import { mayRead } from './follow-up.access.js';

const evidenceUpload = { field: 'file', maxBytes: 20 * 1024 * 1024 };

/** Evidence uploads each account may start in ten minutes (a report with a dozen photos fits many times over). */
export const EVIDENCE_UPLOADS_PER_10_MINUTES = 60;

/** A photo re-encoded like a clue photo; what it refuses is said for evidence, which may also be a PDF. */
async function evidencePhoto(file: string) {
  return normalizePhoto(file).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT' && error.details.field === 'photo') {
      throw new DomainError('BAD_USER_INPUT', 'Send a photo (JPEG, PNG, WebP) or a PDF document.', { field: 'file' });
    }
    throw error;
  });
}

/**
 * Evidence (photos re-encoded like clue photos; PDF documents kept as sent), for staff and departments
 * only. An upload is checked (signed in as DEPARTMENT or ADMIN, its declared size, the account's rate
 * limit) before any of its body is read, then streamed to a temporary file under the size cap.
 */
export function followUpRoutes(
  routes: Routes,
  services: Pick<AppServices, 'config' | 'logger' | 'files'>,
  uploadsPerAccount: RateLimiterAbstract,
): void {
  const uploads = new UploadReceiver(path.join(services.config.uploadDir, '.incoming'), services.logger);

  routes.post('/uploads/evidence', { allow: [Role.DEPARTMENT, Role.ADMIN], upload: true }, async (req, res, { em, viewer }) => {
    const account = viewer.account!;
    uploads.checkDeclaredLength(req, evidenceUpload);
    await consumeOrRefuse(uploadsPerAccount, account.id, 'You have uploaded many files just now.');
    const id = randomUUID();
    const stored = await uploads.receive(req, res, evidenceUpload, async (file) => {
      if (!file) throw new DomainError('BAD_USER_INPUT', 'Send one file in the form field "file".', { field: 'file' });
      const fileName =
        Buffer.from(file.originalName, 'latin1')
          .toString('utf8')
          .replace(/[^\p{L}\p{N}._ -]/gu, '_')
          .slice(0, 200) || 'file';
      if ((await fileTypeFromFile(file.path))?.mime === 'application/pdf') {
        // Kept as sent: moved into place (the temporary folder is inside the upload folder).
        await rename(file.path, services.files.pathOf(id));
        return { fileName, contentType: 'application/pdf', byteSize: file.size };
      }
      const photo = await evidencePhoto(file.path);
      await services.files.save(id, photo.bytes);
      return { fileName, contentType: 'image/jpeg', byteSize: photo.bytes.length };
    });
    em.create(Evidence, { id, uploaderId: account.id, ...stored });
    await em.flush();
    res.status(201).json({ id, ...stored });
  });

  // A file of an item goes to whoever may read the item (the same rule as the item itself); a file
  // not yet attached, only to its uploader and admins.
  routes.get('/uploads/evidence/:id', { allow: ['SIGNED_IN'] }, async (req, res, { em, viewer }) => {
    const account = viewer.account!;
    const file = isUuid(req.params.id) ? await em.findOne(Evidence, { id: req.params.id }, { populate: ['event'] }) : null;
    if (!file) throw new DomainError('NOT_FOUND', 'The file was not found.');
    const item = file.event
      ? await em.findOne(FollowUp, { id: file.event.followUp.id }, { populate: ['coDepartments', 'supervisors'] })
      : null;
    const allowed = item ? mayRead(viewer, item) : account.role === Role.ADMIN || file.uploaderId === account.id;
    if (!allowed) throw new DomainError('FORBIDDEN', 'This file belongs to another department.');
    res.set({
      'Content-Type': file.contentType,
      'Content-Disposition': `${file.contentType === 'application/pdf' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
    await sendStoredFile(res, services.files.pathOf(file.id), new DomainError('NOT_FOUND', 'The file was not found.'));
  });
}
