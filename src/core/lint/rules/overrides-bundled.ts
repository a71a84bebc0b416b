// A team fact with a bundled fact's id replaces it in every check: said, with both values, so a reviewer sees it.
import type { LoadedFact } from '../../types.ts';
import { atFact, teamFacts, type LintRule } from '../rule.ts';

const valueOf = (fact: LoadedFact): string => (fact.value === undefined ? 'no single value' : `${fact.value}${fact.currency ? ` ${fact.currency}` : fact.unit ? ` ${fact.unit}` : ''}`);

export const overridesBundled: LintRule = {
  id: 'overrides-bundled',
  description: 'a team fact that replaces a bundled one',
  check(context) {
    const bundled = new Map(context.bundled.map((fact) => [fact.id, fact]));
    return teamFacts(context).flatMap((fact) => {
      const replaced = bundled.get(fact.id);
      return replaced ? [atFact('overrides-bundled', fact, 'information', `fact ${fact.id} replaces the bundled fact: ${valueOf(fact)} as of ${fact.date} instead of ${valueOf(replaced)} as of ${replaced.date}`)] : [];
    });
  },
};
