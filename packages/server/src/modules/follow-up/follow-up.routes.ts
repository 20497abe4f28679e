import { randomUUID } from 'node:crypto';
import { isUuid } from '../../graphql/argument-guard.js';
import type { Express } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import multer from 'multer';
import { DomainError } from '../../graphql/errors.js';
import type { AppServices } from '../../graphql/context.js';
import { Role } from '../account/role.js';
import { resolveViewer, tokenFromHeaders } from '../auth/auth.service.js';
import { sendError } from '../clue/clue.routes.js';
import { normalizePhoto } from '../clue/photo-store.js';
import { Evidence, FollowUp } from './follow-up.entity.js';

const maxEvidenceBytes = 20 * 1024 * 1024;
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxEvidenceBytes, files: 1, fields: 0, parts: 2 } }).single('file');

/** Evidence (photos re-encoded like clue photos; PDF documents kept as sent), for staff and departments only. */
export function followUpRoutes(app: Express, services: AppServices): void {
  const staffAccount = async (headers: Parameters<typeof tokenFromHeaders>[0]) => {
    const viewer = await resolveViewer(services.em.fork(), tokenFromHeaders(headers));
    if (!viewer.account) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
    return viewer.account;
  };

  app.post('/uploads/evidence', (req, res) => {
    upload(req, res, async (uploadError?: unknown) => {
      try {
        if (uploadError) throw uploadError;
        const account = await staffAccount(req.headers);
        if (account.role !== Role.DEPARTMENT && account.role !== Role.ADMIN) throw new DomainError('FORBIDDEN', 'Your role may not do this.');
        if (!req.file) throw new DomainError('BAD_USER_INPUT', 'Send one file in the form field "file".', { field: 'file' });
        const type = await fileTypeFromBuffer(req.file.buffer);
        const pdf = type?.mime === 'application/pdf';
        const bytes = pdf ? req.file.buffer : (await normalizePhoto(req.file.buffer)).bytes;
        const id = randomUUID();
        await services.files.save(id, bytes);
        const em = services.em.fork();
        const fileName = Buffer.from(req.file.originalname, 'latin1').toString('utf8').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 200) || 'file';
        em.create(Evidence, { id, uploaderId: account.id, contentType: pdf ? 'application/pdf' : 'image/jpeg', fileName, byteSize: bytes.length });
        await em.flush();
        res.status(201).json({ id, fileName, contentType: pdf ? 'application/pdf' : 'image/jpeg', byteSize: bytes.length });
      } catch (error) {
        if (error instanceof DomainError && error.code === 'BAD_USER_INPUT' && error.details.field === 'photo') {
          sendError(res, new DomainError('BAD_USER_INPUT', 'Send a photo (JPEG, PNG, WebP) or a PDF document.', { field: 'file' }), services);
        } else sendError(res, error, services);
      }
    });
  });

  // Staff see every file; a department only the files of its own (or co-handled) items.
  app.get('/uploads/evidence/:id', async (req, res) => {
    try {
      const account = await staffAccount(req.headers);
      const em = services.em.fork();
      const file = isUuid(req.params.id) ? await em.findOne(Evidence, { id: req.params.id }, { populate: ['event'] }) : null;
      if (!file) throw new DomainError('NOT_FOUND', 'The file was not found.');
      if (account.role !== Role.ADMIN) {
        const item = file.event ? await em.findOne(FollowUp, { id: file.event.followUp.id }, { populate: ['coDepartments'] }) : null;
        const mine = account.departmentId;
        const allowed = item ? item.department.id === mine || item.coDepartments.getItems().some((d) => d.id === mine) : file.uploaderId === account.id;
        if (!allowed) throw new DomainError('FORBIDDEN', 'This file belongs to another department.');
      }
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
