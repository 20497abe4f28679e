import { shallowRef, type Ref } from 'vue';

/**
 * Copies a text (a link, a one-time password) to the clipboard. Clipboard access can be refused
 * (insecure origin, permissions): then the field showing the text is selected for a manual copy.
 */
export function useClipboardCopy(text: () => string | null, field: Readonly<Ref<{ select: () => void } | null>>) {
  const copyState = shallowRef<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    const value = text();
    if (value === null) return;
    try {
      await navigator.clipboard.writeText(value);
      copyState.value = 'copied';
    } catch {
      copyState.value = 'failed';
      field.value?.select();
    }
  }

  return { copyState, copy };
}
