/** `dolmetsch terms suggest|inconsistent`: names the glossary does not know yet, from sources and their translations. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { asRead, isText, replaceFileIfUnchanged } from '../store/index.ts';
import { alignArticles, addProposedEntries, findTerms, type Candidate, type Inconsistency } from '../terms/index.ts';
import { formatOption, parseCommandArgs, UsageError } from './args.ts';
import { EXIT, type Command } from './io.ts';
import { unlessInterrupted } from './interrupt.ts';
import { parseLanguages, projectLanguages } from './languages.ts';
import { loadProjectWorkspace, openProject, unreadableReport } from './project.ts';

export const TERMS_HELP = `Usage: dolmetsch terms suggest [paths…] [options]
       dolmetsch terms inconsistent [paths…] [options]

suggest       lists names in the German sources that no glossary entry covers, ranked by the number of
              articles they occur in, each with an example sentence, the English and Korean forms the
              translations support (people's translations first, then machine ones), the count behind each
              and a confidence, and the glossary \`derive\` rules their German forms need.
inconsistent  lists names outside the glossary that the translations render two or more ways, with every place.

Options:
  --to LANGS              languages, comma-separated (default: en,ko of the config's languages; terms reads English and Korean only)
  --min-confidence N      only candidates at least this sure to be a name (0–1, default 0.4)
  --write IDS             suggest: add these candidates (comma-separated ids, or \`all\` for every one listed)
                          to glossary.yaml as entries with \`status: proposed\`; comments and order are kept
  --format FORMAT         text (default), json or yaml
  -h, --help              show this help

A proposed entry is matched and highlighted like any other, but its findings are warnings until a person
checks it and removes \`status: proposed\`.

Examples:
  npm run terms -- suggest
  npm run terms -- suggest source/2025 --min-confidence 0.7 --format json
  npm run terms -- suggest --write sergej-schoygu,bloomberg
  npm run terms -- inconsistent --to ko
`;

export const termsCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    to: { type: 'string' },
    'min-confidence': { type: 'string' },
    write: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const [action, ...paths] = positionals;
  if (values.help || action === undefined) {
    io.stdout(TERMS_HELP);
    return values.help ? EXIT.ok : EXIT.badInput;
  }
  if (action !== 'suggest' && action !== 'inconsistent') throw new UsageError(`"${action}" is not a terms action; use suggest or inconsistent.`);
  if (values.write !== undefined && action !== 'suggest') throw new UsageError('--write belongs to `terms suggest`.');
  const format = formatOption(values.format, ['text', 'json', 'yaml']);
  const minConfidence = confidence(values['min-confidence']);
  const given = parseLanguages(values.to, '--to');
  const project = await openProject(io);
  // Term proposals read English and Korean forms only (terms/target-forms.ts); other languages have no reader yet.
  const languages = projectLanguages(project.config, given, '--to').filter((language) => language === 'en' || language === 'ko');
  const loaded = await unlessInterrupted(io, loadProjectWorkspace(project, paths, languages));
  const segments = alignArticles(loaded.articles.map((a) => ({ slug: a.document.slug, segments: a.segments, translations: a.translations, parsed: a.parsed })));
  const report = findTerms(segments, loaded.glossary, { minConfidence, languages });
  io.stderr(unreadableReport(loaded.unreadable, 'they were left out.'));
  const failed = loaded.unreadable.length > 0 ? EXIT.badInput : EXIT.ok;
  if (action === 'inconsistent') {
    io.stdout(format === 'text' ? inconsistentText(report.inconsistencies) : serialize(report.inconsistencies, format));
    return failed;
  }
  if (values.write === undefined) {
    io.stdout(format === 'text' ? suggestText(report.candidates) : serialize(report.candidates, format));
    return failed;
  }
  const chosen = choose(report.candidates, values.write);
  const glossaryFile = project.config.glossaryFile;
  const glossaryPath = path.join(project.root, glossaryFile);
  const original = asRead(await readFile(glossaryPath));
  const result = addProposedEntries(original, chosen);
  // glossary.yaml is a file people edit: a save made while terms worked is kept, and nothing is added.
  if (result.added.length > 0 && (await replaceFileIfUnchanged(glossaryPath, result.text, isText(original))) === 'changed-on-disk') {
    io.stderr(`dolmetsch terms: ${glossaryFile} was saved while terms worked; left as saved, nothing added (run again)\n`);
    return EXIT.findings;
  }
  const lines = [
    result.added.length > 0 ? `Added ${result.added.length} proposed entr${result.added.length === 1 ? 'y' : 'ies'} to ${glossaryFile}: ${result.added.join(', ')}` : `Nothing was added to ${glossaryFile}.`,
    ...result.skipped.map((s) => `  skipped ${s.id}: ${s.reason}`),
    result.added.length > 0 ? 'Check each one, then remove its `status: proposed` line; until then its findings are warnings.' : '',
  ];
  io.stdout(format === 'text' ? `${lines.filter(Boolean).join('\n')}\n` : serialize(result.added.length || result.skipped.length ? { added: result.added, skipped: result.skipped } : {}, format));
  return failed;
};

function confidence(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0 || number > 1) throw new UsageError(`--min-confidence takes a number from 0 to 1, not "${value}".`);
  return number;
}

function choose(candidates: readonly Candidate[], write: string): Candidate[] {
  if (write.trim() === 'all') return [...candidates];
  const ids = write.split(',').map((id) => id.trim()).filter(Boolean);
  if (ids.length === 0) throw new UsageError('--write needs candidate ids (comma-separated) or `all`.');
  const unknown = ids.filter((id) => !candidates.some((c) => c.id === id));
  if (unknown.length > 0) throw new UsageError(`--write: no candidate ${unknown.map((id) => `"${id}"`).join(', ')}; \`dolmetsch terms suggest\` lists the ids.`);
  return candidates.filter((c) => ids.includes(c.id));
}

function serialize(value: unknown, format: 'json' | 'yaml'): string {
  return format === 'json' ? `${JSON.stringify(value, null, 2)}\n` : stringify(value, { lineWidth: 0 });
}

function suggestText(candidates: readonly Candidate[]): string {
  if (candidates.length === 0) return 'No name candidates outside the glossary.\n';
  const blocks = candidates.map((c) => {
    const also = [...c.forms, ...c.short.map((s) => `${s} (short)`)];
    const lines = [`${c.id}  ${c.term}${also.length > 0 ? `  (also ${also.join(', ')})` : ''}  — ${c.articles} article(s), ${c.occurrences}×, name ${c.confidence}`];
    for (const lang of ['en', 'ko'] as const) {
      const p = c.proposals[lang];
      lines.push(p ? `    ${lang}: ${p.form}${p.short ? ` (short ${p.short})` : ''}  ${p.count}/${p.of} ${p.basis === 'person' ? 'edited/reviewed' : 'machine'} segments, confidence ${p.confidence}` : `    ${lang}: — (too little evidence)`);
    }
    if (c.derive.length > 0) lines.push(`    derive: [${c.derive.join(', ')}]`);
    lines.push(`    e.g. ${c.example.article}: ${c.example.sentence}`);
    return lines.join('\n');
  });
  return `${candidates.length} name candidate(s) no glossary entry covers (most articles first):\n\n${blocks.join('\n\n')}\n\nAdd some with --write ID,… (or --write all); they enter glossary.yaml marked \`status: proposed\`.\n`;
}

function inconsistentText(found: readonly Inconsistency[]): string {
  if (found.length === 0) return 'No name outside the glossary is rendered two ways.\n';
  return `${found.map((i) => `${i.term} (${i.candidate}) in ${i.language}: ${i.renderings.length} renderings\n${i.renderings
    .map((r) => `  ${r.form} (${r.places.length}×): ${r.places.map((p) => p.where).join(', ')}`).join('\n')}`).join('\n\n')}\n`;
}
