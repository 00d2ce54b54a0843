/** A provider's settings read from the environment it was given (never process.env: the CLI passes it in). */
import { ProviderError, type ProviderSettings } from './types.ts';

/** A whole number above 0 from `name`, else `fallback` when unset; a config error naming the variable otherwise. */
export function readPositiveInteger(provider: string, env: ProviderSettings['env'], name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^[1-9]\d*$/.test(raw)) throw new ProviderError(provider, 'config', `${name} must be a whole number above 0, e.g. ${fallback}; found ${JSON.stringify(raw)}.`);
  return Number(raw);
}
