// Checks a memo: split into chunks, analyse each (reusing unchanged chunks from a previous check),
// bind every claim to facts and judge it as of its date.
import type { ChunkAnalysis, ChunkClaim } from './analyze.ts';
import { ChunkCache } from './chunk-cache.ts';
import { EarlierReports, newReport, reportAt, stillHolds, type ChunkReport, type UnitJudgements } from './chunk-reports.ts';
import { readChunks, type ChunkPass } from './chunk-pass.ts';
import { runStart, unchangedChunks } from './unchanged-chunks.ts';
import type { Dataset } from './dataset/dataset.ts';
import { visitDiscourse, type Discourse } from './bind/discourse.ts';
import { judgeUnit } from './judge/unit.ts';
import type { Judgement } from './judge/verdict.ts';
import { hiddenClaims, type Directive } from './directives.ts';
import { rescissionNotice, unreadDateNotice } from './notices.ts';
import { earlierIndexOf, resplitAround, splitAfresh, type Chunk } from './text/chunks.ts';
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
  /** The memo's chunks (after any byte-order mark), for the next re-check to split again only around its change. */
  chunks: Chunk[];
  /** Each chunk's analysis, context, first line and first judged unit, for the next re-check to keep. */
  pass: ChunkPass;
  /** Each chunk's claims as reported (none for a chunk without claims), for the next re-check to move rather than
   * build again. */
  reports: (ChunkReport | undefined)[];
}

const BOM = '\uFEFF';
const withoutBom = (source: string): string => (source.startsWith(BOM) ? source.slice(1) : source);

/** Judges every claim, unit by unit, each with what its section named before it: the judgements in the order of the
 * chunks' judged units. Given the chunks a re-check found unchanged, only the sections around the others. */
function judgeAll(pass: ChunkPass, asOf: string, dataset: Dataset, unchanged: Uint8Array | undefined): UnitJudgements[] {
  const judgements = new Array<UnitJudgements>(pass.units);
  const visit = (unit: ChunkAnalysis['judged'][number], index: number, before: Discourse): void => {
    judgements[index] = judgeUnit(unit.view, unit.claims, before, asOf, dataset);
  };
  if (!unchanged) {
    visitDiscourse(pass.analyses, dataset, visit);
    return judgements;
  }
  const first = unchanged.indexOf(0);
  if (first < 0) return judgements;
  // From the section before the first changed run: a chunk at its start may hold units of that section.
  const from = runStart(pass.analyses, first);
  const range = { from, to: unchanged.lastIndexOf(0) + 1, visited: pass.unitsFrom[from] ?? 0, skip: (block: number) => unchanged[block] === 1 };
  visitDiscourse(pass.analyses, dataset, visit, range);
  return judgements;
}

function sentenceOf(claim: ChunkClaim): string {
  const { sentences, text } = claim.view;
  const sentence = sentences[sentenceIndexAt(sentences, claim.from)];
  return sentence ? text.slice(sentence.from, sentence.to) : text;
}

/** A claim of `chunk` as reported: its text and places in the memo, and its judgement. Its texts are cut from the
 * chunk's text, not the memo's: a claim kept from check to check would keep alive the memo it was cut from. */
function checkedClaim(claim: ChunkClaim, judgement: Judgement, chunk: Chunk, point: (offset: number) => Point, asOf: string): CheckedClaim {
  const checked: CheckedClaim = {
    kind: claim.kind,
    text: chunk.text.slice(claim.start, claim.end),
    start: point(chunk.start + claim.start),
    end: point(chunk.start + claim.end),
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
    const { valueStart, valueEnd } = claim;
    checked.value = { text: chunk.text.slice(valueStart, valueEnd), start: point(chunk.start + valueStart), end: point(chunk.start + valueEnd) };
  }
  return checked;
}

/** The claims of a chunk, reported, with their facts. */
function buildClaims(analysis: ChunkAnalysis, judgements: readonly UnitJudgements[], from: number, chunk: Chunk, point: (offset: number) => Point, asOfMemo: string): Pick<ChunkReport, 'claims' | 'facts'> {
  const claims: CheckedClaim[] = [];
  const facts: (LoadedFact | undefined)[] = [];
  analysis.judged.forEach((unit, index) => {
    const judged = judgements[from + index];
    for (const { claim } of unit.claims) {
      const judgement = judged?.get(claim);
      if (!judgement) continue;
      claims.push(checkedClaim(claim, judgement, chunk, point, claimDate(claim, asOfMemo)));
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
  const split = earlier ? resplitAround(text, { text: withoutBom(earlier.text), chunks: earlier.chunks }) : splitAfresh(text);
  const { chunks } = split;
  const pass = readChunks(chunks, split, earlier?.pass, cache, options.dataset.lexicon);
  const { analyses, lines } = pass;
  cache.end(analyses);
  const points = new MemoPoints(bom, chunks, lines);
  const point = (offset: number): Point => points.point(offset);
  const frontMatter = analyses[0]?.frontMatter;
  const { date: memoDate, unread: unreadDate } = frontMatter === undefined ? { date: undefined, unread: undefined } : frontMatterDate(frontMatter);
  const directives: Directive[] = [];
  const unchecked: UncheckedBlock[] = [];
  for (const index of pass.notable) {
    const chunk = chunks[index] as Chunk;
    const analysis = analyses[index] as ChunkAnalysis;
    const line = lines[index] ?? 1;
    for (const directive of analysis.directives) {
      directives.push({ ...directive, offset: chunk.start + directive.offset, line: line + directive.line - 1, endLine: line + directive.endLine - 1 });
    }
    if (analysis.unchecked) {
      const { at, reason } = analysis.unchecked;
      unchecked.push({ start: point(chunk.start + at), end: point(chunk.start + chunk.text.length), reason: `block not checked (${reason}): the Markdown parser cannot read it in bounded time` });
    }
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const asOfMemo = memoDate ?? today;
  // With the dataset and date of the last check, sections it had as they are keep their claims' reports.
  const sameJudging = earlier?.memoDate === asOfMemo && earlier.options.dataset === options.dataset;
  const earlierIndex = (index: number): number => earlierIndexOf(split, index);
  const unchanged = earlier && sameJudging ? unchangedChunks(analyses, earlier.pass.analyses, earlierIndex) : undefined;
  const judgements = judgeAll(pass, asOfMemo, options.dataset, unchanged);
  const reports = new Array<ChunkReport | undefined>(chunks.length);
  const before = earlier && new EarlierReports(earlier.reports);
  const samePlaces = earlier !== undefined && earlier.text.startsWith(BOM) === (bom === 1);
  for (let index = 0; index < chunks.length; index++) {
    if (unchanged?.[index] === 1) {
      // A chunk of an unchanged section keeps its report; before the change, even its place.
      const kept = earlier?.reports[earlierIndex(index)];
      reports[index] = kept && (samePlaces && index < split.keptBefore ? kept : reportAt(kept, lines[index] ?? 1, (chunks[index] as Chunk).start, bom));
      continue;
    }
    const analysis = analyses[index] as ChunkAnalysis;
    if (analysis.claims.length === 0) continue;
    const chunk = chunks[index] as Chunk;
    const line = lines[index] ?? 1;
    const unitsFrom = pass.unitsFrom[index] ?? 0;
    // Another chunk may find a report built from the same judgements.
    const found = before && !pass.fresh.has(index) ? before.find(analysis, earlierIndex(index)) : undefined;
    reports[index] = found && stillHolds(found, analysis, judgements, unitsFrom, asOfMemo)
      ? reportAt(found, line, chunk.start, bom)
      : newReport(analysis, judgements, unitsFrom, asOfMemo, { line, offset: chunk.start, bom }, buildClaims(analysis, judgements, unitsFrom, chunk, point, asOfMemo));
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
  const notices = [...(unreadDate === undefined ? [] : [unreadDateNotice(unreadDate, asOfMemo)]), ...rescissionNotice(facts, asOfMemo)];
  return { text: source, claims, notices, memoDate: asOfMemo, suppressed: hidden.size, waivers, unchecked, facts, options, cache, chunks, pass, reports };
}
