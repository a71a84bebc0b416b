// Chunk analyses kept from one check to the next, found by the chunk's text and the context it starts with. Keyed by
// the text alone, with the few contexts it was read under beside it: a key joining context and text would be a new
// string for every chunk on every keystroke, copied and hashed whole, where a chunk kept from the last split brings
// its text, hash and all.
import type { ChunkAnalysis } from './analyze.ts';
import type { UnitContext } from './detectors/detector.ts';

interface Entry {
  atStart: boolean;
  heading: string | undefined;
  leadIn: string | undefined;
  /** The section currency the analysis holds under, when a figure of the chunk took it (see `readsCurrency`). */
  currency: string | undefined;
  analysis: ChunkAnalysis;
}

export class ChunkCache {
  private readonly byText = new Map<string, Entry[]>();

  get(text: string, atStart: boolean, context: UnitContext): ChunkAnalysis | undefined {
    const entry = this.byText.get(text)?.find((candidate) =>
      candidate.atStart === atStart && candidate.heading === context.heading && candidate.leadIn === context.leadIn
      && (!candidate.analysis.readsCurrency || candidate.currency === context.currency));
    return entry?.analysis;
  }

  set(text: string, atStart: boolean, context: UnitContext, analysis: ChunkAnalysis): void {
    const entries = this.byText.get(text);
    const entry = { atStart, heading: context.heading, leadIn: context.leadIn, currency: context.currency, analysis };
    if (!entries) this.byText.set(text, [entry]);
    else if (!entries.some((kept) => kept.analysis === analysis)) entries.push(entry);
  }

  /** Every analysis kept. */
  analyses(): ChunkAnalysis[] {
    return [...this.byText.values()].flatMap((entries) => entries.map((entry) => entry.analysis));
  }
}
