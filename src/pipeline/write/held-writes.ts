/**
 * A run refused before it starts writes nothing. A streamed run learns that it is refused only at its first
 * request (the cost budget), so the files it finishes before a first request is admitted are held: written once a
 * request is admitted or the pass ends having needed none, dropped when that first request is refused.
 */
export class HeldWrites<F> {
  readonly #write: (file: F) => Promise<void>;
  /** Undefined once released (files are written as they finish) or dropped. */
  #held: F[] | undefined = [];
  #dropped = false;

  constructor(write: (file: F) => Promise<void>) {
    this.#write = write;
  }

  /** Writes the file, or holds it until the first request is admitted. */
  async finish(file: F): Promise<void> {
    if (this.#dropped) return;
    if (this.#held) this.#held.push(file);
    else await this.#write(file);
  }

  /** A request was admitted (or none was needed): what was held is written, and every file after it at once. */
  async release(): Promise<void> {
    const held = this.#held ?? [];
    this.#held = undefined;
    for (const file of held) await this.#write(file);
  }

  /** The first request was refused: nothing held is written, nor anything finished after it. */
  drop(): void {
    this.#held = undefined;
    this.#dropped = true;
  }
}
