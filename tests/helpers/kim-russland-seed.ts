/**
 * The newsroom's raw copy of the sample article (tests/source/fixtures/kim-russland/seed.txt), the one copy every
 * test reads, and the sentences it segments into.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEED_PATH = fileURLToPath(new URL('../source/fixtures/kim-russland/seed.txt', import.meta.url));

export function readSeed(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** Its sentences in order; the last is the image credit, which source/kim-russland.md keeps in its front matter. */
export const SEED_SENTENCES: readonly string[] = [
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
    'Bild von rodong.rep.kp',
];
