/** Reading one file after another leaves the CPU idle a third of the time; reading everything first holds it all. */
import type { Feed } from './article-feed.ts';

/**
 * Reads that are done resolve as microtasks, so a consumer working through them would never let I/O in: an answer
 * from the provider would wait until every file read ahead is processed. After this much work the consumer yields
 * one turn of the event loop (a streamed run reads while it sends).
 */
const SLICE_MS = 2;

/**
 * Yields `read(item)` for each item in order, with at most `depth` reads started ahead of the consumer. Items come
 * from a list, or from a feed still being filled: then reads start ahead only for items already there, and the
 * next item is waited for only when nothing is being read.
 */
export async function* readAhead<T, R>(items: readonly T[] | Feed<T>, read: (item: T) => Promise<R>, depth: number): AsyncGenerator<[T, R]> {
  const list = Array.isArray(items) ? (items as readonly T[]) : undefined;
  let next = 0;
  const takeNow = (): T | undefined => (list ? (next < list.length ? list[next++] : undefined) : (items as Feed<T>).takeNow());
  const started: Array<[T, Promise<R>]> = [];
  const start = (item: T): void => {
    const reading = read(item);
    // Awaited in turn below; until then a failure must not count as unhandled.
    reading.catch(() => undefined);
    started.push([item, reading]);
  };
  const slice = new TimeSlice();
  for (;;) {
    await slice.turn();
    while (started.length < depth) {
      const item = takeNow();
      if (item === undefined) break;
      start(item);
    }
    if (started.length === 0) {
      const item = list ? undefined : await (items as Feed<T>).take();
      if (item === undefined) return;
      start(item);
    }
    const [item, reading] = started.shift()!;
    yield [item, await reading];
  }
}

/** For a loop whose awaits resolve at once (stats and reads the index answers): one turn of the event loop per SLICE_MS of work. */
export class TimeSlice {
  #start = performance.now();

  async turn(): Promise<void> {
    if (performance.now() - this.#start <= SLICE_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.#start = performance.now();
  }
}
