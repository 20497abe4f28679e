import type { NavigationGuard } from 'vue-router';
import type { Role } from '../../gql/graphql';

/**
 * Lets in accounts with any of `roles`; everyone else goes to the login page, which then returns to
 * the page asked for. The session code is loaded on demand, as for the other staff surfaces.
 */
export function requireStaffRole(roles: readonly Role[]): NavigationGuard {
  return async (to) => {
    const { loadSession } = await import('../../composables/useSession');
    const account = await loadSession().catch(() => null);
    // A password an administrator reset must be replaced before anything else (the server insists too).
    if (account && roles.includes(account.role) && account.mustChangePassword) return { name: 'account', query: { redirect: to.fullPath } };
    if (account && roles.includes(account.role)) return true;
    return {
      path: '/login',
      query: { redirect: to.fullPath, ...(account ? { reason: 'forbidden' } : {}) },
    };
  };
}
