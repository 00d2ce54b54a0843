/** `dolmetsch check`: run the consistency rules, print the report, write it where asked, decide the exit code. */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { checkRepository, loadCheckInput, RULE_CATALOG, sortDiagnostics } from '../check/index.ts';
import { hasDateTables } from '../check/dates/extract-dates.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { translationDir, type Layout } from '../workspace/index.ts';
import { countFindings, formatStepSummary, githubAnnotationPieces, REPORT_FORMATS, textPieces, type ReportFormat, type ReportInput } from '../report/index.ts';
import { applyFixes, takeFixOption } from './check-fix.ts';
import { writeFileAtomic } from '../store/index.ts';
import { parseCommandArgs, UsageError } from './args.ts';
import { parseLanguages, projectLanguages } from './languages.ts';
import { EXIT, type Command } from './io.ts';
import { packageVersion, toolFingerprint } from './version.ts';
import { stopIfInterrupted, unlessInterrupted } from './interrupt.ts';
import { prepareOutputFile, writeFailed } from './output-path.ts';
import { openProject } from './project.ts';

export const CHECK_HELP = `Usage: dolmetsch check [options]

Checks the translation files in translations/<lang>/ against glossary.yaml and against each other:
glossary terms missing or misspelt, do-not-translate names changed, the same German translated two ways,
stale, empty and flagged segments; numbers, dates, quotation marks, links, untranslated German and Korean
particles against the German. Every finding points at file:line:col in the YAML, with a fix.
Rules and suppressions: src/check/README.md.

Options:
  --format FORMAT        text (default) · json · sarif (SARIF 2.1.0, for code scanning)
                         · github (text plus ::error/::warning annotations)
  --output FILE          also write the report in FORMAT to FILE (atomically); the text goes to stdout
  --require-complete     empty targets are errors, not notes
  --lang LANGS           languages to check, comma-separated (default: the config's languages; en,ko without one)
  --fix[=all]            apply the certain fixes (German quotation marks → the target's, a Korean particle
                         after a glossary term) to machine segments; --fix=all also to edited and reviewed
                         ones. Prints what it changed as a diff, writes each file atomically, then checks.
  --dry-run              with --fix: print the diff only, write nothing
  -h, --help             show this help

On GitHub Actions (GITHUB_ACTIONS=true) the text report also carries annotations, and a summary is
appended to $GITHUB_STEP_SUMMARY.

Exit codes: 0 no errors (warnings and notes allowed) · 1 errors found · 2 invalid glossary, translation file or option

Examples:
  npm run check
  npm run check -- --lang ko --require-complete
  npm run check -- --format sarif --output dolmetsch.sarif
  npm run check -- --format json > check.json
  npm run check -- --fix --dry-run
`;

export const checkCommand: Command = async (argvWithFix, io) => {
  const { fix, argv } = takeFixOption(argvWithFix);
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' },
    output: { type: 'string' },
    'require-complete': { type: 'boolean' },
    lang: { type: 'string' },
    'dry-run': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`check takes no paths (found "${positionals[0]}"); it checks every translation file.`);
  const format = parseFormat(values.format);
  const given = parseLanguages(values.lang, '--lang');
  if (values['dry-run'] && fix === undefined) throw new UsageError('--dry-run goes with --fix (check itself writes nothing).');
  const options = { requireComplete: values['require-complete'] ?? false };

  const project = await openProject(io);
  const languages = projectLanguages(project.config, given, '--lang');
  if (values.output) await prepareOutputFile('--output', values.output, project.resolve(values.output), 'dolmetsch.sarif');
  if (fix !== undefined) {
    const { input, problems } = await unlessInterrupted(io, loadCheckInput(project.root, languages, options, project.config));
    if (problems.length === 0) await applyFixes(io, project.root, input, fix, values['dry-run'] ?? false);
  }
  // Files unchanged since a check with the same inputs are taken from .dolmetsch/check-cache.json.
  const settings = `${toolFingerprint()}\u0000${JSON.stringify(project.config)}`;
  const { result, problems, files, fromCache, saveCache } = await unlessInterrupted(io, checkRepository(project.root, languages, { ...options, settings }, project.config));
  stopIfInterrupted(io);
  await saveCache(); // after the check, so an interrupted one leaves no cache (and no temp file) behind
  const glossaryFile = project.config.glossaryFile;
  const report: ReportInput = { diagnostics: sortDiagnostics([...problems, ...result.diagnostics], glossaryFile), suppressed: result.suppressed };

  const onGithub = io.env.GITHUB_ACTIONS === 'true';
  // Reports are made and written in pieces of whole lines: at 1,000 articles the text alone is some 10 MB. (A key,
  // which has no line break, is never split between two pieces the redactor sees.)
  const text = function* (): Generator<string> {
    yield* textPieces(report);
    yield checkedLine(files, fromCache, problems, languages, project.config) + notComparedLine(languages);
    if (onGithub || format.id === 'github') yield* githubAnnotationPieces(report);
  };
  // Each piece handed on before the next is made: a slow reader must not have the whole report queued in memory.
  const print = async (pieces: Iterable<string>) => {
    for (const piece of pieces) {
      io.stdout(piece);
      await io.stdoutDrained?.();
    }
  };
  const printText = () => print(text());
  const context = { tool: { name: 'dolmetsch', version: packageVersion(), rules: RULE_CATALOG } };
  const rendered = () => format.pieces?.(report, context) ?? [format.write(report, context)];
  if (values.output) {
    const target = path.resolve(io.cwd, values.output);
    try {
      await writeFileAtomic(target, rendered());
    } catch (error) {
      await printText();
      io.stderr(`dolmetsch check: ${writeFailed('--output', values.output, error).message}\n`);
      return EXIT.badInput;
    }
    await printText();
  } else if (format.id === 'text') {
    await printText();
  } else {
    await print(rendered());
  }
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (onGithub && summaryFile) {
    await appendFile(summaryFile, formatStepSummary(report)).catch((error: NodeJS.ErrnoException) => {
      io.stderr(`dolmetsch check: could not append the step summary to GITHUB_STEP_SUMMARY=${summaryFile} (${error.code ?? error.message}); the report above is complete.\n`);
    });
  }

  if (problems.length > 0) return EXIT.badInput;
  return countFindings(report).errors > 0 ? EXIT.findings : EXIT.ok;
};

/** What the check looked at, so "no problems" is never said about nothing. */
function checkedLine(files: number, fromCache: number, problems: readonly Diagnostic[], languages: readonly TargetLanguage[], layout: Layout): string {
  const folders = languages.map((language) => `${translationDir(language, layout)}/`).join(', ');
  const glossary = layout.glossaryFile;
  const unreadable = new Set(problems.map((d) => d.file).filter((file) => file !== glossary)).size;
  const notRead = unreadable > 0 ? `; ${unreadable} more could not be read (above)` : '';
  if (files === 0 && unreadable === 0) return `Checked ${glossary} only: there are no translation files in ${folders} yet (run \`dolmetsch translate\`).\n`;
  const cached = fromCache > 0 ? `${fromCache} of them unchanged since a check with the same glossary, options, rules and version: their own findings taken from .dolmetsch/check-cache.json.\n` : '';
  return `Checked ${glossary} and ${files} translation file(s) in ${folders}${notRead}.\n${cached}`;
}

/** The number and date rules read only the languages they have tables for; a pass must not seem to cover the rest. */
function notComparedLine(languages: readonly TargetLanguage[]): string {
  const without = languages.filter((language) => !hasDateTables(language));
  return without.length === 0 ? '' : `Numbers and dates were not compared in ${without.join(', ')} (no tables for them).\n`;
}

function parseFormat(value: string | undefined): ReportFormat {
  const format = REPORT_FORMATS.byId(value ?? 'text');
  if (!format) throw new UsageError(`--format is ${REPORT_FORMATS.ids().join(', ')}; not "${value}".`);
  return format;
}
