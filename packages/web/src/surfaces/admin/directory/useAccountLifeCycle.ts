import { shallowRef } from 'vue';
import { client } from '../../../graphql/client';
import type { Account } from './useAccountDirectory';
import { DeactivateAccountDocument, ReactivateAccountDocument, ResetPasswordDocument, UnlockAccountDocument } from './operations';

export type LifeCycleAction = 'deactivate' | 'reactivate' | 'reset' | 'unlock';

export type LifeCycleResult =
  | { account: Account; temporaryPassword: string | null; error: null }
  | { account: null; temporaryPassword: null; error: unknown };

const documents = {
  deactivate: DeactivateAccountDocument,
  reactivate: ReactivateAccountDocument,
  unlock: UnlockAccountDocument,
};

/**
 * An administrator's actions on an account: deactivate, reactivate, unlock, reset its password. `busy`
 * names the account and action on their way, so only that row's button spins.
 */
export function useAccountLifeCycle() {
  const busy = shallowRef<{ id: string; action: LifeCycleAction } | null>(null);

  async function run(account: Account, action: LifeCycleAction): Promise<LifeCycleResult> {
    busy.value = { id: account.id, action };
    try {
      if (action === 'reset') {
        const result = await client.mutation(ResetPasswordDocument, { accountId: account.id }).toPromise();
        if (result.error || !result.data)
          return { account: null, temporaryPassword: null, error: result.error ?? new Error('empty response') };
        return { ...result.data.resetPassword, error: null };
      }
      const result = await client.mutation(documents[action], { id: account.id }).toPromise();
      const updated = result.data && Object.values(result.data)[0];
      if (result.error || !updated) return { account: null, temporaryPassword: null, error: result.error ?? new Error('empty response') };
      return { account: updated, temporaryPassword: null, error: null };
    } finally {
      busy.value = null;
    }
  }

  return { busy, run };
}
