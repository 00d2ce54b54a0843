/** `dolmetsch import FILE`: a CAT tool's XLIFF/TMX back into translations/<lang>/<slug>.yaml. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnosticLine, InputError, type Diagnostic } from '../core/diagnostic.ts';
import { applyImport, readExchange, type ImportReport, type SkipReason } from '../exchange/index.ts';
import type { ParsedTranslationFile } from '../store/index.ts';
import { isText, replaceFileIfUnchanged } from '../store/index.ts';
import { parseCommandArgs, textOrJson, UsageError } from './args.ts';
import { EXIT, type Command } from './io.ts';
import { stopIfInterrupted, unlessInterrupted } from './interrupt.ts';
import { loadProjectWorkspace, openProject, unreadableReport } from './project.ts';

export const IMPORT_HELP = `Usage: dolmetsch import FILE [options]

Brings translations made in a CAT tool back into translations/<lang>/<slug>.yaml. FILE is XLIFF 2.x, XLIFF 1.2
or TMX 1.4 (the format is recognised), normally one written by \`dolmetsch export\`.

  - a three-way merge: the export records each unit's target and status (its base); a unit the translator
    changed is applied where the YAML still holds that base; a unit left as exported changes nothing, so an old
    file never reverts newer work in the YAML
  - a changed target becomes "edited", or "reviewed" when the file marks it reviewed/final (XLIFF 2),
    signed-off/final/approved (XLIFF 1.2); an unchanged target whose state says so is promoted the same way
  - a unit changed both in the file and in the YAML since the export is a conflict: not applied, both texts
    shown; --theirs takes the file's. A file exported before bases were recorded applies only over untouched
    machine text; over a person's target it is a conflict too
  - segments the file does not contain, and everything else in the YAML (comments, notes, layout), stay as they are
  - units with an id the translation file does not have, or whose German changed since the export, are reported
    and skipped

Options:
  --dry-run            show what would change, write nothing
  --theirs             resolve conflicts with the file's version (the YAML's change is replaced)
  --format FORMAT      text (default) or json
  -h, --help           show this help

Exit codes: 0 imported · 1 conflicts left, or units skipped (unknown id, changed German, wrong language) · 2 bad input

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
    theirs: { type: 'boolean' },
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
  const project = await openProject(io);
  const shown = project.shown(project.resolve(file));
  const text = await unlessInterrupted(io, readFile(project.resolve(file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError([{ ruleId: 'exchange-file', severity: 'error', file: shown, message: `cannot read ${file} (${error.code ?? error.message})`, hint: 'Check the path of the exported file.' }]);
  }));
  const document = readExchange(text, shown);
  const { articles, unreadable } = await unlessInterrupted(io, loadProjectWorkspace(project, []));
  const unreadableFiles = new Set(unreadable.map((d) => d.file));
  const files = new Map<string, ParsedTranslationFile>();
  for (const article of articles) for (const parsed of Object.values(article.parsed)) files.set(parsed.path, parsed);

  const { files: changed, report } = applyImport(document.units, files, { takeTheirs: values.theirs ?? false });
  stopIfInterrupted(io);
  // A file saved by a person since it was read here is left as they saved it (and named), never written over.
  const leftAlone: string[] = [];
  if (!values['dry-run']) {
    for (const item of changed) {
      const outcome = await replaceFileIfUnchanged(path.join(project.root, item.path), item.text, isText(files.get(item.path)?.text));
      if (outcome === 'changed-on-disk') leftAlone.push(item.path);
    }
  }
  const written = changed.map((item) => item.path).filter((item) => !leftAlone.includes(item));

  const warnings: Diagnostic[] = report.skipped.map((skip) => ({
    ruleId: `import-${skip.reason}`,
    severity: 'warning',
    file: shown,
    line: skip.line,
    column: skip.column,
    message: `segment "${skip.id}"${skip.file ? ` (${skip.file})` : ''}: ${skip.file && unreadableFiles.has(skip.file) ? 'the translation file cannot be read (see below)' : REASONS[skip.reason]}`,
  }));
  for (const conflict of report.conflicts) {
    const theirs = `${JSON.stringify(conflict.theirs.target)}${conflict.theirs.status ? ` (${conflict.theirs.status})` : ''}`;
    const why = conflict.why === 'no-base'
      ? 'this file was exported before dolmetsch recorded what each unit held, and the YAML has a person\'s target'
      : 'changed in this file and in the YAML since the export';
    warnings.push({
      ruleId: 'import-conflict',
      severity: 'warning',
      file: shown,
      line: conflict.line,
      column: conflict.column,
      message: `segment "${conflict.id}" (${conflict.file}): ${why}, not applied. YAML: ${JSON.stringify(conflict.ours.target)} (${conflict.ours.status}); file: ${theirs}`,
      hint: 'Keep the YAML as it is, or take the file\'s version with --theirs (or copy it into the YAML by hand).',
    });
  }
  for (const file of leftAlone) {
    warnings.push({ ruleId: 'import-changed-on-disk', severity: 'warning', file, message: 'saved by someone else while importing; left as saved', hint: 'Run the import again to bring the edits in.' });
  }
  if (format === 'json') io.stdout(`${JSON.stringify({ format: document.format, dryRun: values['dry-run'] ?? false, ...report, written, leftAlone }, null, 2)}\n`);
  else io.stdout(summary(document.format, report, written, values['dry-run'] ?? false));
  if (warnings.length > 0) io.stderr(`${warnings.map(formatDiagnosticLine).join('\n')}\n`);
  io.stderr(unreadableReport(unreadable, 'no unit was imported into them.'));
  if (unreadable.length > 0) return EXIT.badInput;
  return report.skipped.length > 0 || report.conflicts.length > 0 || leftAlone.length > 0 ? EXIT.findings : EXIT.ok;
};

function summary(format: string, report: ImportReport, written: string[], dryRun: boolean): string {
  const lines = report.changes.map((change) =>
    `  ${change.file}  ${change.id}: ${change.from} → ${change.to}${change.targetChanged ? ' (new target)' : ''}${change.overrodeOurs ? ' (over the YAML\'s change, --theirs)' : ''}`);
  const verb = dryRun ? 'would change' : 'changed';
  return `${format}: ${report.changes.length} segment(s) ${verb}, ${report.unchanged} unchanged, ${report.empty} without target, ${report.conflicts.length} conflict(s), ${report.skipped.length} skipped\n`
    + (lines.length > 0 ? `${lines.join('\n')}\n` : '')
    + (written.length > 0 ? `${dryRun ? 'Would write' : 'Wrote'}: ${written.join(', ')}\n` : '');
}
