/**
 * What the registry does with a provider's declarations: refuse one that could not work, hand the provider only
 * the environment it declared, collect the secrets to redact, and put declarations and client together for a run.
 */
import type { ProviderClient, ProviderFactory, ProviderSettings, Provider } from './types.ts';

/** A variable named like a credential must be declared secret, or its value could reach a terminal or a log. */
const CREDENTIAL = /(^|_)(KEY|TOKEN|SECRET|PASSWORD|PASS|CREDENTIALS?)(_|$)/;
const NAME = /^[a-z][a-z0-9-]*$/;
const VARIABLE = /^[A-Z][A-Z0-9_]*$/;
const CHARGES = ['characters', 'tokens', 'nothing'];

/** Throws (a bug in the provider, not bad input) when a declaration is incomplete or collides with a registered one. */
export function checkDeclaration(factory: ProviderFactory, registered: readonly ProviderFactory[]): void {
  const problems: string[] = [];
  if (!NAME.test(factory.name)) problems.push('its name must be lower-case letters, digits and hyphens, as typed after --provider');
  if (registered.some((other) => other.name === factory.name)) problems.push('another provider has that name');
  if (!factory.description?.trim()) problems.push('it has no description for translate --help');
  const { maxSegments, maxBytes } = factory.limits ?? {};
  if (!isPositiveInteger(maxSegments) || !isPositiveInteger(maxBytes)) problems.push('its limits need a whole maxSegments and maxBytes above 0');
  if (!CHARGES.includes(factory.billing?.charges) || typeof factory.billing?.characters !== 'function') {
    problems.push(`its billing rule needs charges (${CHARGES.join(', ')}) and a characters(text) count`);
  }
  const names = (factory.environment ?? []).map((variable) => variable.name);
  for (const variable of factory.environment ?? []) {
    if (!VARIABLE.test(variable.name)) problems.push(`${JSON.stringify(variable.name)} is no environment variable name`);
    if (names.indexOf(variable.name) !== names.lastIndexOf(variable.name)) problems.push(`${variable.name} is declared twice`);
    if (CREDENTIAL.test(variable.name) && !variable.secret) problems.push(`${variable.name} looks like a credential: declare it secret: true`);
    if (!variable.help?.trim()) problems.push(`${variable.name} has no help line`);
  }
  if (problems.length > 0) throw new Error(`Provider "${factory.name}" cannot be registered: ${[...new Set(problems)].join('; ')}.`);
}

function isPositiveInteger(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) > 0;
}

/** The settings with only the environment variables the provider declared: what it does not declare, it cannot read. */
export function declaredSettings(factory: ProviderFactory, settings: ProviderSettings): ProviderSettings {
  const env: Record<string, string | undefined> = {};
  for (const { name } of factory.environment) if (settings.env[name] !== undefined) env[name] = settings.env[name];
  return { ...settings, env };
}

/** Names of every variable any of these providers declared. */
export function declaredVariables(factories: readonly ProviderFactory[]): string[] {
  return [...new Set(factories.flatMap((factory) => factory.environment.map((variable) => variable.name)))];
}

/** Names of the variables any of these providers declared secret. */
export function secretVariables(factories: readonly ProviderFactory[]): string[] {
  return [...new Set(factories.flatMap((factory) => factory.environment.filter((v) => v.secret).map((v) => v.name)))];
}

/** The provider a run uses: the factory's declarations beside the client it created. */
export function bindProvider(factory: ProviderFactory, client: ProviderClient): Provider {
  return {
    name: factory.name,
    limits: factory.limits,
    billing: factory.billing,
    billable: factory.billing.charges !== 'nothing',
    memoryOnly: factory.memoryOnly === true,
    translate: (batch) => client.translate(batch),
    ...(client.warmUp ? { warmUp: (signal) => client.warmUp!(signal) } : {}),
    ...(client.prepare ? { prepare: (context) => client.prepare!(context) } : {}),
    ...(client.idle ? { idle: () => client.idle!() } : {}),
    ...(client.usage ? { usage: (signal) => client.usage!(signal) } : {}),
    ...(client.stats ? { stats: () => client.stats!() } : {}),
    ...(client.estimateTokens ? { estimateTokens: (batch) => client.estimateTokens!(batch) } : {}),
  };
}
