// Reads a fact file's text into data and a way to locate any path of it in the text. YAML goes through the YAML
// library, whose document keeps every node's place. A JSON file (what tools export, and how a team keeps many thousand
// facts) is read with JSON.parse, ten times faster; one scan records where each fact starts, and a path inside a fact
// is located only when a problem is reported there, by reading the text as YAML then (JSON is YAML).
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { TOO_DEEP_MESSAGE, tooDeep } from './nesting.ts';

/** The offset in the text of the value at a path (or of `key` in the map there), for located problems. */
export type Locate = (path: readonly (string | number)[], key?: string) => number;

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
      if (range) return range[0];
    }
    return node?.range?.[0] ?? 0;
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

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Where each element of the top-level `facts` array starts: one pass over the text, skipping strings. */
function factOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let key = '';
  let inFacts = false;
  let expectValue = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '"') {
      const start = at;
      for (at++; at < text.length && text[at] !== '"'; at++) if (text[at] === '\\') at++;
      if (depth === 1) key = text.slice(start + 1, at);
      if (inFacts && expectValue) offsets.push(start);
      expectValue = false;
      continue;
    }
    if (char === undefined || WHITESPACE.has(char)) continue;
    if (inFacts && expectValue) offsets.push(at);
    expectValue = false;
    if (char === '{' || char === '[') {
      depth++;
      if (depth === 2 && char === '[' && key === 'facts') inFacts = expectValue = true;
    } else if (char === '}' || char === ']') {
      depth--;
      if (depth < 2) inFacts = false;
    } else if (char === ',' && inFacts && depth === 2) expectValue = true;
  }
  return offsets;
}

function readJson(text: string, lines: LineCounter): ReadData | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON after all: the YAML reader says where it goes wrong.
    return undefined;
  }
  countLines(text, lines);
  const starts = factOffsets(text);
  let deeper: Locate | undefined;
  const locate: Locate = (path, key) => {
    const start = path.length === 2 && path[0] === 'facts' && key === undefined ? starts[path[1] as number] : undefined;
    if (start !== undefined) return start;
    deeper ??= locateIn(parseDocument(text, { prettyErrors: false }));
    return deeper(path, key);
  };
  return { data, locate };
}

/** Line starts for a text the YAML library does not read. */
function countLines(text: string, lines: LineCounter): void {
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
}

/** `lines` learns the text's line starts, for line and column of each offset. */
export function readData(path: string, text: string, lines: LineCounter): ReadData {
  const deep = tooDeep(text);
  if (deep !== undefined) {
    countLines(text, lines);
    return { errors: [{ offset: deep, message: TOO_DEEP_MESSAGE }] };
  }
  const json = /\.json$/i.test(path) ? readJson(text, lines) : undefined;
  return json ?? readYaml(text, lines);
}
