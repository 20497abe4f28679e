import { registerEnumType } from 'type-graphql';

/** Staff roles. The public and the audience have no account. */
export const Role = {
  /** Congress staff (人大工作人员): plans sessions, triages clues, supervises follow-ups. */
  ADMIN: 'ADMIN',
  /** Host or director (主持人/导播): drives the live run of show. */
  HOST: 'HOST',
  /** Department liaison (承办单位联络员), bound to one department. */
  DEPARTMENT: 'DEPARTMENT',
  /** People's congress representative (人大代表), votes in the studio channel. */
  REPRESENTATIVE: 'REPRESENTATIVE',
  /** Audience-message moderator (网络互动审核员, the host's assistant): approves, rejects and pins viewers' messages. */
  MODERATOR: 'MODERATOR',
  /**
   * Security administrator (安全管理员, 等保 separation of duties): manages staff accounts and their
   * sign-ins and reads the audit log; does none of the business work, which ADMIN does.
   */
  SECURITY_ADMIN: 'SECURITY_ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const roles = Object.values(Role);

registerEnumType(Role, { name: 'Role', description: 'Staff role' });
