import type { Role } from '../../../gql/graphql';
import type { Rule } from '../../../composables/validation';

// What the create forms check before asking the server, matching the limits it documents.

export const ROLES: readonly Role[] = ['ADMIN', 'SECURITY_ADMIN', 'HOST', 'MODERATOR', 'DEPARTMENT', 'REPRESENTATIVE'];

export interface DepartmentInput {
  name: string;
  shortName: string;
}

export interface AccountInput {
  username: string;
  displayName: string;
  /** Empty until chosen. */
  role: Role | '';
  departmentId: string;
  /** A staff (ADMIN) account's committee (专（工）委), or '' for none. */
  committeeId: string;
}

export const departmentRules: Record<keyof DepartmentInput, Rule> = {
  name: { required: true, min: 2, max: 100 },
  shortName: { required: true, max: 30 },
};

/** The department is required for department accounts only; the server refuses it for the others. */
export function accountRules(role: Role | ''): Record<keyof AccountInput, Rule> {
  return {
    username: { required: true, min: 3, max: 40, username: true },
    displayName: { required: true, max: 60 },
    role: { required: true, select: true },
    departmentId: { required: role === 'DEPARTMENT', select: true },
    committeeId: { select: true },
  };
}
