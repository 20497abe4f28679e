import type { Role } from '../gql/graphql';

/** Where each role starts its work after signing in. */
export function landingPath(role: Role): string {
  switch (role) {
    case 'ADMIN':
      return '/admin';
    case 'SECURITY_ADMIN':
      return '/security';
    case 'HOST':
      return '/host';
    case 'MODERATOR':
      return '/moderate';
    case 'DEPARTMENT':
      return '/department';
    case 'REPRESENTATIVE':
      return '/representative';
    default:
      return '/';
  }
}

/**
 * The page to return to after signing in. Only paths inside this site are accepted, so a crafted
 * link cannot send the user elsewhere (`//evil.example` and `/\evil.example` are other hosts).
 */
export function safeRedirect(raw: unknown): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string' || !value.startsWith('/')) return null;
  if (value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) return null;
  return value;
}

export function afterLoginPath(rawRedirect: unknown, role: Role): string {
  return safeRedirect(rawRedirect) ?? landingPath(role);
}
