/** The shipped JSON Schemas, compiled by a real JSON Schema validator (ajv, draft-07 as VS Code's YAML extension). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { expect } from 'vitest';
import { PROJECT_ROOT } from './cli.ts';

export type Schema = { properties?: Record<string, Schema>; patternProperties?: Record<string, Schema>; items?: Schema; enum?: unknown[]; type?: string | string[]; minimum?: number; maximum?: number; maxItems?: number; additionalProperties?: boolean | Schema; description?: string };

export const loadSchema = async (name: string): Promise<Schema> => JSON.parse(await readFile(path.join(PROJECT_ROOT, 'schemas', name), 'utf8')) as Schema;

export async function validator(name: string): Promise<ValidateFunction> {
  // allowMatchingProperties: en and ko are listed (for completion) and also match the pattern of further languages.
  return new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, allowMatchingProperties: true }).compile(await loadSchema(name));
}

export function expectValid(validate: ValidateFunction, value: unknown, what: string): void {
  const valid = validate(value);
  expect(valid ? [] : validate.errors!.map((e) => `${what}${e.instancePath} ${e.message}`)).toEqual([]);
}
