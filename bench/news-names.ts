/**
 * Aligned German / English / Korean news segments with planted names, for the `terms` benchmark and its
 * acceptance count. Every name and sentence here is written for this project (no third-party text). Each
 * article mixes names from the planted list with ordinary news copy; a few English and Korean targets spell a
 * name another way (`Peskow` left German, 페스코브), as real translations do, and some are machine output.
 */
import { mulberry32 } from '../tests/helpers/prng.ts';
import type { SegmentStatus, TranslationFile } from '../src/core/translation.ts';

export interface PlantedName {
  kind: 'person' | 'place' | 'company';
  de: string;
  en: string;
  ko: string;
  /** Person: surname (German, English, Korean) and a title. */
  surname?: [string, string, string];
  title?: [string, string, string];
  /** A second English/Korean spelling some translations use. */
  enVariant?: string;
  koVariant?: string;
}

const P = (de: string, en: string, ko: string, title: [string, string, string], enVariant?: string, koVariant?: string, surname?: [string, string, string]): PlantedName => ({
  kind: 'person', de, en, ko, title, surname: surname ?? [de.split(' ').at(-1)!, en.split(' ').at(-1)!, ko.split(' ').at(-1)!],
  ...(enVariant ? { enVariant } : {}), ...(koVariant ? { koVariant } : {}),
});
const MIN: [string, string, string] = ['Außenminister', 'Foreign Minister', '외무장관'];
const SPK: [string, string, string] = ['Sprecher', 'spokesman', '대변인'];
const PRES: [string, string, string] = ['Präsident', 'President', '대통령'];
const GEN: [string, string, string] = ['General', 'General', '장군'];

export const PLANTED: readonly PlantedName[] = [
  P('Dmitri Peskow', 'Dmitry Peskov', '드미트리 페스코프', SPK, 'Peskow', '페스코브'),
  P('Sergej Lawrow', 'Sergei Lavrov', '세르게이 라브로프', MIN, 'Lawrow', '라브로브'),
  P('Choe Son-hui', 'Choe Son Hui', '최선희', MIN, undefined, undefined, ['Choe', 'Choe', '최선희']),
  P('Marija Sacharowa', 'Maria Zakharova', '마리야 자하로바', SPK),
  P('Ri Son-gwon', 'Ri Son Gwon', '리선권', SPK, undefined, undefined, ['Ri', 'Ri', '리선권']),
  P('Andrij Sybiha', 'Andrii Sybiha', '안드리 시비하', MIN),
  P('Walerij Gerassimow', 'Valery Gerasimov', '발레리 게라시모프', GEN, 'Gerassimow'),
  P('Emmanuel Macron', 'Emmanuel Macron', '에마뉘엘 마크롱', PRES),
  P('Cho Hyun', 'Cho Hyun', '조현', MIN, undefined, undefined, ['Cho', 'Cho', '조현']),
  P('Wolodymyr Selenskyj', 'Volodymyr Zelensky', '볼로디미르 젤렌스키', PRES, 'Zelenskyy', '젤렌스키이'),
  { kind: 'place', de: 'Wladiwostok', en: 'Vladivostok', ko: '블라디보스토크' },
  { kind: 'place', de: 'Kaesong', en: 'Kaesong', ko: '개성' },
  { kind: 'place', de: 'Chabarowsk', en: 'Khabarovsk', ko: '하바롭스크' },
  { kind: 'place', de: 'Panmunjom', en: 'Panmunjom', ko: '판문점' },
  { kind: 'place', de: 'Charkiw', en: 'Kharkiv', ko: '하르키우' },
  { kind: 'place', de: 'Sinuiju', en: 'Sinuiju', ko: '신의주' },
  { kind: 'company', de: 'Rosatom', en: 'Rosatom', ko: '로사톰' },
  { kind: 'company', de: 'Hanwha Aerospace', en: 'Hanwha Aerospace', ko: '한화에어로스페이스' },
  { kind: 'company', de: 'Rheinmetall', en: 'Rheinmetall', ko: '라인메탈' },
  { kind: 'company', de: 'Gazprom', en: 'Gazprom', ko: '가스프롬' },
];

type Slot = { de: string; en: string; ko: string };
type Template = (person: PlantedName, place: PlantedName, company: PlantedName, n: number, spell: (name: PlantedName, part: 'full' | 'surname') => Slot) => Slot;

const TEMPLATES: readonly Template[] = [
  (p, pl, _c, _n, s) => ({ de: `${p.title![0]} ${p.de} sagte am Montag in ${pl.de}, die Gespräche würden fortgesetzt.`,
    en: `${p.title![1]} ${s(p, 'full').en} said in ${pl.en} on Monday that the talks would continue.`,
    ko: `${s(p, 'full').ko} ${p.title![2]}은 월요일 ${pl.ko}에서 회담이 계속될 것이라고 말했다.` }),
  (p, _pl, _c, n, s) => ({ de: `Nach Angaben von ${p.surname![0]} wurden ${n} Soldaten verlegt.`,
    en: `According to ${s(p, 'surname').en}, ${n} soldiers were moved.`, ko: `${s(p, 'surname').ko}에 따르면 병사 ${n}명이 이동했다.` }),
  (p, pl, _c, _n, s) => ({ de: `${p.surname![0]}s Besuch in ${pl.de} dauerte zwei Tage.`,
    en: `${s(p, 'surname').en}'s visit to ${pl.en} lasted two days.`, ko: `${s(p, 'surname').ko}의 ${pl.ko} 방문은 이틀간 이어졌다.` }),
  (_p, pl) => ({ de: `Die Behörden in ${pl.de} meldeten am Abend neue Angriffe.`,
    en: `The authorities in ${pl.en} reported new attacks in the evening.`, ko: `${pl.ko} 당국은 저녁에 새로운 공격을 보고했다.` }),
  (_p, _pl, c, n) => ({ de: `Der Konzern ${c.de} meldete einen Gewinn von ${n} Millionen Euro.`,
    en: `The group ${c.en} reported a profit of ${n} million euros.`, ko: `${c.ko}는 ${n}백만 유로의 이익을 발표했다.` }),
  (p, _pl, c, _n, s) => ({ de: `Auch ${p.surname![0]} äußerte sich zu den Plänen von ${c.de}.`,
    en: `${s(p, 'surname').en} also commented on the plans of ${c.en}.`, ko: `${s(p, 'surname').ko}도 ${c.ko}의 계획에 대해 언급했다.` }),
  () => ({ de: 'Die Lage bleibt nach Einschätzung von Beobachtern angespannt.', en: 'Observers say the situation remains tense.', ko: '관측통들은 상황이 여전히 긴장돼 있다고 본다.' }),
  (_p, _pl, _c, n) => ({ de: `Im Streit um die Sanktionen gab es am ${n}. Tag zunächst keine Einigung.`, en: `On day ${n} of the dispute over sanctions there was no agreement at first.`, ko: `제재를 둘러싼 갈등 ${n}일째에도 처음에는 합의가 없었다.` }),
  () => ({ de: 'Kritiker werfen der Regierung vor, die Warnungen ignoriert zu haben.', en: 'Critics accuse the government of ignoring the warnings.', ko: '비판론자들은 정부가 경고를 무시했다고 비난한다.' }),
  (_p, pl) => ({ de: `Eine Delegation reist in der kommenden Woche nach ${pl.de}.`, en: `A delegation will travel to ${pl.en} next week.`, ko: `대표단은 다음 주 ${pl.ko}를 방문한다.` }),
];

export interface NewsArticle {
  slug: string;
  translations: Record<'en' | 'ko', TranslationFile>;
  segments: Array<{ id: string; plain: string }>;
}

export function generateNewsArticle(index: number, seed = 7): NewsArticle {
  const next = mulberry32(seed * 7_919 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const people = PLANTED.filter((n) => n.kind === 'person');
  const places = PLANTED.filter((n) => n.kind === 'place');
  const companies = PLANTED.filter((n) => n.kind === 'company');
  const [person, place, company] = [pick(people), pick(places), pick(companies)];
  const spell = (name: PlantedName, part: 'full' | 'surname'): Slot => {
    const variant = next() < 0.05;
    const en = variant && name.enVariant ? name.enVariant : part === 'full' ? name.en : name.surname![1];
    const ko = variant && name.koVariant ? name.koVariant : part === 'full' ? name.ko : name.surname![2];
    return { de: '', en, ko };
  };
  const slug = `nachricht-${String(index).padStart(5, '0')}`;
  const rows = Array.from({ length: 8 + Math.floor(next() * 6) }, (_, n) => pick(TEMPLATES)(person, place, company, 10 + ((index * 13 + n * 7) % 90), spell));
  const status = (): SegmentStatus => (next() < 0.7 ? 'reviewed' : 'machine');
  const ids = rows.map((_, n) => `s${index.toString(16).padStart(5, '0')}${n.toString(16).padStart(5, '0')}`);
  const file = (lang: 'en' | 'ko'): TranslationFile => ({
    article: slug, language: lang, source: `source/${slug}.md`,
    segments: rows.map((row, n) => ({ id: ids[n]!, source: row.de, target: row[lang], status: status() })),
  });
  return { slug, translations: { en: file('en'), ko: file('ko') }, segments: rows.map((row, n) => ({ id: ids[n]!, plain: row.de })) };
}
