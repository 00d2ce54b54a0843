/** Defence in depth: whatever a command prints passes through this, so a key can never reach a terminal or a log. */
import { secretVariableNames } from '../providers/registry.ts';

/** The variables are every registered provider's declared secrets, so a new provider's key is scrubbed without a line here. */
export function secretRedactor(env: Readonly<Record<string, string | undefined>>): (text: string) => string {
  const secrets = secretVariableNames()
    .map((name) => env[name]?.trim())
    .filter((value): value is string => !!value && value.length >= 6)
    .sort((a, b) => b.length - a.length); // a key that contains another is scrubbed whole, not around the shorter one
  if (secrets.length === 0) return (text) => text;
  return (text) => secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}
