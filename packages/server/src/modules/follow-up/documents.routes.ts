import { isUuid } from '../../graphql/argument-guard.js';
import { DomainError } from '../../graphql/errors.js';
import type { Routes } from '../../http/routes.js';
import type { PdfPrinter } from '../stats/pdf-printer.js';
import { getDocument } from './documents.js';
import { documentHeading, renderDocumentHtml } from './documents-html.js';

/** A letter is one or two pages: far quicker than a session report, so it gives up sooner. */
export const DOCUMENT_PRINT_TIMEOUT_MS = 15_000;

/**
 * The PDF of an issued 交办函, 督办函 or 催办函, printed again from its stored text (so every download
 * is the same letter), for whoever may read its item: staff, the item's departments, its supervising
 * representatives. A print that does not finish in time is answered SERVICE_UNAVAILABLE.
 */
export function documentRoutes(routes: Routes, printer: PdfPrinter, timeoutMs = DOCUMENT_PRINT_TIMEOUT_MS): void {
  routes.get('/exports/follow-up-documents/:id', { allow: ['SIGNED_IN'] }, async (req, res, caller) => {
    if (!isUuid(req.params.id)) throw new DomainError('NOT_FOUND', 'The document was not found.');
    const document = await getDocument(caller, req.params.id);
    const pdf = await printer.print(renderDocumentHtml(document), { timeoutMs });
    const name = `${document.number}-${documentHeading(document)}.pdf`;
    res.set({
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${document.kind.toLowerCase()}-${document.year}-${document.sequence}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'private, no-store',
      'Content-Length': String(pdf.length),
    });
    res.end(pdf);
  });
}
