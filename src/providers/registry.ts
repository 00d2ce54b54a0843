/** The only file that names every provider. */
import { deeplFactory } from './deepl.ts';
import { memoryFactory } from './memory.ts';
import { pseudoFactory } from './pseudo.ts';
import { ProviderError, type Provider, type ProviderFactory, type ProviderSettings } from './types.ts';

export const PROVIDERS: readonly ProviderFactory[] = [deeplFactory, memoryFactory, pseudoFactory];

/** The provider used when none is named: the first paid one whose key is set, else the free memory. */
export function defaultProviderName(settings: ProviderSettings): string {
  return PROVIDERS.find((factory) => factory.name !== 'memory' && factory.name !== 'pseudo' && factory.isConfigured(settings))?.name ?? 'memory';
}

export function createProvider(name: string, settings: ProviderSettings): Provider {
  const factory = PROVIDERS.find((candidate) => candidate.name === name);
  if (!factory) {
    throw new ProviderError(name, 'config', `There is no provider "${name}". Choose one of: ${PROVIDERS.map((p) => p.name).join(', ')}.`);
  }
  return factory.create(settings);
}
