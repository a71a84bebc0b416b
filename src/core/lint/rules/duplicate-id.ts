// Two facts with one id across the linted files: the later file's replaces the earlier one's without a word. (Twice in
// one file the loader already says so, under `schema`.)
import { atFact, teamFacts, type LintFinding, type LintRule } from '../rule.ts';
import type { LoadedFact } from '../../types.ts';

export const duplicateId: LintRule = {
  id: 'duplicate-id',
  description: 'a fact id used in two team files',
  check(context) {
    const first = new Map<string, LoadedFact>();
    const findings: LintFinding[] = [];
    for (const fact of teamFacts(context)) {
      const earlier = first.get(fact.id);
      if (!earlier) first.set(fact.id, fact);
      else if (earlier.origin.file !== fact.origin.file) findings.push(atFact('duplicate-id', fact, 'warning', `fact id "${fact.id}" is also used in ${earlier.origin.file}:${earlier.origin.line}; the one read later replaces the other`));
    }
    return findings;
  },
};
