// Shared shapes of the engine: what detectors find, what the dataset holds, what a check returns.

import type { ClaimKind } from './kinds/index.ts';

export type { ClaimKind };
/** Every verdict, most severe first. */
export const VERDICTS = ['contradicted', 'outdated', 'disputed', 'unverified', 'supported'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** unist point: 1-based line and column, 0-based offset, all in UTF-16 code units. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A closed interval of values a claim or a fact allows. */
export interface Interval {
  low: number;
  high: number;
}

/** How a claim qualifies its figure ("about", "up to", "over", a range). */
export type Qualifier = 'exact' | 'approximate' | 'at-most' | 'at-least' | 'nearly' | 'range';

/** A figure as written: its value, the range it allows, and how to write it back. */
export interface Figure {
  value: number;
  allowed: Interval;
  /** The figure as a point, within its rounding, whatever its qualifier: "up to $10 billion" is 10 billion here. */
  point: Interval;
  qualifier: Qualifier;
  /** Currency (ISO 4217) for amounts, unit for benchmarks, 'tier' for tier sizes. */
  unit: string;
  /** The scale word the author used ("billion", "bn", "million", ""), to write a fix in the same style. */
  scale: string;
  /** What that scale word multiplies by. */
  factor: number;
  /** The figure a change starts from ("fell from 9.26% to 1.70%"): a value of an earlier time, never outdated. */
  startsChange?: boolean;
}

export interface TierClaimData {
  type: 'membership';
  /** ISO 3166-1 alpha-2. */
  country: string;
  tier: number;
  negated: boolean;
}

/** A group of countries placed in a tier ("NATO partners", "the EU", "GCC states"). */
export interface TierGroupClaimData {
  type: 'group';
  group: string;
  /** ISO 3166-1 alpha-2 codes of the group's members. */
  members: string[];
  tier: number;
  negated: boolean;
}

export interface TierSizeClaimData {
  type: 'size';
  tier: number;
  figure: Figure;
  /** No country is named with the count: it may leave the United States out, whose exports the regime controls
   * ("18 close allies", "18 countries"). */
  withoutExporter: boolean;
}

/** How directly a source knows a figure, strongest first: the rule's text, the agency or the company's own filing;
 * a news report or analysis; a copy of one; a memo that reports the figure without saying where it comes from. */
export type SourceGrade = 'primary' | 'secondary' | 'syndicated' | 'memo-as-reported';

export interface Source {
  title: string;
  publisher: string;
  date?: string;
  url?: string;
  quote?: string;
  grade?: SourceGrade;
  /** Older form of `grade: secondary`. */
  secondary?: boolean;
}

export interface Disagreement {
  note: string;
  sources?: Source[];
  /** The fact that holds the disagreeing source's value. */
  fact?: string;
}

export interface SeriesGap {
  from: string;
  to: string;
  note?: string;
}

export interface SeriesPoint {
  date: string;
  value: number;
  note?: string;
  sources?: Source[];
}

export interface TierDefinition {
  tier: number;
  name?: string;
  members?: string[];
  rest?: boolean;
  size?: { value: number; tolerance?: Tolerance; note?: string };
  sources?: Source[];
}

export interface Tolerance {
  relative?: number;
  absolute?: number;
}

export interface StatusEvent {
  date: string;
  status: FactStatus;
  note?: string;
  sources?: Source[];
}

export type FactStatus = 'in-force' | 'rescinded' | 'superseded';

/** What a fact is about. `type` lets references ("the fund", "the company") find it; `partOf` names the entity it
 * belongs to (a fund's phase, a rule's provision), so naming the whole points at its parts. */
export interface Subject {
  name: string;
  aliases?: string[];
  country?: string;
  type?: string;
  partOf?: string;
}

/** A name a dataset declares so memos' mentions of it are recognised, though no fact measures it. */
export interface DeclaredEntity {
  name: string;
  type: string;
  aliases?: string[];
  partOf?: string;
}

export interface Fact {
  id: string;
  kind: ClaimKind;
  subject: Subject;
  metric?: { name: string; keywords?: string[] };
  value?: number;
  currency?: string;
  conversions?: { currency: string; value: number; note?: string }[];
  unit?: string;
  bound?: 'exact' | 'approximate' | 'at-least' | 'at-most';
  tolerance?: Tolerance;
  series?: SeriesPoint[];
  /** Stretches of a series with no verified value: a claim dated inside one is unverified, never judged against a
   * distant point. */
  gaps?: SeriesGap[];
  regime?: { tiers: TierDefinition[] };
  date: string;
  status?: FactStatus;
  statusHistory?: StatusEvent[];
  supersededBy?: string;
  /** The day by which the dataset's keepers check the fact again (lint-dataset warns once it has passed). */
  reviewBy?: string;
  sources: Source[];
  disagreements?: Disagreement[];
  note?: string;
}

/** Where a fact was loaded from, so hovers and reports can name the dataset file. */
export interface FactOrigin {
  file: string;
  line: number;
  column: number;
  bundled: boolean;
}

export interface LoadedFact extends Fact {
  origin: FactOrigin;
}

export type ProblemSeverity = 'error' | 'warning';

/** A problem in a dataset file or a memo, located for people to fix. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Where the offending key or value ends, on the same line: the editor underlines all of it. */
  end?: { line: number; column: number };
  severity: ProblemSeverity;
  message: string;
}

/** A judged claim: what the CLI prints and the editor shows. */
export interface CheckedClaim {
  kind: ClaimKind;
  text: string;
  start: Point;
  end: Point;
  verdict: Verdict;
  factId: string | null;
  message: string;
  sources: Source[];
  /** The reference value written in the claim's own style, for a quick fix; absent when there is none. It replaces
   * `value` when the claim has one, else the claim's text. */
  expected?: string;
  /** Where the claimed value is written apart from the claim's text: a tier claim's "Tier 1" after its country. */
  value?: { text: string; start: Point; end: Point };
  /** The claimed and the reference value in words ("not Tier 1", "Tier 2"; "90.8%"), for the hover. */
  claimed?: string;
  reference?: string;
  /** The date the claim was judged as of. */
  asOf: string;
  /** The sentence the claim is in, as plain text: what a review's fingerprint reads (review/fingerprint.ts). */
  sentence: string;
  /** A figure's value as stated, in its currency or unit, for comparing memos (consistency.ts). */
  stated?: { value: number; unit: string };
  /** What an unverified figure is about (its sentence's subject and measured thing), for comparing memos. */
  about?: { key: string; label: string };
}

/** A suppression directive as a waiver: what it hides, why, until when, and what is wrong with it. */
export interface Waiver {
  directive: string;
  /** Claim kinds or fact ids it holds for; empty: every claim. */
  targets: string[];
  reason?: string;
  until?: string;
  /** Where the directive's comment is. */
  start: Point;
  end: Point;
  expired: boolean;
  /** The claims it hides (none once expired). */
  hides: { text: string; kind: ClaimKind; verdict: Verdict; start: Point; factId: string | null }[];
  /** Warnings on the directive itself: expired, no reason, an unread date, an unknown field. */
  problems: string[];
}

/** A block of the memo left unchecked, and why. */
export interface UncheckedBlock {
  start: Point;
  end: Point;
  reason: string;
}

/** A remark on the memo as a whole: a rule it relies on was rescinded (with that fact, its date and sources), or its
 * front matter date could not be read. */
export interface Notice {
  message: string;
  factId?: string;
  date?: string;
  sources: Source[];
}
