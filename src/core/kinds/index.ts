// The registry of claim kinds: a new kind is one new file in this folder and one entry here. The kind type, the SARIF
// rules, the usage text and the order of precedence (where two claims overlap, the earlier kind's is kept) come
// from this list.
import { amountKind } from './amount.ts';
import { benchmarkKind } from './benchmark.ts';
import type { ClaimKindModule } from './kind.ts';
import { tierKind } from './tier.ts';

export const claimKinds = [tierKind, amountKind, benchmarkKind] as const;

export type ClaimKind = (typeof claimKinds)[number]['kind'];

export function kindModule(kind: string): ClaimKindModule | undefined {
  return claimKinds.find((module) => module.kind === kind);
}
