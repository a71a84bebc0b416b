// A source a reader cannot follow or date: no web address (unless it is the memo it was reported in), no date, or no
// short quote of what it says.
import { atFact, teamFacts, type LintRule } from '../rule.ts';

export const incompleteSource: LintRule = {
  id: 'incomplete-source',
  description: 'a source without a web address, a date or a quote',
  check: (context) =>
    teamFacts(context).flatMap((fact) =>
      fact.sources.flatMap((source, index) => {
        const name = `fact ${fact.id}: source ${index + 1} ("${source.title.slice(0, 60)}")`;
        return [
          ...(source.url === undefined && source.grade !== 'memo-as-reported' ? [atFact('incomplete-source', fact, 'warning', `${name} has no url`)] : []),
          ...(source.date === undefined ? [atFact('incomplete-source', fact, 'warning', `${name} has no date`)] : []),
          ...(source.quote === undefined ? [atFact('incomplete-source', fact, 'information', `${name} has no quote of what it says`)] : []),
        ];
      })),
};
