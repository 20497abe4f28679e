import {
  GraphQLError,
  subscribe,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** Distinct operation ids whose messages a shared subscription keeps encoded for its latest result. */
const MAX_SHARED_FRAMES = 256;

const nextMessage = (operationId: string, payload: string) => `{"id":${JSON.stringify(operationId)},"type":"next","payload":${payload}}`;

/**
 * A fan-out writes for at least this long before it lets other work (votes) have a turn. Short: a host's
 * action makes a dozen database round trips in a row, and each waits for the slice under way to end.
 */
export const FAN_OUT_MIN_SLICE_MS = 1;

/** Where a WebSocket subscriber's messages go: its socket and the id of its operation. */
export interface SubscriberTarget {
  operationId: string;
  /**
   * Writes one text message: a string, or its UTF-8 bytes when many sockets are sent the very same ones.
   * At once, not at the end of the turn (see sendAtOnce), so a fan-out slice's time includes its writes.
   */
  send(message: string | Buffer): void;
}

export interface SharedSubscriptionOptions {
  /** Subscribers with the same audience (e.g. role) may receive the very same results. */
  audienceOf(contextValue: unknown): string;
  /** The WebSocket target of a subscriber, if it has one. */
  targetOf(contextValue: unknown): SubscriberTarget | undefined;
  /** Client-safe form of a result (errors mapped and masked). */
  format(result: ExecutionResult): unknown;
  /** Milliseconds, for timing fan-out slices (tests give their own). */
  clock?: () => number;
  /** Told how long each fan-out took to bring every follower up to date (the metrics' fan-out lag). */
  onFanOut?: (ms: number) => void;
}

interface Upstream {
  followers: Set<SubscriberTarget>;
  /** Each follower's operation, to end it (graphql-ws then sends `complete`). */
  operations: Set<Follower>;
  /** The latest result, serialised once; a late subscriber starts from it. */
  latest: string | undefined;
  /**
   * The latest result's whole messages, encoded once per operation id: phones that subscribe under the
   * same id (the vote page numbers its operations) are written the very same bytes.
   */
  frames: Map<string, Buffer>;
  /** Counts results; `received` holds the one each follower was last sent. */
  generation: number;
  received: WeakMap<SubscriberTarget, number>;
  /** Whether a fan-out is under way: it takes in newer results as it goes. */
  fanningOut: boolean;
  stop: () => void;
}

/**
 * "Build once, send many" for subscriptions that stream a current state (live state, tallies): all
 * subscribers of the same document, variables and audience share one execution, each new state is
 * serialised once, and the finished message is written to every socket in one pass. graphql-ws
 * still owns each operation (start, complete, disconnect) through an iterator that yields nothing.
 * Other subscriptions are executed per subscriber, as usual.
 */
export class SharedSubscriptions {
  private readonly upstreams = new Map<string, Upstream>();
  private readonly pending = new Map<string, Promise<Upstream | ExecutionResult>>();
  private readonly documentIds = new WeakMap<DocumentNode, number>();
  private nextDocumentId = 1;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly options: SharedSubscriptionOptions,
  ) {}

  async subscribe(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
    const target = this.options.targetOf(args.contextValue);
    if (!target || !this.isShared(args)) return subscribe(args);
    const key = `${this.documentId(args.document)}|${JSON.stringify(args.variableValues ?? {})}|${this.options.audienceOf(args.contextValue)}`;
    const upstream = this.upstreams.get(key) ?? (await this.start(key, args));
    if (!('followers' in upstream)) return upstream; // refused (e.g. not allowed): answered to this subscriber alone
    return this.follow(key, upstream, target);
  }

  private start(key: string, args: ExecutionArgs): Promise<Upstream | ExecutionResult> {
    let starting = this.pending.get(key);
    if (!starting) {
      starting = (async () => {
        const source = await subscribe(args);
        if (!(Symbol.asyncIterator in source)) return source;
        const upstream: Upstream = {
          followers: new Set(),
          operations: new Set(),
          latest: undefined,
          frames: new Map(),
          generation: 0,
          received: new WeakMap(),
          fanningOut: false,
          stop: () => void source.return?.(),
        };
        this.upstreams.set(key, upstream);
        void (async () => {
          try {
            for await (const result of source) {
              upstream.latest = JSON.stringify(this.options.format(result));
              upstream.frames.clear();
              upstream.generation++;
              void this.fanOut(upstream);
            }
          } catch (error) {
            // A stream that fails tells its followers (mapped and masked like any error) and ends for
            // them, rather than becoming an unhandled rejection that would stop the process.
            const failure =
              error instanceof GraphQLError ? error : new GraphQLError('The subscription failed.', { originalError: error as Error });
            const payload = JSON.stringify(this.options.format({ errors: [failure] }));
            for (const follower of upstream.followers) this.sendTo(follower, payload);
          } finally {
            if (this.upstreams.get(key) === upstream) this.upstreams.delete(key);
            for (const follower of [...upstream.operations]) void follower.leave();
          }
        })();
        return upstream;
      })().finally(() => this.pending.delete(key));
      this.pending.set(key, starting);
    }
    return starting;
  }

  /** An iterator for graphql-ws that yields nothing: the messages go straight to the socket. */
  private follow(key: string, upstream: Upstream, target: SubscriberTarget): AsyncGenerator<ExecutionResult> {
    upstream.followers.add(target);
    if (upstream.latest !== undefined)
      queueMicrotask(() => upstream.received.get(target) !== upstream.generation && this.sendLatest(upstream, target));
    const follower = new Follower(() => this.unfollow(key, upstream, follower), target);
    upstream.operations.add(follower);
    return follower;
  }

  private unfollow(key: string, upstream: Upstream, follower: Follower): void {
    upstream.followers.delete(follower.target);
    upstream.operations.delete(follower);
    if (upstream.followers.size === 0 && this.upstreams.get(key) === upstream) {
      this.upstreams.delete(key);
      upstream.stop();
    }
  }

  /**
   * Brings every follower up to the latest result, a slice of sockets at a time: tens of thousands of
   * writes in one go would hold up every vote behind them. A slice lasts as long as the rest of the
   * previous event-loop turn took (at least FAN_OUT_MIN_SLICE_MS): when little else happens, votes and
   * queries' answers wait a millisecond or so; when votes pour in, the fan-out still gets half of the
   * time, so phones learn that voting opened within a second. A result that arrives meanwhile goes to
   * the followers not reached yet, then to the others in one more pass, so none waits for results to stop.
   */
  private async fanOut(upstream: Upstream): Promise<void> {
    if (upstream.fanningOut) return;
    upstream.fanningOut = true;
    const clock = this.options.clock ?? (() => performance.now());
    const started = clock();
    let sliceStarted = started;
    let othersMs = 0;
    try {
      for (;;) {
        const behind = [...upstream.followers].filter((f) => upstream.received.get(f) !== upstream.generation);
        if (behind.length === 0) return this.options.onFanOut?.(clock() - started);
        for (const follower of behind) {
          // Skipped if it left, or was brought up to date meanwhile (a late follower's catch-up).
          if (!upstream.followers.has(follower) || upstream.received.get(follower) === upstream.generation) continue;
          this.sendLatest(upstream, follower);
          if (clock() - sliceStarted >= Math.max(FAN_OUT_MIN_SLICE_MS, othersMs)) {
            const yielded = clock();
            await new Promise(setImmediate);
            sliceStarted = clock();
            othersMs = sliceStarted - yielded;
          }
        }
      }
    } finally {
      upstream.fanningOut = false;
    }
  }

  private sendLatest(upstream: Upstream, follower: SubscriberTarget): void {
    upstream.received.set(follower, upstream.generation);
    let frame = upstream.frames.get(follower.operationId);
    if (!frame) {
      // Ids are the clients' own, so the table is bounded: past a few hundred, each is encoded alone.
      frame = Buffer.from(nextMessage(follower.operationId, upstream.latest!));
      if (upstream.frames.size < MAX_SHARED_FRAMES) upstream.frames.set(follower.operationId, frame);
    }
    follower.send(frame);
  }

  private sendTo(target: SubscriberTarget, payload: string): void {
    target.send(nextMessage(target.operationId, payload));
  }

  /** Shared when every root field of the subscription is marked `sharedLatest` in its extensions. */
  private isShared(args: ExecutionArgs): boolean {
    const operation = args.document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    const fields = this.schema.getSubscriptionType()?.getFields();
    if (operation?.operation !== 'subscription' || !fields) return false;
    return operation.selectionSet.selections.every((s) => s.kind === 'Field' && fields[s.name.value]?.extensions.sharedLatest === true);
  }

  private documentId(document: DocumentNode): number {
    let id = this.documentIds.get(document);
    if (!id) this.documentIds.set(document, (id = this.nextDocumentId++));
    return id;
  }
}

/**
 * A follower's side of graphql-ws's operation: pending until it leaves. A class, not an object of
 * closures, since tens of thousands are held at once: its methods are shared.
 */
class Follower implements AsyncGenerator<ExecutionResult> {
  private finish!: (result: IteratorResult<ExecutionResult>) => void;
  private readonly finished = new Promise<IteratorResult<ExecutionResult>>((resolve) => (this.finish = resolve));

  constructor(
    private readonly onLeave: () => void,
    readonly target: SubscriberTarget,
  ) {}

  /** Ends the operation; graphql-ws then sends `complete` unless the client ended it. Again: no effect. */
  leave(): Promise<IteratorResult<ExecutionResult>> {
    this.onLeave();
    this.finish({ done: true, value: undefined });
    return this.finished;
  }

  next() {
    return this.finished;
  }
  return() {
    return this.leave();
  }
  throw() {
    return this.leave();
  }
  [Symbol.asyncIterator]() {
    return this;
  }
  async [Symbol.asyncDispose]() {
    await this.leave();
  }
}
