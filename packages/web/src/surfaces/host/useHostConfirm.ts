import { ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message-box/style/css';
import { h, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { SessionDetail, SessionQuestion } from '../../session/operations';
import { CONFIRMED_ACTIONS, leftUnrevealed, type HostAction } from './hostActions';

/**
 * Asks before a step that cannot be taken back: moving on from a closed result nobody has seen,
 * closing the vote, ending or resetting the session. Resolves whether to go ahead.
 */
export function useHostConfirm(
  session: Readonly<Ref<SessionDetail | null>>,
  onAir: Readonly<Ref<SessionQuestion | null>>,
  lookBack: Readonly<Ref<boolean>>,
  label: (action: HostAction) => string,
) {
  const { t } = useI18n();

  const confirmations = {
    closeVoting: 'confirmCloseVoting',
    endSession: 'confirmEndSession',
    resetRehearsal: 'confirmResetRehearsal',
  } as const;

  /** Moving on would leave a closed result unrevealed (and a look-back verdict without effect): ask first. */
  async function confirmedUnrevealed(action: HostAction): Promise<boolean | null> {
    const s = session.value;
    const unrevealed = s ? leftUnrevealed(s, action) : [];
    if (unrevealed.length === 0) return null;
    const first = unrevealed[0]!;
    const lines = [
      action.kind === 'ask'
        ? t('host.reveal.confirmAsk', { position: first.position, title: first.title })
        : t(
            'host.reveal.confirmEnd',
            { count: unrevealed.length, titles: unrevealed.map((q) => `“${q.title}”`).join(t('host.preLive.separator')) },
            unrevealed.length,
          ),
      ...(lookBack.value ? [t('host.reveal.confirmLookBack')] : []),
    ];
    try {
      await ElMessageBox.confirm(
        h(
          'div',
          { class: 'reveal-confirm' },
          lines.map((line) => h('p', line)),
        ),
        t('host.reveal.confirmTitle'),
        {
          confirmButtonText: action.kind === 'ask' ? t('host.reveal.askAnyway') : t('host.reveal.endAnyway'),
          cancelButtonText: t('host.reveal.back'),
          confirmButtonClass: 'el-button--warning',
          type: 'warning',
          closeOnClickModal: false,
          // Not on the button that skips the reveal: a hurried Enter must not move on.
          autofocus: false,
        },
      );
      return true;
    } catch {
      return false;
    }
  }

  async function confirmedStep(action: HostAction): Promise<boolean> {
    const unrevealed = await confirmedUnrevealed(action);
    if (unrevealed !== null) return unrevealed;
    if (!CONFIRMED_ACTIONS.has(action.kind)) return true;
    const key = confirmations[action.kind as keyof typeof confirmations];
    const message =
      action.kind === 'endSession' && onAir.value
        ? t('host.actions.confirmEndSession.onAir', { phase: t(`sessions.phase.${onAir.value.phase}`) })
        : t(`host.actions.${key}.message`);
    try {
      await ElMessageBox.confirm(message, t(`host.actions.${key}.title`), {
        confirmButtonText: label(action),
        cancelButtonText: t('host.actions.cancel'),
        confirmButtonClass: action.kind === 'startLive' || action.kind === 'resetRehearsal' ? 'el-button--warning' : 'el-button--danger',
        type: 'warning',
        closeOnClickModal: false,
      });
      return true;
    } catch {
      return false;
    }
  }

  return confirmedStep;
}
