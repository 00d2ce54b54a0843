/**
 * Closed word classes the boundary heuristics look at. All entries are lower case; callers lower-case the word.
 */

/**
 * The German months, month 1 first: full names (Austrian `Jänner` and `Feber` too), then abbreviations. The one list
 * of them: the segmenter (`am 3. Juni`, `13. Jän. 2006` never end a sentence after the number) and the date check
 * (src/check/dates) both read it.
 */
export const GERMAN_MONTH_WORDS: ReadonlyArray<{ readonly names: readonly string[]; readonly abbreviations: readonly string[] }> = [
  { names: ['januar', 'jänner'], abbreviations: ['jan', 'jän'] },
  { names: ['februar', 'feber'], abbreviations: ['feb', 'febr'] },
  { names: ['märz'], abbreviations: ['mär', 'mrz'] },
  { names: ['april'], abbreviations: ['apr'] },
  { names: ['mai'], abbreviations: [] },
  { names: ['juni'], abbreviations: ['jun'] },
  { names: ['juli'], abbreviations: ['jul'] },
  { names: ['august'], abbreviations: ['aug'] },
  { names: ['september'], abbreviations: ['sep', 'sept'] },
  { names: ['oktober'], abbreviations: ['okt'] },
  { names: ['november'], abbreviations: ['nov'] },
  { names: ['dezember'], abbreviations: ['dez'] },
];

const MONTHS = new Set(GERMAN_MONTH_WORDS.flatMap((month) => [...month.names, ...month.abbreviations]));

/**
 * Words that open a sentence but cannot follow an ordinal or an amount abbreviation: pronouns, articles and
 * determiners, conjunctions, sentence adverbs, question words and prepositions. `der 2. Weltkrieg` and
 * `2,9 Mio. Euro` go on; `am 3. Dann` and `2,9 Mio. Das ist viel.` end.
 */
const SENTENCE_OPENERS = new Set([
  'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'man',
  'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines',
  'kein', 'keine', 'dies', 'diese', 'dieser', 'dieses', 'diesem', 'diesen', 'jene', 'jener', 'jenes',
  'mein', 'meine', 'dein', 'deine', 'sein', 'seine', 'ihre', 'unser', 'unsere', 'euer', 'eure',
  'alle', 'viele', 'einige', 'manche', 'solche', 'beide', 'jeder', 'jede', 'jedes',
  'dann', 'dort', 'da', 'danach', 'daher', 'darum', 'deshalb', 'deswegen', 'doch', 'aber', 'und', 'oder',
  'denn', 'also', 'so', 'nun', 'jetzt', 'heute', 'gestern', 'hier', 'auch', 'noch', 'schon', 'trotzdem',
  'dabei', 'damit', 'dazu', 'davor', 'dahinter', 'daneben', 'darauf', 'dagegen', 'außerdem', 'zudem', 'später', 'zuvor', 'seitdem', 'inzwischen',
  'allerdings', 'jedoch', 'somit', 'zugleich', 'gleichzeitig', 'anschließend', 'schließlich', 'zunächst',
  'zuerst', 'dennoch', 'immerhin', 'vielleicht', 'bereits', 'nur', 'bitte', 'ja', 'nein', 'nicht',
  'wie', 'was', 'wer', 'wo', 'warum', 'wann', 'weshalb', 'wieso', 'welche', 'welcher', 'welches',
  'als', 'wenn', 'während', 'weil', 'obwohl', 'ob', 'dass', 'falls', 'sobald', 'nachdem', 'bevor',
  'im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'in', 'an', 'auf', 'aus', 'bei', 'mit', 'nach', 'seit',
  'von', 'vor', 'für', 'gegen', 'ohne', 'um', 'unter', 'über', 'zwischen', 'durch', 'laut', 'trotz', 'wegen',
]);

/**
 * Words before a number that make it an ordinal or a date (`am 3.`, `der 2.`, `bis zum 14.`): articles,
 * contracted prepositions, prepositions, possessives and conjunctions in enumerations.
 */
const ORDINAL_CONTEXT = new Set([
  'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines',
  'am', 'im', 'vom', 'zum', 'zur', 'beim', 'ins', 'ans',
  'ab', 'bis', 'seit', 'vor', 'nach', 'um', 'gegen', 'zwischen', 'für', 'an', 'in', 'auf', 'bei', 'mit', 'von',
  'und', 'oder', 'bzw', 'sowie', 'jeder', 'jede', 'jedes', 'jedem', 'jeden', 'dieser', 'diese', 'dieses',
  'diesem', 'diesen', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre', 'ihrem',
  'ihren', 'ihrer', 'ihres', 'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'mein', 'meine', 'meinem',
  'meinen', 'meiner',
]);

/**
 * Beginnings of nouns that typically follow an ordinal: `im 19. Jahrhundert`, `der 2. Weltkrieg`,
 * `die 1. Bundesliga`, `zum 3. Mal`. After a number, a capitalised word starting like this continues the sentence.
 */
const ORDINAL_NOUN_STEMS = [
  'jahrhundert', 'jahrtausend', 'jahrzehnt', 'jahrestag', 'jahrgang', 'geburtstag', 'todestag', 'jubiläum',
  'weltkrieg', 'bundesliga', 'liga', 'klasse', 'platz', 'rang', 'runde', 'spieltag', 'etappe', 'stock', 'etage',
  'kapitel', 'auflage', 'ausgabe', 'sitzung', 'lesung', 'quartal', 'halbjahr', 'semester', 'mal', 'advent', 'minute',
  'sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'armee', 'korps', 'division',
];

export function isOrdinalNoun(word: string): boolean {
  for (const stem of ORDINAL_NOUN_STEMS) if (word.startsWith(stem)) return true;
  return false;
}

export function isMonth(word: string): boolean {
  return MONTHS.has(word);
}

export function isSentenceOpener(word: string): boolean {
  return SENTENCE_OPENERS.has(word);
}

export function isOrdinalContext(word: string): boolean {
  return ORDINAL_CONTEXT.has(word);
}
