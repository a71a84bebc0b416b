// Which chunks a re-check can report as the last check did, without judging their units again. A unit's judgement
// depends only on its own claims, the units of its section before it (discourse.ts), the dataset and the memo's
// date; so with the same dataset and date, a chunk's claims are as they were when every section its units belong to
// is made of the very analyses, in the same order, the last check had. Sections are found from the chunks that hold
// headings: a run from one such chunk to the next, both included, since a chunk may hold units on both sides of a
// heading. Only the runs around a chunk that is not the earlier one (or does not follow the one before it as it did)
// are read: a keystroke changes one run, and the analyses of the others are not even looked at.
import type { ChunkAnalysis } from './analyze.ts';

const holdsHeading = (analyses: readonly ChunkAnalysis[], index: number): boolean => (analyses[index]?.lastHeading ?? -1) >= 0;

/** The first chunk of the run that holds both `index - 1` and `index`: the last chunk before `index` with a heading. */
export function runStart(analyses: readonly ChunkAnalysis[], index: number): number {
  let at = index - 1;
  while (at > 0 && !holdsHeading(analyses, at)) at--;
  return Math.max(0, at);
}

/** The last chunk of the run that holds `index`: the next chunk from `from` on with a heading, or the memo's last. */
function runEnd(analyses: readonly ChunkAnalysis[], from: number): number {
  let at = from;
  while (at < analyses.length - 1 && !holdsHeading(analyses, at)) at++;
  return Math.min(at, analyses.length - 1);
}

/** Marks (1) the chunks whose every section is as the last check had it; `earlierIndex` gives the index a chunk had
 * then, or -1 for a chunk split anew. */
export function unchangedChunks(analyses: readonly ChunkAnalysis[], earlierAnalyses: readonly ChunkAnalysis[], earlierIndex: (index: number) => number): Uint8Array {
  const unchanged = new Uint8Array(analyses.length).fill(1);
  /** Chunks before this one are already in a broken run, and so are the runs of any that change before it. */
  let markedUntil = 0;
  for (let index = 0; index < analyses.length; index++) {
    const was = earlierIndex(index);
    const same = was >= 0 && earlierAnalyses[was] === analyses[index];
    const follows = index === 0 || was === earlierIndex(index - 1) + 1;
    if ((same && follows) || index < markedUntil) continue;
    // A changed chunk breaks every run it is in; a chunk that no longer follows its neighbour, the run holding both.
    markedUntil = same ? runEnd(analyses, index) : runEnd(analyses, index + 1);
    unchanged.fill(0, runStart(analyses, index), markedUntil + 1);
  }
  return unchanged;
}
