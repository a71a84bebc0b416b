// How deep a fact file nests, read in one pass before it is parsed. The YAML library recurses once per level: a few
// thousand levels overflow the stack, and an overflow at the wrong moment (while V8 compiles a regular expression)
// ends the whole process, the editor's extension host with it. A fact nests six levels or so, a config three; a
// file nested past the limit is refused at the place it goes too deep.

/** Far beyond any fact's shape (a fact's series, sources and disagreements are four or five levels down). */
export const MAX_NESTING = 64;

export const TOO_DEEP_MESSAGE = `nested too deeply: more than ${MAX_NESTING} levels of lists and maps`;

const BLOCK_SCALAR = /[|>][1-9+-]{0,2}[ \t]*(?:#.*)?$/;
const SEQUENCE_ENTRY = /^(?:-[ \t]+)+/;

/** Offset where the text nests more than MAX_NESTING levels, or undefined. Block levels are read from indentation
 * (and "- " entries), flow levels from brackets and braces outside quotes; block scalars' text is skipped. */
export function tooDeep(text: string): number | undefined {
  const indents: number[] = [];
  let block = 0;
  let flow = 0;
  let scalarIndent: number | undefined;
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    lineStart = lineEnd + 1;
    const indent = line.length - line.trimStart().length;
    const blank = line.trim() === '' || line.trimStart().startsWith('#');
    if (scalarIndent !== undefined && (blank || indent > scalarIndent)) continue;
    scalarIndent = undefined;
    if (blank) continue;
    if (flow === 0) {
      while (indents.length > 0 && (indents.at(-1) ?? 0) >= indent) indents.pop();
      indents.push(indent);
      block = indents.length + (SEQUENCE_ENTRY.exec(line.slice(indent))?.[0].split('-').length ?? 1) - 1;
      if (block > MAX_NESTING) return lineEnd - line.length + indent;
    }
    const after = flowAfter(line, block, flow);
    if (after.tooDeepAt !== undefined) return lineEnd - line.length + after.tooDeepAt;
    flow = after.flow;
    if (flow === 0 && BLOCK_SCALAR.test(line)) scalarIndent = indent;
  }
  return undefined;
}

/** Where a quoted scalar may start: at the start of the line or after a key, an entry or a flow collection's mark. */
const BEFORE_QUOTE = /(?:^|[:\-[{,])\s*$/;

/** The flow level after a line, and where in it the nesting passes the limit (if it does). */
function flowAfter(line: string, block: number, flowBefore: number): { flow: number; tooDeepAt?: number } {
  let flow = flowBefore;
  let quote: string | undefined;
  for (let at = 0; at < line.length; at++) {
    const char = line[at];
    if (quote) {
      if (char === '\\' && quote === '"') at++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if ((char === '"' || char === "'") && BEFORE_QUOTE.test(line.slice(Math.max(0, at - 8), at))) quote = char;
    else if (char === '#' && (at === 0 || line[at - 1] === ' ')) break;
    else if (char === '[' || char === '{') {
      flow++;
      if (block + flow > MAX_NESTING) return { flow, tooDeepAt: at };
    } else if ((char === ']' || char === '}') && flow > 0) flow--;
  }
  return { flow };
}
