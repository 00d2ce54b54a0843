/** The only file that names every provider. */
import { deeplFactory } from './deepl.ts';
import { libretranslateFactory } from './libretranslate.ts';
import { memoryFactory } from './memory.ts';
import { openaiFactory } from './openai.ts';
import { pseudoFactory } from './pseudo.ts';
import { ProviderError, type Provider, type ProviderFactory, type ProviderSettings } from './types.ts';

export const PROVIDERS: readonly ProviderFactory[] = [deeplFactory, openaiFactory, libretranslateFactory, memoryFactory, pseudoFactory];

/**
 * The provider used when none is named: DeepL when its key is set, else the free memory. Other services are
 * only used when named (--provider), so a stray OPENAI_API_KEY in the environment never starts a paid run.
 */
export function defaultProviderName(settings: ProviderSettings): string {
  return deeplFactory.isConfigured(settings) ? deeplFactory.name : memoryFactory.name;
}

export function createProvider(name: string, settings: ProviderSettings): Provider {
  const factory = PROVIDERS.find((candidate) => candidate.name === name);
  if (!factory) {
    throw new ProviderError(name, 'config', `There is no provider "${name}". Choose one of: ${PROVIDERS.map((p) => p.name).join(', ')}.`);
  }
  return factory.create(settings);
}
