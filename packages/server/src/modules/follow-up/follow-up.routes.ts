import { randomUUID } from 'node:crypto';
import { isUuid } from '../../graphql/argument-guard.js';
import type { Express } from 'express';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromFile } from 'file-type';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { DomainError } from '../../graphql/errors.js';
import type { AppServices } from '../../graphql/context.js';
import { consumeOrRefuse } from '../../graphql/rate-limit.js';
import { closeUnlessRead, UploadReceiver } from '../../http/upload.js';
import { Role } from '../account/role.js';
import { resolveViewer, tokenFromHeaders } from '../auth/auth.service.js';
import { sendError } from '../clue/clue.routes.js';
import { normalizePhoto } from '../clue/photo-store.js';
import { Evidence, FollowUp } from './follow-up.entity.js';
import { mayRead } from './follow-up.service.js';

const evidenceUpload = { field: 'file', maxBytes: 20 * 1024 * 1024 };

/** Evidence uploads each account may start in ten minutes (a report with a dozen photos fits many times over). */
export const EVIDENCE_UPLOADS_PER_10_MINUTES = 60;

/**
 * Evidence (photos re-encoded like clue photos; PDF documents kept as sent), for staff and departments
 * only. An upload is checked (signed in as DEPARTMENT or ADMIN, its declared size, the account's rate
 * limit) before any of its body is read, then streamed to a temporary file under the size cap.
 */
export function followUpRoutes(app: Express, services: AppServices, uploadsPerAccount: RateLimiterAbstract): void {
  const signedIn = async (headers: Parameters<typeof tokenFromHeaders>[0]) => {
    const viewer = await resolveViewer(services.em.fork(), tokenFromHeaders(headers));
    if (!viewer.account) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
    return { ...viewer, account: viewer.account };
  };
  const uploads = new UploadReceiver(path.join(services.config.uploadDir, '.incoming'), services.logger);

  app.post('/uploads/evidence', async (req, res) => {
    try {
      const { account } = await signedIn(req.headers);
      if (account.role !== Role.DEPARTMENT && account.role !== Role.ADMIN) throw new DomainError('FORBIDDEN', 'Your role may not do this.');
      uploads.checkDeclaredLength(req, evidenceUpload);
      await consumeOrRefuse(uploadsPerAccount, account.id, 'You have uploaded many files just now.');
      const id = randomUUID();
      const stored = await uploads.receive(req, res, evidenceUpload, async (file) => {
        if (!file) throw new DomainError('BAD_USER_INPUT', 'Send one file in the form field "file".', { field: 'file' });
        const fileName = Buffer.from(file.originalName, 'latin1').toString('utf8').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200) || 'file';
        if ((await fileTypeFromFile(file.path))?.mime === 'application/pdf') {
          // Kept as sent: moved into place (the temporary folder is inside the upload folder).
          await rename(file.path, services.files.pathOf(id));
          return { fileName, contentType: 'application/pdf', byteSize: file.size };
        }
        const photo = await normalizePhoto(file.path);
        await services.files.save(id, photo.bytes);
        return { fileName, contentType: 'image/jpeg', byteSize: photo.bytes.length };
      });
      const em = services.em.fork();
      em.create(Evidence, { id, uploaderId: account.id, ...stored });
      await em.flush();
      res.status(201).json({ id, ...stored });
    } catch (error) {
      closeUnlessRead(req, res);
      if (error instanceof DomainError && error.code === 'BAD_USER_INPUT' && error.details.field === 'photo') {
        sendError(res, new DomainError('BAD_USER_INPUT', 'Send a photo (JPEG, PNG, WebP) or a PDF document.', { field: 'file' }), services);
      } else sendError(res, error, services);
    }
  });

  // A file of an item goes to whoever may read the item (the same rule as the item itself); a file
  // not yet attached, only to its uploader and admins.
  app.get('/uploads/evidence/:id', async (req, res) => {
    try {
      const viewer = await signedIn(req.headers);
      const em = services.em.fork();
      const file = isUuid(req.params.id) ? await em.findOne(Evidence, { id: req.params.id }, { populate: ['event'] }) : null;
      if (!file) throw new DomainError('NOT_FOUND', 'The file was not found.');
      const item = file.event ? await em.findOne(FollowUp, { id: file.event.followUp.id }, { populate: ['coDepartments'] }) : null;
      const allowed = item ? mayRead(viewer, item) : viewer.account.role === Role.ADMIN || file.uploaderId === viewer.account.id;
      if (!allowed) throw new DomainError('FORBIDDEN', 'This file belongs to another department.');
      res.set({
        'Content-Type': file.contentType,
        'Content-Disposition': `${file.contentType === 'application/pdf' ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
      });
      res.sendFile(services.files.pathOf(file.id), (error) => {
        if (error && !res.headersSent) sendError(res, new DomainError('NOT_FOUND', 'The file was not found.'), services);
      });
    } catch (error) {
      sendError(res, error, services);
    }
  });
}
