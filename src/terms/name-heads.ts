/**
 * The generic word at the end of many institution and place names, and how Korean ends the same name:
 * `Demokratische Partei` → …당 (더불어민주당), `Nachrichtenagentur` → …통신, `Halbinsel` → …반도 (한반도).
 * Such names are translated, not transliterated, so no sound rule finds them; a single Korean word in the
 * aligned segments that ends in the head's Korean form is the evidence. Written for this project (no word list).
 */

interface NameHead {
  /** The German head word as it ends a name or a compound (`Nachrichtenagentur` ends in `agentur`). */
  de: string;
  /** Korean endings of a name with this head, longest first. */
  ko: string[];
}

const HEADS: readonly NameHead[] = [
  { de: 'partei', ko: ['당'] },
  { de: 'nachrichtenagentur', ko: ['통신사', '통신'] },
  { de: 'agentur', ko: ['통신사', '통신', '청'] },
  { de: 'halbinsel', ko: ['반도'] },
  { de: 'insel', ko: ['섬', '도'] },
  { de: 'inseln', ko: ['제도', '군도'] },
  { de: 'meer', ko: ['해'] },
  { de: 'gebirge', ko: ['산맥'] },
  { de: 'fluss', ko: ['강'] },
  { de: 'ministerium', ko: ['부'] },
  { de: 'universität', ko: ['대학교', '대학'] },
  { de: 'bank', ko: ['은행'] },
  { de: 'gericht', ko: ['법원'] },
  { de: 'kommission', ko: ['위원회'] },
  { de: 'komitee', ko: ['위원회'] },
  { de: 'stiftung', ko: ['재단'] },
  { de: 'institut', ko: ['연구소', '연구원'] },
  { de: 'zeitung', ko: ['신문'] },
  { de: 'armee', ko: ['군'] },
  { de: 'flughafen', ko: ['공항'] },
  { de: 'kraftwerk', ko: ['발전소'] },
  { de: 'provinz', ko: ['주', '성', '도'] },
];

/** The Korean endings for a name whose last German word ends in a known head; undefined otherwise. */
export function koreanHeadsOf(lastWord: string): string[] | undefined {
  const lower = lastWord.toLowerCase();
  return HEADS.find((head) => lower.endsWith(head.de))?.ko;
}

/** Whether a capitalised noun is such a head (`Halbinsel`), so a lower-case adjective before it may name a place. */
export function isNameHead(word: string): boolean {
  return koreanHeadsOf(word) !== undefined;
}
