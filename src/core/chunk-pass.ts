// A check's first pass over the memo's chunks, in order: each chunk's analysis under the context the chunks before it
// leave, with its first line and the index of its first judged unit. A re-check takes each stretch of chunks the
// re-split kept or moved as the last check had it (its arrays copied, lines and unit indices shifted) once the stretch
// starts with the context it started with then: what follows is then the same too, so a keystroke reads no chunk,
// nor any analysis, of the memo it did not change.
import { analyzeChunk, type ChunkAnalysis } from './analyze.ts';
import { holdsUnder, type ChunkCache } from './chunk-cache.ts';
import type { UnitContext } from './detectors/detector.ts';
import type { Lexicon } from './lexicon/lexicon.ts';
import { earlierIndexOf, type Chunk, type Resplit } from './text/chunks.ts';

export interface ChunkPass {
  analyses: ChunkAnalysis[];
  /** The context each chunk was analysed under. */
  contexts: UnitContext[];
  /** Each chunk's first line. */
  lines: Int32Array;
  /** The index of each chunk's first judged unit among all of the memo's (see `ChunkAnalysis.judged`). */
  unitsFrom: Int32Array;
  /** The memo's judged units. */
  units: number;
  /** The chunks with suppression directives or left unchecked, in order. */
  notable: number[];
  /** The chunks analysed by this pass: no earlier report can hold their claims. */
  fresh: Set<number>;
}

const sameContext = (a: UnitContext | undefined, b: UnitContext): boolean => a === b || (a !== undefined && a.heading === b.heading && a.leadIn === b.leadIn && a.currency === b.currency);

/** The context after a chunk: its own heading and lead-in, and its last currency, none after a heading, else the one it got. */
function contextAfter(context: UnitContext, analysis: ChunkAnalysis): UnitContext {
  const { own, reset } = analysis.currencyAfter;
  const { heading, leadIn } = analysis.contextAfter;
  const currency = own ?? (reset ? undefined : context.currency);
  // Most chunks leave the context as they found it: a new object per chunk would be most of a re-check's garbage.
  return heading === context.heading && leadIn === context.leadIn && currency === context.currency ? context : { heading, leadIn, currency };
}

/** The last check's analysis of a chunk the re-split kept or moved, when it holds under the context the chunk has now
 * (the first chunk, which alone reads front matter, is looked up by its text). */
function keptAnalysis(earlier: ChunkPass, index: number, context: UnitContext): ChunkAnalysis | undefined {
  const analysis = earlier.analyses[index];
  const was = earlier.contexts[index];
  if (!analysis || !was || index <= 0) return undefined;
  return was === context || holdsUnder(analysis, was, context) ? analysis : undefined;
}

/** Reads the memo's chunks: given the last check's pass and how the re-split kept its chunks, reads only the rest. */
export function readChunks(chunks: readonly Chunk[], split: Resplit, earlier: ChunkPass | undefined, cache: ChunkCache, lexicon: Lexicon): ChunkPass {
  const count = chunks.length;
  // Arrays of the chunks' count, filled in place: grown push by push, they would be much of a re-check's garbage.
  const pass: ChunkPass = { analyses: new Array<ChunkAnalysis>(count), contexts: new Array<UnitContext>(count), lines: new Int32Array(count), unitsFrom: new Int32Array(count), units: 0, notable: [], fresh: new Set() };
  let context: UnitContext = {};
  let line = 1;
  let index = 0;
  while (index < count) {
    const was = earlier ? earlierIndexOf(split, index) : -1;
    if (earlier && was > 0 && sameContext(earlier.contexts[was], context)) {
      index = copyStretch(pass, earlier, index, index < split.keptBefore ? split.keptBefore : count, was, line);
    } else {
      const chunk = chunks[index] as Chunk;
      const atStart = chunk.start === 0;
      let analysis = (earlier && was >= 0 ? keptAnalysis(earlier, was, context) : undefined) ?? cache.get(chunk.text, atStart, context);
      if (!analysis) {
        analysis = analyzeChunk(chunk.text, atStart, context, lexicon);
        cache.set(chunk.text, atStart, context, analysis);
        pass.fresh.add(index);
      }
      pass.analyses[index] = analysis;
      pass.contexts[index] = context;
      pass.lines[index] = line;
      pass.unitsFrom[index] = pass.units;
      if (analysis.directives.length > 0 || analysis.unchecked) pass.notable.push(index);
      index++;
    }
    const last = index - 1;
    const analysis = pass.analyses[last] as ChunkAnalysis;
    line = (pass.lines[last] ?? 1) + analysis.lineBreaks;
    pass.units = (pass.unitsFrom[last] ?? 0) + analysis.judged.length;
    context = contextAfter(pass.contexts[last] as UnitContext, analysis);
  }
  return pass;
}

/** Copies the chunks from `index` to `end`, which were the earlier ones from `was` on, into the pass; returns `end`. */
function copyStretch(pass: ChunkPass, earlier: ChunkPass, index: number, end: number, was: number, line: number): number {
  const lines = line - (earlier.lines[was] ?? 1);
  const units = pass.units - (earlier.unitsFrom[was] ?? 0);
  for (let at = index, from = was; at < end; at++, from++) {
    pass.analyses[at] = earlier.analyses[from] as ChunkAnalysis;
    pass.contexts[at] = earlier.contexts[from] as UnitContext;
    pass.lines[at] = (earlier.lines[from] ?? 1) + lines;
    pass.unitsFrom[at] = (earlier.unitsFrom[from] ?? 0) + units;
  }
  for (const notable of earlier.notable) if (notable >= was && notable < was + end - index) pass.notable.push(notable - was + index);
  return end;
}
