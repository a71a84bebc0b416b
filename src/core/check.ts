// Checks a memo: split into chunks, analyse each (reusing unchanged chunks from a previous check),
// bind every claim to facts and judge it as of its date.
import { analyzeChunk, type ChunkAnalysis, type ChunkClaim } from './analyze.ts';
import { ChunkCache } from './chunk-cache.ts';
import { EarlierReports, newReport, reportAt, stillHolds, type ChunkReport, type UnitJudgements } from './chunk-reports.ts';
import { unchangedChunks } from './unchanged-chunks.ts';
import type { Dataset } from './dataset/dataset.ts';
import type { UnitContext } from './detectors/detector.ts';
import { visitDiscourse, type Discourse } from './bind/discourse.ts';
import { judgeUnit } from './judge/unit.ts';
import type { Judgement } from './judge/verdict.ts';
import { hiddenClaims, type Directive } from './directives.ts';
import { rescissionNotice, unreadDateNotice } from './notices.ts';
import { resplitAround, splitChunks, type Chunk, type Resplit } from './text/chunks.ts';
import { MemoPoints } from './text/memo-points.ts';
import { claimDate, frontMatterDate } from './text/dates.ts';
import { sentenceIndexAt } from './text/tokens.ts';
import type { CheckedClaim, LoadedFact, Notice, Point, UncheckedBlock, Waiver } from './types.ts';
import { isExpired, waiversOf } from './waivers.ts';

export interface CheckOptions {
  dataset: Dataset;
  /** Today's date (YYYY-MM-DD), the memo's date when its front matter has none. Defaults to the clock. */
  today?: string;
}

export interface CheckResult {
  text: string;
  claims: CheckedClaim[];
  notices: Notice[];
  /** The date the memo is judged as of. */
  memoDate: string;
  /** Claims hidden by suppression directives (directives.ts). */
  suppressed: number;
  /** The suppression directives, as waivers (waivers.ts). */
  waivers: Waiver[];
  /** Blocks too large or too deeply nested to parse in bounded time: left unchecked, each with why. */
  unchecked: UncheckedBlock[];
  /** Facts by id for the claims, so reporters can show a fact's dataset file and disagreements. */
  facts: Map<string, LoadedFact>;
  options: CheckOptions;
  /** Chunk analyses by chunk text and incoming context, for the next re-check (shared with it). */
  cache: ChunkCache;
  /** The analysis of each chunk, in order. */
  analyses: ChunkAnalysis[];
  /** The memo's chunks (after any byte-order mark), for the next re-check to split again only around its change. */
  chunks: Chunk[];
  /** The context each chunk was analysed under, for the next re-check to keep the analyses of chunks it kept. */
  contexts: UnitContext[];
  /** Each chunk's claims as reported (none for a chunk without claims), for the next re-check to move rather than
   * build again. */
  reports: (ChunkReport | undefined)[];
}

const BOM = '\uFEFF';
const withoutBom = (source: string): string => (source.startsWith(BOM) ? source.slice(1) : source);

/** The split of a memo checked afresh: no chunk is kept. */
const whole = (chunks: Chunk[]): Resplit => ({ chunks, keptBefore: 0, movedFrom: chunks.length, movedBy: 0 });

/** The index a chunk had in the last check when the re-split kept or moved it, else -1. */
const earlierIndex = (split: Resplit, index: number): number => (index < split.keptBefore ? index : index >= split.movedFrom ? index + split.movedBy : -1);

/** The last check's analysis of a chunk the re-split kept or moved, when it holds under the context the chunk has now
 * (the first chunk, which alone reads front matter, is looked up by its text). */
function keptAnalysis(previous: CheckResult, earlier: number, context: UnitContext): ChunkAnalysis | undefined {
  const analysis = previous.analyses[earlier];
  const was = previous.contexts[earlier];
  if (!analysis || !was || earlier <= 0) return undefined;
  if (was === context) return analysis;
  return was.heading === context.heading && was.leadIn === context.leadIn && (!analysis.readsCurrency || was.currency === context.currency) ? analysis : undefined;
}

/** Judges every claim, unit by unit, each with what its section named before it, but those of the chunks marked
 * unchanged: the judgements in the order of the chunks' judged units. */
function judgeAll(analyses: readonly ChunkAnalysis[], units: number, asOf: string, dataset: Dataset, unchanged: Uint8Array | undefined): UnitJudgements[] {
  const judgements = new Array<UnitJudgements>(units);
  const visit = (unit: ChunkAnalysis['judged'][number], index: number, before: Discourse): void => {
    judgements[index] = judgeUnit(unit.view, unit.claims, before, asOf, dataset);
  };
  visitDiscourse(analyses, dataset, visit, unchanged && ((index) => unchanged[index] === 1));
  return judgements;
}

function sentenceOf(claim: ChunkClaim): string {
  const { sentences, text } = claim.view;
  const sentence = sentences[sentenceIndexAt(sentences, claim.from)];
  return sentence ? text.slice(sentence.from, sentence.to) : text;
}

/** A claim as reported: its text and places in the memo, and its judgement. */
function checkedClaim(claim: ChunkClaim, judgement: Judgement, memo: string, start: number, end: number, point: (offset: number) => Point, asOf: string): CheckedClaim {
  const checked: CheckedClaim = {
    kind: claim.kind,
    text: memo.slice(start, end),
    start: point(start),
    end: point(end),
    verdict: judgement.verdict,
    factId: judgement.fact?.id ?? null,
    message: judgement.message,
    sources: judgement.sources,
    asOf,
    sentence: sentenceOf(claim),
  };
  if (claim.figure && !claim.figure.startsChange) checked.stated = { value: claim.figure.value, unit: claim.figure.unit };
  if (judgement.about !== undefined) checked.about = judgement.about;
  if (judgement.expected !== undefined) checked.expected = judgement.expected;
  if (judgement.claimed !== undefined) checked.claimed = judgement.claimed;
  if (judgement.reference !== undefined) checked.reference = judgement.reference;
  if (claim.valueStart !== undefined && claim.valueEnd !== undefined) {
    const chunkStart = start - claim.start;
    const from = chunkStart + claim.valueStart;
    const to = chunkStart + claim.valueEnd;
    checked.value = { text: memo.slice(from, to), start: point(from), end: point(to) };
  }
  return checked;
}

/** The claims of a chunk first reported at `chunkStart`, with their facts. */
function buildClaims(analysis: ChunkAnalysis, judgements: readonly UnitJudgements[], from: number, memo: string, chunkStart: number, point: (offset: number) => Point, asOfMemo: string): Pick<ChunkReport, 'claims' | 'facts'> {
  const claims: CheckedClaim[] = [];
  const facts: (LoadedFact | undefined)[] = [];
  analysis.judged.forEach((unit, index) => {
    const judged = judgements[from + index];
    for (const { claim } of unit.claims) {
      const judgement = judged?.get(claim);
      if (!judgement) continue;
      claims.push(checkedClaim(claim, judgement, memo, chunkStart + claim.start, chunkStart + claim.end, point, claimDate(claim, asOfMemo)));
      facts.push(judgement.fact);
    }
  });
  return { claims, facts };
}

/** The claims the directives hide, each with the directive that hides it. */
function hiddenBy(reports: readonly (ChunkReport | undefined)[], directives: readonly Directive[], bom: number): Map<{ checked: CheckedClaim }, Directive> {
  if (directives.length === 0) return new Map();
  const hideable = reports.flatMap((report) => report?.claims.map((checked) => ({ checked, offset: checked.start.offset - bom, line: checked.start.line, kind: checked.kind, factId: checked.factId })) ?? []);
  return hiddenClaims(hideable, directives);
}

/**
 * Checks a memo. Given the result of checking an earlier version, only the top-level blocks whose text
 * (or leading context) changed are parsed and detected again, and the claims of blocks whose judgements did not
 * change are taken from it, moved; the result is the same as a full check. The earlier result stays as it was.
 */
export function checkMemo(source: string, options: CheckOptions, previous?: CheckResult): CheckResult {
  const bom = source.startsWith(BOM) ? 1 : 0;
  const text = withoutBom(source);
  // Detection reads with the dataset's lexicon: another lexicon means nothing can be reused.
  const earlier = previous?.options.dataset.lexicon === options.dataset.lexicon ? previous : undefined;
  const cache = earlier ? earlier.cache : new ChunkCache();
  cache.begin();
  const split = earlier ? resplitAround(text, { text: withoutBom(earlier.text), chunks: earlier.chunks }) : whole(splitChunks(text));
  const { chunks } = split;
  const count = chunks.length;
  // Arrays of the chunks' count, filled in place: grown push by push, they would be most of a re-check's garbage.
  const analyses = new Array<ChunkAnalysis>(count);
  const contexts = new Array<UnitContext>(count);
  const lines = new Int32Array(count);
  /** Chunks analysed by this check: no earlier report can hold their claims. */
  const fresh = new Set<number>();
  const directives: Directive[] = [];
  const overBudget: number[] = [];
  let units = 0;
  let line = 1;
  let context: UnitContext = {};
  let memoDate: string | undefined;
  let unreadDate: string | undefined;
  for (let index = 0; index < count; index++) {
    const chunk = chunks[index] as Chunk;
    const atStart = chunk.start === 0;
    // A chunk the re-split kept or moved brings its analysis along: no lookup by its text is needed.
    let analysis = (earlier && keptAnalysis(earlier, earlierIndex(split, index), context)) ?? cache.get(chunk.text, atStart, context);
    if (!analysis) {
      analysis = analyzeChunk(chunk.text, atStart, context, options.dataset.lexicon);
      cache.set(chunk.text, atStart, context, analysis);
      fresh.add(index);
    }
    analyses[index] = analysis;
    contexts[index] = context;
    lines[index] = line;
    if (analysis.frontMatter !== undefined) ({ date: memoDate, unread: unreadDate } = frontMatterDate(analysis.frontMatter));
    if (analysis.unchecked) overBudget.push(index);
    for (const directive of analysis.directives) {
      directives.push({ ...directive, offset: chunk.start + directive.offset, line: line + directive.line - 1, endLine: line + directive.endLine - 1 });
    }
    units += analysis.judged.length;
    line += analysis.lineBreaks;
    const { own, reset } = analysis.currencyAfter;
    const { heading, leadIn } = analysis.contextAfter;
    const currency = own ?? (reset ? undefined : context.currency);
    // Most chunks leave the context as they found it: a new object per chunk would be most of a re-check's garbage.
    if (heading !== context.heading || leadIn !== context.leadIn || currency !== context.currency) context = { heading, leadIn, currency };
  }
  cache.end(analyses);
  const points = new MemoPoints(bom, chunks, lines);
  const point = (offset: number): Point => points.point(offset);
  const unchecked: UncheckedBlock[] = overBudget.map((index) => {
    const chunk = chunks[index] as Chunk;
    const { at, reason } = analyses[index]?.unchecked ?? { at: 0, reason: '' };
    return { start: point(chunk.start + at), end: point(chunk.start + chunk.text.length), reason: `block not checked (${reason}): the Markdown parser cannot read it in bounded time` };
  });
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const asOfMemo = memoDate ?? today;
  // With the dataset and date of the last check, sections it had as they are keep their claims' reports.
  const sameJudging = earlier?.memoDate === asOfMemo && earlier.options.dataset === options.dataset;
  const unchanged = earlier && sameJudging ? unchangedChunks(analyses, earlier.analyses, (index) => earlierIndex(split, index)) : undefined;
  const judgements = judgeAll(analyses, units, asOfMemo, options.dataset, unchanged);
  const reports = new Array<ChunkReport | undefined>(count);
  const before = earlier && new EarlierReports(earlier.reports);
  let from = 0;
  for (let index = 0; index < count; index++) {
    const analysis = analyses[index] as ChunkAnalysis;
    const unitsFrom = from;
    from += analysis.judged.length;
    if (analysis.claims.length === 0) continue;
    const chunkStart = (chunks[index] as Chunk).start;
    const line = lines[index] ?? 1;
    // A chunk of an unchanged section keeps its report as it is; another may find one built from the same judgements.
    const kept = unchanged?.[index] === 1 ? earlier?.reports[earlierIndex(split, index)] : undefined;
    const found = kept ?? (before && !fresh.has(index) ? before.find(analysis, earlierIndex(split, index)) : undefined);
    reports[index] = found && (found === kept || stillHolds(found, analysis, judgements, unitsFrom, asOfMemo))
      ? reportAt(found, line, chunkStart, bom)
      : newReport(analysis, judgements, unitsFrom, asOfMemo, { line, offset: chunkStart, bom }, buildClaims(analysis, judgements, unitsFrom, text, chunkStart, point, asOfMemo));
  }
  const hidden = hiddenBy(reports, directives.filter((directive) => !isExpired(directive, asOfMemo, today)), bom);
  const hiddenClaimsOf = hidden.size === 0 ? undefined : new Set([...hidden.keys()].map((item) => item.checked));
  const claims: CheckedClaim[] = [];
  const facts = new Map<string, LoadedFact>();
  for (const report of reports) {
    if (!report) continue;
    for (let index = 0; index < report.claims.length; index++) {
      const claim = report.claims[index] as CheckedClaim;
      if (hiddenClaimsOf?.has(claim)) continue;
      claims.push(claim);
      const fact = report.facts[index];
      if (fact) facts.set(fact.id, fact);
    }
  }
  const waivers = waiversOf(directives, hidden, point, asOfMemo, today);
  const notices = [...(unreadDate === undefined ? [] : [unreadDateNotice(unreadDate, asOfMemo)]), ...rescissionNotice(claims, facts, asOfMemo)];
  return { text: source, claims, notices, memoDate: asOfMemo, suppressed: hidden.size, waivers, unchecked, facts, options, cache, analyses, chunks, contexts, reports };
}
