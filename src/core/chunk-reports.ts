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

/** Whether a report was built from the judgements the chunk's units have now. */
function sameJudgements(report: Report, analysis: ChunkAnalysis, judgements: Judgements, asOf: string): boolean {
  if (report.asOf !== asOf || report.judged.length !== analysis.judged.length) return false;
  for (let index = 0; index < analysis.judged.length; index++) {
    if (report.judged[index] !== judgements.get((analysis.judged[index] as ChunkAnalysis['judged'][number]).view)) return false;
  }
  return true;
}

export class ChunkReports {
  /** Reports by analysis: one, or a list when the same analysis stands at several places of the memo. */
  private readonly byAnalysis = new Map<ChunkAnalysis, Report | Report[]>();

  /** An earlier report of the analysis under the same judgements, at the same place if there is one (this check's
   * reports first, then the last check's). Written without iterators or arrays: it runs for every chunk with claims. */
  private match(analysis: ChunkAnalysis, judgements: Judgements, asOf: string, at: Point, earlier: ChunkReports | undefined): Report | undefined {
    let found: Report | undefined;
    for (let pass = 0; pass < 2; pass++) {
      const kept = (pass === 0 ? this : earlier)?.byAnalysis.get(analysis);
      if (kept === undefined) continue;
      const count = Array.isArray(kept) ? kept.length : 1;
      for (let index = 0; index < count; index++) {
        const report = Array.isArray(kept) ? (kept[index] as Report) : kept;
        if (!sameJudgements(report, analysis, judgements, asOf)) continue;
        if (report.at.offset === at.offset && report.at.line === at.line) return report;
        found ??= report;
      }
    }
    return found;
  }

  /**
   * The chunk's reported claims: those of an earlier report of the same analysis and judgements, moved to where the
   * chunk now starts, or else those `build` makes. A re-check calls this for every chunk with claims on every
   * keystroke, so it builds nothing for a chunk whose report it finds but the moved claims.
   */
  claims(analysis: ChunkAnalysis, judgements: Judgements, asOf: string, at: Point, offset: number, earlier: ChunkReports | undefined, build: () => PlacedClaim[]): PlacedClaim[] {
    const found = this.match(analysis, judgements, asOf, at, earlier);
    let claims: PlacedClaim[];
    if (!found) claims = build();
    else if (found.at.offset === at.offset && found.at.line === at.line) claims = found.claims;
    else claims = found.claims.map((claim) => moved(claim, at.line - found.at.line, at.offset - found.at.offset, offset - found.offset));
    const judged = found ? found.judged : analysis.judged.map((unit) => judgements.get(unit.view));
    const report: Report = { analysis, judged, asOf, at, offset, claims };
    const kept = this.byAnalysis.get(analysis);
    if (kept === undefined) this.byAnalysis.set(analysis, report);
    else if (Array.isArray(kept)) kept.push(report);
    else this.byAnalysis.set(analysis, [kept, report]);
    return claims;
  }
}
