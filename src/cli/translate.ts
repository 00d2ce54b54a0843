/** `dolmetsch translate`: argument handling and output around the library's translateRun. */
import { toolFingerprint } from './version.ts';
import { translateRun } from '../pipeline/translate-run.ts';
import type { Shard } from '../workspace/index.ts';
import { defaultProviderName } from '../providers/registry.ts';
import type { ProviderSettings } from '../providers/types.ts';
import { nonNegativeInteger, parseCommandArgs, positiveInteger, textOrJson, UsageError } from './args.ts';
import { parseLanguages, projectLanguages } from './languages.ts';
import { EXIT, type Command } from './io.ts';
import { progressReporter } from './progress.ts';
import { openProject, unreadableReport } from './project.ts';
import { languageOptionLines } from './language-options.ts';
import { refuseUnsupportedLanguages } from './provider-languages.ts';
import { renderSummary } from './render-summary.ts';
import { translateHelp } from './translate-help.ts';

export const translateCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    to: { type: 'string' },
    provider: { type: 'string' },
    'dry-run': { type: 'boolean' },
    concurrency: { type: 'string' },
    'max-chars': { type: 'string' },
    force: { type: 'boolean' },
    english: { type: 'string' },
    model: { type: 'string' },
    'require-complete': { type: 'boolean' },
    format: { type: 'string' },
    shard: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(translateHelp());
    return EXIT.ok;
  }
  const format = textOrJson(values.format);
  const givenEnglish = values.english ?? io.env.DOLMETSCH_ENGLISH;
  if (givenEnglish !== undefined && givenEnglish !== 'en-US' && givenEnglish !== 'en-GB') throw new UsageError(`--english is en-US or en-GB, not "${givenEnglish}".`);
  const languages = parseLanguages(values.to, '--to');
  const concurrency = values.concurrency !== undefined ? positiveInteger(values.concurrency, '--concurrency', 4) : undefined;
  const maxChars = nonNegativeInteger(values['max-chars'], '--max-chars');

  const project = await openProject(io, { restore: values['dry-run'] ?? false });
  const { config } = project;
  const english = givenEnglish ?? config.languageOptions.en?.english ?? 'en-US';
  const settings: ProviderSettings = {
    env: io.env, englishVariant: english, languageOptions: config.languageOptions, ...(values.model ? { model: values.model } : {}),
  };
  const runLanguages = projectLanguages(config, languages, '--to');
  const provider = values.provider ?? config.translate.provider ?? defaultProviderName(settings);
  await refuseUnsupportedLanguages(project, provider, runLanguages);
  const summary = await translateRun({
    root: project.root,
    tool: toolFingerprint(),
    from: project.from,
    paths: positionals,
    layout: config,
    ...(values.shard !== undefined ? { shard: parseShard(values.shard) } : {}),
    languages: runLanguages,
    provider,
    providerSettings: settings,
    dryRun: values['dry-run'] ?? false,
    concurrency: concurrency ?? config.translate.concurrency,
    maxChars: maxChars ?? config.translate.maxChars,
    force: values.force ?? false,
    signal: io.signal,
    onEvent: progressReporter(io, format === 'text'),
  });

  const optionLines = summary.dryRun ? languageOptionLines(summary.provider, settings, runLanguages) : [];
  io.stdout(format === 'json'
    ? `${JSON.stringify(summary.dryRun ? { ...summary, languageOptions: optionLines.map((line) => line.trim()) } : summary, null, 2)}\n`
    : renderSummary(summary) + optionLines.map((line) => `${line}\n`).join(''));
  io.stderr(unreadableReport(summary.unreadable, summary.dryRun
    ? 'they were left out of the dry run.'
    : 'they were left out and not written; every other article was translated.'));
  if (summary.refused) return EXIT.quota;
  switch (summary.stopped?.kind) {
    case 'quota':
      return EXIT.quota;
    case 'auth':
    case 'config':
      // Exit 2 promises that nothing was written; a key rejected mid-run leaves finished work written, as 4 does.
      return summary.files.some((f) => f.changed) ? EXIT.unavailable : EXIT.badInput;
    case 'unavailable':
    case 'rate-limit':
    case 'bad-response':
      return EXIT.unavailable;
    case 'interrupted':
      return io.signal?.reason === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
  }
  if (summary.unreadable.length > 0) return EXIT.badInput;
  if (values['require-complete'] && !summary.dryRun && summary.untranslated > 0) return EXIT.findings;
  return EXIT.ok;
};

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard takes I/N with 1 ≤ I ≤ N, e.g. --shard 2/4; not "${value}".`);
  }
  return { index, count };
}
