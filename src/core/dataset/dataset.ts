// The loaded facts, indexed by the words that name them, so binding a claim never scans every fact.
import { EntityIndex } from '../bind/entities.ts';
import { lexiconWith, type Lexicon } from '../lexicon/lexicon.ts';
import { PhraseIndex } from '../text/phrase-index.ts';
import type { DeclaredEntity, LoadedFact, Problem } from '../types.ts';
import type { FactFile } from './load.ts';

export interface KeywordHit {
  fact: LoadedFact;
  keyword: string;
}

export class Dataset {
  readonly facts = new Map<string, LoadedFact>();
  /** Fact subjects as entities, with the aliases that name them. */
  readonly entities: EntityIndex;
  /** Metric keywords that tell a subject's figures apart. */
  readonly keywords = new PhraseIndex<KeywordHit>();
  /** Tier facts: the regimes, in load order (bundled first). */
  readonly regimes: LoadedFact[] = [];
  readonly problems: Problem[] = [];
  readonly lexicon: Lexicon;
  /** Facts a newer fact superseded, by the newer fact's id. */
  readonly predecessors = new Map<string, LoadedFact[]>();

  /** Later files override earlier ones fact by fact (a team's fact replaces the bundled fact of the same id). */
  constructor(files: readonly FactFile[]) {
    const declared: DeclaredEntity[] = [];
    for (const file of files) {
      this.problems.push(...file.problems);
      for (const fact of file.facts) this.facts.set(fact.id, fact);
      declared.push(...file.entities);
    }
    this.lexicon = lexiconWith(files.flatMap((file) => (file.lexicon ? [file.lexicon] : [])));
    this.entities = new EntityIndex(this.facts.values(), declared, this.lexicon.commonWords);
    for (const fact of this.facts.values()) this.index(fact);
  }

  private index(fact: LoadedFact): void {
    for (const keyword of fact.metric?.keywords ?? []) this.keywords.add(keyword, { fact, keyword });
    if (fact.regime) this.regimes.push(fact);
    if (fact.supersededBy) this.predecessors.set(fact.supersededBy, [...(this.predecessors.get(fact.supersededBy) ?? []), fact]);
  }

  get size(): number {
    return this.facts.size;
  }
}
