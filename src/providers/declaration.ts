/**
 * What a provider declares about itself, readable without creating it. The CLI builds `translate --help`, the
 * redaction of keys and the summary's advice from these; the pipeline packs and prices a run by them. So a new
 * provider is its own file (or folder) with a factory that declares all this, plus one line in registry.ts.
 */
import type { ProviderLimits } from './types.ts';

/** An environment variable the provider reads. The registry hands a provider only the variables it declares. */
export interface ProviderVariable {
  readonly name: string;
  /** What to put into it: one line for `translate --help`. */
  readonly help: string;
  /** A key or password: its value is scrubbed from everything the CLI prints. */
  readonly secret?: boolean;
}

/** How the service bills, as the run counts it before sending (dry run, --max-chars, quota check) and reports it. */
export interface BillingRule {
  /** What the service charges for: characters of the German it is sent, tokens (LLMs), or nothing (free). */
  readonly charges: 'characters' | 'tokens' | 'nothing';
  /** The characters one German text (as the provider receives it, tags included) adds to a run's price; 0 when free. */
  characters(sourceText: string): number;
}

/** A command line for the Examples of `translate --help`. */
export interface ProviderExample {
  command: string;
  /** What it does, shown after the command as a comment. */
  does: string;
}

export interface ProviderDeclaration {
  /** The name for --provider, also written into the provenance (`machine: { provider }`) of every target it produced. */
  readonly name: string;
  /** One line for `translate --help`, after the name. */
  readonly description: string;
  readonly examples?: readonly ProviderExample[];
  /** Every environment variable it reads (see ProviderVariable), the keys marked secret. */
  readonly environment: readonly ProviderVariable[];
  readonly billing: BillingRule;
  /** What one request may hold: the pipeline packs batches to fit. */
  readonly limits: ProviderLimits;
  /**
   * A provider that can only repeat what the translation memory holds. The pipeline looks everything up in the
   * memory before any provider, so it sends such a provider nothing; the summary says how to get the rest translated.
   */
  readonly memoryOnly?: boolean;
}

/** Unicode code points of a text (an emoji one, a combining mark another): the unit of --max-chars. */
export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** A free service: nothing is billed and nothing counts toward --max-chars. */
export const FREE: BillingRule = { charges: 'nothing', characters: () => 0 };
