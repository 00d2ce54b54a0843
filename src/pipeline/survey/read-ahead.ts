/** Reading one file after another leaves the CPU idle a third of the time; reading everything first holds it all. */

/** Yields `read(item)` for each item in order, with at most `depth` reads started ahead of the consumer. */
export async function* readAhead<T, R>(items: readonly T[], read: (item: T) => Promise<R>, depth: number): AsyncGenerator<[T, R]> {
  const started: Array<Promise<R>> = [];
  let next = 0;
  for (let i = 0; i < items.length; i++) {
    while (next < items.length && started.length < depth) {
      const reading = read(items[next++]!);
      // Awaited in turn below; until then a failure must not count as unhandled.
      reading.catch(() => undefined);
      started.push(reading);
    }
    yield [items[i]!, await started.shift()!];
  }
}
