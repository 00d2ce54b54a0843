/** `dolmetsch check`: run the consistency rules, print the report, write it where asked, decide the exit code. */
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { GLOSSARY_PATH, loadCheckInput, RULE_CATALOG, runCheck, sortDiagnostics } from '../check/index.ts';
import { applyFixes, takeFixOption } from './check-fix.ts';
import { TARGET_LANGUAGES, type TargetLanguage } from '../core/translation.ts';
import { countFindings, formatGithubAnnotations, formatJson, formatSarif, formatStepSummary, formatText, type ReportInput } from '../report/index.ts';
import { writeFileAtomic } from '../store/index.ts';
import { parseCommandArgs, UsageError } from './args.ts';
import { EXIT, type Command } from './io.ts';

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
  --lang LANGS           languages to check, comma-separated (default: en,ko)
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

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

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
  const languages = parseLanguages(values.lang);
  if (values['dry-run'] && fix === undefined) throw new UsageError('--dry-run goes with --fix (check itself writes nothing).');
  const options = { requireComplete: values['require-complete'] ?? false };

  let { input, problems } = await loadCheckInput(io.cwd, languages, options);
  if (fix !== undefined && problems.length === 0) {
    const wrote = await applyFixes(io, input, fix, values['dry-run'] ?? false);
    if (wrote) ({ input, problems } = await loadCheckInput(io.cwd, languages, options));
  }
  const result = runCheck(input);
  const report: ReportInput = { diagnostics: sortDiagnostics([...problems, ...result.diagnostics], GLOSSARY_PATH), suppressed: result.suppressed };

  const onGithub = io.env.GITHUB_ACTIONS === 'true';
  const text = formatText(report) + (onGithub || format === 'github' ? formatGithubAnnotations(report) : '');
  const rendered = format === 'text' && !values.output ? text : await render(format, report);
  if (values.output) {
    const target = path.resolve(io.cwd, values.output);
    try {
      await writeFileAtomic(target, rendered);
    } catch (error) {
      io.stdout(text);
      io.stderr(`dolmetsch check: could not write ${values.output}: ${(error as Error).message}\n`);
      return EXIT.badInput;
    }
    io.stdout(text);
  } else {
    io.stdout(rendered);
  }
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (onGithub && summaryFile) await appendFile(summaryFile, formatStepSummary(report));

  if (problems.length > 0) return EXIT.badInput;
  return countFindings(report).errors > 0 ? EXIT.findings : EXIT.ok;
};

async function render(format: Format, report: ReportInput): Promise<string> {
  switch (format) {
    case 'text':
      return formatText(report);
    case 'github':
      return formatText(report) + formatGithubAnnotations(report);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, { name: 'dolmetsch', version: await packageVersion(), rules: RULE_CATALOG });
  }
}

function parseFormat(value: string | undefined): Format {
  const format = value ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format is ${FORMATS.join(', ')}; not "${format}".`);
  return format as Format;
}

function parseLanguages(value: string | undefined): TargetLanguage[] {
  if (value === undefined) return [...TARGET_LANGUAGES];
  const languages = value.split(',').map((l) => l.trim()).filter((l) => l !== '');
  for (const language of languages) {
    if (!(TARGET_LANGUAGES as readonly string[]).includes(language)) {
      throw new UsageError(`--lang takes ${TARGET_LANGUAGES.join(', ')} (comma-separated), not "${language}".`);
    }
  }
  if (languages.length === 0) throw new UsageError('--lang needs at least one language, e.g. --lang en,ko.');
  return [...new Set(languages)] as TargetLanguage[];
}

async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
