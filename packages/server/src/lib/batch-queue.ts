export interface BatchOptions {
  /** A batch is taken at once when this many wait. */
  maxBatch: number;
  /** Otherwise the first to arrive waits at most this long for others to join it. */
  maxWaitMs: number;
  /** Batches being written at the same time; the others wait, and grow meanwhile. */
  concurrency: number;
}

/**
 * Items arriving within a few milliseconds of each other, or while earlier batches are being
 * written, are handed to `write` together, oldest first: one statement for many instead of one each.
 * The vote and message paths use it; each answers its callers from `write`, and `failed` answers a
 * batch whose `write` threw.
 */
export class BatchQueue<T> {
  private queue: T[] = [];
  private timer: NodeJS.Timeout | undefined;
  private inFlight = 0;

  constructor(
    private readonly write: (batch: T[]) => Promise<void>,
    private readonly failed: (batch: T[], error: unknown) => void,
    private readonly options: BatchOptions,
  ) {}

  push(item: T): void {
    this.queue.push(item);
    this.schedule();
  }

  /** Items waiting for a batch. */
  get length(): number {
    return this.queue.length;
  }

  /** Stops waiting for more items (at shutdown): what waits now is taken only when another item arrives. */
  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.inFlight >= this.options.concurrency || this.queue.length === 0) return;
    if (this.queue.length >= this.options.maxBatch) {
      clearTimeout(this.timer);
      this.timer = undefined;
      void this.flush();
    } else {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        void this.flush();
      }, this.options.maxWaitMs);
    }
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, this.options.maxBatch);
    if (batch.length === 0) return;
    this.inFlight++;
    try {
      await this.write(batch);
    } catch (error) {
      this.failed(batch, error);
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }
}
