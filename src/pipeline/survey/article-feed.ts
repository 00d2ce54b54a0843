/**
 * Articles handed from the survey to the translate pass while the survey is still reading: the pass follows
 * right behind it instead of waiting for the end. Never waits for room: the survey must be able to finish (the
 * pass may wait for its counts); the survey bounds what it hands over whole (survey.ts).
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

  /** Items waiting to be taken. */
  get size(): number {
    return this.#items.length;
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
