import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { isUuid } from '../../graphql/argument-guard.js';
import { DomainError } from '../../graphql/errors.js';
import type { Routes } from '../../http/routes.js';
import { sendStoredFile } from '../../http/routes.js';
import { UploadReceiver } from '../../http/upload.js';
import type { AppServices } from '../../services.js';
import { Role } from '../account/role.js';
import { Representative } from '../representative/representative.entity.js';
import { ClueFilter } from './clue.inputs.js';
import { CluePhoto } from './clue.entity.js';
import { clueStatuses, type ClueStatus } from './clue-status.js';
import { writeClueWorkbook } from './clue-export.js';
import { maxPhotoBytes, normalizePhoto } from './photo-store.js';

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
export function clueRoutes(
  routes: Routes,
  services: Pick<AppServices, 'config' | 'logger' | 'files' | 'publicDevices' | 'clueGuards'>,
): void {
  const uploads = new UploadReceiver(path.join(services.config.uploadDir, '.incoming'), services.logger);

  routes.post('/uploads/clue-photos', { allow: ['PUBLIC'], upload: true }, async (req, res, { em }) => {
    const device = services.publicDevices.verify(req.get('x-public-device'));
    if (!device) throw new DomainError('DEVICE_REQUIRED', 'This page needs its device pass; reload the page and try again.');
    uploads.checkDeclaredLength(req, photoUpload);
    await services.clueGuards.limit('uploadsPerDevice', device);
    await services.clueGuards.limit('uploadsPerAddress', req.ip ?? 'unknown');
    const photo = await uploads.receive(req, res, photoUpload, async (file) => {
      if (!file) throw new DomainError('BAD_USER_INPUT', 'Send one photo in the form field "photo".', { field: 'photo' });
      return normalizePhoto(file.path);
    });
    const id = randomUUID();
    // The file first: a row must never name bytes that are not there (a lone file is swept).
    await services.files.save(id, photo.bytes);
    em.create(CluePhoto, {
      id,
      uploaderKey: device,
      contentType: 'image/jpeg',
      byteSize: photo.bytes.length,
      width: photo.width,
      height: photo.height,
    });
    await em.flush();
    res.status(201).json({ id, width: photo.width, height: photo.height, byteSize: photo.bytes.length });
  });

  // Published clues' photos are public; the others only for the roles that read clues (to anyone
  // else they do not exist). A published photo may be cached but is checked again on every use
  // (no-cache, with its ETag and Last-Modified: a 304 while nothing changed), so unpublishing
  // withdraws it at once.
  routes.get('/uploads/clue-photos/:id', { allow: ['PUBLIC'] }, async (req, res, { em, viewer }) => {
    const id = req.params.id;
    const photo = isUuid(id) ? await em.findOne(CluePhoto, { id, clue: { $ne: null } }, { populate: ['clue'] }) : null;
    if (!photo) throw new DomainError('NOT_FOUND', 'The photo was not found.');
    const published = photo.clue!.published;
    const role = viewer.account?.role;
    // A representative also sees the photos of the clues addressed to them (their inbox).
    const addressedToViewer =
      role === Role.REPRESENTATIVE && photo.clue!.representative
        ? await em.count(Representative, { id: photo.clue!.representative.id, account: viewer.account!.id })
        : 0;
    if (!published && !addressedToViewer && (!role || !clueReaderRoles.includes(role)))
      throw new DomainError('NOT_FOUND', 'The photo was not found.');
    res.set({
      'Content-Type': photo.contentType,
      'Content-Disposition': 'inline; filename="photo.jpg"',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': published ? 'no-cache' : 'private, no-store',
    });
    await sendStoredFile(res, services.files.pathOf(photo.id), new DomainError('NOT_FOUND', 'The photo was not found.'));
  });

  routes.get('/exports/clues.xlsx', { allow: [Role.ADMIN] }, async (req, res, { em }) => {
    const filter = await filterFromQuery(req);
    const language = req.query.lang === 'en' ? 'en' : 'zh';
    const stamp = new Date().toISOString().slice(0, 10);
    res.set({
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="clues-${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(language === 'zh' ? `问题线索-${stamp}.xlsx` : `clues-${stamp}.xlsx`)}`,
      'Cache-Control': 'private, no-store',
    });
    await writeClueWorkbook(em, filter, language, res);
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
  if (statuses?.some((s) => !(clueStatuses as readonly string[]).includes(s)))
    throw new DomainError('BAD_USER_INPUT', 'statuses lists unknown statuses.', { field: 'statuses' });
  const filter = Object.assign(new ClueFilter(), {
    sessionId: q.sessionId || null,
    general: q.general === 'true' ? true : null,
    statuses: statuses as ClueStatus[] | null,
    category: q.category || null,
    departmentId: q.departmentId || null,
    from: date('from'),
    to: date('to'),
    search: q.search || null,
    representativeId: q.representativeId || null,
    addressed: q.addressed === 'true' ? true : q.addressed === 'false' ? false : null,
    forwarded: q.forwarded === 'true' ? true : q.forwarded === 'false' ? false : null,
  });
  const [violation] = await validate(filter);
  if (violation)
    throw new DomainError('BAD_USER_INPUT', `${violation.property}: ${Object.values(violation.constraints ?? {})[0] ?? 'not valid'}`, {
      field: violation.property,
    });
  return filter;
}
