/**
 * The glossary a run keeps in .dolmetsch/glossary.json (kept-glossary.ts): the next run that needs a term takes it
 * instead of parsing glossary.yaml, and what it takes is the glossary the file gives (entries, example failures,
 * matches, places in the file). Other bytes, another build or a damaged snapshot mean the file is loaded again.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary, type Glossary } from '../../src/glossary/index.ts';
import { KEPT_GLOSSARY_FILE, readKeptGlossary } from '../../src/pipeline/survey/kept-glossary.ts';
import { bytesHash } from '../../src/pipeline/survey/run-cache.ts';
import { translateRun } from '../../src/pipeline/translate-run.ts';
import { pseudoEnglishRun, smallRepo } from '../helpers/small-repo.ts';

const PROJECT_GLOSSARY = new URL('../../glossary.yaml', import.meta.url);
/** One example that does not pass as declared: its failure must survive the snapshot too. */
const FAILING_EXAMPLE = `  - id: seoul
    kind: place
    note: South Korea's capital.
    de:
      term: Seoul
    en:
      preferred: Seoul
    ko:
      preferred: 서울
    examples:
      - de: Ein Besuch in Seoul.
        en: A visit to Soul.
        expect: pass
`;

async function repoWithGlossary(text: string): Promise<string> {
  const root = await smallRepo('dolmetsch-kept-glossary-');
  await writeFile(path.join(root, 'glossary.yaml'), text);
  return root;
}

const keptFor = async (root: string, tool = '') => {
  const bytes = await readFile(path.join(root, 'glossary.yaml'));
  return readKeptGlossary(root, tool, bytesHash(bytes), 'glossary.yaml', () => loadGlossary(bytes.toString('utf8'), 'glossary.yaml'));
};

function expectSameGlossary(kept: Glossary, fresh: Glossary): void {
  expect(kept.entries).toEqual(fresh.entries);
  expect(kept.exampleFailures).toEqual(fresh.exampleFailures);
  expect(kept.export()).toEqual(fresh.export());
  const texts = fresh.entries.flatMap((entry) => [...entry.de.matchForms, ...entry.examples.map((example) => example.de), `${entry.de.term.toUpperCase()} HEUTE`]);
  for (const text of texts) expect(kept.matchGerman(text), text).toEqual(fresh.matchGerman(text));
  for (const entry of fresh.entries) {
    for (const text of [entry.en.preferred, ...entry.en.forbidden]) expect(kept.matchTarget('en', text)).toEqual(fresh.matchTarget('en', text));
    for (const text of [entry.ko.preferred, ...entry.ko.forbidden]) expect(kept.matchTarget('ko', text)).toEqual(fresh.matchTarget('ko', text));
    expect(kept.termsFor([entry.id], 'ko')).toEqual(fresh.termsFor([entry.id], 'ko'));
    expect(kept.locate(entry.id)).toEqual(fresh.locate(entry.id));
    expect(kept.locate(entry.id, ['de', 'term'])).toEqual(fresh.locate(entry.id, ['de', 'term']));
  }
}

describe('the glossary a run keeps', () => {
  it('is the glossary the file gives: entries, example failures, matches and places are those of a fresh load', async () => {
    const text = `${await readFile(PROJECT_GLOSSARY, 'utf8')}${FAILING_EXAMPLE}`;
    const root = await repoWithGlossary(text);
    await translateRun(pseudoEnglishRun(root));

    const kept = await keptFor(root);
    expect(kept).toBeDefined();
    const fresh = loadGlossary(text, 'glossary.yaml');
    expect(fresh.exampleFailures.length).toBeGreaterThan(0);
    expect(fresh.entries.length).toBeGreaterThan(15);
    expectSameGlossary(kept!, fresh);
  });

  it('is taken by the next run that needs a term, which writes the same files as with the glossary parsed', async () => {
    const root = await smallRepo('dolmetsch-kept-glossary-');
    await translateRun(pseudoEnglishRun(root));
    const keptFile = path.join(root, KEPT_GLOSSARY_FILE);
    const written = await stat(keptFile);

    await writeFile(path.join(root, 'source/neu.md'), '---\ntitle: Neu\n---\n\nEin Besuch in Pjöngjangs Altstadt.\n');
    await translateRun(pseudoEnglishRun(root));
    expect(await readFile(path.join(root, 'translations/en/neu.yaml'), 'utf8')).toContain('glossary: [ pyongyang ]');
    // Taken as it was, not loaded and kept again.
    expect((await stat(keptFile)).mtimeMs).toBe(written.mtimeMs);
  });

  it('is not taken for other bytes: an edited glossary is loaded from the file, used, and kept anew', async () => {
    const root = await smallRepo('dolmetsch-kept-glossary-');
    await translateRun(pseudoEnglishRun(root));
    const before = JSON.parse(await readFile(path.join(root, KEPT_GLOSSARY_FILE), 'utf8')) as { hash: string };

    const glossary = path.join(root, 'glossary.yaml');
    await writeFile(glossary, `${await readFile(glossary, 'utf8')}${FAILING_EXAMPLE}`);
    expect(await keptFor(root)).toBeUndefined();
    await writeFile(path.join(root, 'source/neu.md'), '---\ntitle: Neu\n---\n\nEin Besuch in Seoul.\n');
    await translateRun(pseudoEnglishRun(root));

    expect(await readFile(path.join(root, 'translations/en/neu.yaml'), 'utf8')).toContain('glossary: [ seoul ]');
    const after = JSON.parse(await readFile(path.join(root, KEPT_GLOSSARY_FILE), 'utf8')) as { hash: string };
    expect(after.hash).not.toBe(before.hash);
    expect(after.hash).toBe(bytesHash(await readFile(glossary)));
    expectSameGlossary((await keptFor(root))!, loadGlossary(await readFile(glossary, 'utf8'), 'glossary.yaml'));
  });

  it('is not taken when another build kept it, or when the snapshot is damaged; the run loads the file and keeps it again', async () => {
    const root = await smallRepo('dolmetsch-kept-glossary-');
    await translateRun(pseudoEnglishRun(root));
    expect(await keptFor(root, 'another build')).toBeUndefined();

    const keptFile = path.join(root, KEPT_GLOSSARY_FILE);
    const good = await readFile(keptFile, 'utf8');
    const damaged = JSON.parse(good) as { snapshot: { entries: Array<Record<string, unknown>> } };
    delete damaged.snapshot.entries[0]!.de;
    for (const text of ['{"version":', JSON.stringify(damaged), 'null', '[]']) {
      await writeFile(keptFile, text);
      expect(await keptFor(root), text.slice(0, 40)).toBeUndefined();
    }

    await writeFile(path.join(root, 'source/neu.md'), '---\ntitle: Neu\n---\n\nEin Besuch in Pjöngjang.\n');
    await translateRun(pseudoEnglishRun(root));
    expect(await readFile(path.join(root, 'translations/en/neu.yaml'), 'utf8')).toContain('glossary: [ pyongyang ]');
    expect(JSON.parse(await readFile(keptFile, 'utf8'))).toEqual(JSON.parse(good));
  });
});
