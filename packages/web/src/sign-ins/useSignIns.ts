import { shallowRef } from 'vue';
import type { SignInFieldsFragment } from '../gql/graphql';
import { client } from '../graphql/client';
import { AccountSignInsDocument, MySignInsDocument, RevokeAllSignInsDocument, RevokeSignInDocument } from './operations';

export type SignIn = SignInFieldsFragment;
export type SignInListStatus = 'loading' | 'ready' | 'error';

export async function fetchMySignIns(): Promise<readonly SignIn[]> {
  const result = await client.query(MySignInsDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  if (result.error || !result.data) throw result.error ?? new Error('empty response');
  return result.data.mySignIns;
}

export async function fetchAccountSignIns(accountId: string): Promise<readonly SignIn[]> {
  const result = await client.query(AccountSignInsDocument, { accountId }, { requestPolicy: 'network-only' }).toPromise();
  if (result.error || !result.data) throw result.error ?? new Error('empty response');
  return result.data.signIns;
}

/** Ends every sign-in of an account (administrators); answers how many ended. */
export async function revokeAllSignIns(accountId: string): Promise<{ count: number; error: null } | { count: null; error: unknown }> {
  const result = await client.mutation(RevokeAllSignInsDocument, { accountId }).toPromise();
  if (result.error || !result.data) return { count: null, error: result.error ?? new Error('empty response') };
  return { count: result.data.revokeAllSignIns, error: null };
}

/**
 * A list of sign-ins (one's own, or an account's for an administrator) and ending them one by one.
 * A failed end leaves the list as it was and answers the error.
 */
export function useSignInList(fetch: () => Promise<readonly SignIn[]>) {
  const items = shallowRef<readonly SignIn[]>([]);
  const status = shallowRef<SignInListStatus>('loading');
  const error = shallowRef<unknown>(null);
  /** The sign-ins being ended just now, to show their buttons busy. */
  const revoking = shallowRef<ReadonlySet<string>>(new Set());
  let generation = 0;

  async function reload(): Promise<void> {
    const current = ++generation;
    status.value = 'loading';
    error.value = null;
    try {
      const loaded = await fetch();
      if (current !== generation) return;
      items.value = loaded;
      status.value = 'ready';
    } catch (caught) {
      if (current !== generation) return;
      error.value = caught;
      status.value = 'error';
    }
  }

  async function revoke(id: string): Promise<unknown> {
    revoking.value = new Set([...revoking.value, id]);
    try {
      const result = await client.mutation(RevokeSignInDocument, { id }).toPromise();
      if (result.error || !result.data) return result.error ?? new Error('empty response');
      items.value = items.value.filter((signIn) => signIn.id !== id);
      return null;
    } finally {
      revoking.value = new Set([...revoking.value].filter((busy) => busy !== id));
    }
  }

  /** Ends every sign-in but the current one; answers how many ended and the first error, if any. */
  async function revokeOthers(): Promise<{ count: number; error: unknown }> {
    let count = 0;
    for (const signIn of items.value.filter((s) => !s.current)) {
      const failure = await revoke(signIn.id);
      if (failure) return { count, error: failure };
      count += 1;
    }
    return { count, error: null };
  }

  /** Forgets the listed sign-ins after they were all ended elsewhere (revokeAllSignIns). */
  function clear(): void {
    items.value = [];
  }

  return { items, status, error, revoking, reload, revoke, revokeOthers, clear };
}
