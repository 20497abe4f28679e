import type { ClueCategory, ClueStatus, RejectReason } from '../gql/graphql';
import { completeList } from './completeList';

// The values of the clue enums, in the order the board offers them. The generated types are
// string unions with no runtime list, so the lists are written here and checked against them.

export const CLUE_STATUSES = completeList<ClueStatus>()(['SUBMITTED', 'ACCEPTED', 'MERGED', 'REJECTED', 'REFERRED']);

export const CLUE_CATEGORIES = completeList<ClueCategory>()([
  'PROPERTY_SERVICE',
  'MAINTENANCE_FUND',
  'ILLEGAL_BUILDING',
  'FEES',
  'FIRE_SAFETY',
  'PARKING',
  'SANITATION',
  'FACILITIES',
  'TRANSPORT',
  'EDUCATION',
  'HEALTH',
  'SOCIAL_SECURITY',
  'MARKET',
  'OTHER',
]);

export const REJECT_REASONS = completeList<RejectReason>()([
  'OUT_OF_SCOPE',
  'INSUFFICIENT_INFORMATION',
  'ALREADY_RESOLVED',
  'NOT_GOVERNMENT_DUTY',
  'IN_LEGAL_PROCEEDINGS',
  'INAPPROPRIATE',
  'OTHER',
]);

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
