/**
 * registry.ts is the only file that names providers: outside src/providers/, no code names a registered provider
 * (as a string) or one of the environment variables it declares. The CLI's help, redaction and advice, and the
 * pipeline's pricing and capabilities, read the declarations instead, so a new provider needs no line there.
 */
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../src/providers/registry.ts';
import { sourceFiles } from './source-files.ts';

describe('provider knowledge stays in src/providers/', () => {
  it('no file outside src/providers/ names a provider or one of its environment variables', async () => {
    const needles = PROVIDERS.flatMap((factory) => [
      // A string, not an indexed property (`ProviderSettings['memory']` is the memory lookup every provider may get).
      { what: `provider "${factory.name}"`, pattern: new RegExp(`(?<!\\[)(['"\`])${factory.name}\\1`) },
      ...factory.environment.map((variable) => ({ what: variable.name, pattern: new RegExp(`\\b${variable.name}\\b`) })),
    ]);
    // `dolmetsch deepl` (style rules, translation memories) is DeepL's own account command: the one CLI file that is
    // about a provider by design. A second provider with account commands would make them a declaration.
    const outside = (await sourceFiles()).filter((file) => !file.path.startsWith('src/providers/') && file.path !== 'src/cli/deepl.ts');
    expect(outside.length).toBeGreaterThan(100);
    const findings = outside.flatMap((file) => needles.filter(({ pattern }) => pattern.test(file.code)).map(({ what }) => `${file.path} names ${what}`));
    expect(findings).toEqual([]);
  });
});
