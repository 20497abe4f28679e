import { computed, reactive, shallowRef, watch } from 'vue';
import { client } from '../../../graphql/client';
import { i18n } from '../../../i18n';
import { useSessionErrorMessage } from '../../../session/sessionErrors';
import type { SessionKind } from '../../../gql/graphql';
import {
  DEFAULT_SETTINGS,
  emptySessionForm,
  fromSession,
  hasDefaultSettings,
  isFrozen,
  settingsValues,
  toSessionInput,
  translateSessionProblems,
  validateSessionForm,
  type SessionFormValues,
  type SessionProblem,
} from './sessionSettingsRules';
import {
  CreateSessionDocument,
  PublishSessionDocument,
  SessionKindProfilesDocument,
  SessionPlanDocument,
  UpdateSessionDocument,
  type SessionKindProfile,
  type SessionPlan,
} from './operations';

/** Visible label of each field, so messages name the field the way the form does. */
export function sessionFieldLabels(): Record<keyof SessionFormValues, string> {
  const t = (key: string) => i18n.global.t(`sessions.form.${key}`);
  return {
    kind: t('kind'),
    title: t('title'),
    theme: t('theme'),
    scheduledAt: t('scheduledAt'),
    streamUrl: t('streamUrl'),
    windowSeconds: t('windowSeconds'),
    streamDelaySeconds: t('streamDelaySeconds'),
    hideResultsUntilClosed: t('hideResultsUntilClosed'),
    studioWeight: t('studioWeight'),
    onlineWeight: t('onlineWeight'),
    satisfiedThreshold: t('satisfiedThreshold'),
    satisfiedGrade: t('satisfiedGrade'),
    passingBase: t('passingBase'),
    passingShare: t('passingShare'),
    studioQuorum: t('studioQuorum'),
    minOnlineBallots: t('minOnlineBallots'),
    quorumFallback: t('quorumFallback'),
    onlineIdentity: t('onlineIdentity'),
  };
}

/**
 * A session being planned: loads it (unless new), holds the settings form and saves it. Every
 * change made through the page (questions, publishing) hands back the whole session; the studio roll
 * changes the session's electorate, so the page reads the session again after it changes.
 */
export function useSessionEditor(sessionId: string | null) {
  const session = shallowRef<SessionPlan | null>(null);
  const loadStatus = shallowRef<'loading' | 'ready' | 'error'>(sessionId ? 'loading' : 'ready');
  const loadError = shallowRef<unknown>(null);

  const values = reactive<SessionFormValues>(emptySessionForm());
  /** Once edited, the form keeps the planner's values when the session is read again. */
  const dirty = shallowRef(false);
  const submitting = shallowRef(false);
  const publishing = shallowRef(false);
  const problems = shallowRef<Partial<Record<string, SessionProblem>>>({});
  const serverError = shallowRef<unknown>(null);

  const labels = computed(sessionFieldLabels);
  const server = useSessionErrorMessage(serverError, labels);
  const fieldErrors = computed<Record<string, string>>(() => ({
    ...server.value?.fields,
    ...translateSessionProblems(problems.value, labels.value),
  }));
  const formError = computed(() => server.value?.message ?? null);
  const frozen = computed(() => (session.value ? isFrozen(session.value.status) : false));

  // Any edit of the form, by whatever control, marks it; filling it from the server does not.
  let filling = false;
  watch(
    values,
    () => {
      if (!filling) dirty.value = true;
    },
    { deep: true, flush: 'sync' },
  );

  function show(next: SessionPlan) {
    session.value = next;
    // Unsaved edits stay, unless the session went on air meanwhile: then they can never be saved.
    if (dirty.value && !isFrozen(next.status)) return;
    dirty.value = false;
    fill(fromSession(next));
  }

  /** Reads the session (again); a session already shown stays on screen meanwhile. */
  async function load(): Promise<void> {
    if (!sessionId) return;
    if (!session.value) loadStatus.value = 'loading';
    const result = await client.query(SessionPlanDocument, { id: sessionId }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) {
      show(result.data.session);
      loadStatus.value = 'ready';
      loadError.value = null;
    } else if (!session.value) {
      loadError.value = result.error ?? new Error('empty response');
      loadStatus.value = 'error';
    }
  }

  function resetErrors() {
    problems.value = {};
    serverError.value = null;
  }

  /** Creates or updates the session; the saved session, or null when something is wrong. */
  async function save(): Promise<SessionPlan | null> {
    if (submitting.value) return null;
    resetErrors();
    problems.value = validateSessionForm(values);
    if (Object.keys(problems.value).length > 0) return null;
    submitting.value = true;
    try {
      const input = toSessionInput(values);
      const id = session.value?.id;
      const result = id
        ? await client.mutation(UpdateSessionDocument, { id, input }).toPromise()
        : await client.mutation(CreateSessionDocument, { input }).toPromise();
      const saved = result.data ? ('updateSession' in result.data ? result.data.updateSession : result.data.createSession) : null;
      if (!saved) {
        serverError.value = result.error ?? new Error('empty response');
        return null;
      }
      dirty.value = false;
      show(saved);
      return saved;
    } finally {
      submitting.value = false;
    }
  }

  const publishError = shallowRef<unknown>(null);
  async function publish(): Promise<boolean> {
    if (!session.value || publishing.value) return false;
    publishing.value = true;
    publishError.value = null;
    try {
      const result = await client.mutation(PublishSessionDocument, { id: session.value.id }).toPromise();
      if (!result.data) {
        publishError.value = result.error ?? new Error('empty response');
        return false;
      }
      show(result.data.publishSession);
      return true;
    } finally {
      publishing.value = false;
    }
  }

  // Each kind's subject, ballots and default rules: a new session's form starts from its kind's.
  const profiles = shallowRef<readonly SessionKindProfile[]>([]);
  const profilesError = shallowRef<unknown>(null);
  const profileOf = (kind: SessionKind) => profiles.value.find((profile) => profile.kind === kind) ?? null;
  const profile = computed(() => profileOf(values.kind));

  async function loadProfiles(): Promise<void> {
    const result = await client.query(SessionKindProfilesDocument, {}).toPromise();
    if (!result.data) {
      profilesError.value = result.error ?? new Error('empty response');
      return;
    }
    profilesError.value = null;
    profiles.value = result.data.sessionKindProfiles;
    // A new session whose rules are untouched takes its kind's rules as the server would, also when
    // the planner chose the kind (or typed the title) before they arrived.
    const own = profileOf(values.kind);
    if (!sessionId && !session.value && own && hasDefaultSettings(values, DEFAULT_SETTINGS)) fill(settingsValues(own.settings));
  }

  function fill(change: Partial<SessionFormValues>) {
    filling = true;
    Object.assign(values, change);
    filling = false;
  }

  /** The kind can change until the session has agenda items (and never once it is on air). */
  const kindLocked = computed(() => frozen.value || (session.value?.questions.length ?? 0) > 0);

  /**
   * Whether changing to `kind` would lose rules the planner set: the form's rules differ from its
   * current kind's defaults. The page asks before `changeKind` then.
   */
  function kindChangeLosesRules(): boolean {
    const own = profile.value;
    return own ? !hasDefaultSettings(values, own.settings) : false;
  }

  /** Switches to `kind` and resets the rules to its defaults (once they are known). */
  function changeKind(kind: SessionKind) {
    if (kindLocked.value || kind === values.kind) return;
    const next = profileOf(kind);
    values.kind = kind;
    if (next) Object.assign(values, settingsValues(next.settings));
  }

  void load();
  void loadProfiles();

  return {
    profiles,
    profile,
    profileOf,
    profilesError: useSessionErrorMessage(profilesError),
    loadProfiles,
    kindLocked,
    kindChangeLosesRules,
    changeKind,
    session,
    loadStatus,
    loadError,
    values,
    dirty,
    submitting,
    fieldErrors,
    formError,
    frozen,
    save,
    load,
    show,
    resetErrors,
    publish,
    publishing,
    publishError: useSessionErrorMessage(publishError),
  };
}
