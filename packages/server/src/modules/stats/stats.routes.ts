import type { Writable } from 'node:stream';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { Request } from 'express';
import { isUuid } from '../../graphql/argument-guard.js';
import { DomainError } from '../../graphql/errors.js';
import type { Routes } from '../../http/routes.js';
import type { AppServices } from '../../services.js';
import { Role } from '../account/role.js';
import { PdfPrinter } from './pdf-printer.js';
import { loadSessionReport } from './session-report.js';
import { renderSessionReportHtml, reportTitle } from './session-report-html.js';
import { statsLabels, type Language } from './stats-labels.js';
import { writeFollowUpsWorkbook, writeRoundsWorkbook, writeSessionsWorkbook } from './stats-export.js';
import type { CountScope } from './stats-sql.js';
import { scopeFor } from './stats.service.js';
import { sessionKinds, type SessionKind } from '../session/session-kind.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `from`, `to` (ISO dates), `sessionId`, `departmentId`, `kind` and `lang` from the query string, checked. */
function queryOf(req: Request) {
  const q = req.query as Record<string, unknown>;
  const text = (name: string) => (typeof q[name] === 'string' && q[name] !== '' ? (q[name] as string) : null);
  const date = (name: string) => {
    const raw = text(name);
    if (raw === null) return null;
    const value = new Date(raw);
    if (Number.isNaN(value.getTime()) || value.getUTCFullYear() < 1900 || value.getUTCFullYear() > 9999)
      throw new DomainError('BAD_USER_INPUT', `${name} is not a date.`, { field: name });
    return value;
  };
  const id = (name: string) => {
    const raw = text(name);
    if (raw !== null && !isUuid(raw)) throw new DomainError('BAD_USER_INPUT', `${name} is not an id.`, { field: name });
    return raw;
  };
  const kind = text('kind');
  if (kind !== null && !(sessionKinds as readonly string[]).includes(kind))
    throw new DomainError('BAD_USER_INPUT', `kind is not one of ${sessionKinds.join(', ')}.`, { field: 'kind' });
  return {
    kind: kind as SessionKind | null,
    period: { from: date('from'), to: date('to') },
    sessionId: id('sessionId'),
    departmentId: id('departmentId'),
    language: (q.lang === 'en' ? 'en' : 'zh') as Language,
  };
}

const attachment = (name: string, ascii: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * ADMIN-only downloads under /exports: workbooks of aggregates (streamed, like the clue export) and
 * the session report as PDF. Returns the PDF printer (the follow-up documents print with it too), which the
 * server must close when it stops.
 */
export function statsRoutes(
  routes: Routes,
  services: Pick<AppServices, 'config' | 'logger'>,
): { printer: PdfPrinter; close(): Promise<void> } {
  const printer = new PdfPrinter(services.config.chromiumPath, services.logger);
  const admins = { allow: [Role.ADMIN] } as const;

  const workbook = (
    path: string,
    file: keyof (typeof statsLabels)['zh']['files'],
    write: (em: EntityManager, scope: CountScope, query: ReturnType<typeof queryOf>, output: Writable) => Promise<number>,
  ) =>
    routes.get(path, admins, async (req, res, { em, viewer }) => {
      const query = queryOf(req);
      const scope = scopeFor({ viewer }, query.period);
      const stamp = new Date().toISOString().slice(0, 10);
      res.set({
        'Content-Type': XLSX,
        'Content-Disposition': attachment(
          `${statsLabels[query.language].files[file]}-${stamp}.xlsx`,
          `${statsLabels.en.files[file]}-${stamp}.xlsx`,
        ),
        'Cache-Control': 'private, no-store',
      });
      await write(em, scope, query, res);
    });

  workbook('/exports/sessions.xlsx', 'sessions', (em, scope, q, out) => writeSessionsWorkbook(em, scope, q.language, out, q.kind));
  workbook('/exports/rounds.xlsx', 'rounds', (em, scope, q, out) =>
    writeRoundsWorkbook(em, scope, { sessionId: q.sessionId, departmentId: q.departmentId, kind: q.kind }, q.language, out),
  );
  workbook('/exports/follow-ups.xlsx', 'followUps', (em, scope, q, out) => writeFollowUpsWorkbook(em, scope, q.language, out));

  routes.get('/exports/sessions/:id/report.pdf', admins, async (req, res, { em }) => {
    if (!isUuid(req.params.id)) throw new DomainError('NOT_FOUND', 'The session was not found.');
    const report = await loadSessionReport(em, req.params.id);
    const pdf = await printer.print(renderSessionReportHtml(report, services.config.reportIssuer));
    res.set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': attachment(
        `${reportTitle(report.session.title, report.session.kind)}.pdf`,
        `session-report-${report.session.scheduledAt.toISOString().slice(0, 10)}.pdf`,
      ),
      'Cache-Control': 'private, no-store',
      'Content-Length': String(pdf.length),
    });
    res.end(pdf);
  });

  return { printer, close: () => printer.close() };
}
