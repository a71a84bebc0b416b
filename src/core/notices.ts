// Remarks on the memo as a whole: a tier claim relies on a rule that was rescinded before the memo's date.
import { citation } from './judge/sources.ts';
import type { CheckedClaim, LoadedFact, Notice } from './types.ts';

export function rescissionNotice(claims: readonly CheckedClaim[], facts: ReadonlyMap<string, LoadedFact>, memoDate: string): Notice[] {
  const notices: Notice[] = [];
  const regimes = new Set(claims.filter((claim) => claim.factId && facts.get(claim.factId)?.regime).map((claim) => claim.factId as string));
  for (const id of regimes) {
    const regime = facts.get(id);
    const rescission = regime?.statusHistory?.find((event) => event.status === 'rescinded' && event.date < memoDate);
    if (!regime || !rescission) continue;
    const sources = rescission.sources ?? regime.sources;
    const first = sources[0];
    notices.push({
      factId: regime.id,
      date: rescission.date,
      sources,
      message: `This memo (dated ${memoDate}) states tiers of ${regime.subject.name}, which was rescinded on ${rescission.date}${rescission.note ? `: ${rescission.note}` : ''}${first ? ` Source: ${citation(first)}.` : ''}`,
    });
  }
  return notices;
}
