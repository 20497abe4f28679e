import { shallowRef } from 'vue';
import type { MeQuery } from '../gql/graphql';
import { client } from '../graphql/client';
import { LoginDocument, LogoutDocument, MeDocument } from './operations';

export type SessionAccount = NonNullable<MeQuery['me']>;

/** The signed-in account, shared by every view; `null` when signed out or not yet known. */
const account = shallowRef<SessionAccount | null>(null);

/** Asks the server who is signed in (the session lives in an httpOnly cookie the page cannot read). */
export async function loadSession(): Promise<SessionAccount | null> {
  const result = await client.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) throw result.error;
  account.value = result.data?.me ?? null;
  return account.value;
}

export function useSession() {
  async function login(username: string, password: string) {
    const result = await client.mutation(LoginDocument, { input: { username, password } }).toPromise();
    if (result.error || !result.data) return { account: null, error: result.error ?? null };
    account.value = result.data.login.account;
    return { account: account.value, error: null };
  }

  async function logout() {
    const result = await client.mutation(LogoutDocument, {}).toPromise();
    if (result.error) return result.error;
    account.value = null;
    return null;
  }

  return { account, login, logout };
}
