/**
 * The names planted in the generated news (bench/news-names.ts), with the English and Korean forms a glossary
 * entry would prescribe. People, cities, companies and organisations are written for this project from public
 * knowledge (news usage of each language); countries come from the CLDR data inside Node (Intl.DisplayNames).
 */

export interface PlantedName {
  kind: 'person' | 'place' | 'country' | 'company' | 'organisation';
  de: string;
  en: string;
  ko: string;
  /** Person: surname (German, English, Korean) and a title. */
  surname?: [string, string, string];
  title?: [string, string, string];
  /** A second English/Korean spelling some translations use. */
  enVariant?: string;
  koVariant?: string;
  /** Country: the German article in the nominative and dative (`die Türkei`, `mit der Türkei`), the English `the`. */
  article?: [string, string];
  enThe?: boolean;
}

type Title = [string, string, string];

const P = (de: string, en: string, ko: string, title: Title, enVariant?: string, koVariant?: string, surname?: Title): PlantedName => ({
  kind: 'person', de, en, ko, title, surname: surname ?? [de.split(' ').at(-1)!, en.split(' ').at(-1)!, ko.split(' ').at(-1)!],
  ...(enVariant ? { enVariant } : {}), ...(koVariant ? { koVariant } : {}),
});
const MIN: Title = ['Außenminister', 'Foreign Minister', '외무장관'];
const SPK: Title = ['Sprecher', 'spokesman', '대변인'];
const PRES: Title = ['Präsident', 'President', '대통령'];
const GEN: Title = ['General', 'General', '장군'];
const PM: Title = ['Ministerpräsident', 'Prime Minister', '총리'];
const DEF: Title = ['Verteidigungsminister', 'Defence Minister', '국방장관'];
const SEC: Title = ['Generalsekretär', 'Secretary-General', '사무총장'];
const CHANCELLOR: Title = ['Bundeskanzler', 'Chancellor', '총리'];
const MAYOR: Title = ['Bürgermeister', 'Mayor', '시장'];

const PEOPLE: readonly PlantedName[] = [
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
  P('Andrej Beloussow', 'Andrei Belousov', '안드레이 벨로우소프', DEF),
  P('Michail Mischustin', 'Mikhail Mishustin', '미하일 미슈스틴', PM),
  P('Ahn Gyu-back', 'Ahn Gyu-back', '안규백', DEF, undefined, undefined, ['Ahn', 'Ahn', '안규백']),
  P('Pak Thae-song', 'Pak Thae Song', '박태성', PM, undefined, undefined, ['Pak', 'Pak', '박태성']),
  P('Shigeru Ishiba', 'Shigeru Ishiba', '이시바 시게루', PM, undefined, undefined, ['Ishiba', 'Ishiba', '이시바']),
  P('Xi Jinping', 'Xi Jinping', '시진핑', PRES, undefined, undefined, ['Xi', 'Xi', '시진핑']),
  P('António Guterres', 'António Guterres', '안토니우 구테흐스', SEC, 'Antonio Guterres'),
  P('Mark Rutte', 'Mark Rutte', '마르크 뤼터', SEC),
  P('Ursula von der Leyen', 'Ursula von der Leyen', '우르줄라 폰데어라이엔', PRES, undefined, undefined, ['von der Leyen', 'von der Leyen', '폰데어라이엔']),
  P('Friedrich Merz', 'Friedrich Merz', '프리드리히 메르츠', CHANCELLOR),
  P('Boris Pistorius', 'Boris Pistorius', '보리스 피스토리우스', DEF),
  P('Kyrylo Budanow', 'Kyrylo Budanov', '키릴로 부다노우', GEN, 'Budanow'),
  P('Julija Swyrydenko', 'Yulia Svyrydenko', '율리야 스비리덴코', PM),
  P('Witali Klitschko', 'Vitali Klitschko', '비탈리 클리치코', MAYOR),
  P('Alexander Lukaschenko', 'Alexander Lukashenko', '알렉산드르 루카셴코', PRES, 'Lukaschenko'),
];

const CITIES: readonly PlantedName[] = [
  { kind: 'place', de: 'Wladiwostok', en: 'Vladivostok', ko: '블라디보스토크' },
  { kind: 'place', de: 'Kaesong', en: 'Kaesong', ko: '개성' },
  { kind: 'place', de: 'Chabarowsk', en: 'Khabarovsk', ko: '하바롭스크' },
  { kind: 'place', de: 'Panmunjom', en: 'Panmunjom', ko: '판문점' },
  { kind: 'place', de: 'Charkiw', en: 'Kharkiv', ko: '하르키우' },
  { kind: 'place', de: 'Sinuiju', en: 'Sinuiju', ko: '신의주' },
  { kind: 'place', de: 'Kiew', en: 'Kyiv', ko: '키이우' },
  { kind: 'place', de: 'Odessa', en: 'Odesa', ko: '오데사' },
  { kind: 'place', de: 'Cherson', en: 'Kherson', ko: '헤르손' },
  { kind: 'place', de: 'Wonsan', en: 'Wonsan', ko: '원산' },
  { kind: 'place', de: 'Peking', en: 'Beijing', ko: '베이징' },
  { kind: 'place', de: 'Tokio', en: 'Tokyo', ko: '도쿄' },
];

const COMPANIES: readonly PlantedName[] = [
  { kind: 'company', de: 'Rosatom', en: 'Rosatom', ko: '로사톰' },
  { kind: 'company', de: 'Hanwha Aerospace', en: 'Hanwha Aerospace', ko: '한화에어로스페이스' },
  { kind: 'company', de: 'Rheinmetall', en: 'Rheinmetall', ko: '라인메탈' },
  { kind: 'company', de: 'Gazprom', en: 'Gazprom', ko: '가스프롬' },
  { kind: 'company', de: 'Samsung Electronics', en: 'Samsung Electronics', ko: '삼성전자' },
  { kind: 'company', de: 'Hyundai Rotem', en: 'Hyundai Rotem', ko: '현대로템' },
];

/** Organisations; several are translated, not transliterated (자민당, 노동당, 유럽연합). */
const ORGANISATIONS: readonly PlantedName[] = [
  { kind: 'organisation', de: 'Liberaldemokratische Partei', en: 'Liberal Democratic Party', ko: '자민당' },
  { kind: 'organisation', de: 'Arbeiterpartei', en: "Workers' Party", ko: '노동당' },
  { kind: 'organisation', de: 'Europäische Union', en: 'European Union', ko: '유럽연합' },
  { kind: 'organisation', de: 'Yonhap', en: 'Yonhap', ko: '연합뉴스' },
  { kind: 'organisation', de: 'Kyodo', en: 'Kyodo', ko: '교도통신' },
  { kind: 'organisation', de: 'Kreml', en: 'Kremlin', ko: '크렘린궁' },
];

/** Countries the glossary does not hold, named as CLDR names them in German, English and Korean. */
const COUNTRY_CODES = ['FR', 'PL', 'CN', 'IN', 'BR', 'TR', 'IR', 'IL', 'EG', 'SA', 'KZ', 'GE', 'AM', 'AZ', 'BY', 'MD', 'FI', 'SE', 'NO', 'EE',
  'LV', 'LT', 'RO', 'HU', 'RS', 'VN', 'MN', 'PH', 'ID', 'AU', 'CA', 'MX', 'ZA', 'NG', 'SY', 'IQ', 'AF', 'PK', 'QA', 'DE'];

/** German takes an article with these (`die Türkei`); Korean news writes 호주 and 남아공, not CLDR's long forms. */
const ARTICLES: Record<string, [string, string]> = { TR: ['die', 'der'], IR: ['der', 'dem'], MN: ['die', 'der'], PH: ['die', 'den'], MD: ['die', 'der'], IQ: ['der', 'dem'] };
const NEWS_KOREAN: Record<string, string> = { AU: '호주', ZA: '남아공' };

function countries(): PlantedName[] {
  const name = (locale: string, code: string) => new Intl.DisplayNames(locale, { type: 'region' }).of(code)!;
  return COUNTRY_CODES.map((code) => ({
    kind: 'country', de: name('de', code), en: name('en', code), ko: NEWS_KOREAN[code] ?? name('ko', code),
    ...(ARTICLES[code] ? { article: ARTICLES[code] } : {}), ...(code === 'PH' ? { enThe: true } : {}),
  }));
}

export const PLANTED: readonly PlantedName[] = [...PEOPLE, ...CITIES, ...COMPANIES, ...ORGANISATIONS, ...countries()];
