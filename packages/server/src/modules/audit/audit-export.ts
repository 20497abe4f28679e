import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { DomainError } from '../../graphql/errors.js';
import type { Routes } from '../../http/routes.js';
import { Role } from '../account/role.js';
import type { Language } from '../clue/clue-labels.js';
import { chainAnchor } from './audit-chain.js';
import { AuditFilter, auditRows, toAuditEntry, type AuditEntryType } from './audit-log.js';

// The audit log for auditors: the filtered entries in chain order as .xlsx or .csv, with each
// entry's place, previous hash and hash, so the chain can be checked outside the app. Streamed a
// page at a time: a log of 100,000 entries never sits in memory.

const PAGE = 1_000;

const labels: Record<Language, { sheet: string; notes: string; file: string; columns: [string, number][]; notesText: string[] }> = {
  zh: {
    sheet: '审计日志',
    notes: '校验说明',
    file: '审计日志',
    columns: [
      ['链序号', 10],
      ['记录编号', 10],
      ['时间 (UTC)', 26],
      ['操作人账号编号', 38],
      ['操作人用户名', 16],
      ['操作人姓名', 18],
      ['操作', 28],
      ['对象类型', 14],
      ['对象编号', 38],
      ['详情 (JSON)', 60],
      ['前一哈希', 66],
      ['哈希', 66],
    ],
    notesText: [
      '每条记录的哈希 = SHA-256(JSON 数组 [前一哈希, 记录编号, 时间, 操作人账号编号, 操作, 对象类型, 对象编号, 详情]) 的十六进制；以 sm3: 开头的哈希为国密 SM3 摘要的 Base64。空值写作 null，详情为本表中的 JSON 原文。',
      '链序号从 1 起连续；每条记录的“前一哈希”等于上一链序号记录的“哈希”。',
      '未封存的记录（写入后数秒内）没有链序号和哈希。',
    ],
  },
  en: {
    sheet: 'Audit log',
    notes: 'How to check',
    file: 'audit-log',
    columns: [
      ['Chain place', 10],
      ['Entry id', 10],
      ['Time (UTC)', 26],
      ['Actor account id', 38],
      ['Actor username', 16],
      ['Actor name', 18],
      ['Action', 28],
      ['Subject type', 14],
      ['Subject id', 38],
      ['Details (JSON)', 60],
      ['Previous hash', 66],
      ['Hash', 66],
    ],
    notesText: [
      "Each entry's hash = SHA-256 (hex) of the JSON array [previous hash, entry id, time, actor account id, action, subject type, subject id, details]; a hash starting sm3: is the SM3 digest in Base64. Nulls are written as null, the details being the JSON text of this sheet.",
      "Chain places run on from 1 without a gap; each entry's previous hash is the hash of the entry at the place before.",
      'Entries not sealed yet (within seconds of being written) have no place and no hash.',
    ],
  },
};

const cells = (e: AuditEntryType) => [
  e.chainSeq,
  e.id,
  e.at.toISOString(),
  e.actorId,
  e.actorUsername,
  e.actorName,
  e.action,
  e.subjectType,
  e.subjectId,
  e.detail,
  e.prevHash,
  e.hash,
];

/** The filtered entries in chain order (then the few not sealed yet), page by page. */
async function* entries(em: EntityManager, filter: AuditFilter): AsyncGenerator<AuditEntryType> {
  let afterSeq = 0;
  for (;;) {
    const rows = await auditRows(em, filter, { order: 'sealed', afterSeq, limit: PAGE });
    for (const row of rows) yield toAuditEntry(row);
    if (rows.length < PAGE) break;
    afterSeq = Number(rows.at(-1)!.chainSeq);
  }
  let afterId: string | undefined;
  for (;;) {
    const rows = await auditRows(em, filter, { order: 'unsealed', afterId, limit: PAGE });
    for (const row of rows) yield toAuditEntry(row);
    if (rows.length < PAGE) return;
    afterId = rows.at(-1)!.id;
  }
}

export async function writeAuditWorkbook(em: EntityManager, filter: AuditFilter, language: Language, output: Writable): Promise<number> {
  const words = labels[language];
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  const sheet = workbook.addWorksheet(words.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = words.columns.map(([header, width]) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  for await (const entry of entries(em, filter)) {
    // Every cell as text (ids and places too): a number or a date cell would not be the hashed text.
    sheet.addRow(cells(entry).map((value) => (value === null ? '' : String(value)))).commit();
    rows++;
  }
  sheet.commit();
  const anchor = await chainAnchor(em);
  const notes = workbook.addWorksheet(words.notes);
  notes.columns = [{ width: 140 }];
  for (const line of words.notesText) notes.addRow([line]).commit();
  notes.addRow([`anchor: ${anchor.seq} / ${anchor.prevHash}`]).commit();
  notes.commit();
  await workbook.commit();
  return rows;
}

/** RFC 4180 field: quoted when it holds a quote, a comma or a line break. */
const csvField = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export async function writeAuditCsv(em: EntityManager, filter: AuditFilter, language: Language, output: Writable): Promise<number> {
  const write = async (line: string) => {
    if (!output.write(`${line}\r\n`)) await once(output, 'drain');
  };
  // The byte order mark lets spreadsheet programs read the Chinese as UTF-8.
  await write(`\uFEFF${labels[language].columns.map(([header]) => csvField(header)).join(',')}`);
  let rows = 0;
  for await (const entry of entries(em, filter)) {
    await write(cells(entry).map(csvField).join(','));
    rows++;
  }
  output.end();
  return rows;
}

/** The export's filter from the query string, checked like the GraphQL input. */
async function filterFromQuery(req: Request): Promise<AuditFilter> {
  const q = req.query as Record<string, unknown>;
  const text = (name: string) => (typeof q[name] === 'string' && q[name] !== '' ? (q[name] as string) : null);
  const date = (name: string) => {
    const raw = text(name);
    if (raw === null) return null;
    const value = new Date(raw);
    if (Number.isNaN(value.getTime())) throw new DomainError('BAD_USER_INPUT', `${name} is not a date.`, { field: name });
    return value;
  };
  const filter = Object.assign(new AuditFilter(), {
    action: text('action'),
    actor: text('actor'),
    from: date('from'),
    to: date('to'),
    text: text('text'),
  });
  const [violation] = await validate(filter);
  if (violation)
    throw new DomainError('BAD_USER_INPUT', `${violation.property}: ${Object.values(violation.constraints ?? {})[0] ?? 'not valid'}`, {
      field: violation.property,
    });
  return filter;
}

/** GET /exports/audit.xlsx and /exports/audit.csv: security administrators only, like the `auditEntries` query. */
export function auditRoutes(routes: Routes): void {
  const download = (extension: 'xlsx' | 'csv', contentType: string, write: typeof writeAuditCsv) =>
    routes.get(`/exports/audit.${extension}`, { allow: [Role.SECURITY_ADMIN] }, async (req, res, { em }) => {
      const filter = await filterFromQuery(req);
      const language: Language = req.query.lang === 'en' ? 'en' : 'zh';
      const stamp = new Date().toISOString().slice(0, 10);
      res.set({
        'Content-Type': contentType,
        'Content-Disposition': `attachment; filename="audit-log-${stamp}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${labels[language].file}-${stamp}.${extension}`)}`,
        'Cache-Control': 'private, no-store',
      });
      await write(em, filter, language, res);
    });
  download('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', writeAuditWorkbook);
  download('csv', 'text/csv; charset=utf-8', writeAuditCsv);
}
