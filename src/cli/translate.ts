/** `dolmetsch translate`: argument handling and output around the library's translateRun. */
import { translateRun } from '../pipeline/translate-run.ts';
import type { Shard } from '../workspace/index.ts';
import { defaultProviderName, PROVIDERS } from '../providers/registry.ts';
import type { ProviderSettings } from '../providers/types.ts';
import { nonNegativeInteger, parseCommandArgs, positiveInteger, UsageError } from './args.ts';
import { parseLanguages } from './languages.ts';
import { EXIT, type Command } from './io.ts';
import { progressReporter } from './progress.ts';
import { openProject, unreadableReport } from './project.ts';
import { renderSummary } from './render-summary.ts';

export const TRANSLATE_HELP = `Usage: dolmetsch translate [paths…] [options]

Brings translations/<lang>/<slug>.yaml up to date with the German articles in source/:
new sentences are translated (the translation memory first, then the provider), unchanged ones are kept,
a person's edit is never overwritten (if its German changes it becomes "stale", with a suggestion beside it).

Arguments:
  paths…                 source files or folders (default: all of source/)

Options:
  --to LANGS             target languages, comma-separated (default: en,ko)
  --provider NAME        ${PROVIDERS.map((p) => p.name).join(' | ')} (default: deepl when DEEPL_AUTH_KEY is set, else memory)
${PROVIDERS.map((p) => `                           ${p.name}: ${p.description}`).join('\n')}
  --dry-run              show what would be sent and billed, per language; send nothing, write nothing
  --concurrency N        requests in flight at once, over all articles and languages (default: 4)
  --max-chars N          refuse to start a run that would bill more than N characters
  --force                start even if the provider's remaining quota looks too small
  --english VARIANT      en-US (default) or en-GB, for providers that distinguish them
  --model NAME           model for the openai provider (default gpt-4o-mini on api.openai.com; required elsewhere)
  --require-complete     exit 1 if any segment is left without a translation
  --format FORMAT        text (default) or json: how the summary is printed on stdout
  --shard I/N            only part I of N of the articles (stable by slug), for a CI matrix
  -h, --help             show this help

Environment:
  DEEPL_AUTH_KEY         DeepL API key (free-API keys end in ":fx"); selects the deepl provider
  DEEPL_SERVER_URL       another DeepL-compatible endpoint (a proxy, or a test server)
  OPENAI_API_KEY         key for --provider openai; OPENAI_BASE_URL for a compatible server (Ollama: http://localhost:11434/v1)
  LIBRETRANSLATE_URL     server for --provider libretranslate; LIBRETRANSLATE_API_KEY if it wants one

Exit codes: 0 done · 1 untranslated segments left (only with --require-complete) · 2 bad input or configuration
            (a file that cannot be read: the other articles are translated, that file is left as it is)
            · 3 quota used up or cost limit reached (finished work is written) · 4 provider unavailable, a bad
            answer or a key rejected mid-run (finished work is written)
            · 5 another run holds the lock (.dolmetsch/lock) · 130/143 interrupted (SIGINT/SIGTERM)

Examples:
  npm run translate                               # everything, with DeepL if DEEPL_AUTH_KEY is set
  npm run translate -- --dry-run                  # what would it cost?
  npm run translate -- source/kim-russland.md --to ko
  npm run translate -- --provider pseudo          # preview layout with pseudo-translations
  OPENAI_BASE_URL=http://localhost:11434/v1 npm run translate -- --provider openai --model llama3.1:8b
  DEEPL_AUTH_KEY=… npm run translate -- --max-chars 50000
`;

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
    io.stdout(TRANSLATE_HELP);
    return EXIT.ok;
  }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format is text or json, not "${format}".`);
  const english = values.english ?? io.env.DOLMETSCH_ENGLISH ?? 'en-US';
  if (english !== 'en-US' && english !== 'en-GB') throw new UsageError(`--english is en-US or en-GB, not "${english}".`);
  const settings: ProviderSettings = { env: io.env, englishVariant: english, ...(values.model ? { model: values.model } : {}) };

  const project = await openProject(io);
  const summary = await translateRun({
    root: project.root,
    from: project.from,
    paths: positionals,
    ...(values.shard !== undefined ? { shard: parseShard(values.shard) } : {}),
    languages: parseLanguages(values.to, '--to'),
    provider: values.provider ?? defaultProviderName(settings),
    providerSettings: settings,
    dryRun: values['dry-run'] ?? false,
    concurrency: positiveInteger(values.concurrency, '--concurrency', 4),
    maxChars: nonNegativeInteger(values['max-chars'], '--max-chars'),
    force: values.force ?? false,
    signal: io.signal,
    onEvent: progressReporter(io, format === 'text'),
  });

  io.stdout(format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : renderSummary(summary));
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
