// The loaded facts, indexed by the words that name them, so binding a claim never scans every fact.
import { entityKey, EntityIndex } from '../bind/entities.ts';
import { lexiconWith, type Lexicon } from '../lexicon/lexicon.ts';
import { PhraseIndex } from '../text/phrase-index.ts';
import type { DeclaredEntity, LoadedFact, Problem } from '../types.ts';
import type { FactFile } from './load.ts';
import { hasLowercase } from '../text/letters.ts';

/** A metric keyword and every fact it describes: one lookup per phrase, however many facts share it. */
export interface KeywordGroup {
  keyword: string;
  /** The keyword's words, normalised. */
  words: string[];
  /** A common word ("fund", "total"): weak evidence that tells no fact apart. */
  common: boolean;
  facts: LoadedFact[];
}

/** A team fact that takes a bundled fact's place is said so, with both values, so a CI log shows every override. */
function replacing(team: LoadedFact, bundled: LoadedFact): Problem {
  const value = (fact: LoadedFact): string => (fact.value === undefined ? 'no single value' : `${fact.value}${fact.unit ? ` ${fact.unit}` : fact.currency ? ` ${fact.currency}` : ''}`);
  return {
    file: team.origin.file,
    line: team.origin.line,
    column: team.origin.column,
    severity: 'warning',
    message: `fact ${team.id} replaces the bundled fact of that id (${value(bundled)} → ${value(team)})`,
  };
}

export class Dataset {
  readonly facts = new Map<string, LoadedFact>();
  /** Fact subjects as entities, with the aliases that name them. */
  readonly entities: EntityIndex;
  /** Metric keywords that tell a subject's figures apart; each group is added once. */
  readonly keywords = new PhraseIndex<KeywordGroup>(true);
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
      for (const fact of file.facts) {
        const replaced = this.facts.get(fact.id);
        if (replaced?.origin.bundled && !fact.origin.bundled) this.problems.push(replacing(fact, replaced));
        this.facts.set(fact.id, fact);
      }
      declared.push(...file.entities);
    }
    this.lexicon = lexiconWith(files.flatMap((file) => (file.lexicon ? [file.lexicon] : [])));
    this.entities = new EntityIndex(this.facts.values(), declared, this.lexicon);
    const groups = new Map<string, KeywordGroup>();
    for (const fact of this.facts.values()) {
      for (const keyword of fact.metric?.keywords ?? []) {
        // Phrases written in capitals ("MOF") only match capitals, so they stay apart from the same words in lower case.
        const words = entityKey(keyword);
        const key = `${words}\u0000${hasLowercase(keyword) ? '' : 'caps'}`;
        const group = groups.get(key) ?? { keyword, words: words.split(' '), common: this.lexicon.commonWords.has(words), facts: [] };
        group.facts.push(fact);
        groups.set(key, group);
      }
      this.index(fact);
    }
    for (const group of groups.values()) this.keywords.add(group.keyword, group, group.words);
    for (const fact of this.facts.values()) this.problems.push(...this.danglingReferences(fact));
  }

  /** A `supersededBy` or a disagreement's `fact` that names no loaded fact: the link is ignored, and said so. */
  private danglingReferences(fact: LoadedFact): Problem[] {
    const named = [
      ...(fact.supersededBy === undefined ? [] : [{ field: 'supersededBy', id: fact.supersededBy }]),
      ...(fact.disagreements ?? []).flatMap((entry) => (entry.fact === undefined ? [] : [{ field: 'disagreements[].fact', id: entry.fact }])),
    ];
    return named
      .filter(({ id }) => !this.facts.has(id))
      .map(({ field, id }) => ({ file: fact.origin.file, line: fact.origin.line, column: fact.origin.column, severity: 'warning', message: `fact ${fact.id}: ${field} names "${id}", which no loaded fact has` }));
  }

  private index(fact: LoadedFact): void {
    if (fact.regime) this.regimes.push(fact);
    if (!fact.supersededBy) return;
    const older = this.predecessors.get(fact.supersededBy) ?? [];
    older.push(fact);
    this.predecessors.set(fact.supersededBy, older);
  }

  get size(): number {
    return this.facts.size;
  }
}
