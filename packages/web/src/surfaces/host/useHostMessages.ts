import { onScopeDispose, shallowRef } from 'vue';
import type { HostMessagesQuery } from '../../gql/graphql';
import { client } from '../../graphql/client';
import {
  HostMessageSettingsDocument,
  HostMessagesDocument,
  HostMessageWallChangedDocument,
  HostPutMessageDocument,
  HostSetMessagesEnabledDocument,
} from './operations';

export type HostMessage = HostMessagesQuery['hostMessages'][number];

/**
 * 网络互动 on the host console: whether the session takes messages (switched here, live), the top
 * approved messages (read again whenever the wall changes), and putting one to the respondent as
 * 网友追问.
 */
export function useHostMessages(sessionId: string) {
  const enabled = shallowRef<boolean | null>(null);
  const messages = shallowRef<HostMessage[]>([]);
  const loaded = shallowRef(false);
  const loadError = shallowRef<unknown>(null);
  const toggling = shallowRef(false);
  const toggleError = shallowRef<unknown>(null);
  const putting = shallowRef<string | null>(null);
  const putError = shallowRef<unknown>(null);
  /** The last message put, for the notice. */
  const putDone = shallowRef<string | null>(null);

  async function loadSettings(): Promise<void> {
    const result = await client.query(HostMessageSettingsDocument, { id: sessionId }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data?.session) enabled.value = result.data.session.messageSettings.enabled;
  }

  let fetching: Promise<void> | null = null;
  let again = false;
  function refresh(): Promise<void> {
    if (fetching) {
      again = true;
      return fetching;
    }
    fetching = (async () => {
      do {
        again = false;
        const result = await client.query(HostMessagesDocument, { sessionId }, { requestPolicy: 'network-only' }).toPromise();
        if (result.data) {
          messages.value = result.data.hostMessages;
          loadError.value = null;
          loaded.value = true;
        } else loadError.value = result.error ?? new Error('empty response');
      } while (again);
    })().finally(() => (fetching = null));
    return fetching;
  }

  const subscription = client.subscription(HostMessageWallChangedDocument, { sessionId }).subscribe((result) => {
    const wall = result.data?.messageWallChanged;
    if (!wall) return;
    enabled.value = wall.enabled;
    void refresh();
  });
  onScopeDispose(() => subscription.unsubscribe());

  async function setEnabled(value: boolean): Promise<void> {
    if (toggling.value) return;
    toggling.value = true;
    toggleError.value = null;
    try {
      const result = await client.mutation(HostSetMessagesEnabledDocument, { sessionId, enabled: value }).toPromise();
      if (result.data) enabled.value = result.data.setMessageSettings.enabled;
      else toggleError.value = result.error ?? new Error('empty response');
    } finally {
      toggling.value = false;
    }
  }

  async function put(message: HostMessage): Promise<boolean> {
    if (putting.value) return false;
    putting.value = message.id;
    putError.value = null;
    putDone.value = null;
    try {
      const result = await client.mutation(HostPutMessageDocument, { id: message.id }).toPromise();
      if (!result.data) {
        putError.value = result.error ?? new Error('empty response');
        return false;
      }
      const { id, putToRespondentAt } = result.data.putMessageToRespondent;
      messages.value = messages.value.map((item) => (item.id === id ? { ...item, putToRespondentAt } : item));
      putDone.value = id;
      return true;
    } finally {
      putting.value = null;
    }
  }

  void loadSettings();
  void refresh();

  return { enabled, messages, loaded, loadError, toggling, toggleError, putting, putError, putDone, setEnabled, put, refresh };
}
