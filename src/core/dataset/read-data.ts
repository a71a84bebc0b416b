// Reads a fact file's text into data and a way to locate any path of it in the text. YAML goes through the YAML
// library, whose document keeps every node's place. A JSON file (what tools export, and how a team keeps many thousand
// facts) is read with JSON.parse, ten times faster; one scan records where each fact starts, and a path inside a fact
// is located only when a problem is reported there, by reading the text as YAML then (JSON is YAML).
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { MAX_NESTING, TOO_DEEP_MESSAGE, tooDeep } from './nesting.ts';

/** Where in the text the value at a path is (or `key` in the map there), for located problems; `end` is known where
 * the text was read as YAML. */
export type Locate = (path: readonly (string | number)[], key?: string) => Place;

/** An offset in the text, with its line and column (1-based) when the reader knew them already. */
export interface Place {
  start: number;
  end?: number;
  at?: { line: number; column: number };
}

export type ReadData = { data: unknown; locate: Locate } | { errors: { offset: number; message: string }[] };

/** The node at a path, or the deepest node on the way there (for a missing property). */
function nodeAt(doc: Document, path: readonly (string | number)[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    const next: unknown = isMap(node) || isSeq(node) ? node.get(segment, true) : undefined;
    if (next === undefined) return node as Node;
    node = next;
  }
  return node as Node;
}

/** The offset of a key in a map (for "unknown property" messages), else of the node itself. */
function locateIn(doc: Document): Locate {
  return (path, key) => {
    const node = nodeAt(doc, path);
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      const range = (pair?.key as Node | undefined)?.range;
      if (range) return { start: range[0], end: range[1] };
    }
    return node?.range ? { start: node.range[0], end: node.range[1] } : { start: 0 };
  };
}

function readYaml(text: string, lines: LineCounter): ReadData {
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return { errors: doc.errors.map((error) => ({ offset: error.pos[0], message: `cannot parse: ${error.message.split('\n')[0] ?? error.message}` })) };
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }), locate: locateIn(doc) };
  } catch (error) {
    return { errors: [{ offset: 0, message: `cannot read: ${(error as Error).message}` }] };
  }
}

/** Where each element of the top-level `facts` array starts (with its line and column: every line break of valid
 * JSON lies outside its strings, so the pass sees them all), and where the text first nests too deep (if it does):
 * one pass over the text, skipping strings by their closing quote. */
function jsonOutline(text: string): { starts: Place[]; tooDeepAt?: number } {
  const starts: Place[] = [];
  let line = 1;
  let lineStart = 0;
  const placeAt = (start: number): Place => ({ start, at: { line, column: start - lineStart + 1 } });
  let depth = 0;
  let key = '';
  let inFacts = false;
  let expectValue = false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22) {
      const start = at;
      at = closingQuote(text, at + 1);
      if (depth === 1) key = text.slice(start + 1, at);
      if (inFacts && expectValue) starts.push(placeAt(start));
      expectValue = false;
      continue;
    }
    if (code === 0x0a) {
      line++;
      lineStart = at + 1;
      continue;
    }
    if (code === 0x20 || code === 0x0d || code === 0x09) continue;
    if (inFacts && expectValue) starts.push(placeAt(at));
    expectValue = false;
    if (code === 0x7b || code === 0x5b) {
      if (++depth > MAX_NESTING) return { starts, tooDeepAt: at };
      if (depth === 2 && code === 0x5b && key === 'facts') inFacts = expectValue = true;
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
      if (depth < 2) inFacts = false;
    } else if (code === 0x2c && inFacts && depth === 2) expectValue = true;
  }
  return { starts };
}

/** The offset of the quote that closes a JSON string opened before `from` (or the text's length). */
function closingQuote(text: string, from: number): number {
  for (let at = text.indexOf('"', from); at >= 0; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return text.length;
}

/** JSON read with JSON.parse, or undefined when the text is not JSON (the YAML reader then says where it goes wrong). */
function readJson(text: string): ReadData | undefined {
  const outline = jsonOutline(text);
  if (outline.tooDeepAt !== undefined) {
    return { errors: [{ offset: outline.tooDeepAt, message: TOO_DEEP_MESSAGE }] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  // The line index is left to the report, which builds it only for a problem: each fact's place comes with its line.
  let deeper: Locate | undefined;
  const locate: Locate = (path, key) => {
    const start = path.length === 2 && path[0] === 'facts' && key === undefined ? outline.starts[path[1] as number] : undefined;
    if (start !== undefined) return start;
    deeper ??= locateIn(parseDocument(text, { prettyErrors: false }));
    return deeper(path, key);
  };
  return { data, locate };
}

/** `lines` learns the text's line starts where the YAML library reads the text; elsewhere (JSON, a text refused
 * before parsing) the report counts them when a problem needs them. */
export function readData(path: string, text: string, lines: LineCounter): ReadData {
  const json = /\.json$/i.test(path) ? readJson(text) : undefined;
  if (json) return json;
  const deep = tooDeep(text);
  if (deep !== undefined) return { errors: [{ offset: deep, message: TOO_DEEP_MESSAGE }] };
  return readYaml(text, lines);
}
