// A chunk's claims as reported, kept from one check to the next. A re-check after a keystroke judges the memo again,
// but almost every chunk comes back with the very analysis and judgements it had: its claims are then taken as they
// were (chunks before the edit) or moved by the edit's shift (chunks after it), instead of being located, sliced and
// built again. A chunk starts at a line's start, so a shift moves lines and offsets, never columns.
import type { ChunkAnalysis, ChunkClaim } from './analyze.ts';
import type { UnitView } from './detectors/detector.ts';
import type { Judgement } from './judge/verdict.ts';
import type { CheckedClaim, LoadedFact, Point } from './types.ts';

/** A claim as reported, with what suppression directives and the result's fact list read of it. */
export interface PlacedClaim {
  checked: CheckedClaim;
  fact: LoadedFact | undefined;
  offset: number;
  line: number;
  kind: string;
  factId: string | null;
}

export type Judgements = Map<UnitView, Map<ChunkClaim, Judgement | undefined>>;

interface Report {
  analysis: ChunkAnalysis;
  /** The judgements of the chunk's units the claims were built from, in the order of `analysis.judged`. */
  judged: (Map<ChunkClaim, Judgement | undefined> | undefined)[];
  asOf: string;
  /** Where the chunk started: its first point, the byte-order mark counted in the offset. */
  at: Point;
  /** Where the chunk started in the memo without its byte-order mark, as the claims' `offset`. */
  offset: number;
  claims: PlacedClaim[];
}

const movedPoint = (point: Point, lines: number, offset: number): Point => ({ line: point.line + lines, column: point.column, offset: point.offset + offset });

function moved(claim: PlacedClaim, lines: number, offset: number, chunkOffset: number): PlacedClaim {
  const was = claim.checked;
  const checked: CheckedClaim = { kind: was.kind, text: was.text, start: movedPoint(was.start, lines, offset), end: movedPoint(was.end, lines, offset), verdict: was.verdict, factId: was.factId, message: was.message, sources: was.sources, asOf: was.asOf, sentence: was.sentence };
  if (was.stated !== undefined) checked.stated = was.stated;
  if (was.about !== undefined) checked.about = was.about;
  if (was.expected !== undefined) checked.expected = was.expected;
  if (was.claimed !== undefined) checked.claimed = was.claimed;
  if (was.reference !== undefined) checked.reference = was.reference;
  if (was.value) checked.value = { text: was.value.text, start: movedPoint(was.value.start, lines, offset), end: movedPoint(was.value.end, lines, offset) };
  return { checked, fact: claim.fact, offset: claim.offset + chunkOffset, line: claim.line + lines, kind: claim.kind, factId: claim.factId };
}

const sameJudgements = (report: Report, judged: Report['judged'], asOf: string): boolean =>
  report.asOf === asOf && report.judged.length === judged.length && report.judged.every((map, index) => map === judged[index]);

export class ChunkReports {
  private readonly byAnalysis = new Map<ChunkAnalysis, Report[]>();

  /**
   * The chunk's reported claims: those of an earlier report of the same analysis and judgements, moved to where the
   * chunk now starts, or else those `build` makes.
   */
  claims(analysis: ChunkAnalysis, judgements: Judgements, asOf: string, at: Point, offset: number, earlier: ChunkReports | undefined, build: () => PlacedClaim[]): PlacedClaim[] {
    const judged = analysis.judged.map((unit) => judgements.get(unit.view));
    const candidates = [...(this.byAnalysis.get(analysis) ?? []), ...(earlier?.byAnalysis.get(analysis) ?? [])].filter((report) => sameJudgements(report, judged, asOf));
    const found = candidates.find((report) => report.at.offset === at.offset && report.at.line === at.line) ?? candidates[0];
    let claims: PlacedClaim[];
    if (!found) claims = build();
    else if (found.at.offset === at.offset && found.at.line === at.line) claims = found.claims;
    else claims = found.claims.map((claim) => moved(claim, at.line - found.at.line, at.offset - found.at.offset, offset - found.offset));
    const reports = this.byAnalysis.get(analysis);
    const report = { analysis, judged, asOf, at, offset, claims };
    if (reports) reports.push(report);
    else this.byAnalysis.set(analysis, [report]);
    return claims;
  }
}
