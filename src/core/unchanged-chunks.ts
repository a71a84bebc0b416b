// Which chunks a re-check can report as the last check did, without judging their units again. A unit's judgement
// depends only on its own claims, the units of its section before it (discourse.ts), the dataset and the memo's
// date; so with the same dataset and date, a chunk's claims are as they were when every section its units belong to
// is made of the very analyses, in the same order, the last check had. Sections are found from the chunks that hold
// headings: a run from one such chunk to the next, both included, since a chunk may hold units on both sides of a
// heading. A keystroke changes one run; every other chunk keeps its report and is at most moved.
import type { ChunkAnalysis } from './analyze.ts';

/** Marks (1) the chunks whose every section is as the last check had it; `earlierIndex` gives the index a chunk had
 * then, or -1 for a chunk split anew. */
export function unchangedChunks(analyses: readonly ChunkAnalysis[], earlierAnalyses: readonly ChunkAnalysis[], earlierIndex: (index: number) => number): Uint8Array {
  const count = analyses.length;
  const unchanged = new Uint8Array(count);
  const same = (index: number): boolean => {
    const earlier = earlierIndex(index);
    return earlier >= 0 && earlierAnalyses[earlier] === analyses[index];
  };
  const follows = (index: number): boolean => earlierIndex(index) === earlierIndex(index - 1) + 1;
  let runStart = 0;
  let intact = count > 0 && same(0);
  /** Whether the run that ends where this one starts was intact (the first run has none before it). */
  let runBeforeIntact = true;
  for (let index = 1; index <= count; index++) {
    const atEnd = index === count;
    if (!atEnd) intact &&= same(index) && follows(index);
    if (!atEnd && (analyses[index] as ChunkAnalysis).lastHeading < 0) continue;
    if (intact) {
      unchanged[runStart] = runBeforeIntact ? 1 : 0;
      unchanged.fill(1, runStart + 1, index);
    }
    runBeforeIntact = intact;
    runStart = index;
    intact = !atEnd && same(index);
  }
  return unchanged;
}
