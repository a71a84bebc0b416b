// Checks a memo: split into chunks, analyse each (reusing unchanged chunks from a previous check),
// bind every claim to facts and judge it as of its date.
import { analyzeChunk, type ChunkAnalysis, type ChunkClaim } from './analyze.ts';
import { ChunkCache } from './chunk-cache.ts';
import { ChunkReports, type Judgements, type PlacedClaim } from './chunk-reports.ts';
import type { Dataset } from './dataset/dataset.ts';
import type { UnitContext } from './detectors/detector.ts';
import { visitDiscourse } from './bind/discourse.ts';
import type { UnitView } from './detectors/detector.ts';
import { judgeUnit } from './judge/unit.ts';
import type { Judgement } from './judge/verdict.ts';
import { hiddenClaims, type Directive } from './directives.ts';
import { rescissionNotice, unreadDateNotice } from './notices.ts';
import { resplitChunks, splitChunks, type Chunk } from './text/chunks.ts';
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
  /** Each chunk's claims as reported, for the next re-check to move rather than build again. */
  reports: ChunkReports;
}

const BOM = '\uFEFF';
const withoutBom = (source: string): string => (source.startsWith(BOM) ? source.slice(1) : source);

/** Judges every claim, unit by unit, each with what its section named before it; the judgements by unit. */
function judgeAll(units: readonly ChunkAnalysis['judged'][number][], views: readonly UnitView[], asOf: string, dataset: Dataset): Judgements {
  const judgements: Judgements = new Map();
  visitDiscourse(views, dataset, units.map((unit) => unit.view), (view, index, before) => judgements.set(view, judgeUnit(view, units[index]?.claims ?? [], before, asOf, dataset)));
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

/**
 * Checks a memo. Given the result of checking an earlier version, only the top-level blocks whose text
 * (or leading context) changed are parsed and detected again; the result is the same as a full check.
 */
export function checkMemo(source: string, options: CheckOptions, previous?: CheckResult): CheckResult {
  const bom = source.startsWith(BOM) ? 1 : 0;
  const text = withoutBom(source);
  const points = new MemoPoints(bom);
  const point = (offset: number): Point => points.point(offset);
  // Detection reads with the dataset's lexicon: another lexicon means nothing can be reused.
  const cache = previous?.options.dataset.lexicon === options.dataset.lexicon ? previous.cache : new ChunkCache();
  cache.begin();
  const analyses: ChunkAnalysis[] = [];
  const placed: { analysis: ChunkAnalysis; start: number; at: Point }[] = [];
  const views: UnitView[] = [];
  const units: ChunkAnalysis['judged'] = [];
  const directives: Directive[] = [];
  const unchecked: UncheckedBlock[] = [];
  let context: UnitContext = {};
  let memoDate: string | undefined;
  let unreadDate: string | undefined;
  const chunks = previous ? resplitChunks(text, { text: withoutBom(previous.text), chunks: previous.chunks }) : splitChunks(text);
  for (const chunk of chunks) {
    const atStart = chunk.start === 0;
    let analysis = cache.get(chunk.text, atStart, context);
    if (!analysis) {
      analysis = analyzeChunk(chunk.text, atStart, context, options.dataset.lexicon);
      cache.set(chunk.text, atStart, context, analysis);
    }
    analyses.push(analysis);
    const at = points.add(chunk.start, chunk.text, analysis.lineBreaks);
    if (analysis.frontMatter !== undefined) ({ date: memoDate, unread: unreadDate } = frontMatterDate(analysis.frontMatter));
    if (analysis.unchecked) {
      const { at, reason } = analysis.unchecked;
      unchecked.push({ start: point(chunk.start + at), end: point(chunk.start + chunk.text.length), reason: `block not checked (${reason}): the Markdown parser cannot read it in bounded time` });
    }
    const firstLine = at.line;
    for (const directive of analysis.directives) {
      directives.push({ ...directive, offset: chunk.start + directive.offset, line: firstLine + directive.line - 1, endLine: firstLine + directive.endLine - 1 });
    }
    views.push(...analysis.views);
    units.push(...analysis.judged);
    if (analysis.claims.length > 0) placed.push({ analysis, start: chunk.start, at });
    const { own, reset } = analysis.currencyAfter;
    const { heading, leadIn } = analysis.contextAfter;
    const currency = own ?? (reset ? undefined : context.currency);
    // Most chunks leave the context as they found it: a new object per chunk would be most of a re-check's garbage.
    if (heading !== context.heading || leadIn !== context.leadIn || currency !== context.currency) context = { heading, leadIn, currency };
  }
  cache.end(chunks.length);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const asOfMemo = memoDate ?? today;
  const judgements = judgeAll(units, views, asOfMemo, options.dataset);
  const reports = new ChunkReports();
  const judged: PlacedClaim[] = [];
  for (const { analysis, start: chunkStart, at } of placed) {
    judged.push(...reports.claims(analysis, judgements, asOfMemo, at, chunkStart, previous?.reports, () => {
      const built: PlacedClaim[] = [];
      for (const claim of analysis.claims) {
        const judgement = judgements.get(claim.view)?.get(claim);
        if (!judgement) continue;
        const start = chunkStart + claim.start;
        const checked = checkedClaim(claim, judgement, text, start, chunkStart + claim.end, point, claimDate(claim, asOfMemo));
        built.push({ checked, fact: judgement.fact, offset: start, line: checked.start.line, kind: checked.kind, factId: checked.factId });
      }
      return built;
    }));
  }
  const hidden = hiddenClaims(judged, directives.filter((directive) => !isExpired(directive, asOfMemo, today)));
  const claims: CheckedClaim[] = [];
  const facts = new Map<string, LoadedFact>();
  for (const item of judged) {
    if (hidden.has(item)) continue;
    claims.push(item.checked);
    if (item.fact) facts.set(item.fact.id, item.fact);
  }
  const suppressed = hidden.size;
  const waivers = waiversOf(directives, hidden, point, asOfMemo, today);
  const notices = [...(unreadDate === undefined ? [] : [unreadDateNotice(unreadDate, asOfMemo)]), ...rescissionNotice(claims, facts, asOfMemo)];
  return { text: source, claims, notices, memoDate: asOfMemo, suppressed, waivers, unchecked, facts, options, cache, analyses, chunks, reports };
}
