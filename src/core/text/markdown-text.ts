// Dataset text written into Markdown (a hover, a footnote in the memo) as text and nothing else: other people wrote
// it, so no character of it may open syntax, make a link or reorder what the reader sees.

/** Bidi embeddings, overrides and isolates, and the other invisible marks that reorder or hide text. */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** One line of visible text: controls and bidi marks dropped, line breaks and runs of blanks folded to one space. */
export function oneLine(text: string): string {
  let plain = '';
  for (const char of text.replace(INVISIBLE, '')) {
    const code = char.charCodeAt(0);
    plain += code < 0x20 || (code >= 0x7f && code <= 0x9f) ? ' ' : char;
  }
  return plain.replace(/\s+/g, ' ').trim();
}

/** For a hover, which renders it: every ASCII punctuation mark backslash-escaped (valid in CommonMark). */
export function markdownText(text: string): string {
  return oneLine(text).replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** A web or mail address written bare: GFM links it after escapes are read, so only a code span keeps it text. Any
 * word with an "@" is taken whole: it holds every mail address GFM could link, and is found in one pass (a pattern
 * that tries each position of a long word for a local part takes the square of its length). */
const BARE_ADDRESS = /(?:https?:\/\/|www\.)\S+|(?<!\S)[^\s@]*@\S*/giu;

/** For the memo's own source, which people read: only what could open syntax is escaped — inline marks, a block
 * marker at the start (the text opens a footnote's first line) — and bare addresses are set as code. */
export function readableMarkdownText(text: string): string {
  const line = oneLine(text);
  let out = '';
  let at = 0;
  for (const match of line.matchAll(BARE_ADDRESS)) {
    out += escapeInline(line.slice(at, match.index), at === 0) + codeSpan(match[0]);
    at = match.index + match[0].length;
  }
  return out + escapeInline(line.slice(at), at === 0);
}

function escapeInline(text: string, opensLine: boolean): string {
  const escaped = text.replace(/[\\`*_[\]<>|~&]/g, '\\$&');
  return opensLine ? escaped.replace(/^([#>+=-]|\d+[.)])/, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`) : escaped;
}

/** A code span whose fence is longer than any run of backticks inside it. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text}${fence}`;
}
