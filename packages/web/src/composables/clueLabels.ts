import type { ClueStatus, RejectReason } from '../gql/graphql';
import type { AppLocale } from '../i18n/locale';
import { completeList } from './completeList';

// The values of the clue enums, in the order the board offers them (categories are data, see clueCategories). The generated types are
// string unions with no runtime list, so the lists are written here and checked against them.

export const CLUE_STATUSES = completeList<ClueStatus>()(['SUBMITTED', 'ACCEPTED', 'MERGED', 'REJECTED', 'REFERRED']);

export const REJECT_REASONS = completeList<RejectReason>()([
  'OUT_OF_SCOPE',
  'INSUFFICIENT_INFORMATION',
  'ALREADY_RESOLVED',
  'NOT_GOVERNMENT_DUTY',
  'IN_LEGAL_PROCEEDINGS',
  'INAPPROPRIATE',
  'OTHER',
]);

/** A clue category's name in the page's language (categories are data: the server sends both names). */
export const categoryName = (category: { name: string; nameEn: string }, locale: AppLocale) =>
  locale === 'en' ? category.nameEn : category.name;

/** The name of a clue's category (or of a count by category) in the page's language. */
export const clueCategoryName = (clue: { categoryName: string; categoryNameEn: string }, locale: AppLocale) =>
  locale === 'en' ? clue.categoryNameEn : clue.categoryName;

/** The colour of a status tag: pending stands out, outcomes are calm. */
export const CLUE_STATUS_TAG = {
  SUBMITTED: 'warning',
  ACCEPTED: 'success',
  MERGED: 'info',
  REJECTED: 'danger',
  REFERRED: 'primary',
} as const satisfies Record<ClueStatus, 'warning' | 'success' | 'info' | 'danger' | 'primary'>;

/** Only a new clue is triaged (accepted, merged, rejected or referred); every outcome is final. */
export const canTriage = (status: ClueStatus) => status === 'SUBMITTED';

/** Rejected and merged clues stay off the public list. */
export const canPublish = (status: ClueStatus) => status !== 'REJECTED' && status !== 'MERGED';
