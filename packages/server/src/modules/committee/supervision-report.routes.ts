import type { Request } from 'express';
import type { Routes } from '../../http/routes.js';
import type { Caller } from '../../scope.js';
import { Role } from '../account/role.js';
import { recordAudit } from '../audit/audit.service.js';
import { DOCUMENT_PRINT_TIMEOUT_MS } from '../follow-up/documents.routes.js';
import { chinaDate } from '../follow-up/working-days.js';
import type { PdfPrinter } from '../stats/pdf-printer.js';
import { loadSupervisionReport, reportPeriod, reportScope, type SupervisionReport } from './supervision-report.js';
import { renderSupervisionReportHtml, reportTitle } from './supervision-report-html.js';
import { writeSupervisionWorkbook } from './supervision-report-xlsx.js';

const attachment = (name: string, ascii: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** The report the query asks for (`committee`: an id, `none` or empty for all; `from`, `to`: YYYY-MM-DD), its download audited. */
async function reportOf(req: Request, caller: Caller, format: 'pdf' | 'xlsx'): Promise<SupervisionReport> {
  const q = req.query as Record<string, unknown>;
  const scope = reportScope(q.committee);
  const period = reportPeriod(q.from, q.to);
  const report = await loadSupervisionReport(caller.em, { scope, ...period });
  recordAudit(
    caller.em,
    caller.viewer,
    'followUp.supervisionReport',
    { type: 'Committee', id: typeof scope === 'object' ? scope.committeeId : undefined },
    {
      scope: typeof scope === 'object' ? 'COMMITTEE' : scope,
      ...period,
      format,
      items: report.items.length,
    },
  );
  await caller.em.flush();
  return report;
}

/**
 * 督办报告 downloads for staff (ADMIN): GET /exports/supervision-report.pdf and .xlsx. The PDF is
 * printed by the documents' Chromium printer with their timeout (SERVICE_UNAVAILABLE when it does
 * not finish); reading any committee's report is open to all staff, as reading its items is.
 */
export function supervisionReportRoutes(routes: Routes, printer: PdfPrinter, issuer: string, timeoutMs = DOCUMENT_PRINT_TIMEOUT_MS): void {
  const file = (report: SupervisionReport, extension: string) =>
    attachment(
      `${reportTitle(report)}-${report.from}-${report.to}.${extension}`,
      `supervision-report-${report.from}-${report.to}.${extension}`,
    );

  routes.get('/exports/supervision-report.pdf', { allow: [Role.ADMIN] }, async (req, res, caller) => {
    const report = await reportOf(req, caller, 'pdf');
    const pdf = await printer.print(renderSupervisionReportHtml(report, issuer, chinaDate(new Date())), { timeoutMs });
    res.set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': file(report, 'pdf'),
      'Cache-Control': 'private, no-store',
      'Content-Length': String(pdf.length),
    });
    res.end(pdf);
  });

  routes.get('/exports/supervision-report.xlsx', { allow: [Role.ADMIN] }, async (req, res, caller) => {
    const report = await reportOf(req, caller, 'xlsx');
    res.set({
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': file(report, 'xlsx'),
      'Cache-Control': 'private, no-store',
    });
    await writeSupervisionWorkbook(report, res);
    res.end();
  });
}
