/** Distinct message texts kept for sharing; when full, the table starts over. */
const MAX_TEXTS = 1_000;
/**
 * Shorter texts are handed over unshared. A vote (about 370–430 bytes) is never like another; looking
 * each up and holding it in the table until it starts over cost every vote about a microsecond, and
 * kept it alive through garbage collections. The subscriptions a page starts are 0.5–2 KB.
 */
const MIN_SHARED_LENGTH = 480;

/**
 * One string for each distinct longer text message, handed to graphql-ws instead of a copy per socket.
 * graphql-ws keeps the text of the message that started a subscription for as long as the subscription
 * lasts (about 1.3 KB a phone), and every phone of a session subscribes with the very same message, so
 * sharing identical texts keeps one copy for all.
 */
export class SharedTexts {
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly maxTexts = MAX_TEXTS,
    private readonly minLength = MIN_SHARED_LENGTH,
  ) {}

  /** The shared copy of `text` (equal to it), or `text` itself when it is short or new. */
  share(text: string): string {
    if (text.length < this.minLength) return text;
    const shared = this.texts.get(text);
    if (shared !== undefined) return shared;
    if (this.texts.size >= this.maxTexts) this.texts.clear();
    this.texts.set(text, text);
    return text;
  }
}
