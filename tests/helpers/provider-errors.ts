/** What provider tests expect of a failure: a typed ProviderError, and no piece of the key anywhere in it. */
import { expect } from 'vitest';
import { ProviderError } from '../../src/providers/types.ts';

export async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

/** No 8 characters of `key` in the error's message, stack, cause or serialised form. */
export function expectNoKey(error: ProviderError, key: string): void {
  const text = `${error.message} ${error.stack} ${String(error.cause)} ${JSON.stringify(error)}`;
  for (let i = 0; i + 8 <= key.length; i++) expect(text).not.toContain(key.slice(i, i + 8));
}
