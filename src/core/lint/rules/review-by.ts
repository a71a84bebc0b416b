// A fact past the day its keepers set to check it again (`reviewBy`).
import { atFact, teamFacts, type LintRule } from '../rule.ts';

export const reviewBy: LintRule = {
  id: 'review-by',
  description: 'a fact past its reviewBy day',
  check: (context) =>
    teamFacts(context).flatMap((fact) => (fact.reviewBy !== undefined && fact.reviewBy < context.today ? [atFact('review-by', fact, 'warning', `fact ${fact.id} was due for review by ${fact.reviewBy}`)] : [])),
};
