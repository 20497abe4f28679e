import { computed, reactive, shallowRef } from 'vue';
import { i18n } from '../../i18n';
import { useErrorMessage } from '../../composables/useErrorMessage';
import { useSession, type SessionAccount } from '../../composables/useSession';
import { signInEndReason } from '../../graphql/client';
import { hasProblems, translateProblems, validate, type Problem } from '../../composables/validation';

const rules = {
  username: { required: true, max: 40 },
  password: { required: true, max: 200 },
};

/** The login form: checks the fields, signs in, and explains any refusal. */
export function useLoginForm() {
  const { login } = useSession();
  const values = reactive({ username: '', password: '' });
  const submitting = shallowRef(false);
  const problems = shallowRef<Partial<Record<string, Problem>>>({});
  const serverError = shallowRef<unknown>(null);

  const labels = computed(() => ({ username: i18n.global.t('login.username'), password: i18n.global.t('login.password') }));
  const server = useErrorMessage(serverError, labels);
  const fieldErrors = computed<Record<string, string>>(() => ({
    ...server.value?.fields,
    ...translateProblems(problems.value, labels.value),
  }));
  const formError = computed(() => server.value?.message ?? null);

  async function submit(): Promise<SessionAccount | null> {
    if (submitting.value) return null;
    serverError.value = null;
    problems.value = validate(values, rules);
    if (hasProblems(problems.value)) return null;
    submitting.value = true;
    try {
      const result = await login(values.username.trim(), values.password);
      serverError.value = result.error;
      // A wrong password is retyped, not edited.
      if (!result.account) values.password = '';
      // A new sign-in: why the last one ended is history.
      else signInEndReason.value = null;
      return result.account;
    } finally {
      submitting.value = false;
    }
  }

  return { values, submitting, fieldErrors, formError, submit };
}
