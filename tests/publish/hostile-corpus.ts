/**
 * A repository whose article, front matter and reviewed translations are all hostile: every way we know of to
 * make a page, a Markdown renderer or an i18next consumer run script. Each payload calls alert(), so a browser
 * test that records dialogs sees any of them run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { copyFixture, runCli } from '../helpers/cli.ts';

const NEWSROOM = fileURLToPath(new URL('./fixtures/newsroom', import.meta.url));

export const HOSTILE_PARAGRAPHS = [
  'Bild <img src=x onerror=alert(1)> hier.',
  'Grafik <svg/onload=alert(2)> hier.',
  'Offen <img src=x onerror=alert(3)// bleibt',
  'Skript <script>alert(4)</script> hier.',
  'Ende </script><script>alert(5)</script> hier.',
  'Link [klick](javascript:alert(6)) und <javascript:alert(6)> und [zwei](JaVa&#x53;cript:alert(6)) hier.',
  'Entität &lt;img src=x onerror=alert(7)&gt; und &#60;svg onload=alert(7)&#62; hier.',
  'Maskiert \\<img src=x onerror=alert(8)> hier.',
  'Code `<img src=x onerror=alert(9)>` hier.',
  'Animiert <svg><animate onbegin=alert(10) attributeName=x dur=1s></svg> hier.',
  'Details <details open ontoggle=alert(11)> hier.',
  'Bild ![x](javascript:alert(12)) hier.',
  'Rahmen <iframe srcdoc="<script>alert(14)</script>"></iframe> hier.',
  'Attribut [gut](https://example.org/"onmouseover="alert(15) "t<img src=x onerror=alert(15)>") hier.',
  'Vorlage {{- payload}} und $t(other) hier.',
  'Adresse [hier](https://example.org/{{-payload}}) und ![Bild](https://example.org/{{-payload}}.png) bleibt.',
];

export const HOSTILE_SOURCE = `---
title: "Titel <svg/onload=alert(20)>"
outlet: "<img src=x onerror=alert(21)>"
image_credit: "Foto <img src=x onerror=alert(22)> \\\\<svg/onload=alert(23)>"
---

${HOSTILE_PARAGRAPHS.join('\n\n')}
`;

/** The newsroom fixture plus source/feindlich.md, translated by the pseudo provider and then "reviewed" by a
 * translator who pasted a hostile payload into every target. */
export async function hostileRepository(): Promise<string> {
  const root = await copyFixture(NEWSROOM);
  await writeFile(path.join(root, 'source/feindlich.md'), HOSTILE_SOURCE);
  const run = await runCli(root, ['translate', '--provider', 'pseudo', 'source/feindlich.md']);
  if (run.code !== 0) throw new Error(`translate failed: ${run.stderr}`);
  for (const language of ['en', 'ko']) {
    const file = path.join(root, `translations/${language}/feindlich.yaml`);
    const document = parseDocument(await readFile(file, 'utf8'));
    const segments = document.get('segments') as { items: Array<{ set(key: string, value: string): void; get(key: string): unknown }> };
    for (const [index, segment] of segments.items.entries()) {
      segment.set('target', `${language}: ${String(segment.get('source'))} ${HOSTILE_PARAGRAPHS[index % HOSTILE_PARAGRAPHS.length]}`);
      segment.set('status', 'reviewed');
    }
    await writeFile(file, document.toString());
  }
  return root;
}
