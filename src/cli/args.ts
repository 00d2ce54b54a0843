/** Small helpers over node:util parseArgs so every command reports argument mistakes the same way. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestKey } from '../store/closest-key.ts';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<T extends Options>(argv: string[], options: T) {
  const args = attachDashedValues(argv, options);
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(explain(error as Error & { code?: string }, options));
  }
}

/**
 * `--max-chars -5`: node's parser refuses a value that starts with a dash as "ambiguous". A dash-led token after an
 * option that takes a value, which is not itself one of the command's options, is that option's value; the command
 * then says what the option accepts.
 */
function attachDashedValues(argv: string[], options: Options): string[] {
  const takesValue = (token: string): boolean => {
    const name = token.startsWith('--') ? token.slice(2) : undefined;
    return name !== undefined && !name.includes('=') && options[name]?.type === 'string';
  };
  const isOption = (token: string): boolean => {
    if (token.startsWith('--')) return Object.hasOwn(options, token.slice(2).split('=')[0]!);
    return Object.values(options).some((option) => option.short !== undefined && token === `-${option.short}`);
  };
  const result: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      result.push(...argv.slice(i));
      break;
    }
    const next = argv[i + 1];
    if (takesValue(token) && next !== undefined && next.startsWith('-') && next !== '--' && !isOption(next)) {
      result.push(`${token}=${next}`);
      i++;
    } else {
      result.push(token);
    }
  }
  return result;
}

function explain(error: Error & { code?: string }, options: Options): string {
  const names = Object.keys(options);
  const optionIn = (message: string): string | undefined => /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const given = optionIn(error.message) ?? '';
    const bare = given.replace(/^-+/, '').split('=')[0]!;
    const meant = bare.length > 1 ? closestKey(bare, names) : undefined;
    const list = names.map((name) => `--${name}`).join(', ');
    return meant !== undefined
      ? `unknown option ${given} — did you mean --${meant}?`
      : `unknown option ${given}; the options are ${list}.`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const given = optionIn(error.message) ?? '';
    const name = given.replace(/^-+/, '');
    const option = options[name] ?? Object.entries(options).find(([, o]) => o.short === name)?.[1];
    if (option?.type === 'boolean') return `${given} is a switch and takes no value (write ${given} alone).`;
    return `${given} needs a value (the command's --help says what it accepts).`;
  }
  return error.message;
}

export function positiveInteger(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${flag} takes a whole number of 1 or more, not "${value}".`);
  return number;
}

export function nonNegativeInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`${flag} takes a whole number of 0 or more, not "${value}".`);
  return number;
}

/** `--format`: one of the formats the command prints (text when not given), or a UsageError listing them. */
export function formatOption<const F extends string>(value: string | undefined, formats: readonly F[]): F {
  const format = value ?? 'text';
  if ((formats as readonly string[]).includes(format)) return format as F;
  const list = `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}`;
  throw new UsageError(`--format is ${list}, not "${format}".`);
}

/** The `--format` of a command that prints text or JSON. */
export function textOrJson(value: string | undefined): 'text' | 'json' {
  return formatOption(value, ['text', 'json']);
}
