import { shallowRef } from 'vue';
import type { PreLiveCheckCode } from '../../gql/graphql';
import { preLiveRefusal, type HostAction } from './hostActions';
import type { useHostConsole } from './useHostConsole';
import type { PreLiveFinding, usePreLiveCheck } from './usePreLiveCheck';

/** What the console does around going on air: say the step was taken, or clear what it said. */
export interface StartLiveHooks {
  onDone: (action: HostAction) => void;
  onClear: () => void;
  errorText: () => string | null;
}

/**
 * Going on air: a dialog lists the warnings of the pre-live check as it was read; those are the
 * ones accepted. When the check changed meanwhile, the server refuses and the new list is shown.
 */
export function useStartLive(
  hostConsole: ReturnType<typeof useHostConsole>,
  preLive: ReturnType<typeof usePreLiveCheck>,
  hooks: StartLiveHooks,
) {
  const { actionError } = hostConsole;
  const startOpen = shallowRef(false);
  const startFindings = shallowRef<PreLiveFinding[] | null>(null);
  const startChanged = shallowRef(false);
  const startError = shallowRef<string | null>(null);
  const sameCodes = (a: readonly PreLiveFinding[] | null, b: readonly PreLiveFinding[] | null) =>
    !!a && !!b && a.map((f) => f.code).join() === b.map((f) => f.code).join();

  async function openStartLive() {
    startFindings.value = preLive.findings.value;
    startChanged.value = false;
    startError.value = null;
    startOpen.value = true;
    // Read again: the list accepted must be the one that holds now.
    await preLive.refresh();
    if (startOpen.value && !sameCodes(startFindings.value, preLive.findings.value)) startFindings.value = preLive.findings.value;
  }

  async function onConfirmStart(acceptWarnings: PreLiveCheckCode[]) {
    const action: HostAction = { kind: 'startLive' };
    hooks.onClear();
    startError.value = null;
    if (await hostConsole.run(action, acceptWarnings)) {
      startOpen.value = false;
      hooks.onDone(action);
      return;
    }
    const refusal = preLiveRefusal(actionError.value);
    if (refusal) {
      // Something changed since the list was read: show the new one, to be confirmed again.
      await preLive.refresh();
      startFindings.value = preLive.error.value ? fromRefusal(refusal) : preLive.findings.value;
      startChanged.value = true;
      hostConsole.dismissError();
    } else {
      startError.value = hooks.errorText();
    }
  }

  /** The refusal's own codes, when the check itself cannot be read. */
  const fromRefusal = ({ blockers, warnings }: { blockers: PreLiveCheckCode[]; warnings: PreLiveCheckCode[] }): PreLiveFinding[] => [
    ...blockers.map((code) => ({ code, blocker: true, message: '' })),
    ...warnings.map((code) => ({ code, blocker: false, message: '' })),
  ];

  return { startOpen, startFindings, startChanged, startError, openStartLive, onConfirmStart };
}
