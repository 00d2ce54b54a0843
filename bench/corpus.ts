/**
 * Generates N German news articles (Markdown with front matter) for benchmarks: deterministic for a seed,
 * realistic in the things that matter to dolmetsch — abbreviations, dates, quotes, names from the glossary,
 * inline markup, headings and lists, and a little boilerplate that recurs across articles.
 */
import { mulberry32 } from '../tests/helpers/prng.ts';

const SUBJECTS = ['Die Bundesregierung', 'Der Außenminister', 'Kim Jong-un', 'Wladimir Putin', 'Sergej Schoygu', 'Die Opposition', 'Ein Sprecher des Ministeriums', 'Die Europäische Kommission', 'Der Bürgermeister', 'Die Gewerkschaft'];
const VERBS = ['kündigte an', 'erklärte', 'bestätigte', 'kritisierte', 'forderte', 'betonte', 'bezweifelte', 'begrüßte'];
const OBJECTS = ['neue Sanktionen gegen Nordkorea', 'ein Treffen in Pjöngjang', 'höhere Ausgaben für die Verteidigung', 'Gespräche mit Moskau', 'eine Reform des Wahlrechts', 'Hilfen für die Ukraine', 'strengere Regeln für Banken', 'den Ausbau der Bahnstrecke'];
const TIMES = ['am 3. Juni', 'am Dienstag', 'im vergangenen Jahr', 'bis Ende 2026', 'seit dem 1. Januar', 'in der kommenden Woche', 'vor drei Monaten'];
const CLAUSES = ['wie die Nachrichtenagentur KCNA meldete', 'so ein Bericht von RENEWZ.de', 'laut einer Mitteilung vom 12. Mai', 'u. a. mit Blick auf die Kosten', 'nach Angaben von Dr. Müller', 'z. B. im Bereich der Energie'];
const NUMBERS = ['2,9 Mio. Euro', '1.200 Soldaten', '45 Prozent', 'rund 3 Mrd. Dollar', '17 Länder', 'etwa 800 Menschen'];
const QUOTES = ['„Wir werden das nicht hinnehmen“', '„Das ist ein wichtiger Schritt“', '„Die Lage bleibt angespannt“', '„Es gibt keine Alternative“'];
const BOILERPLATE = ['Bleiben Sie informiert!', 'Mehr dazu in Kürze.'];

export interface GeneratedArticle {
  slug: string;
  markdown: string;
}

export function generateArticle(index: number, seed = 1): GeneratedArticle {
  const next = mulberry32(seed * 1_000_003 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = (n: number): string => {
    // News copy is mostly plain text: about one sentence in eight carries a link, one in sixteen emphasis.
    const kind = Math.floor(next() * 16);
    if (kind === 0) return `Insgesamt geht es um ${pick(NUMBERS)}, die ${pick(TIMES)} für *${pick(OBJECTS)}* vorgesehen sind (Nr. ${index * 10 + n}).`;
    if (kind <= 2) return `Nach Angaben der Behörden waren ${pick(NUMBERS)} betroffen; Einzelheiten nennt [der Bericht](https://example.org/${index}/${n}) zu Fall ${index}-${n}.`;
    if (kind <= 8) return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(TIMES)} ${pick(OBJECTS)}, ${pick(CLAUSES)} (Meldung ${index}-${n}).`;
    if (kind <= 12) return `${pick(QUOTES)}, sagte ${pick(SUBJECTS).replace(/^Die |^Der |^Ein /, '')} ${pick(TIMES)} in Artikel ${index}-${n}.`;
    return `Insgesamt geht es um ${pick(NUMBERS)}, die ${pick(TIMES)} für ${pick(OBJECTS)} vorgesehen sind (Nr. ${index * 10 + n}).`;
  };
  let n = 0;
  const paragraph = (): string => Array.from({ length: 2 + Math.floor(next() * 3) }, () => sentence(n++)).join(' ');
  const blocks = [paragraph(), paragraph(), `## Hintergrund zu Fall ${index}`, paragraph(), `- ${sentence(n++)}\n- ${sentence(n++)}`, paragraph(), pick(BOILERPLATE)];
  const markdown = `---\ntitle: "Bericht ${index}: ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}"\noutlet: Testzeitung\n---\n\n${blocks.join('\n\n')}\n`;
  return { slug: `artikel-${String(index).padStart(5, '0')}`, markdown };
}

export function* generateCorpus(count: number, seed = 1): Generator<GeneratedArticle> {
  for (let index = 0; index < count; index++) yield generateArticle(index, seed);
}
