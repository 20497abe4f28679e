import type { Role } from '../account/role.js';

/** Who is calling: resolved once per HTTP request or WebSocket connection by `resolveViewer`. */
export interface Viewer {
  account: ViewerAccount | null;
  sessionId: string | null;
}

export interface ViewerAccount {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
}

export const anonymous: Viewer = Object.freeze({ account: null, sessionId: null });
