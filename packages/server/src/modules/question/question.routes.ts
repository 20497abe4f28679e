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
import { recordAudit } from '../audit/audit.service.js';
import { maySeeSession } from '../session/session.service.js';
import { assertEditable } from '../session/session-status.js';
import { Question } from './question.entity.js';

const documentUpload = { field: 'file', maxBytes: 30 * 1024 * 1024 };
const notFound = () => new DomainError('NOT_FOUND', 'The document was not found.');

/**
 * A report's document (报告 PDF), uploaded by the admin planning the session until it goes live, and
 * readable by whoever may see the session (the public once it is published).
 */
export function questionRoutes(
  routes: Routes,
  services: Pick<AppServices, 'config' | 'logger' | 'files'>,
  uploadsPerAccount: RateLimiterAbstract,
): void {
  const uploads = new UploadReceiver(path.join(services.config.uploadDir, '.incoming'), services.logger);

  routes.post('/uploads/questions/:id/document', { allow: [Role.ADMIN], upload: true }, async (req, res, { em, viewer }) => {
    const question = isUuid(req.params.id) ? await em.findOne(Question, { id: req.params.id }, { populate: ['session'] }) : null;
    if (!question) throw new DomainError('NOT_FOUND', 'The agenda item was not found.');
    if (question.subject !== 'REPORT') throw new DomainError('BAD_USER_INPUT', 'Only a report has a document.', { field: 'file' });
    assertEditable(question.session.status, 'A report’s document');
    uploads.checkDeclaredLength(req, documentUpload);
    await consumeOrRefuse(uploadsPerAccount, viewer.account!.id, 'You have uploaded many files just now.');
    const key = randomUUID();
    const stored = await uploads.receive(req, res, documentUpload, async (file) => {
      if (!file) throw new DomainError('BAD_USER_INPUT', 'Send one file in the form field "file".', { field: 'file' });
      if ((await fileTypeFromFile(file.path))?.mime !== 'application/pdf')
        throw new DomainError('BAD_USER_INPUT', 'Send the report as a PDF document.', { field: 'file' });
      await rename(file.path, services.files.pathOf(key));
      const name =
        Buffer.from(file.originalName, 'latin1')
          .toString('utf8')
          .replace(/[^\p{L}\p{N}._ -]/gu, '_')
          .slice(0, 200) || 'report.pdf';
      return { name };
    });
    const previous = question.documentKey;
    question.documentKey = key;
    question.documentName = stored.name;
    recordAudit(em, viewer, 'question.document', { type: 'Question', id: question.id }, { name: stored.name });
    await em.flush();
    if (previous) await services.files.remove([previous]);
    res.status(201).json({ name: stored.name });
  });

  routes.get('/uploads/questions/:id/document', { allow: ['PUBLIC'] }, async (req, res, { em, viewer }) => {
    const question = isUuid(req.params.id) ? await em.findOne(Question, { id: req.params.id }, { populate: ['session'] }) : null;
    if (!question?.documentKey || !maySeeSession({ viewer }, question.session)) throw notFound();
    res.set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(question.documentName ?? 'report.pdf')}`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
    await sendStoredFile(res, services.files.pathOf(question.documentKey), notFound());
  });
}
