import { Mint } from 'mint-filter';
import type { SqlEntityManager as EntityManager } from '@mikro-orm/sql';
import type { PubSub } from '../../graphql/pubsub.js';
import type { Logger } from '../../logger.js';

/** How words and messages are compared: full-width folded (NFKC), lower case, without spaces, punctuation, symbols or control characters. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{C}]/gu, '');
}

/**
 * The sensitive-word list in memory (an Aho–Corasick automaton, `mint-filter`), built from the
 * database on first use and again after staff change the list: the instance that changed it
 * drops its copy at once, the others when the SENSITIVE_WORDS_CHANGED event reaches them.
 */
export class SensitiveWordFilter {
  private loading: Promise<Mint> | undefined;
  private generation = 0;
  private readonly events: AsyncIterator<unknown>;

  constructor(
    private readonly em: EntityManager,
    pubsub: PubSub,
    private readonly logger: Logger,
  ) {
    const events = pubsub.subscribe('SENSITIVE_WORDS_CHANGED');
    this.events = events[Symbol.asyncIterator]();
    void (async () => {
      for await (const _ of events) this.invalidate();
    })().catch((error) => logger.warn({ err: error }, 'the sensitive-word events stopped'));
  }

  /** Forgets the list; the next check loads it again. */
  invalidate(): void {
    this.generation++;
    this.loading = undefined;
  }

  /** The blocked words `text` holds (normalised, distinct), none when it is clean. */
  async blockedWords(text: string): Promise<string[]> {
    const mint = await this.automaton();
    const found = mint.filter(normalizeForMatch(text), { replace: false }).words;
    return [...new Set(found)];
  }

  private automaton(): Promise<Mint> {
    if (!this.loading) {
      const generation = this.generation;
      const loading = this.load();
      this.loading = loading;
      // A failed load is not kept: the next message tries again.
      loading.catch((error) => {
        if (this.generation === generation && this.loading === loading) this.loading = undefined;
        this.logger.warn({ err: error }, 'the sensitive-word list could not be loaded');
      });
    }
    return this.loading;
  }

  private async load(): Promise<Mint> {
    const rows = await this.em.fork().execute<{ word: string }[]>('select word from sensitive_word');
    return new Mint(rows.map((r) => r.word).filter(Boolean));
  }

  close(): void {
    void this.events.return?.();
  }
}
