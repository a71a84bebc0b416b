// What detectors read and return: a unit of text with its shared analysis, and claims in its coordinates.
// The kinds that use them are registered in kinds/index.ts.
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { ClaimKind } from '../kinds/index.ts';
import type { Figure, TierClaimData, TierGroupClaimData, TierSizeClaimData } from '../types.ts';
import type { ScannedFigure } from '../text/scan-figures.ts';
import type { PhraseMatch } from '../text/phrase-index.ts';
import type { Token } from '../text/tokens.ts';
import type { TextUnit } from '../text/units.ts';

/** A unit of text with the analysis every detector shares, computed once. */
export interface UnitView {
  unit: TextUnit;
  text: string;
  tokens: Token[];
  sentences: { from: number; to: number }[];
  countries: PhraseMatch<string>[];
  /** Every written figure of the unit, read once with the lexicon. */
  figures: ScannedFigure[];
  lexicon: Lexicon;
  /** Text around the unit that can bind its figures: the section heading, a list's lead-in, a table's header. */
  context: UnitContext;
}

export interface UnitContext {
  heading?: string;
  leadIn?: string;
  /** The currency of the section's last amount, for a figure that states none ("344 billion"). */
  currency?: string;
}

/** A claim in plain-text coordinates of its unit. */
export interface UnitClaim {
  kind: ClaimKind;
  from: number;
  to: number;
  figure?: Figure;
  tier?: TierClaimData | TierGroupClaimData | TierSizeClaimData;
  /** Where the claimed value is written when it stands apart from what the claim is about: a tier claim's "Tier 1"
   * after its country. The editor marks both, and a replacement rewrites this. */
  valueSpan?: { from: number; to: number };
  /** Only reported when the figure binds to a fact (a bare count such as "227" or "five"). */
  needsFact?: boolean;
}

