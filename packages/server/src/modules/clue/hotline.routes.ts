import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { validate } from 'class-validator';
import type { Request } from 'express';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { DomainError } from '../../graphql/errors.js';
import type { Routes } from '../../http/routes.js';
import { UploadReceiver } from '../../http/upload.js';
import { consumeOrRefuse } from '../../lib/rate-limit.js';
import type { AppServices } from '../../services.js';
import { Role } from '../account/role.js';
import { FollowUpFilter } from '../follow-up/follow-up.inputs.js';
import { followUpStatuses, type FollowUpStatus } from '../follow-up/follow-up-status.js';
import { HOTLINE_MAX_BYTES, hotlineImportModes, type HotlineImportMode } from './hotline-columns.js';
import { writeHotlineExport, type HotlineExportFormat } from './hotline-export.js';
import { importHotlineOrders, previewHotlineImport } from './hotline-import.js';

const hotlineUpload = { field: 'file', maxBytes: HOTLINE_MAX_BYTES };

/**
 * The 12345 exchange (docs/12345-exchange.md), for staff: a file is previewed (stored nowhere), then
 * sent again to be imported in one transaction; items' status goes back as .xlsx or .csv. Uploads are
 * checked like evidence (role, declared size, the account's upload limit) before any body is read.
 */
export function hotlineRoutes(
  routes: Routes,
  services: Pick<AppServices, 'config' | 'logger' | 'clueGuards'>,
  uploadsPerAccount: RateLimiterAbstract,
): void {
  const uploads = new UploadReceiver(path.join(services.config.uploadDir, '.incoming'), services.logger);

  /** The file's bytes and name, after the checks every upload passes. */
  async function received(req: Request, res: Parameters<UploadReceiver['receive']>[1], accountId: string) {
    uploads.checkDeclaredLength(req, hotlineUpload);
    await consumeOrRefuse(uploadsPerAccount, accountId, 'You have uploaded many files just now.');
    return uploads.receive(req, res, hotlineUpload, async (file) => {
      if (!file) throw new DomainError('BAD_USER_INPUT', 'Send one .xlsx or .csv file in the form field "file".', { field: 'file' });
      return { bytes: await readFile(file.path), name: Buffer.from(file.originalName, 'latin1').toString('utf8').slice(0, 200) };
    });
  }

  routes.post('/imports/hotline/preview', { allow: [Role.ADMIN], upload: true }, async (req, res, { em, viewer }) => {
    const mode = modeOf(req);
    const file = await received(req, res, viewer.account!.id);
    res.json(await previewHotlineImport(em, file.bytes, mode));
  });

  routes.post('/imports/hotline', { allow: [Role.ADMIN], upload: true }, async (req, res, { em, viewer }) => {
    const mode = modeOf(req);
    const file = await received(req, res, viewer.account!.id);
    const result = await importHotlineOrders({ em, viewer, services }, file, mode);
    res.status(201).json(result);
  });

  for (const format of ['xlsx', 'csv'] as const satisfies readonly HotlineExportFormat[]) {
    routes.get(`/exports/hotline.${format}`, { allow: [Role.ADMIN] }, async (req, res, { em }) => {
      const filter = await filterFromQuery(req);
      const stamp = new Date().toISOString().slice(0, 10);
      res.set({
        'Content-Type': format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="12345-${stamp}.${format}"; filename*=UTF-8''${encodeURIComponent(`12345工单办理情况-${stamp}.${format}`)}`,
        'Cache-Control': 'private, no-store',
      });
      await writeHotlineExport(em, { filter, all: req.query.all === 'true', format }, res);
    });
  }
}

function modeOf(req: Request): HotlineImportMode {
  const mode = req.query.mode;
  if (typeof mode !== 'string' || !(hotlineImportModes as readonly string[]).includes(mode))
    throw new DomainError('BAD_USER_INPUT', 'Say what the orders become: mode=CLUES or mode=ITEMS.', { field: 'mode' });
  return mode as HotlineImportMode;
}

/** The follow-up board's filter from query parameters (statuses comma-separated), checked like the GraphQL input. */
async function filterFromQuery(req: Request): Promise<FollowUpFilter> {
  const q = req.query as Record<string, string | undefined>;
  const statuses = q.statuses ? q.statuses.split(',') : null;
  if (statuses?.some((s) => !(followUpStatuses as readonly string[]).includes(s)))
    throw new DomainError('BAD_USER_INPUT', 'statuses lists unknown statuses.', { field: 'statuses' });
  const filter = Object.assign(new FollowUpFilter(), {
    statuses: statuses as FollowUpStatus[] | null,
    departmentId: q.departmentId || null,
    sessionId: q.sessionId || null,
    overdue: q.overdue === 'true' ? true : null,
    reopened: q.reopened === 'true' ? true : null,
    submitterVerdict: (q.submitterVerdict || null) as FollowUpFilter['submitterVerdict'],
    includeSubItems: null,
  });
  const [violation] = await validate(filter);
  if (violation)
    throw new DomainError('BAD_USER_INPUT', `${violation.property}: ${Object.values(violation.constraints ?? {})[0] ?? 'not valid'}`, {
      field: violation.property,
    });
  return filter;
}
