import { Repeater, SlidingBuffer } from '@graphql-yoga/subscription';
import {
  subscribe,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** What an operation's audience is: subscribers with the same audience get the very same results. */
export type AudienceOf = (contextValue: unknown) => string;

interface Upstream {
  listeners: Set<(result: ExecutionResult) => void>;
  latest: ExecutionResult | undefined;
  stop: () => void;
}

/**
 * "Build once, send many" for subscriptions that stream a current state (live state, tallies): all
 * subscribers of the same document, variables and audience share one execution and receive the same
 * result object. A late subscriber first gets the latest state. Other subscriptions are executed per
 * subscriber, as usual.
 */
export class SharedSubscriptions {
  private readonly upstreams = new Map<string, Upstream>();
  private readonly documentIds = new WeakMap<DocumentNode, number>();
  private nextDocumentId = 1;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly audienceOf: AudienceOf,
  ) {}

  subscribe(args: ExecutionArgs): ReturnType<typeof subscribe> {
    if (!this.isShared(args)) return subscribe(args);
    const key = `${this.documentId(args.document)}|${JSON.stringify(args.variableValues ?? {})}|${this.audienceOf(args.contextValue)}`;
    return this.listen(key, args);
  }

  private listen(key: string, args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
    const existing = this.upstreams.get(key);
    if (existing) return Promise.resolve(this.follow(key, existing));
    return (async () => {
      const source = await subscribe(args);
      if (!(Symbol.asyncIterator in source)) return source; // refused (e.g. not allowed): answer this subscriber alone
      const upstream: Upstream = { listeners: new Set(), latest: undefined, stop: () => void source.return?.() };
      this.upstreams.set(key, upstream);
      void (async () => {
        for await (const result of source) {
          upstream.latest = result;
          for (const listener of upstream.listeners) listener(result);
        }
      })().finally(() => this.upstreams.delete(key));
      return this.follow(key, upstream);
    })();
  }

  private follow(key: string, upstream: Upstream): AsyncGenerator<ExecutionResult> {
    return new Repeater<ExecutionResult>(async (push, stop) => {
      const listener = (result: ExecutionResult) => void push(result);
      upstream.listeners.add(listener);
      if (upstream.latest !== undefined) listener(upstream.latest);
      await stop;
      upstream.listeners.delete(listener);
      if (upstream.listeners.size === 0 && this.upstreams.get(key) === upstream) {
        this.upstreams.delete(key);
        upstream.stop();
      }
    }, new SlidingBuffer(8)) as unknown as AsyncGenerator<ExecutionResult>;
  }

  /** Shared when every root field of the subscription is marked `sharedLatest` in its extensions. */
  private isShared(args: ExecutionArgs): boolean {
    const operation = args.document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    const fields = this.schema.getSubscriptionType()?.getFields();
    if (!operation || operation.operation !== 'subscription' || !fields) return false;
    return operation.selectionSet.selections.every((s) => s.kind === 'Field' && fields[s.name.value]?.extensions.sharedLatest === true);
  }

  private documentId(document: DocumentNode): number {
    let id = this.documentIds.get(document);
    if (!id) this.documentIds.set(document, (id = this.nextDocumentId++));
    return id;
  }
}
