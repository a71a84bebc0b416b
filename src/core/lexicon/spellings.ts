// Finds the longest known spelling (of a unit, currency or scale word) at a place in a text, character by character:
// spellings come from datasets, so they are compared as text, never compiled into patterns.

export interface Spelled<T> {
  spelling: string;
  payload: T;
  /** The spelling's length in the text. */
  length: number;
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Spellings of four or more characters match in any case ("petaFlops"); shorter ones as written ("MW", not "mW"). */
const CASE_FREE_LENGTH = 4;

export class SpellingTable<T> {
  private readonly byFirst = new Map<string, { spelling: string; lower: string; payload: T }[]>();

  add(spelling: string, payload: T): void {
    const first = spelling[0]?.toLowerCase();
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    if (list.some((entry) => entry.spelling === spelling && entry.payload === payload)) return;
    list.push({ spelling, lower: spelling.toLowerCase(), payload });
    list.sort((a, b) => b.spelling.length - a.spelling.length);
    this.byFirst.set(first, list);
  }

  /** The longest spelling starting at `at` that ends at a word boundary. */
  at(text: string, at: number): Spelled<T> | undefined {
    for (const entry of this.byFirst.get(text[at]?.toLowerCase() ?? '') ?? []) {
      const slice = text.slice(at, at + entry.spelling.length);
      const same = slice === entry.spelling || (entry.spelling.length >= CASE_FREE_LENGTH && slice.toLowerCase() === entry.lower);
      if (!same) continue;
      const end = at + entry.spelling.length;
      if (isWordChar(entry.spelling.at(-1)) && isWordChar(text[end])) continue;
      return { spelling: entry.spelling, payload: entry.payload, length: entry.spelling.length };
    }
    return undefined;
  }

  /** The longest spelling ending at `end` that starts at a word boundary. */
  before(text: string, end: number): Spelled<T> | undefined {
    let best: Spelled<T> | undefined;
    for (const list of this.byFirst.values()) {
      for (const entry of list) {
        const start = end - entry.spelling.length;
        if (start < 0 || (best && best.length >= entry.spelling.length)) continue;
        if (text.slice(start, end) !== entry.spelling) continue;
        if (isWordChar(entry.spelling[0]) && isWordChar(text[start - 1])) continue;
        best = { spelling: entry.spelling, payload: entry.payload, length: entry.spelling.length };
      }
    }
    return best;
  }
}
