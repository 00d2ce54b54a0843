/**
 * `memory`: exact matches from the translation memory (every translation file and translations/memory/).
 * Free, offline, the default when no provider key is configured. Segments it does not know stay untranslated.
 */
import { FREE } from './declaration.ts';
import type { ProviderClient, ProviderFactory } from './types.ts';

export const memoryFactory: ProviderFactory = {
  name: 'memory',
  description: 'exact matches from existing translations only; free and offline (the default without a key)',
  environment: [],
  billing: FREE,
  limits: { maxSegments: 1000, maxBytes: 16 * 1024 * 1024 },
  memoryOnly: true,
  isConfigured: () => true,
  create(settings): ProviderClient {
    const memory = settings.memory;
    return {
      async translate(batch) {
        const translations = batch.segments.flatMap((segment) => {
          const text = memory?.lookup(batch.targetLanguage, segment.text);
          return text === undefined ? [] : [{ key: segment.key, text, billedCharacters: 0 }];
        });
        return { translations };
      },
    };
  },
};
