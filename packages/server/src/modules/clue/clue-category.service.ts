import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import { LockMode } from '@mikro-orm/core';
import { flushUnique } from '../../db/constraints.js';
import { badInput, DomainError, notFound } from '../../graphql/errors.js';
import type { Caller } from '../../scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { ClueCategory } from './clue-category.entity.js';
import { text, type CreateClueCategoryInput, type UpdateClueCategoryInput } from './clue.inputs.js';

// The categories staff keep (线索分类): listed in their order, offered while active, never deleted
// (clues keep pointing at them).

export const categoryOrder = { position: 'asc', code: 'asc' } as const;

/** The categories in their display order; retired ones only when asked. */
export function listClueCategories(em: EntityManager, includeRetired = false): Promise<ClueCategory[]> {
  return em.find(ClueCategory, includeRetired ? {} : { active: true }, { orderBy: categoryOrder });
}

/** The category a new clue is filed under: it must exist and be offered. */
export async function offeredCategory(em: EntityManager, code: string): Promise<ClueCategory> {
  const category = await em.findOne(ClueCategory, { code: code.trim() });
  if (!category?.active) throw badInput('category', 'Choose one of the categories offered.');
  return category;
}

/** Clues by category, most first, with the category's names; `where` filters the clue table. */
export const categoryCountsSql = (where: string) =>
  `select k.category, c.name as "categoryName", c.name_en as "categoryNameEn", k.count
     from (select category, count(*)::int as count from clue ${where} group by category) k
     join clue_category c on c.code = k.category
    order by k.count desc, k.category`;

/** Puts `category` at `position` (from 1, clamped to the list) and numbers the list 1, 2, 3… again. */
function place(all: ClueCategory[], category: ClueCategory, position: number | null | undefined): void {
  const others = all.filter((c) => c.code !== category.code);
  const index = position == null ? others.length : Math.min(Math.max(position, 1), others.length + 1) - 1;
  others.splice(index, 0, category);
  others.forEach((c, i) => {
    if (c.position !== i + 1) c.position = i + 1;
  });
}

async function checkNameFree(em: EntityManager, name: string, code?: string): Promise<void> {
  const same = await em.findOne(ClueCategory, { name, ...(code ? { code: { $ne: code } } : {}) });
  if (same) throw new DomainError('CONFLICT', `The category ${same.code} already has this name.`, { field: 'name' });
}

/** Adds a category; its code is unique and fixed. */
export async function createClueCategory(ctx: Caller, input: CreateClueCategoryInput): Promise<ClueCategory> {
  const code = input.code.trim();
  const name = text(input.name, 'name', 1, 'Enter the Chinese name.');
  const nameEn = text(input.nameEn, 'nameEn', 1, 'Enter the English name.');
  return ctx.em.transactional(async (em) => {
    const all = await em.find(ClueCategory, {}, { orderBy: categoryOrder, lockMode: LockMode.PESSIMISTIC_WRITE });
    if (all.some((c) => c.code === code)) throw new DomainError('CONFLICT', 'A category with this code already exists.', { field: 'code' });
    await checkNameFree(em, name);
    const category = em.create(ClueCategory, { code, name, nameEn, position: all.length + 1, active: true });
    place(all, category, input.position);
    recordAudit(em, ctx.viewer, 'clueCategory.create', { type: 'ClueCategory', id: code }, { name, nameEn, position: category.position });
    await flushUnique(em, 'code', 'A category with this code already exists.');
    return category;
  });
}

/** Renames, moves, retires or reactivates a category. */
export async function updateClueCategory(ctx: Caller, input: UpdateClueCategoryInput): Promise<ClueCategory> {
  const name = input.name == null ? null : text(input.name, 'name', 1, 'Enter the Chinese name.');
  const nameEn = input.nameEn == null ? null : text(input.nameEn, 'nameEn', 1, 'Enter the English name.');
  return ctx.em.transactional(async (em) => {
    // The whole list is locked: a move renumbers the others.
    const all = await em.find(ClueCategory, {}, { orderBy: categoryOrder, lockMode: LockMode.PESSIMISTIC_WRITE });
    const category = all.find((c) => c.code === input.code);
    if (!category) throw notFound('The category');
    const changes: Record<string, unknown> = {};
    if (name !== null && name !== category.name) {
      await checkNameFree(em, name, category.code);
      changes.name = { from: category.name, to: name };
      category.name = name;
    }
    if (nameEn !== null && nameEn !== category.nameEn) {
      changes.nameEn = { from: category.nameEn, to: nameEn };
      category.nameEn = nameEn;
    }
    if (input.position != null && input.position !== category.position) {
      const from = category.position;
      place(all, category, input.position);
      changes.position = { from, to: category.position };
    }
    if (input.active != null && input.active !== category.active) {
      changes.active = input.active;
      category.active = input.active;
    }
    if (Object.keys(changes).length)
      recordAudit(em, ctx.viewer, 'clueCategory.update', { type: 'ClueCategory', id: category.code }, changes);
    return category;
  });
}
