// A chunk's claims as reported, kept from one check to the next. A re-check after a keystroke judges the memo again,
// but almost every chunk comes back with the very analysis and judgements it had: its claims are then taken as they
// were (chunks before the edit) or moved by the edit's shift (chunks after it), instead of being located, sliced and
// built again. A chunk starts at a line's start, so a shift moves lines and offsets, never columns. An earlier
// report is never changed: the result it belongs to stays as it was.
import type { ChunkAnalysis, ChunkClaim } from './analyze.ts';
import type { Judgement } from './judge/verdict.ts';
import type { CheckedClaim, LoadedFact, Point } from './types.ts';

/** The judgements of one unit's claims. */
export type UnitJudgements = Map<ChunkClaim, Judgement | undefined>;

/** Where a chunk starts: its first line, its offset in the memo without the byte-order mark, and the mark's length
 * (counted in the offsets of reported points). */
export interface ChunkPlace {
  line: number;
  offset: number;
  bom: number;
}

/** A chunk's claims as reported, with what they were built from. */
export interface ChunkReport {
  analysis: ChunkAnalysis;
  /** The judgements of the chunk's units the claims were built from, in the order of `analysis.judged`. */
  judged: readonly (UnitJudgements | undefined)[];
  asOf: string;
  place: ChunkPlace;
  claims: readonly CheckedClaim[];
  /** Each claim's fact, in the order of `claims`: a moved report shares them. */
  facts: readonly (LoadedFact | undefined)[];
}

const movedPoint = (point: Point, lines: number, offset: number): Point => ({ line: point.line + lines, column: point.column, offset: point.offset + offset });

function moved(was: CheckedClaim, lines: number, offset: number): CheckedClaim {
  const checked: CheckedClaim = { kind: was.kind, text: was.text, start: movedPoint(was.start, lines, offset), end: movedPoint(was.end, lines, offset), verdict: was.verdict, factId: was.factId, message: was.message, sources: was.sources, asOf: was.asOf, sentence: was.sentence };
  if (was.stated !== undefined) checked.stated = was.stated;
  if (was.about !== undefined) checked.about = was.about;
  if (was.expected !== undefined) checked.expected = was.expected;
  if (was.claimed !== undefined) checked.claimed = was.claimed;
  if (was.reference !== undefined) checked.reference = was.reference;
  if (was.value) checked.value = { text: was.value.text, start: movedPoint(was.value.start, lines, offset), end: movedPoint(was.value.end, lines, offset) };
  return checked;
}

/** Whether an earlier report is of the chunk's analysis and was built from the judgements its units have now (theirs
 * from index `from` on). */
export function stillHolds(report: ChunkReport, analysis: ChunkAnalysis, judgements: readonly (UnitJudgements | undefined)[], from: number, asOf: string): boolean {
  if (report.analysis !== analysis || report.asOf !== asOf) return false;
  for (let index = 0; index < report.judged.length; index++) if (report.judged[index] !== judgements[from + index]) return false;
  return true;
}

/** An earlier report as it was, or moved to where its chunk starts now (see `ChunkPlace`). */
export function reportAt(earlier: ChunkReport, line: number, offset: number, bom: number): ChunkReport {
  const was = earlier.place;
  if (was.line === line && was.offset === offset && was.bom === bom) return earlier;
  const lines = line - was.line;
  const shift = offset + bom - was.offset - was.bom;
  // Written out as `newReport` writes it: reports of one shape keep the re-check's code from being compiled again.
  return { analysis: earlier.analysis, judged: earlier.judged, asOf: earlier.asOf, place: { line, offset, bom }, claims: earlier.claims.map((claim) => moved(claim, lines, shift)), facts: earlier.facts };
}

/** A report of claims built now, from the judgements of the chunk's units (theirs from index `from` on). */
export function newReport(analysis: ChunkAnalysis, judgements: readonly (UnitJudgements | undefined)[], from: number, asOf: string, place: ChunkPlace, built: Pick<ChunkReport, 'claims' | 'facts'>): ChunkReport {
  return { analysis, judged: judgements.slice(from, from + analysis.judged.length), asOf, place, claims: built.claims, facts: built.facts };
}

/** The last check's reports, found by the chunk a kept or moved chunk was, or else by analysis (an undone edit brings
 * a chunk back that the last check had elsewhere, or had not): the table by analysis is made only when asked for. */
export class EarlierReports {
  private byAnalysis: Map<ChunkAnalysis, ChunkReport> | undefined;

  constructor(private readonly reports: readonly (ChunkReport | undefined)[]) {}

  find(analysis: ChunkAnalysis, earlierIndex: number): ChunkReport | undefined {
    const kept = this.reports[earlierIndex];
    if (kept?.analysis === analysis) return kept;
    if (!this.byAnalysis) {
      this.byAnalysis = new Map();
      for (const report of this.reports) if (report) this.byAnalysis.set(report.analysis, report);
    }
    return this.byAnalysis.get(analysis);
  }
}
