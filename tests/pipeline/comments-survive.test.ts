/** A translator's comments and untouched fields survive every transition a run makes to a segment, byte for byte. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateRun } from '../../src/pipeline/translate-run.ts';
import { pseudoEnglishRun, smallRepo } from '../helpers/small-repo.ts';

const repo = () => smallRepo('dolmetsch-comments-');
const options = pseudoEnglishRun;

async function edit(file: string, ...replacements: Array<[string | RegExp, string]>): Promise<string> {
  let text = await readFile(file, 'utf8');
  for (const [from, to] of replacements) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`test setup: ${String(from)} not found in ${file}`);
    text = next;
  }
  await writeFile(file, text);
  return text;
}

describe('comments through the transitions of a run', () => {
  it('keeps a comment above a segment and an inline comment on note when the segment turns stale, is re-translated, resolved and moved', async () => {
    const root = await repo();
    const yaml = path.join(root, 'translations/en/bericht.yaml');
    const source = path.join(root, 'source/bericht.md');
    await translateRun(options(root));

    // A person reviews the first sentence (single-quoted target, comments) and comments on a machine one.
    await edit(
      yaml,
      [/  - id: sd289538d36\n    source: Der erste Satz steht hier.\n    target: .*\n    status: machine\n/,
        "  # Checked against the print edition.\n  - id: sd289538d36\n    source: Der erste Satz steht hier.\n    target: 'The first sentence is here.'   # my wording\n    status: reviewed\n    note: keep it short # ask the desk\n"],
      ['  - id: s08632ec683\n', '  # machine text is fine here\n  - id: s08632ec683\n'],
    );

    // The German of both changes: the reviewed one turns stale, the machine one is translated afresh.
    await edit(source, ['Der erste Satz steht hier. Der zweite Satz folgt sogleich.', 'Der erste Satz steht jetzt hier. Der zweite Satz folgt gleich.']);
    await translateRun(options(root));
    let text = await readFile(yaml, 'utf8');
    expect(text).toContain("  # Checked against the print edition.\n  - id: ");
    expect(text).toContain("    source: Der erste Satz steht jetzt hier.\n    target: 'The first sentence is here.'   # my wording\n    status: stale\n");
    expect(text).toContain('    note: keep it short # ask the desk\n');
    expect(text).toMatch(/  # machine text is fine here\n  - id: s[0-9a-f]+\n    source: Der zweite Satz folgt gleich.\n    target: "⟦en: Dér žwéíté Šátž fólgt gléíçh.⟧"\n    status: machine\n/);

    // The translator resolves the stale segment; the next run drops previous_source and suggestion, nothing else.
    await edit(yaml, ['status: stale', 'status: edited']);
    await translateRun(options(root));
    text = await readFile(yaml, 'utf8');
    expect(text).not.toContain('    previous_source:');
    expect(text).not.toContain('    suggestion:');
    expect(text).toContain("  # Checked against the print edition.\n  - id: ");
    expect(text).toContain("    target: 'The first sentence is here.'   # my wording\n    status: edited\n    note: keep it short # ask the desk\n");

    // Paragraphs move: the entries move with their comments.
    await edit(source, [/(Der erste Satz.*\n)\n(## Eine Zwischenüberschrift\n)/, '$2\n$1']);
    const before = text;
    await translateRun(options(root));
    text = await readFile(yaml, 'utf8');
    expect(text).not.toBe(before);
    expect(text).toMatch(/Zwischenüberschrift[^]*# Checked against the print edition.\n  - id: s[0-9a-f]+\n    source: Der erste Satz steht jetzt hier.\n    target: 'The first sentence is here.'   # my wording\n    status: edited\n    note: keep it short # ask the desk\n/);
    expect(text).toContain('  # machine text is fine here\n  - id: ');
  });

  it('takes the comments and note a person wrote on a sentence along when the sentence leaves its article for the memory file', async () => {
    const root = await repo();
    const yaml = path.join(root, 'translations/en/bericht.yaml');
    await translateRun(options(root));
    await edit(
      yaml,
      [/  - id: s08632ec683\n    source: Der zweite Satz folgt sogleich.\n    target: .*\n    status: machine\n/,
        "  # Checked against the print edition.\n  - id: s08632ec683\n    source: Der zweite Satz folgt sogleich.\n    target: The second sentence follows at once.   # my wording\n    status: reviewed\n    note: keep it short # ask the desk\n      # and the desk agreed\n"],
    );

    await edit(path.join(root, 'source/bericht.md'), [' Der zweite Satz folgt sogleich.', '']);
    await translateRun(options(root));

    expect(await readFile(yaml, 'utf8')).not.toContain('Der zweite Satz');
    const memory = await readFile(path.join(root, 'translations/memory/en.yaml'), 'utf8');
    expect(memory).toMatch(
      /  # Checked against the print edition.\n  # my wording\n  # ask the desk\n  # and the desk agreed\n  - source: Der zweite Satz folgt sogleich.\n    target: The second sentence follows at once.\n    status: reviewed\n    note: keep it short\n    article: bericht\n/,
    );

    // Into a memory file that is there now: the next sentence's comment goes above its entry, the first entry's
    // comments are not written twice.
    await edit(yaml, ['  - id: sd289538d36\n', '  # the desk wants this one back\n  - id: sd289538d36\n']);
    await edit(path.join(root, 'source/bericht.md'), ['Der erste Satz steht hier.', 'Ganz neu.']);
    await translateRun(options(root));
    const after = await readFile(path.join(root, 'translations/memory/en.yaml'), 'utf8');
    expect(after).toContain(memory.slice(memory.indexOf('  # Checked')));
    expect(after.match(/# Checked against the print edition/g)).toHaveLength(1);
    expect(after).toMatch(/\n  # the desk wants this one back\n  - source: Der erste Satz steht hier.\n/);
  });

  it('adds the comments of a leaving machine sentence to the person\'s entry of the same German the memory keeps', async () => {
    const root = await repo();
    const yaml = path.join(root, 'translations/en/bericht.yaml');
    const memoryFile = path.join(root, 'translations/memory/en.yaml');
    await translateRun(options(root));
    await mkdir(path.dirname(memoryFile), { recursive: true });
    await writeFile(memoryFile, 'language: en\nentries:\n  - source: Der zweite Satz folgt sogleich.\n    target: Kept by the desk.\n    status: reviewed\n    note: desk wording\n');
    await edit(yaml, [/(  - id: s08632ec683\n    source: .*\n    target: .*\n    status: machine\n)/, '  # the machine got this one wrong\n$1    note: check the tense\n']);

    await edit(path.join(root, 'source/bericht.md'), [' Der zweite Satz folgt sogleich.', '']);
    await translateRun(options(root));

    expect(await readFile(memoryFile, 'utf8')).toBe(
      'language: en\nentries:\n  # the machine got this one wrong\n  # note: check the tense\n  - source: Der zweite Satz folgt sogleich.\n    target: Kept by the desk.\n    status: reviewed\n    note: desk wording\n',
    );
  });
});
