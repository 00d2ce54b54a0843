import { describe, expect, it } from 'vitest';
import { segment, translateRun, loadGlossary, PROVIDERS } from '../src/index.ts';

describe('public API (src/index.ts)', () => {
  it('segments German text', () => {
    expect(segment('Am 3. Juni kam er, z. B. mit RENEWZ.de. Dann ging er.')).toEqual(['Am 3. Juni kam er, z. B. mit RENEWZ.de.', 'Dann ging er.']);
  });

  it('exposes the run, the glossary loader and the providers', () => {
    expect(typeof translateRun).toBe('function');
    expect(loadGlossary('version: 1\nentries: []\n', 'glossary.yaml').entries).toEqual([]);
    expect(PROVIDERS.map((p) => p.name)).toEqual(expect.arrayContaining(['deepl', 'memory', 'pseudo', 'openai', 'libretranslate']));
  });
});
