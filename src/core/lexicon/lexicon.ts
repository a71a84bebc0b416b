// The lexicon: the words figures and subjects are read with, as data (data/lexicon.json, schema/lexicon.schema.json).
// A team's fact file may add to it under `lexicon`; entries are looked up word by word, never compiled as patterns.
import bundledData from '../../../data/lexicon.json';
import { PhraseIndex } from '../text/phrase-index.ts';
import { normalizeWord, tokenize } from '../text/tokens.ts';

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

export interface LexiconData {
  currencies?: CurrencyEntry[];
  units?: UnitEntry[];
  commonWords?: string[];
  references?: Record<string, string[]>;
  determiners?: string[];
  pronouns?: string[];
  pastMarkers?: string[];
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
  /** Reference nouns ("fund", "company") with the entity type they refer to. */
  readonly referenceNouns = new PhraseIndex<string>();
  readonly determiners = new Set<string>();
  readonly pronouns = new Set<string>();
  readonly pastMarkers = new Set<string>();
  readonly countryGroups = new PhraseIndex<CountryGroup>();
  readonly units = new Map<string, UnitEntry>();
  readonly currencies = new Map<string, CurrencyEntry>();

  constructor(parts: readonly LexiconData[]) {
    for (const part of parts) {
      for (const currency of part.currencies ?? []) this.currencies.set(currency.code, mergeCurrency(this.currencies.get(currency.code), currency));
      for (const unit of part.units ?? []) this.units.set(unit.id, { ...this.units.get(unit.id), ...unit });
      for (const word of part.commonWords ?? []) this.commonWords.add(key(word));
      for (const [type, nouns] of Object.entries(part.references ?? {})) for (const noun of nouns) this.referenceNouns.add(noun, type);
      for (const word of part.determiners ?? []) this.determiners.add(normalizeWord(word));
      for (const word of part.pronouns ?? []) this.pronouns.add(normalizeWord(word));
      for (const word of part.pastMarkers ?? []) this.pastMarkers.add(normalizeWord(word));
      for (const group of part.countryGroups ?? []) for (const alias of [group.name, ...(group.aliases ?? [])]) this.countryGroups.add(alias, group);
    }
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

  currencyLabel(code: string): string {
    return this.currencies.get(code)?.label ?? `${code} `;
  }

  unitLabel(unit: string): string {
    return this.units.get(unit)?.label ?? ` ${unit}`;
  }
}

export const bundledLexiconData = bundledData as LexiconData;

let bundled: Lexicon | undefined;

/** The bundled lexicon alone, shared by every dataset that adds nothing to it. */
export function bundledLexicon(): Lexicon {
  bundled ??= new Lexicon([bundledLexiconData]);
  return bundled;
}

/** The bundled lexicon with a dataset's additions. */
export function lexiconWith(additions: readonly LexiconData[]): Lexicon {
  return additions.length === 0 ? bundledLexicon() : new Lexicon([bundledLexiconData, ...additions]);
}
