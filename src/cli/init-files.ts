/** What `dolmetsch init` writes: a working project with one example of everything. */
import { DEFAULT_CHOICE } from '../providers/registry.ts';
import { defaultProviderNote } from './translate-help.ts';

/** `schemas` is how the project's YAML files reach the shipped JSON Schemas (a relative path or a file: URL). */
export function initFiles(schemas: string): Array<{ path: string; text: string }> {
  return [
    { path: 'dolmetsch.config.yaml', text: configFile(schemas) },
    { path: 'glossary.yaml', text: glossaryFile(schemas) },
    { path: 'source/beispiel.md', text: EXAMPLE_ARTICLE },
    { path: '.github/workflows/dolmetsch.yml', text: WORKFLOW },
  ];
}

/** Lines `init` makes sure .gitignore has: the run's state, and the published pages. */
export const GITIGNORE_LINES = ['.dolmetsch/', 'dist/'];

function configFile(schemas: string): string {
  return `# yaml-language-server: $schema=${schemas}/dolmetsch.config.schema.json
# dolmetsch settings. Every key is optional; the values below are the defaults. Options on the command line win.
version: 1
source: source                  # the German articles
translations: translations      # translations/<lang>/<slug>.yaml, for people to edit
glossary: glossary.yaml
languages:                      # target languages, each with its provider options
  en:
    english: en-US              # or en-GB
    # style_rule: <id>          # DeepL house style (README "DeepL house style"; dolmetsch deepl push-style)
    # translation_memory: <id>  # dolmetsch deepl memories lists them
    # translation_memory_threshold: 75
  ko: {}
translate:
  concurrency: 4                # requests in flight at once
  # max_chars: 500000           # refuse a run that would bill more characters
  # provider: ${DEFAULT_CHOICE.preferred.name.padEnd(18)}# ${defaultProviderNote()}
publish:
  out: dist
  drafts: false
`;
}

function glossaryFile(schemas: string): string {
  return `# yaml-language-server: $schema=${schemas}/glossary.schema.json
# How names are spelt. \`dolmetsch translate\` passes the terms to the provider, \`dolmetsch check\` holds
# every translation to them. Copy the example below the list and remove the # to start.
version: 1
entries: []
#  - id: kim-jong-un               # kebab-case, unique
#    kind: person                  # person | place | organisation | other
#    de:
#      term: Kim Jong-un
#      variants: [Kim Jong Un]
#      short: [Kim]
#      derive: [genitive-s]        # also finds "Kim Jong-uns"
#    en: { preferred: Kim Jong Un, short: Kim }
#    ko: { preferred: 김정은 }
#    examples:                     # tested every time the glossary loads
#      - { de: Kim Jong-uns Rede, en: Kim Jong Un's speech, expect: pass }
`;
}

const EXAMPLE_ARTICLE = `---
title: Ein Beispielartikel für dolmetsch
outlet: Beispielzeitung
lang: de
---

Dieser Artikel zeigt, wie dolmetsch arbeitet. Jeder Satz wird einzeln übersetzt, z. B. dieser hier.

## Wie es weitergeht

Schreiben Sie Ihre Artikel in den Ordner source/ und führen Sie danach \`dolmetsch translate\` aus.
`;

const WORKFLOW = `# Glossary and consistency check of the translations on every push and pull request (dolmetsch check).
name: dolmetsch

on:
  push:
  pull_request:

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci --no-audit --no-fund
      - name: dolmetsch check
        run: npx dolmetsch check
`;
