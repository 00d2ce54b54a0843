/** The sample article: source/kim-russland.md against the newsroom copy it was made from (fixtures/kim-russland/seed.txt). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/source/decode.ts';
import { readSource } from '../../src/source/read-source.ts';
import { segmentDocument } from '../../src/source/segment-document.ts';

const repo = join(import.meta.dirname, '..', '..');
const fileText = decodeSource('source/kim-russland.md', readFileSync(join(repo, 'source', 'kim-russland.md')));
const seedLines = readFileSync(join(import.meta.dirname, 'fixtures', 'kim-russland', 'seed.txt'), 'utf8')
  .split('\n')
  .filter((line) => line !== '');
const doc = readSource('source/kim-russland.md', fileText);
const segments = segmentDocument(doc);

describe('source/kim-russland.md', () => {
  it('has the front matter of the seed', () => {
    expect(doc.slug).toBe('kim-russland');
    expect(doc.format).toBe('markdown');
    expect(doc.frontMatter).toEqual({
      title: seedLines[0],
      outlet: 'RENEWZ.de',
      image_credit: 'rodong.rep.kp',
      lang: 'de',
    });
    expect(seedLines.at(-1)).toBe('Bild von rodong.rep.kp');
    expect(fileText).not.toContain('Bild von');
  });

  it('keeps every line of the German text unchanged, one block each', () => {
    const body = seedLines.slice(1, -1);
    expect(doc.blocks.map((block) => block.text)).toEqual([seedLines[0], ...body]);
    expect(doc.blocks.map((block) => block.kind)).toEqual([
      'title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph',
      'heading', 'paragraph', 'paragraph', 'paragraph',
    ]);
    expect(doc.blocks[6]).toMatchObject({ text: 'Russlands Hilfe für Nordkorea', depth: 2 });
    expect(doc.blocks[1]!.text).toContain('unterstützen.Das berichtet');
    expect(doc.blocks[2]!.text).toContain('„uneingeschränkt“');
    expect(doc.blocks[3]!.text).toContain('zusammen – ein liberaler');
  });

  it('places every block where its text starts in the file', () => {
    const lines = fileText.split('\n');
    expect(doc.blocks[0]).toMatchObject({ line: 2, column: 8 });
    for (const block of doc.blocks) {
      expect(lines[block.line - 1]!.slice(block.column - 1)).toBe(block.text);
    }
  });

  it('splits into sentences: RENEWZ.de stays whole, unterstützen.Das is split', () => {
    expect(segments.map((segment) => segment.text)).toEqual([
      'Kim Jong-un sichert Russland volle Unterstützung im Ukraine-Krieg zu',
      'Der nordkoreanische Diktator Kim Jong-un hat sein Versprechen bekräftigt, seinen Amtskollegen Wladimir Putin uneingeschränkt zu unterstützen.',
      'Das berichtet RENEWZ.de unter Berufung auf Koreanische Zentrale Nachrichtenagentur (KCNA).',
      'Bei einem Treffen mit dem wichtigsten Sicherheitsberater Putins, Sergej Schoygu, in Pjöngjang erklärte Kim, dass Nordkorea Russland und dessen Außenpolitik in allen wichtigen internationalen politischen Fragen „uneingeschränkt“ unterstützen werde.',
      'Wie Bloomberg berichtet, fiel Schoygus Besuch mit der Amtseinführung des neuen südkoreanischen Präsidenten Lee Jae-myung zusammen – ein liberaler Politiker der Demokratischen Partei, der nach monatelanger politischer Instabilität vereidigt wurde.',
      'Lee, der sich für die Wiederaufnahme des Dialogs mit dem Norden ausgesprochen hatte, versprach in seiner Rede, „so schnell wie möglich die Lage auf der koreanischen Halbinsel zu stabilisieren“, um geopolitische Risiken zu minimieren.',
      'Es bleibt unklar, ob Kim auf Lees Initiative reagieren wird.',
      'Der nordkoreanische Machthaber nähert sich zunehmend Moskau an und entsendet Truppen zur Unterstützung Russlands im Krieg gegen die Ukraine.',
      'Seine Soldaten sammeln dabei Kampferfahrung in modernen Kriegsszenarien.',
      'Gleichzeitig distanziert sich Kim immer stärker von Südkorea und verabschiedet sich von der Idee einer friedlichen Wiedervereinigung.',
      'Im vergangenen Jahr zerstörte Nordkorea Teile seiner eigenen Infrastruktur, die einst für die Verbindung zwischen Nord und Süd genutzt wurde – ein Zeichen für die wachsende Kluft.',
      'Russlands Hilfe für Nordkorea',
      'Moskau unterstützt Pjöngjang beim Umgehen von UN-Sanktionen und liefert militärische Ausrüstung.',
      'Ein gemeinsamer Bericht von elf Ländern, darunter die USA und Japan, erwähnt „fortschrittliche elektronische Kampfsysteme, einschließlich Störsendern, die mit russischen Transportflugzeugen geliefert werden“.',
      'Schoygus Besuch war bereits seine zweite Reise nach Nordkorea innerhalb von drei Monaten, nach einem ersten Besuch im März.',
      'Bleiben Sie informiert!',
      'Lesen Sie auch: Südkoreas Neuer Präsident Lee Jae-Myung Legt Amtseid Ab Und Gibt Erstes Versprechen Im Amt',
    ]);
  });

  it('starts every segment at its line and column in the file', () => {
    const lines = fileText.split('\n');
    for (const segment of segments) {
      const at = lines[segment.line - 1]!.slice(segment.column - 1, segment.column - 1 + segment.text.length);
      expect(at).toBe(segment.text);
    }
    expect(segments[2]).toMatchObject({ line: 8, column: 142, blockIndex: 1 });
  });

  it('gives every segment a distinct id', () => {
    expect(new Set(segments.map((segment) => segment.id)).size).toBe(segments.length);
    for (const segment of segments) expect(segment.id).toMatch(/^s[0-9a-f]{10}$/);
  });
});
