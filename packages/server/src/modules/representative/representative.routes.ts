import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Request } from 'express';
import { isUuid } from '../../graphql/argument-guard.js';
import { DomainError } from '../../graphql/errors.js';
import type { Routes } from '../../http/routes.js';
import { sendStoredFile } from '../../http/routes.js';
import { UploadReceiver } from '../../http/upload.js';
import type { AppServices } from '../../services.js';
import { Role } from '../account/role.js';
import { recordAudit } from '../audit/audit.service.js';
import { normalizePhoto } from '../clue/photo-store.js';
import { participationFileName, writeParticipationWorkbook, type ParticipationLanguage } from './participation.js';
import { Representative } from './representative.entity.js';

const photoUpload = { field: 'photo', maxBytes: 5 * 1024 * 1024 };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function dateParam(req: Request, name: string): Date {
  const raw = req.query[name];
  const value = typeof raw === 'string' && raw !== '' ? new Date(raw) : null;
  if (!value || Number.isNaN(value.getTime()) || value.getUTCFullYear() < 1900 || value.getUTCFullYear() > 9999)
    throw new DomainError('BAD_USER_INPUT', `${name} is not a date.`, { field: name });
  return value;
}

/**
 * A representative's photo (uploaded by staff, re-encoded like clue photos, shown on the public
 * profile and the printed 代表码 card) and the 履职 workbook.
 */
export function representativeRoutes(routes: Routes, services: Pick<AppServices, 'config' | 'logger' | 'files'>): void {
  const uploads = new UploadReceiver(path.join(services.config.uploadDir, '.incoming'), services.logger);

  routes.post('/uploads/representatives/:id/photo', { allow: [Role.ADMIN], upload: true }, async (req, res, { em, viewer }) => {
    const id = req.params.id;
    const record = isUuid(id) ? await em.findOne(Representative, { id }) : null;
    if (!record) throw new DomainError('NOT_FOUND', 'The representative was not found.');
    uploads.checkDeclaredLength(req, photoUpload);
    const photo = await uploads.receive(req, res, photoUpload, async (file) => {
      if (!file) throw new DomainError('BAD_USER_INPUT', 'Send one photo in the form field "photo".', { field: 'photo' });
      return normalizePhoto(file.path);
    });
    const key = randomUUID();
    // The file first: the record must never name bytes that are not there.
    await services.files.save(key, photo.bytes);
    const previous = record.photoKey ?? null;
    record.photoKey = key;
    recordAudit(em, viewer, 'representative.photo', { type: 'Representative', id: record.id }, { byteSize: photo.bytes.length });
    await em.flush();
    if (previous) await services.files.remove([previous]);
    res.status(201).json({
      photoUrl: `/representatives/${record.id}/photo?v=${key.slice(0, 8)}`,
      width: photo.width,
      height: photo.height,
      byteSize: photo.bytes.length,
    });
  });

  // Public: the profile behind a 代表码 shows it, inactive representatives included.
  routes.get('/representatives/:id/photo', { allow: ['PUBLIC'] }, async (req, res, { em }) => {
    const id = req.params.id;
    const record = isUuid(id) ? await em.findOne(Representative, { id }) : null;
    if (!record?.photoKey) throw new DomainError('NOT_FOUND', 'The photo was not found.');
    res.set({
      'Content-Type': 'image/jpeg',
      'Content-Disposition': 'inline; filename="photo.jpg"',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'public, max-age=300',
    });
    await sendStoredFile(res, services.files.pathOf(record.photoKey), new DomainError('NOT_FOUND', 'The photo was not found.'));
  });

  routes.get('/exports/representatives/participation.xlsx', { allow: [Role.ADMIN] }, async (req, res, { em }) => {
    const from = dateParam(req, 'from');
    const to = dateParam(req, 'to');
    const lang = req.query.language ?? req.query.lang;
    const language: ParticipationLanguage = lang === 'en' ? 'en' : 'zh';
    if (!(from < to)) throw new DomainError('BAD_USER_INPUT', 'The period must end after it starts.', { field: 'to' });
    const stamp = new Date().toISOString().slice(0, 10);
    const name = `${participationFileName(language)}-${stamp}.xlsx`;
    res.set({
      'Content-Type': XLSX,
      'Content-Disposition': `attachment; filename="representative-participation-${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'private, no-store',
    });
    await writeParticipationWorkbook(em, { from, to }, language, res);
  });
}
