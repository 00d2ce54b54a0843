/** `translate --help`: the fixed options, and the provider sections built from every registered provider's declarations. */
import { DEFAULT_CHOICE, PROVIDERS } from '../providers/registry.ts';
import type { ProviderFactory } from '../providers/types.ts';

const OPTION_WIDTH = 23;
const EXAMPLE_WIDTH = 47;

export function translateHelp(providers: readonly ProviderFactory[] = PROVIDERS): string {
  const { preferred, fallback } = DEFAULT_CHOICE;
  const option = (name: string, text: string) => `  ${name.padEnd(OPTION_WIDTH)}${text}`;
  return `Usage: dolmetsch translate [paths…] [options]

Brings translations/<lang>/<slug>.yaml up to date with the German articles in source/:
new sentences are translated (the translation memory first, then the provider), unchanged ones are kept,
a person's edit is never overwritten (if its German changes it becomes "stale", with a suggestion beside it).

Arguments:
  paths…                 source files or folders (default: all of source/)

Options:
  --to LANGS             target languages, comma-separated (default: the config's languages; en,ko without one)
${option('--provider NAME', `${providers.map((p) => p.name).join(' | ')} (default: ${preferred.name} when ${keysOf(preferred)} is set, else ${fallback.name})`)}
${providers.map((p) => `${' '.repeat(OPTION_WIDTH + 4)}${p.name}: ${p.description}`).join('\n')}
  --dry-run              show what would be sent and billed, per language; send nothing, write nothing
  --concurrency N        requests in flight at once, over all articles and languages (default: 4)
  --max-chars N          never bill more than N characters (refused before the start, or stopped before crossing)
  --force                start even if the provider's remaining quota looks too small
  --english VARIANT      en-US (default) or en-GB, for providers that distinguish them
  --model NAME           the model, for providers that take one (see above)
  --require-complete     exit 1 if any segment is left without a translation
  --format FORMAT        text (default) or json: how the summary is printed on stdout
  --shard I/N            only part I of N of the articles (stable by slug), for a CI matrix
  -h, --help             show this help

dolmetsch.config.yaml may set the defaults of --to (languages), --provider, --concurrency and --max-chars
(translate:) and --english (languages.en.english); an option given here wins.

${environment(providers)}
Exit codes: 0 done · 1 untranslated segments left (only with --require-complete) · 2 bad input or configuration
            (a file that cannot be read: the other articles are translated, that file is left as it is)
            · 3 quota used up or cost limit reached (finished work is written) · 4 provider unavailable, a bad
            answer or a key rejected mid-run (finished work is written)
            · 5 another run holds the lock (.dolmetsch/lock) · 130/143 interrupted (SIGINT/SIGTERM)

Examples:
${[
    { command: 'npm run translate', does: `everything, with ${preferred.name} if ${keysOf(preferred)} is set` },
    { command: 'npm run translate -- --dry-run', does: 'what would it cost?' },
    { command: 'npm run translate -- source/kim-russland.md --to ko', does: 'one article, into Korean' },
    ...providers.flatMap((p) => p.examples ?? []),
  ].map(example).join('\n')}
`;
}

/** The command with what it does as a comment beside it, or below it when the command is long. */
function example({ command, does }: { command: string; does: string }): string {
  return command.length <= EXAMPLE_WIDTH ? `  ${command.padEnd(EXAMPLE_WIDTH)} # ${does}` : `  ${command}\n  ${' '.repeat(EXAMPLE_WIDTH)} # ${does}`;
}

/** Each provider's variables under its name; a secret one is marked, since its value is never printed. */
function environment(providers: readonly ProviderFactory[]): string {
  const declaring = providers.filter((p) => p.environment.length > 0);
  const width = Math.max(0, ...declaring.flatMap((p) => p.environment.map((v) => v.name.length))) + 2;
  const lines = declaring.flatMap((p) => [
    `  ${p.name}:`,
    ...p.environment.map((v) => `    ${v.name.padEnd(width)}${v.secret ? 'secret: ' : ''}${v.help}`),
  ]);
  return `Environment, per provider (a secret's value is never printed, it shows as [redacted]):\n${lines.join('\n')}\n`;
}

/** How the default provider is chosen, for texts outside this help (init's config comments). */
export function defaultProviderNote(): string {
  const { preferred, fallback } = DEFAULT_CHOICE;
  return `default: ${preferred.name} with ${keysOf(preferred)} set, else ${fallback.name}`;
}

/** The command line of a real run with the preferred provider, e.g. `KEY=… dolmetsch translate`. */
export function realRunCommand(): string {
  const key = DEFAULT_CHOICE.preferred.environment.find((v) => v.secret)?.name;
  return key ? `${key}=… dolmetsch translate` : `dolmetsch translate --provider ${DEFAULT_CHOICE.preferred.name}`;
}

function keysOf(provider: ProviderFactory): string {
  return provider.environment.filter((v) => v.secret).map((v) => v.name).join(' or ') || `its settings`;
}
