/** `dolmetsch deepl style-rules | push-style | memories`: the DeepL account's house style and translation memories. */
import { DeepLProvider, readDeepLSettings } from '../providers/deepl.ts';
import type { StyleRuleSummary } from '../providers/deepl-account.ts';
import { ProviderError } from '../providers/types.ts';
import { CONFIG_FILE, type Config } from '../config/index.ts';
import { parseCommandArgs, textOrJson, UsageError } from './args.ts';
import { EXIT, type CliIO, type Command } from './io.ts';
import { openProject } from './project.ts';

export const DEEPL_HELP = `Usage: dolmetsch deepl <style-rules | push-style | memories> [options]

The DeepL account's house style and translation memories (needs DEEPL_AUTH_KEY; style rules need a Pro account).

  style-rules   lists the account's style rule lists: id, name, language, rules and instructions
  push-style    creates in DeepL each list under style_rules: in ${CONFIG_FILE} that the account does not
                have yet (by name), and prints the id to put under languages.<lang>.style_rule
  memories      lists the account's translation memories: id, name, languages, segments

Options:
  --dry-run     push-style: show what would be created; sends nothing (no key needed)
  --format FMT  text (default) or json
  -h, --help    show this help

Examples:
  dolmetsch deepl push-style --dry-run
  dolmetsch deepl style-rules
  dolmetsch export --format tmx --status reviewed   then upload dist/exchange/en.tmx in DeepL as a memory;
  dolmetsch deepl memories                         its id goes under languages.en.translation_memory
`;

const SUBCOMMANDS = ['style-rules', 'push-style', 'memories'] as const;

export const deeplCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, {
    'dry-run': { type: 'boolean' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(DEEPL_HELP);
    return EXIT.ok;
  }
  const [sub, ...extra] = positionals;
  if (sub === undefined || !(SUBCOMMANDS as readonly string[]).includes(sub)) {
    throw new UsageError(`${sub === undefined ? 'name what to do' : `"${sub}" is not a deepl command`}: ${SUBCOMMANDS.join(', ')}.`);
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}".`);
  const format = textOrJson(values.format);
  if (values['dry-run'] && sub !== 'push-style') throw new UsageError('--dry-run belongs to push-style.');
  const json = (value: unknown) => io.stdout(`${JSON.stringify(value, null, 2)}\n`);
  const project = await openProject(io); // like every command: inside a project, so the config is the one meant
  try {
    return await runSubcommand(sub, io, project.config, values['dry-run'] ?? false, format === 'json' ? json : undefined);
  } catch (error) {
    if (!(error instanceof ProviderError && error.kind === 'quota')) throw error;
    io.stderr(`dolmetsch deepl: ${error.message}\n`);
    return EXIT.quota;
  }
};

async function runSubcommand(sub: string, io: CliIO, config: Config, dryRun: boolean, json: ((value: unknown) => void) | undefined): Promise<number> {
  if (sub === 'push-style') return pushStyle(io, config, dryRun, json);
  const deepl = connect(io);
  if (sub === 'style-rules') {
    const rules = await guarded(() => deepl.listStyleRules());
    if (json) return json(rules), EXIT.ok;
    io.stdout(rules.length === 0 ? 'No style rule lists in this DeepL account.\n' : rules.map(styleRuleLine).join(''));
    return EXIT.ok;
  }
  const memories = await deepl.listTranslationMemories();
  if (json) return json(memories), EXIT.ok;
  io.stdout(memories.length === 0
    ? 'No translation memories in this DeepL account. Make one: dolmetsch export --format tmx --status reviewed, then upload the file in DeepL.\n'
    : memories.map((m) => `${m.id}  ${m.name}  ${m.sourceLanguage}→${m.targetLanguages.join(',')}  ${m.segments} segment(s)\n`).join(''));
  return EXIT.ok;
}

async function pushStyle(io: CliIO, config: Config, dryRun: boolean, json: ((value: unknown) => void) | undefined): Promise<number> {
  if (config.styleRules.length === 0) {
    io.stderr(`No style_rules: in ${CONFIG_FILE}; nothing to push. Its README section "DeepL house style" shows one.\n`);
    return EXIT.badInput;
  }
  if (dryRun) {
    if (json) return json(config.styleRules), EXIT.ok;
    io.stdout(`Dry run: nothing was sent. Would create (unless the account has a list of the same name):\n${config.styleRules.map((r) => {
      const rules = Object.values(r.configuredRules).reduce((n, group) => n + Object.keys(group).length, 0);
      return `  "${r.name}" (${r.language}): ${rules} configured rule(s), ${r.customInstructions.length} custom instruction(s)\n`;
    }).join('')}`);
    return EXIT.ok;
  }
  const deepl = connect(io);
  const existing = new Map((await guarded(() => deepl.listStyleRules())).map((r) => [r.name, r] as const));
  const results: Array<{ rule: StyleRuleSummary; created: boolean }> = [];
  for (const rule of config.styleRules) {
    const found = existing.get(rule.name);
    results.push(found ? { rule: found, created: false } : { rule: await guarded(() => deepl.createStyleRule(rule)), created: true });
  }
  if (json) return json(results), EXIT.ok;
  for (const { rule, created } of results) {
    io.stdout(created
      ? `created "${rule.name}" (${rule.language}): put  style_rule: ${rule.id}  under languages.${rule.language} in ${CONFIG_FILE}\n`
      : `"${rule.name}" exists already (${rule.id}), not created again; to change it, delete or rename it in DeepL and push again\n`);
  }
  return EXIT.ok;
}

function connect(io: CliIO): DeepLProvider {
  return new DeepLProvider(readDeepLSettings({ env: io.env, englishVariant: 'en-US' }));
}

/** DeepL answers 403 to a style rule request of a free account as it does to a wrong key: say both. */
async function guarded<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof ProviderError && error.kind === 'auth') {
      throw new ProviderError(error.provider, 'auth', `${error.message} Style rules also need a DeepL Pro account.`, { cause: error.cause });
    }
    throw error;
  }
}

function styleRuleLine(rule: StyleRuleSummary): string {
  return `${rule.id}  ${rule.name}  ${rule.language}  ${rule.configuredRules} configured rule(s), ${rule.customInstructions} custom instruction(s)\n`;
}
