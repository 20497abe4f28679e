import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { isUuid } from '../../graphql/argument-guard.js';
import { validate } from 'class-validator';
import type { Express, Request, Response } from 'express';
import multer from 'multer';
import { DomainError, type ErrorCode } from '../../graphql/errors.js';
import type { AppServices } from '../../graphql/context.js';
import { closeUnlessRead, UploadReceiver } from '../../http/upload.js';
import { resolveViewer, tokenFromHeaders } from '../auth/auth.service.js';
import { Role } from '../account/role.js';
import { ClueFilter } from './clue.inputs.js';
import { CluePhoto } from './clue.entity.js';
import { clueStatuses, type ClueStatus } from './clue-status.js';
import { writeClueWorkbook } from './clue-export.js';
import { maxPhotoBytes, normalizePhoto } from './photo-store.js';

const statusOf: Partial<Record<ErrorCode, number>> = { BAD_USER_INPUT: 400, DEVICE_REQUIRED: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429 };

/** HTTP errors in the GraphQL shape, so the web app reads them the same way. */
export function sendError(res: Response, error: unknown, services: AppServices): void {
  if (error instanceof multer.MulterError) {
    const tooBig = error.code === 'LIMIT_FILE_SIZE';
    res.status(tooBig ? 413 : 400).json({ errors: [{ message: tooBig ? 'The file is too large (photos up to 10 MB, documents up to 20 MB).' : 'Send one file per request.', extensions: { code: 'BAD_USER_INPUT', field: 'photo' } }] });
    return;
  }
  if (error instanceof DomainError) {
    res.status(statusOf[error.code] ?? 400).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
    return;
  }
  services.logger.error({ err: error }, 'unexpected error in a clue route');
  res.status(500).json({ errors: [{ message: 'Something went wrong on the server. Try again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}

/**
 * Who may see a clue's photos before the clue is published: the roles that read clues at all (the
 * triage board, `clue`, `clues` in clue.resolver.ts; a test holds the two to the same list).
 */
export const clueReaderRoles: readonly Role[] = [Role.ADMIN];

const photoUpload = { field: 'photo', maxBytes: maxPhotoBytes };

/**
 * Photo upload and download, and the Excel export: bytes do not belong in GraphQL. An upload needs
 * the x-public-device header, which also makes it a request no other site can send from a form. The
 * device pass, the declared size and the rate limits are checked before any of the body is read.
 */
export function clueRoutes(app: Express, services: AppServices): void {
  const uploads = new UploadReceiver(path.join(services.config.uploadDir, '.incoming'), services.logger);

  app.post('/uploads/clue-photos', async (req, res) => {
    try {
      const device = services.deviceTokens.verifyDevice(req.get('x-public-device'));
      if (!device) throw new DomainError('DEVICE_REQUIRED', 'This page needs its device pass; reload the page and try again.');
      uploads.checkDeclaredLength(req, photoUpload);
      await services.clues.limit('uploadsPerDevice', device);
      await services.clues.limit('uploadsPerAddress', req.ip ?? 'unknown');
      const photo = await uploads.receive(req, res, photoUpload, async (file) => {
        if (!file) throw new DomainError('BAD_USER_INPUT', 'Send one photo in the form field "photo".', { field: 'photo' });
        return normalizePhoto(file.path);
      });
      const id = randomUUID();
      // The file first: a row must never name bytes that are not there (a lone file is swept).
      await services.files.save(id, photo.bytes);
      const em = services.em.fork();
      em.create(CluePhoto, { id, uploaderKey: device, contentType: 'image/jpeg', byteSize: photo.bytes.length, width: photo.width, height: photo.height });
      await em.flush();
      res.status(201).json({ id, width: photo.width, height: photo.height, byteSize: photo.bytes.length });
    } catch (error) {
      closeUnlessRead(req, res);
      sendError(res, error, services);
    }
  });

  // Published clues' photos are public; the others only for the roles that read clues. A published
  // photo may be cached but is checked again on every use (no-cache, with its ETag and Last-Modified:
  // a 304 while nothing changed), so unpublishing withdraws it at once.
  app.get('/uploads/clue-photos/:id', async (req, res) => {
    try {
      const id = req.params.id;
      const em = services.em.fork();
      const photo = isUuid(id) ? await em.findOne(CluePhoto, { id, clue: { $ne: null } }, { populate: ['clue'] }) : null;
      if (!photo) throw new DomainError('NOT_FOUND', 'The photo was not found.');
      const published = photo.clue!.published;
      if (!published) {
        const role = (await resolveViewer(em, tokenFromHeaders(req.headers))).account?.role;
        if (!role || !clueReaderRoles.includes(role)) throw new DomainError('NOT_FOUND', 'The photo was not found.');
      }
      res.set({
        'Content-Type': photo.contentType,
        'Content-Disposition': 'inline; filename="photo.jpg"',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': published ? 'no-cache' : 'private, no-store',
      });
      res.sendFile(services.files.pathOf(photo.id), (error) => {
        if (error && !res.headersSent) sendError(res, new DomainError('NOT_FOUND', 'The photo was not found.'), services);
      });
    } catch (error) {
      sendError(res, error, services);
    }
  });

  app.get('/exports/clues.xlsx', async (req, res) => {
    try {
      const em = services.em.fork();
      const viewer = await resolveViewer(em, tokenFromHeaders(req.headers));
      if (!viewer.account) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
      if (viewer.account.role !== Role.ADMIN) throw new DomainError('FORBIDDEN', 'Your role may not do this.');
      const filter = await filterFromQuery(req);
      const language = req.query.lang === 'en' ? 'en' : 'zh';
      const stamp = new Date().toISOString().slice(0, 10);
      res.set({
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="clues-${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(language === 'zh' ? `问题线索-${stamp}.xlsx` : `clues-${stamp}.xlsx`)}`,
        'Cache-Control': 'private, no-store',
      });
      await writeClueWorkbook(em, filter, language, res);
    } catch (error) {
      if (res.headersSent) res.destroy(error as Error);
      else sendError(res, error, services);
    }
  });
}

/** The board's filter from query parameters (statuses comma-separated), checked like the GraphQL input. */
async function filterFromQuery(req: Request): Promise<ClueFilter> {
  const q = req.query as Record<string, string | undefined>;
  const date = (name: string) => {
    if (!q[name]) return null;
    const value = new Date(q[name]!);
    if (Number.isNaN(value.getTime())) throw new DomainError('BAD_USER_INPUT', `${name} is not a date.`, { field: name });
    return value;
  };
  const statuses = q.statuses ? q.statuses.split(',') : null;
  if (statuses?.some((s) => !(clueStatuses as readonly string[]).includes(s))) throw new DomainError('BAD_USER_INPUT', 'statuses lists unknown statuses.', { field: 'statuses' });
  const filter = Object.assign(new ClueFilter(), {
    sessionId: q.sessionId || null,
    general: q.general === 'true' ? true : null,
    statuses: statuses as ClueStatus[] | null,
    category: q.category || null,
    departmentId: q.departmentId || null,
    from: date('from'),
    to: date('to'),
    search: q.search || null,
  });
  const [violation] = await validate(filter);
  if (violation) throw new DomainError('BAD_USER_INPUT', `${violation.property}: ${Object.values(violation.constraints ?? {})[0] ?? 'not valid'}`, { field: violation.property });
  return filter;
}
