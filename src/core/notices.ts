// Remarks on the memo as a whole: a tier claim relies on a rule that was rescinded before the memo's date; the front
// matter's date could not be read, so the memo is judged as of another.
import { sourceTag } from './judge/sources.ts';
import { ruleOf } from './judge/tier.ts';
import type { LoadedFact, Notice } from './types.ts';

export function rescissionNotice(facts: ReadonlyMap<string, LoadedFact>, memoDate: string): Notice[] {
  const notices: Notice[] = [];
  // The claims' facts, in the order the claims first name them: a tier rule's fact is the regime a claim states.
  for (const regime of facts.values()) {
    if (!regime.regime) continue;
    const rescission = regime.statusHistory?.find((event) => event.status === 'rescinded' && event.date < memoDate);
    if (!rescission) continue;
    const sources = rescission.sources ?? regime.sources;
    // The one line says what to act on; why the rule went (its note) is the dataset's to tell.
    notices.push({
      factId: regime.id,
      date: rescission.date,
      sources,
      message: `This memo (dated ${memoDate}) states tiers of ${ruleOf(regime)}, rescinded on ${rescission.date}${sourceTag(sources)}`,
    });
  }
  return notices;
}

/** The memo's `date:` is in no form Memocheck reads: said, with the date it is judged as of instead. */
export function unreadDateNotice(written: string, asOf: string): Notice {
  return {
    sources: [],
    message: `The front matter date "${written.slice(0, 60)}" is not a date Memocheck reads (2025-03-10, 2025/03/10, March 10, 2025, 10 March 2025, March 2025 or 2025): the memo is judged as of ${asOf}.`,
  };
}
