// Chunk analyses kept from one check to the next, found by the chunk's text and the context it starts with. Keyed by
// the text alone, with the few contexts it was read under beside it: a key joining context and text would be a new
// string for every chunk on every keystroke, copied and hashed whole, where a chunk kept from the last split brings
// its text, hash and all. One cache serves a memo's successive checks: rebuilding it for each would cost an entry per
// chunk per keystroke; analyses no check has used lately are swept once they outnumber the memo's chunks.
import type { ChunkAnalysis } from './analyze.ts';
import type { UnitContext } from './detectors/detector.ts';

interface Entry {
  atStart: boolean;
  heading: string | undefined;
  leadIn: string | undefined;
  /** The section currency the analysis holds under, when a figure of the chunk took it (see `readsCurrency`). */
  currency: string | undefined;
  analysis: ChunkAnalysis;
  /** The last check that used it. */
  used: number;
}

/** Whether an analysis made under context `made` holds under `context`: the same heading and lead-in, and the same
 * currency if a figure of the chunk took it (see `readsCurrency`). */
export const holdsUnder = (analysis: ChunkAnalysis, made: UnitContext, context: UnitContext): boolean =>
  made.heading === context.heading && made.leadIn === context.leadIn && (!analysis.readsCurrency || made.currency === context.currency);

/** How many analyses beyond a memo's chunk count stay kept: enough for undoing a few edits cheaply. */
const SPARE = 64;

export class ChunkCache {
  private readonly byText = new Map<string, Entry[]>();
  private size = 0;
  private check = 0;

  /** Starts a check: what it gets or sets counts as used by it. */
  begin(): void {
    this.check++;
  }

  get(text: string, atStart: boolean, context: UnitContext): ChunkAnalysis | undefined {
    const entries = this.byText.get(text);
    if (!entries) return undefined;
    for (const entry of entries) {
      if (entry.atStart === atStart && holdsUnder(entry.analysis, entry, context)) {
        entry.used = this.check;
        return entry.analysis;
      }
    }
    return undefined;
  }

  set(text: string, atStart: boolean, context: UnitContext, analysis: ChunkAnalysis): void {
    const entry = { atStart, heading: context.heading, leadIn: context.leadIn, currency: context.currency, analysis, used: this.check };
    const entries = this.byText.get(text);
    if (entries) entries.push(entry);
    else this.byText.set(text, [entry]);
    this.size++;
  }

  /** Ends a check whose chunks have `analyses` (some kept from the last check without a lookup): sweeps the analyses
   * it did not use when they have grown beyond the spare. */
  end(analyses: readonly ChunkAnalysis[]): void {
    if (this.size <= analyses.length + SPARE) return;
    this.size = 0;
    const inUse = new Set(analyses);
    const kept = (entry: Entry): boolean => entry.used === this.check || inUse.has(entry.analysis);
    for (const [text, entries] of this.byText) {
      // Most texts keep their one entry: a list is made anew only for those that lose some.
      const keeps = entries.every(kept) ? entries : entries.filter(kept);
      if (keeps.length === 0) this.byText.delete(text);
      else if (keeps !== entries) this.byText.set(text, keeps);
      this.size += keeps.length;
    }
  }
}
