/** `dolmetsch import FILE`: a CAT tool's XLIFF/TMX back into translations/<lang>/<slug>.yaml. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnosticLine, InputError, type Diagnostic } from '../core/diagnostic.ts';
import { applyImport, readExchange, type ImportReport, type SkipReason } from '../exchange/index.ts';
import { loadArticles } from '../publish/index.ts';
import type { ParsedTranslationFile } from '../store/index.ts';
import { writeFilesAtomic } from '../store/index.ts';
import { parseCommandArgs, UsageError } from './args.ts';
import { EXIT, type Command } from './io.ts';
import { stopIfInterrupted, unlessInterrupted } from './interrupt.ts';
import { textOrJson } from './publish.ts';

export const IMPORT_HELP = `Usage: dolmetsch import FILE [options]

Brings translations made in a CAT tool back into translations/<lang>/<slug>.yaml. FILE is XLIFF 2.x, XLIFF 1.2
or TMX 1.4 (the format is recognised), normally one written by \`dolmetsch export\`.

  - a changed target becomes "edited", or "reviewed" when the file marks it reviewed/final (XLIFF 2),
    signed-off/final/approved (XLIFF 1.2); an unchanged target whose state says so is promoted the same way
  - segments the file does not contain, and everything else in the YAML (comments, notes, layout), stay as they are
  - units with an id the translation file does not have, or whose German changed since the export, are reported
    and skipped

Options:
  --dry-run            show what would change, write nothing
  --format FORMAT      text (default) or json
  -h, --help           show this help

Exit codes: 0 imported · 1 some units were skipped (unknown id, changed German, wrong language) · 2 bad input

Examples:
  node bin/dolmetsch.js import dist/exchange/ko.xliff2.xlf
  node bin/dolmetsch.js import ~/omegat/target/en.xliff1.xlf --dry-run
`;

const REASONS: Record<SkipReason, string> = {
  'unknown-id': 'no segment with this id in the translation file',
  'unknown-file': 'names a translation file that does not exist',
  'ambiguous-id': 'the id is in several translation files and the unit names none',
  'source-changed': 'the German changed since the export; export again and translate the new sentence',
  'language-mismatch': "the file's target language is not the translation file's language",
};

export const importCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    'dry-run': { type: 'boolean' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(IMPORT_HELP);
    return EXIT.ok;
  }
  const format = textOrJson(values.format);
  if (positionals.length !== 1) throw new UsageError('name exactly one file to import, e.g. dolmetsch import dist/exchange/ko.xliff2.xlf');
  const file = positionals[0]!;
  const shown = path.relative(io.cwd, path.resolve(io.cwd, file)).split(path.sep).join('/');
  const text = await unlessInterrupted(io, readFile(path.resolve(io.cwd, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError([{ ruleId: 'exchange-file', severity: 'error', file: shown, message: `cannot read ${file} (${error.code ?? error.message})`, hint: 'Check the path of the exported file.' }]);
  }));
  const document = readExchange(text, shown);
  const { articles } = await unlessInterrupted(io, loadArticles(io.cwd, []));
  const files = new Map<string, ParsedTranslationFile>();
  for (const article of articles) for (const parsed of Object.values(article.parsed)) files.set(parsed.path, parsed);

  const { files: changed, report } = applyImport(document.units, files);
  stopIfInterrupted(io);
  if (!values['dry-run']) await writeFilesAtomic(changed.map((item) => ({ path: path.join(io.cwd, item.path), text: item.text })));

  const warnings: Diagnostic[] = report.skipped.map((skip) => ({
    ruleId: `import-${skip.reason}`,
    severity: 'warning',
    file: shown,
    line: skip.line,
    column: skip.column,
    message: `segment "${skip.id}"${skip.file ? ` (${skip.file})` : ''}: ${REASONS[skip.reason]}`,
  }));
  if (format === 'json') io.stdout(`${JSON.stringify({ format: document.format, dryRun: values['dry-run'] ?? false, ...report, written: changed.map((item) => item.path) }, null, 2)}\n`);
  else io.stdout(summary(document.format, report, changed.map((item) => item.path), values['dry-run'] ?? false));
  if (warnings.length > 0) io.stderr(`${warnings.map(formatDiagnosticLine).join('\n')}\n`);
  return report.skipped.length > 0 ? EXIT.findings : EXIT.ok;
};

function summary(format: string, report: ImportReport, written: string[], dryRun: boolean): string {
  const lines = report.changes.map((change) => `  ${change.file}  ${change.id}: ${change.from} → ${change.to}${change.targetChanged ? ' (new target)' : ''}`);
  const verb = dryRun ? 'would change' : 'changed';
  return `${format}: ${report.changes.length} segment(s) ${verb}, ${report.unchanged} unchanged, ${report.empty} without target, ${report.skipped.length} skipped\n`
    + (lines.length > 0 ? `${lines.join('\n')}\n` : '')
    + (written.length > 0 ? `${dryRun ? 'Would write' : 'Wrote'}: ${written.join(', ')}\n` : '');
}
