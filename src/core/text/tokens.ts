// Words of a unit's plain text, normalised for phrase lookup, and the sentences they fall in.

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** Lower case without diacritics: "Türkiye" → "turkiye". */
  norm: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

const ASCII = /^[ -~]*$/;

export function normalizeWord(word: string): string {
  // Most words are ASCII, which has no accents to take off: decomposing them is most of tokenizing's cost.
  return ASCII.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const isAsciiWordCode = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Words of a text: letters and digits of any script. Text all in ASCII, as most of a memo and of a dataset's names
 * are, is read by character codes (a third of the time of the pattern, measured on a dataset's aliases); any other
 * character sends the whole text to the pattern, so both ways find the same words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 128) return tokenizeAnyScript(text);
    if (isAsciiWordCode(code)) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      const raw = text.slice(start, at);
      tokens.push({ start, end: at, raw, norm: raw.toLowerCase() });
      start = -1;
    }
  }
  if (start >= 0) {
    const raw = text.slice(start);
    tokens.push({ start, end: text.length, raw, norm: raw.toLowerCase() });
  }
  return tokens;
}

/** The normalised first word of a text, as `tokenize(text)[0]?.norm`, without reading the rest of it: an index
 * files a dataset's names by first word and reads them whole only when prose uses that word. */
export function firstWord(text: string): string | undefined {
  let start = -1;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 128) return tokenize(text)[0]?.norm;
    if (isAsciiWordCode(code)) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      return text.slice(start, at).toLowerCase();
    }
  }
  return start >= 0 ? text.slice(start).toLowerCase() : undefined;
}

function tokenizeAnyScript(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ start, end: start + match[0].length, raw: match[0], norm: normalizeWord(match[0]) });
  }
  return tokens;
}

/** Index of the first token that ends after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

const ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'e.g', 'i.e', 'etc', 'vs', 'mr', 'ms', 'mrs', 'dr', 'inc', 'corp', 'co', 'ltd', 'no', 'st', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'fig', 'al', 'gov', 'dept', 'p', 'pp',
]);

/** Sentence ranges [from, to) of a plain text: a boundary is [.!?] (closing quotes and footnote marks may follow)
 * then space then a capital, digit or quote. */
const STOPS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '\uFFFC']);
const WHITE = /\s/u;
const OPENS_SENTENCE = /^[\p{Lu}\p{N}"“'‘([]/u;

/** From `at`, the end of a run of characters that pass `test`. */
function runEnd(text: string, at: number, test: (char: string) => boolean): number {
  let end = at;
  while (end < text.length && test(text[end] as string)) end++;
  return end;
}

/** "[2]", "[3][4]": citation marks after a stop. */
function citationsEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    if (text[end] !== '[') return end;
    const digits = runEnd(text, end + 1, (char) => char >= '0' && char <= '9');
    if (digits === end + 1 || digits - end - 1 > 3 || text[digits] !== ']') return end;
    end = digits + 1;
  }
}

/**
 * Sentence breaks, found in one pass: a stop (with closing quotes and citation marks, "share.[3][4] Due") and white
 * space before a capital, digit or opening mark; or a blank line. Scanned by hand: the equivalent pattern backtracked
 * quadratically on long runs of stops and spaces.
 */
function sentenceBreaks(text: string): { index: number; end: number; stop: string }[] {
  const breaks: { index: number; end: number; stop: string }[] = [];
  for (let at = 0; at < text.length; ) {
    const char = text[at] as string;
    if (STOPS.has(char)) {
      const stops = runEnd(text, at, (next) => STOPS.has(next));
      const marks = citationsEnd(text, runEnd(text, stops, (next) => CLOSERS.has(next)));
      const space = runEnd(text, marks, (next) => WHITE.test(next));
      const next = text.codePointAt(space);
      if (space > marks && next !== undefined && OPENS_SENTENCE.test(String.fromCodePoint(next))) {
        breaks.push({ index: at, end: space, stop: char });
        at = space;
      } else at = stops;
      continue;
    }
    if (char === '\n') {
      const space = runEnd(text, at + 1, (next) => WHITE.test(next));
      const lastNewline = text.lastIndexOf('\n', space - 1);
      if (lastNewline > at) {
        breaks.push({ index: at, end: lastNewline + 1, stop: char });
        at = lastNewline + 1;
        continue;
      }
    }
    at++;
  }
  return breaks;
}

/** The word (letters and stops) a text ends with; it starts only where such a run starts, so it is found in one pass. */
const LAST_WORD = /(?<![\p{L}.])[\p{L}.]+$/u;

export function sentenceRanges(text: string): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  let from = 0;
  for (const match of sentenceBreaks(text)) {
    const before = text.slice(Math.max(from, match.index - 12), match.index);
    const last = LAST_WORD.exec(before)?.[0] ?? '';
    const word = last.toLowerCase();
    // "U.S.", "e.g.", "J. Smith" do not end a sentence; "Tier I." and "Phase II." do.
    const numeral = /^(?:I{1,3}|IV|V)$/.test(last) && /\p{Lu}\p{Ll}+\s+[IV]+$/u.test(before);
    if (match.stop === '.' && !numeral && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    const to = match.end;
    ranges.push({ from, to });
    from = to;
  }
  if (from < text.length || ranges.length === 0) ranges.push({ from, to: text.length });
  return ranges;
}

/** Index of the sentence holding `offset` (binary search over ranges in order); -1 when none does. */
export function sentenceIndexAt(sentences: readonly { from: number; to: number }[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = sentences[middle] as { from: number; to: number };
    if (offset < range.from) high = middle - 1;
    else if (offset >= range.to) low = middle + 1;
    else return middle;
  }
  return -1;
}
