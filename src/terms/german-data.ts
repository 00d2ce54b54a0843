/**
 * What marks a capitalised German word as an ordinary noun, or a name. Written for this project from the
 * frequent nouns of German news (no third-party word list, so no licence question); the corpus itself adds
 * more: a word written lower-case anywhere is not a name.
 */

/** Frequent capitalised words of German news that are not names (nouns, and forms of address). */
export const COMMON_NOUNS = new Set(`
Abend Abkommen Abgeordnete Abgeordneten Absicht Agentur Amt Amtes Amtskollege Amtskollegen Amtseid Amtseinführung
Angaben Angriff Angriffe Anfang Angst Anklage Antwort Arbeit Armee Art Aufgabe Ausland Außenpolitik Außenminister
Bank Bau Bedeutung Behörde Behörden Beobachter Bericht Berichten Berichte Berufung Besuch Bevölkerung Beziehungen
Bild Bürger Bürgermeister Chef Daten Delegation Demokratie Diktator Dienstag Donnerstag Dorf Druck Ende Entscheidung
Erklärung Euro Fall Fälle Familie Fragen Frage Frau Frauen Freitag Frieden Führung Gebiet Gefahr Geld Gericht Geschichte
Gespräch Gespräche Gesellschaft Gesetz Gipfel Grenze Grund Gruppe Hälfte Hand Haus Hauptstadt Hilfe Information
Informationen Infrastruktur Interesse Jahr Jahre Jahren Jahres Journalisten Kanzler Kinder Kommission Konflikt
Kosten Krieg Krieges Kritik Kurs Lage Land Länder Ländern Landes Leben Leiter Leute Macht Machthaber Mann Markt
Medien Mehrheit Menschen Milliarden Millionen Minister Ministerin Ministerium Mitglied Mitglieder Mittwoch Monat
Monate Monaten Montag Morgen Nachrichtenagentur Nacht Nähe Opposition Ort Parlament Partei Parteien Person Personen
Plan Pläne Politik Politiker Polizei Präsident Präsidenten Präsidentin Presse Problem Probleme Projekt Prozent
Rahmen Recht Rede Regierung Region Reise Rolle Russen Samstag Sanktionen Schritt Schutz Seite Sicherheit
Sicherheitsberater Sicherheitsrat Sonntag Soldaten Sprecher Sprecherin Staat Staaten Stadt Stelle Stimme Streit
Stunden Tag Tage Tagen Teil Teile Treffen Truppen Unternehmen Unterstützung Ursache Verbindung Vereinbarung
Verhandlungen Versprechen Vertrag Vertreter Verteidigung Volk Vorschlag Waffen Wahl Wahlen Weg Welt Woche Wochen
Wirtschaft Zahl Zeit Zeitung Ziel Zusammenarbeit Zukunft
Herr Herrn Dr Prof Sie Ihr Ihre Ihnen Ihren Ihrer
Januar Februar März April Mai Juni Juli September Oktober November Dezember
`.trim().split(/\s+/));

/** Endings of German common nouns (and nominalisations) that names rarely have. */
export const COMMON_NOUN_SUFFIX = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ion|ionen|tät|täten|ismus|nis|nisse|tum|ment|mente|chen|lein|ität|enz|anz|agentur|politik|republik|minister|ministerin|präsident|sprecher|berater|rat|krieg|kriege|gesetz|bericht|treffen|bank)$/u;

/** Titles and roles written before a name: `Präsident Macron`, `Sprecher Peskow`. */
export const TITLE_TRIGGERS = new Set(`
Präsident Präsidentin Präsidenten Minister Ministerin Ministers Ministerpräsident Ministerpräsidentin
Außenminister Außenministerin Verteidigungsminister Verteidigungsministerin Regierungschef Regierungschefin
Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin Sprecher Sprecherin Regierungssprecher Chef Chefin Direktor
Direktorin Botschafter Botschafterin Generalsekretär Bürgermeister Bürgermeisterin General Abgeordnete
Abgeordneter Senator Senatorin Gouverneur Gouverneurin König Königin Papst Premier Premierminister
Premierministerin Vorsitzende Vorsitzender Herr Frau Herrn Dr Prof Kollege Kollegin Amtskollege Amtskollegen
Nachrichtenagentur Zeitung Sender Konzern Firma Unternehmen Stadt Provinz Region Hauptstadt
`.trim().split(/\s+/));

/** Words after a name that make it an organisation: `Siemens AG`, `Muster GmbH`. */
export const COMPANY_TRIGGERS = new Set(['GmbH', 'AG', 'SE', 'KG', 'eG', 'e.V', 'Inc', 'Ltd', 'Holding', 'Group']);

/** Endings of place names: `Hamburg`, `Heidelberg`, `Düsseldorf`, `Wolfsburg`. */
export const PLACE_SUFFIX = /\p{Ll}(?:burg|berg|dorf|hausen|heim|stadt|furt|grad|sk|ow|au)$/u;

/** Capitalised adjectives that belong to a name when a noun follows (`Demokratische Partei`). */
export const NAME_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:isch|al|ig)(?:e|en|er|es|em)$/u;

/** A lower-case adjective of a country or people (`koreanischen`): part of a name only before a name head (`Halbinsel`). */
export const PLACE_ADJECTIVE = /^\p{Ll}{3,}isch(?:e|en|er|es|em)$/u;
