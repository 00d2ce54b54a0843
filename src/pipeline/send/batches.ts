/** Packs the work for one language into requests that fit a provider's limits, keeping article order. */
import type { ProviderLimits } from '../../providers/types.ts';

/** Bytes a segment's text adds to a request (context is the provider's to fit into what is left). */
export function requestBytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Items go in one at a time; a request comes out as soon as it is full, the last one when the packer is flushed.
 * The packing is the same as if every item had been known at once (the run's price is computed that way).
 */
export class BatchPacker<T> {
  readonly #limits: ProviderLimits;
  #current: T[] = [];
  #bytes = 0;

  constructor(limits: ProviderLimits) {
    this.#limits = limits;
  }

  /** Adds an item of `size` request bytes; returns the request it closed, if it closed one. */
  add(item: T, size: number): T[] | undefined {
    let full: T[] | undefined;
    if (this.#current.length > 0 && (this.#current.length >= this.#limits.maxSegments || this.#bytes + size > this.#limits.maxBytes)) {
      full = this.#current;
      this.#current = [];
      this.#bytes = 0;
    }
    this.#current.push(item);
    this.#bytes += size;
    return full;
  }

  flush(): T[] | undefined {
    if (this.#current.length === 0) return undefined;
    const last = this.#current;
    this.#current = [];
    this.#bytes = 0;
    return last;
  }
}
