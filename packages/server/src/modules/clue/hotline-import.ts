import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { DomainError } from '../../graphql/errors.js';
import type { Scope } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { Department } from '../department/department.entity.js';
import { defaultDeadline } from '../follow-up/deadline-settings.js';
import { draftItemFromClue } from '../follow-up/follow-up.drafts.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import type { ClueAuditAction } from './clue-audit.js';
import { ClueCategory } from './clue-category.entity.js';
import { Clue } from './clue.entity.js';
import type { ClueGuards } from './clue-guards.js';
import { columnLetter, hotlineColumns, hotlineOrderState, type HotlineField, type HotlineImportMode } from './hotline-columns.js';
import { readHotlineFile, type HotlineProblem, type HotlineRow, type HotlineSheet } from './hotline-read.js';
import { newTrackingCode } from './tracking-code.js';

/** What one row becomes, as the preview shows it. */
export interface HotlinePreviewRow {
  row: number;
  orderNo: string;
  title: string;
  receivedAt: Date | null;
  dueAt: Date | null;
  categoryName: string;
  departmentName: string | null;
  phoneMasked: string | null;
  /** 办理状态 as the file gives it. */
  status: string | null;
  /**
   * CLUE (a SUBMITTED clue on the board) or ITEM (a clue referred to its department, and a draft item);
   * SKIPPED for an order the hotline has finished or cancelled (see `skipped`); null for a row with problems.
   */
  becomes: 'CLUE' | 'ITEM' | 'SKIPPED' | null;
  /** Why a row is skipped: its 办理状态 says FINISHED (已办结…) or CANCELLED (撤销…). */
  skipped: 'FINISHED' | 'CANCELLED' | null;
}

export interface HotlinePreview {
  mode: HotlineImportMode;
  /** Orders read from the file (rows with problems included). */
  total: number;
  /** Orders to import without a problem; the file is imported only when every order to import has none. */
  valid: number;
  /** Orders left out because the hotline finished or cancelled them (their 办理状态). */
  skipped: number;
  rows: HotlinePreviewRow[];
  /** Every problem, by row and column; the first PREVIEW_PROBLEMS of them. */
  problems: HotlineProblem[];
  problemCount: number;
}

/** The preview lists this many rows and problems (the counts are always whole). */
export const PREVIEW_ROWS = 1000;
export const PREVIEW_PROBLEMS = 500;

/** One order checked against the database: its category and department found, its number new. */
interface CheckedOrder {
  row: HotlineRow;
  category: ClueCategory;
  department: Department | null;
  ok: boolean;
  skipped: 'FINISHED' | 'CANCELLED' | null;
}

interface CheckedFile {
  orders: CheckedOrder[];
  problems: HotlineProblem[];
}

/**
 * Checks a read file against what is stored: order numbers repeated in the file or imported before,
 * departments (承办单位, matched by name or short name) and categories (诉求分类, matched by name,
 * else 其他). Reads only.
 */
async function checkFile(em: EntityManager, sheet: HotlineSheet, mode: HotlineImportMode): Promise<CheckedFile> {
  // An order the hotline finished or cancelled is left out, and so are the problems of its cells.
  const skippedRow = new Map<number, 'FINISHED' | 'CANCELLED'>();
  for (const row of sheet.rows) {
    const state = hotlineOrderState(row.status);
    if (state !== 'OPEN') skippedRow.set(row.row, state);
  }
  const problems = sheet.problems.filter((p) => p.row === null || !skippedRow.has(p.row));
  const at = (row: number, field: HotlineField, code: HotlineProblem['code'], value: string, message: string) => {
    const column = sheet.columns[field];
    const letter = column ? columnLetter(column) : null;
    problems.push({
      row,
      column: letter,
      header: hotlineColumns.find((c) => c.key === field)!.header,
      code,
      value,
      message: `Row ${row}${letter ? `, column ${letter}` : ''}: ${message}`,
    });
  };
  const badRows = new Set(sheet.problems.map((p) => p.row));

  const firstRow = new Map<string, number>();
  for (const { row, orderNo } of sheet.rows) {
    if (!orderNo || skippedRow.has(row)) continue;
    const first = firstRow.get(orderNo);
    if (first === undefined) firstRow.set(orderNo, row);
    else {
      at(row, 'orderNo', 'DUPLICATE_IN_FILE', String(first), `order ${orderNo} is already in row ${first}.`);
      badRows.add(row);
    }
  }
  const numbers = [...firstRow.keys()];
  for (let i = 0; i < numbers.length; i += 1000) {
    const stored = await em.find(
      Clue,
      { hotlineOrderNo: { $in: numbers.slice(i, i + 1000) } },
      { fields: ['hotlineOrderNo', 'trackingCode'] },
    );
    for (const clue of stored) {
      const row = firstRow.get(clue.hotlineOrderNo!)!;
      at(
        row,
        'orderNo',
        'ALREADY_IMPORTED',
        clue.trackingCode,
        `order ${clue.hotlineOrderNo} was imported before (clue ${clue.trackingCode}).`,
      );
      badRows.add(row);
    }
  }

  const departments = await em.find(Department, {});
  const departmentOf = new Map<string, Department>();
  for (const d of departments) departmentOf.set(d.shortName, d);
  // A full name wins over another department's short name.
  for (const d of departments) departmentOf.set(d.name, d);
  const categories = await em.find(ClueCategory, {}, { orderBy: { position: 'asc' } });
  const categoryOf = new Map<string, ClueCategory>();
  for (const c of categories) for (const name of [c.code, c.nameEn.toLowerCase(), c.name]) categoryOf.set(name, c);
  const other = categoryOf.get('OTHER') ?? categories.find((c) => c.active) ?? categories[0];
  if (!other) throw new DomainError('INVALID_PHASE', 'No clue category is set up; add one before importing.');

  const orders = sheet.rows.map((row) => {
    const department = row.unit ? (departmentOf.get(row.unit.replace(/\s/g, '')) ?? null) : null;
    const skipped = skippedRow.get(row.row) ?? null;
    if (mode === 'ITEMS' && row.unit && !department && !skipped) {
      at(row.row, 'unit', 'UNKNOWN_DEPARTMENT', row.unit, `no department is called ${row.unit} (name or short name).`);
      badRows.add(row.row);
    }
    const category = categoryOf.get(row.category) ?? categoryOf.get(row.category.toLowerCase()) ?? other;
    return { row, category, department, ok: !skipped && !badRows.has(row.row), skipped };
  });
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { orders, problems };
}

/** 试导入: what the file would become, and every problem by row and column; stores nothing. */
export async function previewHotlineImport(em: EntityManager, bytes: Buffer, mode: HotlineImportMode): Promise<HotlinePreview> {
  const { orders, problems } = await checkFile(em, await readHotlineFile(bytes, mode), mode);
  return {
    mode,
    total: orders.length,
    valid: orders.filter((o) => o.ok).length,
    skipped: orders.filter((o) => o.skipped).length,
    rows: orders.slice(0, PREVIEW_ROWS).map(({ row, category, department, ok, skipped }) => ({
      row: row.row,
      orderNo: row.orderNo,
      title: row.title,
      receivedAt: row.receivedAt,
      dueAt: row.dueAt,
      categoryName: category.name,
      departmentName: department?.name ?? row.unit,
      phoneMasked: row.phoneMasked,
      status: row.status,
      becomes: skipped ? 'SKIPPED' : ok ? (mode === 'ITEMS' ? 'ITEM' : 'CLUE') : null,
      skipped,
    })),
    problems: problems.slice(0, PREVIEW_PROBLEMS),
    problemCount: problems.length,
  };
}

export interface HotlineImportResult {
  mode: HotlineImportMode;
  clues: number;
  items: number;
  /** Orders left out by their 办理状态 (finished or cancelled by the hotline). */
  skipped: number;
}

/**
 * Imports a 12345 file in one transaction: every open order, or (when any row has a problem, or an
 * order number was imported meanwhile) none. Orders whose 办理状态 says finished or cancelled are left
 * out (counted as skipped). As clues: SUBMITTED on the board. As items: each clue referred
 * to its department with a draft item due at the order's 办理时限 (else the clue default), made the
 * way a referred clue's item always is. Phone numbers are sealed like a submitter's.
 */
export async function importHotlineOrders(
  ctx: Scope<{ clueGuards: ClueGuards }>,
  file: { bytes: Buffer; name: string },
  mode: HotlineImportMode,
): Promise<HotlineImportResult> {
  const sheet = await readHotlineFile(file.bytes, mode);
  const seal = ctx.services.clueGuards.phones;
  try {
    return await ctx.em.transactional(async (em) => {
      const { orders, problems } = await checkFile(em, sheet, mode);
      if (problems.length) {
        throw new DomainError(
          'BAD_USER_INPUT',
          `The file was not imported: ${problems.length} problem(s), the first at ${problems[0]!.message} Correct the file and preview it again.`,
          { field: 'file', problems: problems.slice(0, PREVIEW_PROBLEMS), problemCount: problems.length },
        );
      }
      const skipped = orders.filter((o) => o.skipped).length;
      const open = orders.filter((o) => !o.skipped);
      if (open.length === 0)
        throw new DomainError(
          'BAD_USER_INPUT',
          `The file was not imported: all ${skipped} order(s) are finished or cancelled in 12345 (办理状态), so none is a new clue.`,
          { field: 'file', problems: [], problemCount: 0 },
        );
      const now = new Date();
      const deadline = mode === 'ITEMS' ? await defaultDeadline(em, 'CLUE') : now;
      let items = 0;
      // Each clue's steps (its public timeline reads them) go in a thousand rows a statement, not
      // through the unit of work, which a file of thousands of orders would otherwise keep busy.
      const steps: AuditEntry[] = [];
      const actorId = ctx.viewer.account?.id ?? null;
      const step = (clueId: string, action: ClueAuditAction, detail: Record<string, unknown>) =>
        steps.push({ at: now, actorId, action, subjectType: 'Clue', subjectId: clueId, detail } as AuditEntry);
      for (const { row, category, department } of open) {
        const referred = mode === 'ITEMS';
        const clue = em.create(Clue, {
          trackingCode: newTrackingCode(),
          hotlineOrderNo: row.orderNo,
          title: row.title,
          description: row.content,
          category,
          location: row.address,
          submitterName: row.caller,
          phoneMasked: row.phoneMasked,
          phoneSealed: row.phone ? seal.seal(row.phone) : null,
          // Created when imported; when the public called 12345 is its own field.
          hotlineReceivedAt: row.receivedAt,
          ...(referred ? { status: 'REFERRED' as const, department, decidedAt: now } : {}),
        });
        step(clue.id, 'clue.submit', { sessionId: null, photos: 0, hotlineOrderNo: row.orderNo });
        if (!referred) continue;
        step(clue.id, 'clue.refer', { departmentId: department!.id, departmentName: department!.name, note: '12345 工单' });
        draftItemFromClue(em, ctx.viewer, clue, {
          commitment: '',
          deadline: row.dueAt ?? deadline,
          note: `由 12345 工单 ${row.orderNo} 生成`,
        });
        items += 1;
      }
      for (let i = 0; i < steps.length; i += 1000) await em.insertMany(AuditEntry, steps.slice(i, i + 1000));
      recordAudit(
        em,
        ctx.viewer,
        'clue.hotlineImport',
        { type: 'HotlineImport' },
        { mode, orders: open.length, skipped, fileName: file.name, sha256: createHash('sha256').update(file.bytes).digest('hex') },
      );
      await em.flush();
      return { mode, clues: open.length, items, skipped };
    });
  } catch (error) {
    // Another import took one of these order numbers between the check and the commit: nothing was stored.
    if (error instanceof UniqueConstraintViolationException)
      throw new DomainError('CONFLICT', 'Some of these orders were imported meanwhile; nothing was stored. Preview the file again.', {
        field: 'file',
      });
    throw error;
  }
}
