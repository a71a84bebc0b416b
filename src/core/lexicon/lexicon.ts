// The lexicon: the words figures and subjects are read with, as data (data/lexicon.json, schema/lexicon.schema.json).
// A team's fact file may add to it under `lexicon`; entries are looked up word by word, never compiled as patterns.
import bundledData from '../../../data/lexicon.json';
import { PhraseIndex } from '../text/phrase-index.ts';
import { SpellingTable } from './spellings.ts';
import { normalizeWord, tokenize } from '../text/tokens.ts';
import { hasLowercase } from '../text/letters.ts';

export interface CountryGroup {
  name: string;
  aliases?: string[];
  members: string[];
}

export interface UnitEntry {
  id: string;
  label?: string;
  dimension?: string;
  factor?: number;
  spellings?: string[];
}

export interface CurrencyEntry {
  code: string;
  label?: string;
  before?: string[];
  after?: string[];
  when?: string[];
}

export interface ScaleEntry {
  factor: number;
  words?: string[];
  suffixes?: string[];
}

/** What a spelling after a number says: a unit of measure, or a currency. */
export type AfterNumber = { unit: string; currency?: undefined } | { currency: string; unit?: undefined };

export interface LexiconData {
  currencies?: CurrencyEntry[];
  scales?: ScaleEntry[];
  numberWords?: Record<string, number>;
  multipliers?: string[];
  units?: UnitEntry[];
  commonWords?: string[];
  references?: Record<string, string[]>;
  determiners?: string[];
  pronouns?: string[];
  pastMarkers?: string[];
  linkingVerbs?: string[];
  functionWords?: string[];
  labelHeaders?: string[];
  inOrder?: string[];
  partNouns?: string[];
  territories?: Record<string, string>;
  countryGroups?: CountryGroup[];
}

/** A team's entry for a known currency adds spellings to it rather than replacing it. */
function mergeCurrency(known: CurrencyEntry | undefined, added: CurrencyEntry): CurrencyEntry {
  if (!known) return added;
  const merged: CurrencyEntry = { ...known, ...added };
  for (const list of ['before', 'after', 'when'] as const) merged[list] = [...(known[list] ?? []), ...(added[list] ?? [])];
  return merged;
}

const key = (phrase: string): string => tokenize(phrase).map((token) => token.norm).join(' ');

export class Lexicon {
  readonly commonWords = new Set<string>();
  /** Common words written in capitals ("AI"): only these make an alias in capitals weak, so "US" is not "us". */
  readonly commonCapitals = new Set<string>();
  /** Reference nouns ("fund", "company") with the entity type they refer to. */
  readonly referenceNouns = new PhraseIndex<string>();
  readonly determiners = new Set<string>();
  readonly pronouns = new Set<string>();
  readonly pastMarkers = new Set<string>();
  /** Words joining a measured thing to its figure ("came to", "was worth"). */
  readonly linkingVerbs = new Set<string>();
  readonly functionWords = new Set<string>();
  readonly labelHeaders = new Set<string>();
  readonly inOrder = new Set<string>();
  readonly partNouns = new Set<string>();
  /** Dependent territories and their sovereigns, by ISO code. */
  readonly territories = new Map<string, string>();
  readonly countryGroups = new PhraseIndex<CountryGroup>();
  readonly units = new Map<string, UnitEntry>();
  readonly currencies = new Map<string, CurrencyEntry>();
  /** Currency symbols and codes written before a number, by spelling. */
  readonly currencyBefore = new SpellingTable<string>();
  /** Unit and currency spellings written after a number. */
  readonly afterNumber = new SpellingTable<AfterNumber>();
  readonly scaleWords = new SpellingTable<number>();
  readonly scaleSuffixes = new SpellingTable<number>();
  readonly numberWords = new Map<string, number>();

  /** Whether a name is only a common word ("the", "fund", "AI"): an alias in capitals ("US") matches capitals only, so
   * it is common only when listed in capitals. `phraseKey`: its words normalised and joined, when known already. */
  isCommonWord(phrase: string, phraseKey = key(phrase)): boolean {
    return (hasLowercase(phrase) ? this.commonWords : this.commonCapitals).has(phraseKey);
  }

  constructor(parts: readonly LexiconData[]) {
    for (const part of parts) this.read(part);
    for (const currency of this.currencies.values()) {
      for (const spelling of currency.before ?? []) this.currencyBefore.add(spelling, spelling);
      for (const spelling of currency.after ?? []) this.afterNumber.add(spelling, { currency: currency.code });
    }
    for (const unit of this.units.values()) for (const spelling of unit.spellings ?? []) this.afterNumber.add(spelling, { unit: unit.id });
  }

  private read(part: LexiconData): void {
    for (const currency of part.currencies ?? []) this.currencies.set(currency.code, mergeCurrency(this.currencies.get(currency.code), currency));
    for (const unit of part.units ?? []) this.units.set(unit.id, { ...this.units.get(unit.id), ...unit });
    for (const scale of part.scales ?? []) {
      for (const word of scale.words ?? []) this.scaleWords.add(word, scale.factor);
      for (const suffix of scale.suffixes ?? []) this.scaleSuffixes.add(suffix, scale.factor);
    }
    for (const [word, value] of Object.entries(part.numberWords ?? {})) this.numberWords.set(normalizeWord(word), value);
    for (const spelling of part.multipliers ?? []) this.afterNumber.add(spelling, { unit: 'multiple' });
    for (const word of part.commonWords ?? []) {
      this.commonWords.add(key(word));
      if (!hasLowercase(word)) this.commonCapitals.add(key(word));
    }
    for (const [type, nouns] of Object.entries(part.references ?? {})) for (const noun of nouns) this.referenceNouns.add(noun, type);
    for (const word of part.determiners ?? []) this.determiners.add(normalizeWord(word));
    for (const word of part.pronouns ?? []) this.pronouns.add(normalizeWord(word));
    for (const word of part.pastMarkers ?? []) this.pastMarkers.add(normalizeWord(word));
    for (const word of part.linkingVerbs ?? []) this.linkingVerbs.add(normalizeWord(word));
    for (const word of part.functionWords ?? []) this.functionWords.add(normalizeWord(word));
    for (const word of part.labelHeaders ?? []) this.labelHeaders.add(normalizeWord(word));
    for (const word of part.inOrder ?? []) this.inOrder.add(normalizeWord(word));
    for (const word of part.partNouns ?? []) this.partNouns.add(normalizeWord(word));
    for (const [territory, sovereign] of Object.entries(part.territories ?? {})) this.territories.set(territory, sovereign);
    for (const group of part.countryGroups ?? []) for (const alias of [group.name, ...(group.aliases ?? [])]) this.countryGroups.add(alias, group);
  }

  /** Two units that convert into each other (PFLOPS and EFLOPS). */
  sameDimension(a: string, b: string): boolean {
    const first = this.units.get(a);
    const second = this.units.get(b);
    return first?.dimension !== undefined && first.dimension === second?.dimension && first.factor !== undefined && second.factor !== undefined;
  }

  /** A value in unit `from` expressed in unit `to`, for units of one dimension. */
  convert(value: number, from: string, to: string): number {
    if (from === to) return value;
    const factorFrom = this.units.get(from)?.factor ?? 1;
    const factorTo = this.units.get(to)?.factor ?? 1;
    return (value * factorFrom) / factorTo;
  }

  /** The currency a symbol or code before a number stands for: one whose `when` words the text around has, else the
   * first that has no such condition (¥ is yuan unless the text speaks of Japan). */
  currencyWritten(spelling: string, around: () => ReadonlySet<string>): string | undefined {
    const matching = [...this.currencies.values()].filter((currency) => currency.before?.includes(spelling));
    const conditional = matching.length > 1 ? matching.find((currency) => currency.when?.some((word) => around().has(normalizeWord(word)))) : undefined;
    return (conditional ?? matching.find((currency) => !currency.when) ?? matching[0])?.code;
  }

  currencyLabel(code: string): string {
    return this.currencies.get(code)?.label ?? `${code} `;
  }

  unitLabel(unit: string): string {
    return this.units.get(unit)?.label ?? ` ${unit}`;
  }
}

const bundledLexiconData = bundledData as LexiconData;

let bundled: Lexicon | undefined;

/** The bundled lexicon alone, shared by every dataset that adds nothing to it. */
function bundledLexicon(): Lexicon {
  bundled ??= new Lexicon([bundledLexiconData]);
  return bundled;
}

/** The bundled lexicon with a dataset's additions. */
export function lexiconWith(additions: readonly LexiconData[]): Lexicon {
  return additions.length === 0 ? bundledLexicon() : new Lexicon([bundledLexiconData, ...additions]);
}
