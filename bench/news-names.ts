/**
 * Aligned German / English / Korean news segments with planted names (bench/news-names-data.ts), for the `terms`
 * benchmark and its acceptance count. Every sentence here is written for this project (no third-party text).
 * Each article mixes names with ordinary news copy, and with what makes a German capital say nothing: nouns at
 * a sentence start, nouns no list knows (`Drohnenabwehr`), titles, holidays and institutions English capitalises
 * too. A few English and Korean targets spell a name another way (`Peskow` left German, 페스코브), as real
 * translations do, and some are machine output.
 */
import { mulberry32 } from '../tests/helpers/prng.ts';
import type { SegmentStatus, TranslationFile } from '../src/core/translation.ts';
import { PLANTED, type PlantedName } from './news-names-data.ts';

export { PLANTED, type PlantedName } from './news-names-data.ts';

type Slot = { de: string; en: string; ko: string };
interface Cast {
  person: PlantedName;
  place: PlantedName;
  company: PlantedName;
  country: PlantedName;
  organisation: PlantedName;
}
type Template = (cast: Cast, n: number, spell: (name: PlantedName, part: 'full' | 'surname') => Slot) => Slot;

/** 과 after a closing consonant, 와 after a vowel (and the like for other particle pairs). */
function particle(word: string, afterConsonant: string, afterVowel: string): string {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return word + (code >= 0 && code <= 11171 && code % 28 !== 0 ? afterConsonant : afterVowel);
}

const nominative = (c: PlantedName) => (c.article ? `${c.article[0]} ${c.de}` : c.de);
const dative = (c: PlantedName) => (c.article ? `${c.article[1]} ${c.de}` : c.de);
const english = (c: PlantedName) => (c.enThe ? `the ${c.en}` : c.en);
/** `in Frankreich`, `im Iran`, `in der Türkei`, `auf den Philippinen`. */
const located = (c: PlantedName) => (!c.article ? `in ${c.de}` : c.article[1] === 'dem' ? `im ${c.de}` : c.article[1] === 'den' ? `auf den ${c.de}` : `in der ${c.de}`);

const TEMPLATES: readonly Template[] = [
  ({ person: p, place: pl }, _n, s) => ({ de: `${p.title![0]} ${p.de} sagte am Montag in ${pl.de}, die Gespräche würden fortgesetzt.`,
    en: `${p.title![1]} ${s(p, 'full').en} said in ${pl.en} on Monday that the talks would continue.`,
    ko: `${s(p, 'full').ko} ${particle(p.title![2], '은', '는')} 월요일 ${pl.ko}에서 회담이 계속될 것이라고 말했다.` }),
  ({ person: p }, n, s) => ({ de: `Nach Angaben von ${p.surname![0]} wurden ${n} Soldaten verlegt.`,
    en: `According to ${s(p, 'surname').en}, ${n} soldiers were moved.`, ko: `${s(p, 'surname').ko}에 따르면 병사 ${n}명이 이동했다.` }),
  ({ person: p, place: pl }, _n, s) => ({ de: `${p.surname![0]}s Besuch in ${pl.de} dauerte zwei Tage.`,
    en: `${s(p, 'surname').en}'s visit to ${pl.en} lasted two days.`, ko: `${s(p, 'surname').ko}의 ${pl.ko} 방문은 이틀간 이어졌다.` }),
  ({ place: pl }) => ({ de: `Die Behörden in ${pl.de} meldeten am Abend neue Angriffe.`,
    en: `The authorities in ${pl.en} reported new attacks in the evening.`, ko: `${pl.ko} 당국은 저녁에 새로운 공격을 보고했다.` }),
  ({ company: c }, n) => ({ de: `Der Konzern ${c.de} meldete einen Gewinn von ${n} Millionen Euro.`,
    en: `The group ${c.en} reported a profit of ${n} million euros.`, ko: `${particle(c.ko, '은', '는')} ${n}백만 유로의 이익을 발표했다.` }),
  ({ person: p, company: c }, _n, s) => ({ de: `Auch ${p.surname![0]} äußerte sich zu den Plänen von ${c.de}.`,
    en: `${s(p, 'surname').en} also commented on the plans of ${c.en}.`, ko: `${s(p, 'surname').ko}도 ${c.ko}의 계획에 대해 언급했다.` }),
  () => ({ de: 'Die Lage bleibt nach Einschätzung von Beobachtern angespannt.', en: 'Observers say the situation remains tense.', ko: '관측통들은 상황이 여전히 긴장돼 있다고 본다.' }),
  (_cast, n) => ({ de: `Im Streit um die Sanktionen gab es am ${n}. Tag zunächst keine Einigung.`, en: `On day ${n} of the dispute over sanctions there was no agreement at first.`, ko: `제재를 둘러싼 갈등 ${n}일째에도 처음에는 합의가 없었다.` }),
  () => ({ de: 'Kritiker werfen der Regierung vor, die Warnungen ignoriert zu haben.', en: 'Critics accuse the government of ignoring the warnings.', ko: '비판론자들은 정부가 경고를 무시했다고 비난한다.' }),
  ({ place: pl }) => ({ de: `Eine Delegation reist in der kommenden Woche nach ${pl.de}.`, en: `A delegation will travel to ${pl.en} next week.`, ko: `대표단은 다음 주 ${particle(pl.ko, '을', '를')} 방문한다.` }),
  // Countries (CLDR names), with their German article where they take one.
  ({ country: c }) => ({ de: `Auch ${nominative(c)} verurteilte den Angriff scharf.`, en: `${english(c).replace(/^the/, 'The')} also strongly condemned the attack.`, ko: `${c.ko}도 공격을 강하게 규탄했다.` }),
  ({ country: c }) => ({ de: `Ein Sprecher sagte, man stimme sich eng mit ${dative(c)} ab.`, en: `A spokesman said they were coordinating closely with ${english(c)}.`, ko: `대변인은 ${particle(c.ko, '과', '와')} 긴밀히 협의하고 있다고 말했다.` }),
  ({ country: c, person: p }, _n, s) => ({ de: `Der Besuch von ${p.surname![0]} ${located(c)} war lange geplant.`,
    en: `${s(p, 'surname').en}'s visit to ${english(c)} had long been planned.`, ko: `${s(p, 'surname').ko}의 ${c.ko} 방문은 오래전부터 계획돼 있었다.` }),
  // Organisations, most of them translated rather than transliterated.
  ({ organisation: o }) => ORGANISATION_LINES[o.de]!(o),
  // Distractors: capitals that name nothing, or name something a glossary of names may not want.
  () => ({ de: 'Waffenlieferungen und Drohnenabwehr stehen ganz oben auf der Tagesordnung.', en: 'Arms deliveries and drone defence top the agenda.', ko: '무기 지원과 드론 방어가 의제의 최우선 순위다.' }),
  () => ({ de: 'Die Generalversammlung soll im Herbst darüber abstimmen.', en: 'The General Assembly is to vote on it in the autumn.', ko: '총회는 가을에 이를 표결할 예정이다.' }),
  () => ({ de: 'Nach Ostern will die Kommission einen Entwurf vorlegen.', en: 'After Easter the commission wants to present a draft.', ko: '위원회는 부활절 이후 초안을 제시할 계획이다.' }),
  () => ({ de: 'Laut Experten ist der Schaden an der Infrastruktur erheblich.', en: 'According to experts, the damage to the infrastructure is considerable.', ko: '전문가들에 따르면 기반 시설 피해가 상당하다.' }),
  () => ({ de: 'Trotzdem hält die Waffenruhe bisher, wie Diplomaten bestätigten.', en: 'Nevertheless, the ceasefire has held so far, diplomats confirmed.', ko: '그럼에도 휴전은 지금까지 유지되고 있다고 외교관들이 확인했다.' }),
  () => ({ de: 'Westliche Diplomaten sprachen von einem vorsichtigen Durchbruch.', en: 'Western diplomats spoke of a cautious breakthrough.', ko: '서방 외교관들은 조심스러운 돌파구라고 평가했다.' }),
  () => ({ de: 'Der Gipfel findet nach Angaben der Gastgeber im Frühjahr statt.', en: 'According to the hosts, the summit will take place in the spring.', ko: '주최 측에 따르면 정상회의는 봄에 열린다.' }),
  () => ({ de: 'Die Zentralbank hob den Leitzins überraschend an.', en: 'The central bank unexpectedly raised its key interest rate.', ko: '중앙은행은 기준금리를 예상 밖으로 인상했다.' }),
  () => ({ de: 'Seit Jahresbeginn flohen Tausende Menschen über die Grenze.', en: 'Since the start of the year, thousands of people have fled across the border.', ko: '연초 이후 수천 명이 국경을 넘어 피란했다.' }),
  () => ({ de: 'Die westlichen Partner sagten weitere Luftverteidigung zu.', en: 'The Western partners pledged more air defence.', ko: '서방 파트너들은 추가 방공 지원을 약속했다.' }),
];

const ORGANISATION_LINES: Record<string, (o: PlantedName) => Slot> = {
  'Liberaldemokratische Partei': () => ({ de: 'Ein Abgeordneter der Liberaldemokratischen Partei widersprach dem Plan.', en: 'A lawmaker from the Liberal Democratic Party objected to the plan.', ko: '자민당 의원 한 명이 계획에 반대했다.' }),
  Arbeiterpartei: () => ({ de: 'Das Politbüro der Arbeiterpartei tagte am Wochenende.', en: "The politburo of the Workers' Party met at the weekend.", ko: '노동당 정치국은 주말에 회의를 열었다.' }),
  'Europäische Union': () => ({ de: 'Auch die Europäische Union kündigte weitere Hilfen an.', en: 'The European Union also announced further aid.', ko: '유럽연합도 추가 지원을 발표했다.' }),
  Yonhap: () => ({ de: 'Das meldete die südkoreanische Nachrichtenagentur Yonhap am Morgen.', en: 'South Korea’s Yonhap news agency reported this in the morning.', ko: '연합뉴스가 아침에 이같이 보도했다.' }),
  Kyodo: () => ({ de: 'Wie die japanische Agentur Kyodo berichtete, ist ein Treffen geplant.', en: 'As Japan’s Kyodo agency reported, a meeting is planned.', ko: '교도통신에 따르면 회담이 계획돼 있다.' }),
  Kreml: () => ({ de: 'Im Kreml hieß es, man beobachte die Entwicklung genau.', en: 'The Kremlin said it was watching developments closely.', ko: '크렘린궁은 상황을 면밀히 지켜보고 있다고 밝혔다.' }),
};

export interface NewsArticle {
  slug: string;
  translations: Record<'en' | 'ko', TranslationFile>;
  segments: Array<{ id: string; plain: string }>;
}

export function generateNewsArticle(index: number, seed = 7): NewsArticle {
  const next = mulberry32(seed * 7_919 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const of = (kind: PlantedName['kind']) => PLANTED.filter((n) => n.kind === kind);
  const cast: Cast = { person: pick(of('person')), place: pick(of('place')), company: pick(of('company')), country: pick(of('country')), organisation: pick(of('organisation')) };
  const spell = (name: PlantedName, part: 'full' | 'surname'): Slot => {
    const variant = next() < 0.05;
    const en = variant && name.enVariant ? name.enVariant : part === 'full' ? name.en : name.surname![1];
    const ko = variant && name.koVariant ? name.koVariant : part === 'full' ? name.ko : name.surname![2];
    return { de: '', en, ko };
  };
  const slug = `nachricht-${String(index).padStart(5, '0')}`;
  const rows = Array.from({ length: 8 + Math.floor(next() * 6) }, (_, n) => pick(TEMPLATES)(cast, 10 + ((index * 13 + n * 7) % 90), spell));
  const status = (): SegmentStatus => (next() < 0.7 ? 'reviewed' : 'machine');
  const ids = rows.map((_, n) => `s${index.toString(16).padStart(5, '0')}${n.toString(16).padStart(5, '0')}`);
  const file = (lang: 'en' | 'ko'): TranslationFile => ({
    article: slug, language: lang, source: `source/${slug}.md`,
    segments: rows.map((row, n) => ({ id: ids[n]!, source: row.de, target: row[lang], status: status() })),
  });
  return { slug, translations: { en: file('en'), ko: file('ko') }, segments: rows.map((row, n) => ({ id: ids[n]!, plain: row.de })) };
}
