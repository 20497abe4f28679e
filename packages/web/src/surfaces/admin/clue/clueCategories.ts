import type { Rule } from '../../../composables/validation';

// The rules of the category settings page, pure: what a form checks before sending (the server's
// limits) and where a move takes a category.

export interface ClueCategoryValues {
  code: string;
  name: string;
  nameEn: string;
}

export type CategoryProblem = { key: 'required' } | { key: 'tooLong'; max: number } | { key: 'codeFormat' };

export const categoryRules: Record<keyof ClueCategoryValues, Rule> = {
  code: { required: true, max: 40 },
  name: { required: true, max: 20 },
  nameEn: { required: true, max: 40 },
};

/** Upper-case letters, digits and underscores, starting with a letter: the server's rule. */
export const CATEGORY_CODE = /^[A-Z][A-Z0-9_]*$/;

/** A code as typed, made into one: trimmed, upper-case, spaces and hyphens as underscores. */
export const normalizeCategoryCode = (raw: string) =>
  raw
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');

/** The place (from 1) a category moves to, one step up (-1) or down (+1); null at either end. */
export function movedPosition(codes: readonly string[], code: string, step: -1 | 1): number | null {
  const index = codes.indexOf(code);
  if (index < 0) return null;
  const target = index + step;
  return target < 0 || target >= codes.length ? null : target + 1;
}
