/** Defence in depth: whatever a command prints passes through this, so a key can never reach a terminal or a log. */

const SECRET_VARIABLES = ['DEEPL_AUTH_KEY', 'OPENAI_API_KEY', 'LIBRETRANSLATE_API_KEY'];

export function secretRedactor(env: Readonly<Record<string, string | undefined>>): (text: string) => string {
  const secrets = SECRET_VARIABLES.map((name) => env[name]?.trim()).filter((value): value is string => !!value && value.length >= 6);
  if (secrets.length === 0) return (text) => text;
  return (text) => secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}
