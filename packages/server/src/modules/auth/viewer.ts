import type { Role } from '../account/role.js';

/** Who is calling: resolved once per HTTP request or WebSocket operation by `resolveSignIn` (`resolveViewer` outside GraphQL). */
export interface Viewer {
  account: ViewerAccount | null;
  sessionId: string | null;
  /** Why a token that was sent speaks for nobody any more, when the caller should be told (the web app says so at sign-in). */
  signInEnded?: 'IDLE_TIMEOUT';
}

export interface ViewerAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  /** 专（工）委 staff: the committee an ADMIN is bound to; it acts only on that committee's items and on items no committee owns. */
  committeeId?: string | null;
  /** After an administrator's password reset: every operation but changing it (and signing out) is refused. */
  mustChangePassword: boolean;
}

export const anonymous: Viewer = Object.freeze({ account: null, sessionId: null });
