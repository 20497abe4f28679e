import type { NavigationGuard } from 'vue-router';
import type { Role } from '../gql/graphql';

/**
 * Lets only accounts with `role` in; everyone else goes to the login page, which then returns
 * to the page asked for. Loaded on demand so light surfaces do not carry the session code.
 */
export function requireRole(role: Role): NavigationGuard {
  return async (to) => {
    const { loadSession } = await import('../composables/useSession');
    const account = await loadSession().catch(() => null);
    // A password an administrator reset must be replaced before anything else (the server insists too).
    if (account?.role === role && account.mustChangePassword) return { name: 'account', query: { redirect: to.fullPath } };
    if (account?.role === role) return true;
    return {
      path: '/login',
      query: { redirect: to.fullPath, ...(account ? { reason: 'forbidden' } : {}) },
    };
  };
}
