/** Planted defects and clean traps for number-mismatch and date-mismatch, the way a careful translator sets them. */
import { describe, expect, it } from 'vitest';
import { rulesFound } from './qa-case.ts';

describe('number-mismatch', () => {
  it.each([
    ['en', 'Die Inflation lag bei 7,25 Prozent.', 'Inflation stood at 7.25 percent.'],
    ['en', '12.000 Menschen demonstrierten.', '12,000 people protested.'],
    ['en', 'Das kostet 7 Mrd. Euro.', 'That costs €7bn.'],
    ['en', 'Das kostet eine Milliarde Euro.', 'That costs 1 billion euros.'],
    ['en', 'Dreizehn Staaten stimmten zu.', '13 states agreed.'],
    ['en', 'Die G7 und die G20 tagten.', 'The G7 and the G20 met.'],
    ['en', 'Russland lieferte Su-57 und F-16-Kampfjets.', 'Russia delivered Su-57s and F-16 fighter jets.'],
    ['en', 'Papst Leo XIV. besuchte Rom.', 'Pope Leo XIV visited Rome.'],
    ['en', 'Nach dem Zweiten Weltkrieg änderte sich alles.', 'After World War II everything changed.'],
    ['en', 'Das Treffen begann um 14.30 Uhr.', 'The meeting began at 2:30 p.m.'],
    ['en', 'Ein Drittel stimmte dagegen.', 'One third voted against.'],
    ['en', 'Die Hälfte der Stimmen fehlte.', '50% of the votes were missing.'],
    ['en', 'Mehr auf rodong.rep.kp und unter @kcna2025.', 'More at rodong.rep.kp and @kcna2025.'],
    ['en', 'Die Arbeitslosigkeit stieg um 0,3 Prozentpunkte.', 'Unemployment rose by 0.3 percentage points.'],
    ['en', 'Er blieb drei Monate.', 'He stayed three months.'],
    ['en', 'Er blieb drei Monate.', 'He stayed for 3 months.'],
    ['en', 'Beide Seiten, also zwei Staaten, stimmten zu.', 'Both sides agreed.'],
    ['en', 'Zwei Millionen Menschen flohen.', 'Two million people fled.'],
    ['en', 'Einundzwanzig Staaten stimmten zu.', 'Twenty-one states agreed.'],
    ['ko', 'Das Paket umfasst 7 Mrd. Euro.', '이 지원책은 70억 유로 규모다.'],
    ['ko', 'Rund 1,5 Millionen Menschen flohen.', '약 150만 명이 피란했다.'],
    ['ko', 'Die Kosten stiegen auf 35.000 Euro.', '비용은 3만 5천 유로로 늘었다.'],
    ['ko', 'Die Schulden erreichten 1 Billion Won.', '부채는 1조 원에 이르렀다.'],
    ['ko', 'Ein gemeinsamer Bericht von elf Ländern erschien.', '11개국의 공동 보고서가 나왔다.'],
    ['ko', 'Es war seine zweite Reise innerhalb von drei Monaten.', '석 달 사이 두 번째 방문이었다.'],
    ['ko', 'Papst Leo XIV. besuchte Seoul.', '교황 레오 14세가 서울을 방문했다.'],
    ['ko', 'Die G7 trafen sich.', 'G7은 만났다.'],
    ['ko', 'Ein Drittel stimmte dagegen.', '3분의 1이 반대했다.'],
    ['ko', 'Die Inflation lag bei 3,5 %.', '물가 상승률은 3.5%였다.'],
    ['ko', 'Die COVID-19-Pandemie endete.', '코로나19 대유행이 끝났다.'],
  ] as const)('clean (%s): %s', (language, source, target) => {
    expect(rulesFound(language, source, target, 'number-mismatch')).toEqual([]);
  });

  it.each([
    ['en', 'Die Inflation lag bei 7,25 Prozent.', 'Inflation stood at 7.52 percent.'],
    ['en', 'Die Summe betrug 12.000 Euro.', 'The sum was 12.000 euros.'],
    ['en', 'Das kostet 7 Mrd. Euro.', 'That costs 7 million euros.'],
    ['en', 'Dreizehn Staaten stimmten zu.', '14 states agreed.'],
    ['en', 'Die G7 tagten.', 'The G8 met.'],
    ['en', 'Es kamen 350 Soldaten.', 'Soldiers came.'],
    ['en', 'Es kamen Soldaten.', '350 soldiers came.'],
    ['en', 'Papst Leo XIV. besuchte Rom.', 'Pope Leo XV visited Rome.'],
    ['en', 'Er blieb drei Monate.', 'He stayed four months.'],
    ['en', 'Dreizehn Staaten stimmten zu.', 'Fourteen states agreed.'],
    ['ko', 'Das Paket umfasst 7 Mrd. Euro.', '이 지원책은 7억 유로 규모다.'],
    ['ko', 'Rund 1,5 Millionen Menschen flohen.', '약 15만 명이 피란했다.'],
    ['ko', 'Die Kosten stiegen auf 35.000 Euro.', '비용은 3만 유로로 늘었다.'],
    ['ko', 'Ein Bericht von elf Ländern erschien.', '12개국의 보고서가 나왔다.'],
    ['ko', 'Die G20 trafen sich.', 'G7은 만났다.'],
  ] as const)('planted (%s): %s → %s', (language, source, target) => {
    expect(rulesFound(language, source, target, 'number-mismatch')).not.toEqual([]);
  });
});

describe('date-mismatch', () => {
  it.each([
    ['en', 'Am 3. Juni traf er ihn.', 'He met him on June 3.'],
    ['en', 'Am 3. Juni traf er ihn.', 'He met him on 3 June.'],
    ['en', 'Am 3.6.2025 traf er ihn.', 'He met him on June 3, 2025.'],
    ['en', 'Seit Juni 2025 gilt das.', 'This has applied since June 2025.'],
    ['en', 'Am Montag traf er ihn.', 'He met him on Monday.'],
    ['en', 'Der 3. Versuch scheiterte.', 'The third attempt failed.'],
    ['en', 'Im Mai sagte Theresa May nichts.', 'In May, Theresa May said nothing.'],
    ['ko', 'Am 3. Juni traf er ihn.', '그는 6월 3일 그를 만났다.'],
    ['ko', 'Am 3.6.2025 traf er ihn.', '그는 2025년 6월 3일 그를 만났다.'],
    ['ko', 'Seit Juni 2025 gilt das.', '2025년 6월부터 적용된다.'],
    ['ko', 'Am Montag traf er ihn.', '그는 월요일 그를 만났다.'],
    ['ko', 'Nach einem ersten Besuch im März kam er wieder.', '지난 3월 방문에 이어 그가 다시 왔다.'],
    ['en', 'Am 3. und 4. Juni tagte der Rat.', 'The council met on June 3 and 4.'],
    ['en', 'Vom 3. bis 5. Juni tagte der Rat.', 'The council met from 3 to 5 June.'],
    ['ko', 'Vom 3. bis 5. Juni tagte der Rat.', '위원회는 6월 3~5일 회의를 열었다.'],
    ['ko', 'Am 3. und 4. Juni tagte der Rat.', '위원회는 6월 3일과 4일 회의를 열었다.'],
    ['en', 'Mitte März tagte der Rat.', 'The council met in mid-March.'],
    ['ko', 'Anfang Juni 2025 tagte der Rat.', '위원회는 2025년 6월 초 회의를 열었다.'],
  ] as const)('clean (%s): %s', (language, source, target) => {
    expect(rulesFound(language, source, target, 'date-mismatch')).toEqual([]);
  });

  it.each([
    ['en', 'Am 3. Juni traf er ihn.', 'He met him on July 3.'],
    ['en', 'Am 3. Juni traf er ihn.', 'He met him on June 4.'],
    ['en', 'Am 3.6.2025 traf er ihn.', 'He met him on March 6, 2025.'],
    ['en', 'Am Montag traf er ihn.', 'He met him on Tuesday.'],
    ['en', 'Er traf ihn.', 'He met him on June 3.'],
    ['ko', 'Am 3. Juni traf er ihn.', '그는 3월 6일 그를 만났다.'],
    ['ko', 'Seit Juni 2025 gilt das.', '2024년 6월부터 적용된다.'],
    ['ko', 'Am Freitag reiste er ab.', '그는 토요일 떠났다.'],
    ['en', 'Vom 3. bis 5. Juni tagte der Rat.', 'The council met from June 3 to 6.'],
    ['ko', 'Vom 3. bis 5. Juni tagte der Rat.', '위원회는 6월 3~6일 회의를 열었다.'],
  ] as const)('planted (%s): %s → %s', (language, source, target) => {
    expect(rulesFound(language, source, target, 'date-mismatch')).not.toEqual([]);
  });
});
