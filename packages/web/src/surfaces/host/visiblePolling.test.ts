import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startVisiblePolling, type VisibilitySource } from './visiblePolling';

class FakeDocument implements VisibilitySource {
  visibilityState: DocumentVisibilityState = 'visible';
  private listeners = new Set<() => void>();
  addEventListener(_type: 'visibilitychange', listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'visibilitychange', listener: () => void) {
    this.listeners.delete(listener);
  }
  set(state: DocumentVisibilityState) {
    this.visibilityState = state;
    for (const listener of this.listeners) listener();
  }
  get listening() {
    return this.listeners.size;
  }
}

describe('startVisiblePolling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at once and then every interval after each run settles', async () => {
    const task = vi.fn(() => Promise.resolve());
    const stop = startVisiblePolling(task, 5000, new FakeDocument());
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(4999);
    expect(task).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(task).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(task).toHaveBeenCalledTimes(4);
    stop();
  });

  it('pauses while the tab is hidden and catches up as soon as it is shown', async () => {
    const doc = new FakeDocument();
    const task = vi.fn(() => Promise.resolve());
    const stop = startVisiblePolling(task, 5000, doc);
    await vi.advanceTimersByTimeAsync(0);
    doc.set('hidden');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(task).toHaveBeenCalledTimes(1);
    doc.set('visible');
    expect(task).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(task).toHaveBeenCalledTimes(3);
    stop();
  });

  it('keeps polling after a failed run, and stops for good when told', async () => {
    const doc = new FakeDocument();
    const task = vi.fn(() => Promise.reject(new Error('offline')));
    const stop = startVisiblePolling(task, 1000, doc);
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).toHaveBeenCalledTimes(2);
    stop();
    expect(doc.listening).toBe(0);
    doc.set('visible');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('never runs two at once', async () => {
    let finish: () => void = () => undefined;
    const task = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const doc = new FakeDocument();
    const stop = startVisiblePolling(task, 1000, doc);
    doc.set('hidden');
    doc.set('visible');
    await vi.advanceTimersByTimeAsync(5000);
    expect(task).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(task).toHaveBeenCalledTimes(2);
    stop();
  });
});
