/**
 * Articles handed from the survey to the translate pass while the survey is still reading: the pass follows
 * right behind it instead of waiting for the end. Unbounded on purpose: the survey is faster than sending and
 * holds only a few fields per article here.
 */
export class Feed<T> {
  readonly #items: T[] = [];
  #ended = false;
  #failure: { error: unknown } | undefined;
  #wake: (() => void) | undefined;

  push(item: T): void {
    this.#items.push(item);
    this.#notify();
  }

  /** No more items come; `error`: the producer failed, and the consumer fails with it once it has taken the rest. */
  end(error?: unknown): void {
    this.#ended = true;
    if (error !== undefined) this.#failure = { error };
    this.#notify();
  }

  /** The next item if one is there now. */
  takeNow(): T | undefined {
    return this.#items.shift();
  }

  /** The next item, waiting for it; undefined once the feed has ended and is empty. */
  async take(): Promise<T | undefined> {
    for (;;) {
      if (this.#items.length > 0) return this.#items.shift();
      if (this.#failure) throw this.#failure.error;
      if (this.#ended) return undefined;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
