/**
 * `JSON.stringify(value)` made piece by piece as a writer takes them (writeFileAtomic accepts pieces): the
 * repository index and the abbreviation counts of 10,000 articles are some 10 MB of JSON each, and stringified whole
 * they were the peak of a run's memory (the string, the builder's copies while it grew, and the bytes written).
 */
import { coalesced } from '../../core/text-pieces.ts';

/** The members of objects and arrays down to `depth` levels are stringified one by one; below, each value whole. */
export function jsonPieces(value: unknown, depth = 2): Generator<string> {
  return coalesced(parts(value, depth));
}

function* parts(value: unknown, depth: number): Generator<string> {
  if (depth === 0 || typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      yield* omitted(value[i]) ? ['null'] : parts(value[i], depth - 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (omitted(member)) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* parts(member, depth - 1);
  }
  yield '}';
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** A JSON file's text in pieces: the value, then a line end. */
export function* jsonFileText(value: unknown, depth = 2): Generator<string> {
  yield* jsonPieces(value, depth);
  yield '\n';
}
