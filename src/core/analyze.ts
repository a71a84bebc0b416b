// Parses one chunk and runs every detector over its text units. Results use chunk-relative offsets so a
// chunk that did not change can be reused at any position in the memo.
import { readsSectionCurrency } from './detectors/amount.ts';
import type { Directive } from './directives.ts';
import { claimKinds } from './kinds/index.ts';
import type { UnitClaim, UnitContext, UnitView } from './detectors/detector.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import type { UnitClaimText } from './judge/unit.ts';
import { findCountries } from './text/countries.ts';
import { scanFigures } from './text/scan-figures.ts';
import { datesIn, statedDate, statedMonthsBefore } from './text/dates.ts';
import { blockBeyondBudget, type OverBudget } from './text/block-budget.ts';
import { parseMarkdown } from './text/parse.ts';
import { lineBreaksIn } from './text/memo-points.ts';
import { sentenceIndexAt, sentenceRanges, tokenize } from './text/tokens.ts';
import { unitsOf } from './text/units.ts';

export interface ChunkClaim extends UnitClaim {
  view: UnitView;
  /** Source offsets relative to the chunk. */
  start: number;
  end: number;
  /** The value span's source offsets relative to the chunk (see `UnitClaim.valueSpan`). */
  valueStart?: number;
  valueEnd?: number;
  asOf?: string;
  /** The sentence places the claim this many months before the memo's date ("six months ago"). */
  monthsBefore?: number;
  /** The fact a `memocheck-fact` marker right after the claim cites: the claim is judged against it alone. */
  citedFact?: string;
}

export interface ChunkAnalysis {
  claims: ChunkClaim[];
  /** The claims of each unit that has any, each with its text on one line for messages: what judging reads. */
  judged: { view: UnitView; claims: UnitClaimText[] }[];
  /** Every unit of the chunk in reading order, claims or not: earlier units tell what later ones refer to. */
  views: UnitView[];
  /** The index in `views` of the chunk's last heading, or -1: where the section the next chunk is in starts. */
  lastHeading: number;
  frontMatter?: string;
  /** The chunk's suppression directives, at chunk-relative offsets and lines. */
  directives: Directive[];
  /** The context the next chunk starts with, its currency aside (see `currencyAfter`). */
  contextAfter: UnitContext;
  /** The currency the next chunk starts with: the chunk's own last one, none after a heading, else the one it got. */
  currencyAfter: { own?: string; reset: boolean };
  /** A figure took the currency the chunk started with: the analysis holds only under that currency. */
  readsCurrency: boolean;
  /** The chunk's line breaks: where the next chunk's lines start (see memo-points.ts). */
  lineBreaks: number;
  /** Where and why the chunk was left unparsed and unchecked (see block-budget.ts). */
  unchecked?: OverBudget;
}

/** Keeps one claim per stretch of text: clear claims before bare counts, then the kinds' order of precedence. The
 * characters kept claims cover are marked, so each claim is tested in its own length, however many the unit holds. */
function resolveOverlaps(claims: UnitClaim[], length: number): UnitClaim[] {
  const ordered = [...claims.filter((claim) => !claim.needsFact), ...claims.filter((claim) => claim.needsFact)];
  const covered = new Uint8Array(length + 1);
  const kept: UnitClaim[] = [];
  for (const claim of ordered) {
    let free = true;
    for (let at = claim.from; at < claim.to && free; at++) free = covered[at] === 0;
    if (!free) continue;
    covered.fill(1, claim.from, claim.to);
    kept.push(claim);
  }
  return kept.sort((a, b) => a.from - b.from);
}

/** A unit's claim placed in its chunk. Written out field by field: a spread of claims of every kind's shape is the
 * slowest way to copy them, and leaves objects of many shapes for everything that reads them after. */
function chunkClaimOf(claim: UnitClaim, view: UnitView, asOf: string | undefined, monthsBefore: number | undefined): ChunkClaim {
  const { offsets } = view.unit;
  const placed: ChunkClaim = { kind: claim.kind, from: claim.from, to: claim.to, view, start: offsets.startOf(claim.from), end: offsets.endOf(claim.to - 1) };
  if (claim.figure !== undefined) placed.figure = claim.figure;
  if (claim.tier !== undefined) placed.tier = claim.tier;
  if (claim.valueSpan !== undefined) {
    placed.valueSpan = claim.valueSpan;
    placed.valueStart = offsets.startOf(claim.valueSpan.from);
    placed.valueEnd = offsets.endOf(claim.valueSpan.to - 1);
  }
  if (claim.needsFact !== undefined) placed.needsFact = claim.needsFact;
  if (asOf) placed.asOf = asOf;
  if (monthsBefore) placed.monthsBefore = monthsBefore;
  return placed;
}

/** What may stand between a claim and the marker that cites it: blanks and closing punctuation. */
const BEFORE_MARKER = /^[\s.,;:!?)\]"'’”]{0,8}$/;

/** Gives each citation marker's id to the claim it follows, in one pass over both in source order. */
function citeMarkedClaims(claims: ChunkClaim[], markers: readonly { id: string; offset: number }[], text: string): void {
  const sorted = [...markers].sort((a, b) => a.offset - b.offset);
  let next = 0;
  for (const [index, claim] of claims.entries()) {
    const following = claims[index + 1]?.start ?? Number.POSITIVE_INFINITY;
    for (; next < sorted.length && (sorted[next]?.offset ?? 0) < claim.end; next++);
    const marker = sorted[next];
    if (marker && marker.offset < following && BEFORE_MARKER.test(text.slice(claim.end, marker.offset))) claim.citedFact = marker.id;
  }
}

/** The words around a unit that decide a shared currency symbol (¥ in a paragraph about Japan), read when needed. */
function wordsAround(text: string, context: UnitContext): () => ReadonlySet<string> {
  let words: Set<string> | undefined;
  return () => (words ??= new Set(tokenize(`${text} ${context.heading ?? ''} ${context.leadIn ?? ''}`).map((token) => token.norm)));
}

export function analyzeChunk(text: string, atMemoStart: boolean, contextBefore: UnitContext, lexicon: Lexicon): ChunkAnalysis {
  const unchecked = blockBeyondBudget(text);
  const lineBreaks = lineBreaksIn(text);
  if (unchecked) return { claims: [], judged: [], views: [], lastHeading: -1, directives: [], contextAfter: { ...contextBefore }, currencyAfter: { reset: false }, readsCurrency: false, lineBreaks, unchecked };
  const parsed = unitsOf(parseMarkdown(text, atMemoStart), text);
  const claims: ChunkClaim[] = [];
  const views: UnitView[] = [];
  const context: UnitContext = { ...contextBefore };
  const currencyAfter: ChunkAnalysis['currencyAfter'] = { reset: false };
  let readsCurrency = false;
  let lastHeading = -1;
  for (const unit of parsed.units) {
    if (unit.role === 'heading') {
      lastHeading = views.length;
      context.heading = unit.text;
      context.leadIn = undefined;
      context.currency = undefined;
      currencyAfter.own = undefined;
      currencyAfter.reset = true;
    }
    const tokens = tokenize(unit.text);
    const view: UnitView = {
      unit,
      text: unit.text,
      tokens,
      sentences: sentenceRanges(unit.text),
      countries: findCountries(tokens),
      figures: scanFigures(unit.text, tokens, lexicon, { around: wordsAround(unit.text, context) }),
      lexicon,
      context: { ...context },
    };
    views.push(view);
    if (unit.role === 'paragraph' && !unit.inList) context.leadIn = /:\s*$/.test(unit.text) ? unit.text : undefined;
    const found = resolveOverlaps(claimKinds.flatMap((kind) => kind.detect(view)), unit.text.length);
    const times = new Map<number, { dates: { at: number; date: string }[]; monthsBefore: number | undefined }>();
    const timeOf = (sentence: { from: number; to: number }) => {
      let time = times.get(sentence.from);
      if (!time) times.set(sentence.from, (time = { dates: datesIn(view.text, sentence), monthsBefore: statedMonthsBefore(view.text, sentence) }));
      return time;
    };
    if (currencyAfter.own === undefined && !currencyAfter.reset && readsSectionCurrency(view)) readsCurrency = true;
    const lastAmount = found.filter((claim) => claim.figure && lexicon.currencies.has(claim.figure.unit)).at(-1);
    if (lastAmount?.figure) context.currency = currencyAfter.own = lastAmount.figure.unit;
    for (const claim of found) {
      if (claim.to <= claim.from) continue;
      const sentence = view.sentences[sentenceIndexAt(view.sentences, claim.from)];
      const time = sentence ? timeOf(sentence) : undefined;
      const asOf = time ? statedDate(time.dates, claim.from) : undefined;
      const monthsBefore = time && !asOf ? time.monthsBefore : undefined;
      claims.push(chunkClaimOf(claim, view, asOf, monthsBefore));
    }
  }
  citeMarkedClaims(claims, parsed.factMarkers, text);
  // Claims come unit by unit, in order: one pass groups them. Messages read on one line even when the claim wraps.
  const judged: ChunkAnalysis['judged'] = [];
  for (const claim of claims) {
    const line = { claim, text: text.slice(claim.start, claim.end).replace(/\s+/g, ' ') };
    const last = judged.at(-1);
    if (last?.view === claim.view) last.claims.push(line);
    else judged.push({ view: claim.view, claims: [line] });
  }
  const analysis: ChunkAnalysis = { claims, judged, views, lastHeading, directives: parsed.directives, contextAfter: context, currencyAfter, readsCurrency, lineBreaks };
  if (parsed.frontMatter !== undefined) analysis.frontMatter = parsed.frontMatter;
  return analysis;
}
