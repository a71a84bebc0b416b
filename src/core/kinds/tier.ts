// Tier claims: which tier of an export-control regime a country or group of countries is in, and how many countries
// a tier holds. Judged one by one against the regime's tiers.
import { detectTiers } from '../detectors/tier.ts';
import { judgeTier } from '../judge/tier.ts';
import { isCountryCode } from '../text/countries.ts';
import type { Fact } from '../types.ts';
import type { ClaimKindModule, FactProblem } from './kind.ts';

function regimeProblems(fact: Fact): FactProblem[] {
  const problems: FactProblem[] = [];
  fact.regime?.tiers.forEach((tier, tierIndex) =>
    tier.members?.forEach((code, memberIndex) => {
      if (!isCountryCode(code)) problems.push({ path: ['regime', 'tiers', tierIndex, 'members', memberIndex], message: `"${code}" is not an ISO 3166-1 alpha-2 country code` });
    }),
  );
  return problems;
}

export const tierKind = {
  kind: 'tier',
  description: 'A country\u2019s tier under an export-control regime, or the size of a tier.',
  detect: detectTiers,
  judge: judgeTier,
  factProblems: regimeProblems,
} as const satisfies ClaimKindModule;
