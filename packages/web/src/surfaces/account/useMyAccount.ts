import { computed, reactive, shallowRef } from 'vue';
import { client } from '../../graphql/client';
import {
  DEFAULT_PASSWORD_RULES,
  checkPasswordChange,
  serverPasswordProblem,
  translatePasswordProblem,
  type PasswordField,
  type PasswordProblem,
  type PasswordRules,
} from './passwordPolicy';
import { errorMessage } from '../../composables/useErrorMessage';
import { useSession, type SessionAccount } from '../../composables/useSession';
import { ChangeOwnPasswordDocument, PasswordPolicyDocument } from './operations';

/** The deployment's password rules, read from the server by `loadPasswordRules`; the defaults stand until it answers (or if it cannot). */
export const passwordRules = shallowRef<PasswordRules>(DEFAULT_PASSWORD_RULES);

export async function loadPasswordRules(): Promise<void> {
  const result = await client.query(PasswordPolicyDocument, {}).toPromise();
  if (result.data) passwordRules.value = result.data.passwordPolicy;
}

/**
 * The "change my password" form: checks the rules it can, sends the change, and words the
 * server's refusal next to the field it concerns. On success the session knows the password is
 * the person's own again, and the other sign-ins have ended (the server ends them).
 */
export function useChangePassword() {
  const { account } = useSession();
  const values = reactive({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const submitting = shallowRef(false);
  const problems = shallowRef<Partial<Record<PasswordField, PasswordProblem>>>({});
  const serverError = shallowRef<unknown>(null);
  const rules = passwordRules;

  const fieldErrors = computed<Partial<Record<PasswordField, string>>>(() =>
    Object.fromEntries(Object.entries(problems.value).map(([field, problem]) => [field, translatePasswordProblem(problem, rules.value)])),
  );
  const formError = computed(() => (serverError.value ? (errorMessage(serverError.value)?.message ?? null) : null));

  /** Sends the change; answers the updated account, or null when it was refused (see the errors). */
  async function submit(): Promise<SessionAccount | null> {
    if (submitting.value) return null;
    serverError.value = null;
    problems.value = checkPasswordChange(values, account.value?.username ?? '', rules.value);
    if (Object.keys(problems.value).length > 0) return null;
    submitting.value = true;
    try {
      const result = await client
        .mutation(ChangeOwnPasswordDocument, { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } })
        .toPromise();
      if (result.error || !result.data) {
        const problem = serverPasswordProblem(result.error, values.newPassword);
        if (problem) problems.value = { [problem.field]: problem.problem };
        else serverError.value = result.error ?? new Error('empty response');
        // A wrong current password is retyped, not edited.
        if (problem?.field === 'currentPassword') values.currentPassword = '';
        return null;
      }
      account.value = result.data.changeOwnPassword;
      Object.assign(values, { currentPassword: '', newPassword: '', confirmPassword: '' });
      return account.value;
    } finally {
      submitting.value = false;
    }
  }

  return { values, rules, loadRules: loadPasswordRules, submitting, fieldErrors, formError, submit };
}
