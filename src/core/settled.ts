/** A promise's outcome as a value, so that one started early can be looked at later without an unhandled rejection. */
export type Settled<T> = { ok: T } | { error: unknown };

export function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (ok) => ({ ok }),
    (error: unknown) => ({ error }),
  );
}
