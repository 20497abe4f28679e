import type { NavigationGuard } from 'vue-router';
import type { Role } from '../gql/graphql';

/** The signed-in account, and the staff pages' words: both loaded on demand, so public and light pages carry neither. */
async function staffAccount() {
  const [{ loadSession }, { loadStaffMessages }] = await Promise.all([import('../composables/useSession'), import('../i18n')]);
  const [account] = await Promise.all([loadSession().catch(() => null), loadStaffMessages()]);
  return account;
}

/** The sign-in page's notice when the server ended the sign-in for going unused (see `signInEndReason`). */
async function endedQuery(): Promise<{ reason?: string }> {
  const { signInEndReason } = await import('../graphql/client');
  return signInEndReason.value === 'IDLE_TIMEOUT' ? { reason: 'idle' } : {};
}

/**
 * Lets in accounts with any of `roles`; everyone else goes to the login page, which then returns
 * to the page asked for.
 */
export function requireRole(...roles: Role[]): NavigationGuard {
  return async (to) => {
    const account = await staffAccount();
    // A password an administrator set or reset, or one that expired, must be replaced before anything else (the server insists too).
    if (account && roles.includes(account.role) && account.mustChangePassword) return { name: 'account', query: { redirect: to.fullPath } };
    if (account && roles.includes(account.role)) return true;
    return {
      path: '/login',
      query: { redirect: to.fullPath, ...(account ? { reason: 'forbidden' } : await endedQuery()) },
    };
  };
}

/** Any signed-in staff member; everyone else signs in first and comes back here. */
export const requireSignedIn: NavigationGuard = async (to) =>
  (await staffAccount()) ? true : { path: '/login', query: { redirect: to.fullPath, ...(await endedQuery()) } };
