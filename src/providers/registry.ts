/**
 * The only file that names providers: the built-in ones, which one a run uses when none is named, and the
 * registration of others (a plug-in, a test's throwaway provider). Everything else reads the declarations.
 */
import { deeplFactory } from './deepl.ts';
import { bindProvider, checkDeclaration, declaredSettings, secretVariables } from './declared.ts';
import { libretranslateFactory } from './libretranslate.ts';
import { memoryFactory } from './memory.ts';
import { openaiFactory } from './openai.ts';
import { pseudoFactory } from './pseudo.ts';
import { ProviderError, type Provider, type ProviderFactory, type ProviderSettings } from './types.ts';

const registered: ProviderFactory[] = [];

/** Every provider, in the order `translate --help` lists them. */
export const PROVIDERS: readonly ProviderFactory[] = registered;

/**
 * Adds a provider; returns the function that removes it again. Throws (a bug) when its declaration is incomplete,
 * its name is taken, or a variable named like a credential is not declared secret.
 */
export function registerProvider(factory: ProviderFactory): () => void {
  checkDeclaration(factory, registered);
  registered.push(factory);
  return () => {
    const at = registered.indexOf(factory);
    if (at !== -1) registered.splice(at, 1);
  };
}

for (const factory of [deeplFactory, openaiFactory, libretranslateFactory, memoryFactory, pseudoFactory]) registerProvider(factory);

/**
 * When no provider is named: `preferred` when it is configured (its key is set), else the free `fallback`. Other
 * services are only used when named (--provider), so a stray OPENAI_API_KEY in the environment never starts a paid
 * run. `preview` is what to suggest for a look at the layout without any service.
 */
export const DEFAULT_CHOICE: { readonly preferred: ProviderFactory; readonly fallback: ProviderFactory; readonly preview: ProviderFactory } = {
  preferred: deeplFactory,
  fallback: memoryFactory,
  preview: pseudoFactory,
};

/** A target filled from the translation memory is stamped as the memory provider's work (`machine: { provider: memory }`). */
export const MEMORY_PROVENANCE = memoryFactory.name;

export function findProvider(name: string): ProviderFactory | undefined {
  return registered.find((factory) => factory.name === name);
}

export function defaultProviderName(settings: ProviderSettings): string {
  const { preferred, fallback } = DEFAULT_CHOICE;
  return preferred.isConfigured(declaredSettings(preferred, settings)) ? preferred.name : fallback.name;
}

/** Every variable some registered provider declared secret: the CLI scrubs their values from all it prints. */
export function secretVariableNames(): string[] {
  return secretVariables(registered);
}

export function createProvider(name: string, settings: ProviderSettings): Provider {
  const factory = findProvider(name);
  if (!factory) {
    throw new ProviderError(name, 'config', `There is no provider "${name}". Choose one of: ${registered.map((p) => p.name).join(', ')}.`);
  }
  return bindProvider(factory, factory.create(declaredSettings(factory, settings)));
}
