// Where each UTF-16 unit of a text unit's plain text came from in the source, kept as runs: characters copied one to
// one make one run, and a character that stands for a longer stretch (an escape, a character reference, an opaque
// node, a separator) makes a run of its own. A unit's text is mostly a single run: a start and an end kept for every
// character took four times the memory of the memo, and much of a check's garbage collection.

/** Fields of a run, five numbers each: its first character, how many it holds, the first's source start and end,
 * and how far both move per character (1 for copied characters, 0 for characters that share one stretch). */
const FIELDS = 5;

export class OffsetMap {
  private readonly runs: number[] = [];
  private count = 0;

  /** The characters in the map. */
  get length(): number {
    return this.count;
  }

  /** Adds the next character, from the source range [start, end): to the last run when it goes on from it, one
   * character further on (a copied character) or at the very same range (one of several standing for it). */
  add(start: number, end: number): void {
    const runs = this.runs;
    const last = runs.length - FIELDS;
    if (last >= 0) {
      const held = runs[last + 1] as number;
      const step = held === 1 ? start - (runs[last + 2] as number) : (runs[last + 4] as number);
      if ((step === 0 || step === 1) && (runs[last + 2] as number) + step * held === start && (runs[last + 3] as number) + step * held === end) {
        runs[last + 1] = held + 1;
        runs[last + 4] = step;
        this.count++;
        return;
      }
    }
    runs.push(this.count, 1, start, end, 0);
    this.count++;
  }

  /** The source start of character `index`, or 0 past the map. */
  startOf(index: number): number {
    const run = this.runAt(index);
    return run < 0 ? 0 : (this.runs[run + 2] as number) + (this.runs[run + 4] as number) * (index - (this.runs[run] as number));
  }

  /** The source end of character `index`, or 0 past the map. */
  endOf(index: number): number {
    const run = this.runAt(index);
    return run < 0 ? 0 : (this.runs[run + 3] as number) + (this.runs[run + 4] as number) * (index - (this.runs[run] as number));
  }

  /** Where the run holding character `index` starts in `runs`, or -1 past the map. */
  private runAt(index: number): number {
    let low = 0;
    let high = this.runs.length / FIELDS - 1;
    if (index < 0 || index >= this.count) return -1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.runs[middle * FIELDS] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return low * FIELDS;
  }
}
