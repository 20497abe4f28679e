import type { Role } from '../../../gql/graphql';

// Live additions arrive unfiltered; these decide whether one belongs in the list as filtered now.
// They approximate the server's search (a case-insensitive substring of the names).

function contains(texts: readonly string[], search: string): boolean {
  const needle = search.trim().toLowerCase();
  return needle === '' || texts.some((text) => text.toLowerCase().includes(needle));
}

export function departmentMatches(department: { name: string; shortName: string }, search: string): boolean {
  return contains([department.name, department.shortName], search);
}

export function accountMatches(account: { username: string; displayName: string; role: Role }, search: string, role: Role | null): boolean {
  return (role === null || account.role === role) && contains([account.username, account.displayName], search);
}
