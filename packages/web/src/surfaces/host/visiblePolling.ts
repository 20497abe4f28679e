/** The part of `document` polling needs: whether the tab is shown, and word when that changes. */
export interface VisibilitySource {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/**
 * Runs `task` now and then every `intervalMs` after it settles, while the tab is visible: a hidden
 * console costs the server nothing, and catches up at once when shown again. Returns a stop function.
 */
export function startVisiblePolling(
  task: () => Promise<unknown>,
  intervalMs: number,
  doc: VisibilitySource | undefined = globalThis.document,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let stopped = false;

  const visible = () => doc?.visibilityState !== 'hidden';

  function schedule() {
    if (stopped || timer || running || !visible()) return;
    timer = setTimeout(tick, intervalMs);
  }

  async function tick() {
    timer = null;
    if (stopped || running || !visible()) return;
    running = true;
    try {
      await task();
    } catch {
      // The task records its own errors; polling goes on.
    } finally {
      running = false;
      schedule();
    }
  }

  function onVisibility() {
    if (!visible()) {
      if (timer) clearTimeout(timer);
      timer = null;
    } else if (!timer && !running) {
      void tick();
    }
  }

  doc?.addEventListener('visibilitychange', onVisibility);
  void tick();

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    timer = null;
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}
