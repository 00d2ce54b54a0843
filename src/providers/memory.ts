/**
 * `memory`: exact matches from the translation memory (every translation file and translations/memory/).
 * Free, offline, the default when no provider key is configured. Segments it does not know stay untranslated.
 */
import type { Provider, ProviderFactory } from './types.ts';

export const memoryFactory: ProviderFactory = {
  name: 'memory',
  description: 'exact matches from existing translations only; free and offline (the default without a key)',
  isConfigured: () => true,
  create(settings): Provider {
    const memory = settings.memory;
    return {
      name: 'memory',
      billable: false,
      memoryOnly: true,
      limits: { maxSegments: 1000, maxBytes: 16 * 1024 * 1024 },
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
