// The loaded facts, indexed by the words that name them, so binding a claim never scans every fact.
import { countryNames } from '../text/countries.ts';
import { PhraseIndex } from '../text/phrase-index.ts';
import type { LoadedFact, Problem } from '../types.ts';
import type { FactFile } from './load.ts';

export interface KeywordHit {
  fact: LoadedFact;
  keyword: string;
}

export class Dataset {
  readonly facts = new Map<string, LoadedFact>();
  /** Fact subjects: names, aliases and, for a country subject, the country's names. */
  readonly subjects = new PhraseIndex<LoadedFact>();
  /** Metric keywords that tell a subject's figures apart. */
  readonly keywords = new PhraseIndex<KeywordHit>();
  /** Tier facts: the regimes, in load order (bundled first). */
  readonly regimes: LoadedFact[] = [];
  readonly problems: Problem[] = [];

  /** Later files override earlier ones fact by fact (a team's fact replaces the bundled fact of the same id). */
  constructor(files: readonly FactFile[]) {
    for (const file of files) {
      this.problems.push(...file.problems);
      for (const fact of file.facts) this.facts.set(fact.id, fact);
    }
    for (const fact of this.facts.values()) this.index(fact);
  }

  private index(fact: LoadedFact): void {
    const names = [fact.subject.name, ...(fact.subject.aliases ?? []), ...(fact.subject.country ? countryNames(fact.subject.country) : [])];
    for (const name of names) this.subjects.add(name, fact);
    for (const keyword of fact.metric?.keywords ?? []) this.keywords.add(keyword, { fact, keyword });
    if (fact.kind === 'tier') this.regimes.push(fact);
  }

  get size(): number {
    return this.facts.size;
  }
}
