// Country names and aliases, from ISO 3166 data (i18n-iso-countries, English only) plus the short forms memos use.
import countries from 'i18n-iso-countries/index.js';
import english from 'i18n-iso-countries/langs/en.json';
import { longestMatches, PhraseIndex, type PhraseMatch } from './phrase-index.ts';
import type { Token } from './tokens.ts';
import { hasLowercase } from './letters.ts';

/** Short forms and older names memo authors write that the ISO data lacks. */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['the United States', 'America', 'the U.S.', 'U.S', 'United States'],
  GB: ['Britain', 'the UK', 'U.K.', 'the United Kingdom', 'England'],
  AE: ['the Emirates', 'Emirates', 'U.A.E.'],
  SA: ['KSA', 'Saudi', 'the Kingdom of Saudi Arabia'],
  CN: ['PRC', 'Mainland China', 'the PRC'],
  KR: ['Korea', 'ROK'],
  KP: ['DPRK'],
  TR: ['Turkiye'],
  MM: ['Burma'],
  // "Hong Kong, China" and "Macao, China" are the names these members use in the WTO and APEC; "Taiwan, China" is
  // Beijing's usage: each names the one territory, not two countries.
  MO: ['Macau', 'Macao', 'Macao, China', 'Macau, China'],
  HK: ['Hong Kong', 'Hong Kong, China'],
  TW: ['Taiwan, China'],
  CZ: ['Czech Republic', 'Czechia'],
  NL: ['Holland', 'the Netherlands'],
  CD: ['DRC', 'Democratic Republic of Congo'],
  CI: ["Cote d'Ivoire", 'Ivory Coast'],
  VN: ['Vietnam'],
  RU: ['Russia'],
  IR: ['Iran'],
  SY: ['Syria'],
  VE: ['Venezuela'],
  LA: ['Laos'],
};

/** Names that would name two countries, or are common words, and so name none. */
const AMBIGUOUS = new Set(['Congo', 'Georgia', 'Jordan', 'Chad', 'Guinea', 'Niger', 'Dominica']);

let index: PhraseIndex<string> | undefined;
let names: Map<string, string[]> | undefined;
let isoNames: Record<string, string[]> | undefined;

function build(): void {
  countries.registerLocale(english);
  index = new PhraseIndex<string>();
  names = new Map();
  isoNames = countries.getNames('en', { select: 'all' });
  for (const [code, list] of Object.entries(isoNames)) {
    const aliases = [...list, ...(EXTRA_ALIASES[code] ?? [])].filter((name) => !AMBIGUOUS.has(name));
    names.set(code, aliases);
    for (const alias of aliases) index.add(alias, code);
  }
}

function countryIndex(): PhraseIndex<string> {
  if (!index) build();
  return index as PhraseIndex<string>;
}

/** Country mentions among tokens, longest names first; payload is the ISO alpha-2 code. */
export function findCountries(tokens: readonly Token[]): PhraseMatch<string>[] {
  return longestMatches(countryIndex().find(tokens));
}

/** Every name of a country, for facts whose subject is a country. */
export function countryNames(code: string): string[] {
  if (!names) build();
  return names?.get(code) ?? [];
}

/** Names the ISO data gives only in a formal form. */
const DISPLAY_NAMES: Record<string, string> = { US: 'the United States', GB: 'the United Kingdom', CN: 'China', KR: 'South Korea' };

/** The everyday English name ("South Korea", not "Korea, Republic of"), for messages. */
export function countryName(code: string): string {
  if (!isoNames) build();
  const list = isoNames?.[code] ?? [];
  const plain = list.filter((name) => !name.includes(',') && hasLowercase(name)).sort((a, b) => a.length - b.length);
  return DISPLAY_NAMES[code] ?? plain[0] ?? list[0] ?? code;
}

export function isCountryCode(code: string): boolean {
  return countries.isValid(code);
}
