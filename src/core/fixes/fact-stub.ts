// "Add to team dataset": a fact stub for an unverified claim, appended to a team's YAML fact file by inserting text
// only, so every byte of the file outside the new fact (its comments, its formatting, its other facts) stays as it is.
// The stub states what the claim states (kind, value and currency or unit, date) and leaves the rest (the subject, the
// metric, the source's title, publisher, address and quote) as tab stops for the writer to fill in.
import { isMap, isSeq, parseDocument } from 'yaml';
import type { CheckedClaim } from '../types.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

/** Text, or a tab stop with the text it holds until the writer types over it. */
export type StubPart = string | { stop: number; placeholder: string };

export interface StubEdit {
  /** Where the stub goes, and how much it replaces (an empty `facts: []`'s brackets; otherwise nothing). */
  start: number;
  end: number;
  parts: StubPart[];
}

/** The stub with its placeholders as text: what the file holds if the writer changes nothing. */
export const stubText = (parts: readonly StubPart[]): string => parts.map((part) => (typeof part === 'string' ? part : part.placeholder)).join('');

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'fact';

/** The fact's lines, each indented under the list's dash at `indent` spaces. */
function stubLines(claim: CheckedClaim, lexicon: Pick<Lexicon, 'currencies'>, indent: number): StubPart[] {
  const pad = ' '.repeat(indent);
  const stated = claim.stated;
  const measure = stated ? (lexicon.currencies.has(stated.unit) ? `currency: ${stated.unit}` : `unit: ${stated.unit}`) : undefined;
  const lines: StubPart[][] = [
    ['- id: ', { stop: 1, placeholder: `team.${slug(claim.text)}` }],
    [`  kind: ${claim.kind}`],
    ['  subject:'],
    ['    name: ', { stop: 2, placeholder: 'Subject as memos name it' }],
    ['  metric:'],
    ['    name: ', { stop: 3, placeholder: 'what the figure measures' }],
    ['    keywords: [', { stop: 4, placeholder: 'words near the figure' }, ']'],
    ...(stated ? [[`  value: ${stated.value}`], [`  ${measure}`]] : []),
    [`  date: "${claim.asOf}"`],
    ['  sources:'],
    ['    - title: ', { stop: 5, placeholder: 'Title of the source' }],
    ['      publisher: ', { stop: 6, placeholder: 'Who published it' }],
    ['      date: "', { stop: 7, placeholder: claim.asOf }, '"'],
    ['      url: ', { stop: 8, placeholder: 'https://' }],
    ['      quote: ', { stop: 9, placeholder: 'A short quote that states the figure.' }],
  ];
  return lines.flatMap((line) => [pad, ...line, '\n']);
}

/** The edit that adds a stub for `claim` to the YAML fact file `text`; undefined when its `facts` is not a list. */
export function factStubEdit(text: string, claim: CheckedClaim, lexicon: Pick<Lexicon, 'currencies'>): StubEdit | undefined {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return undefined;
  const facts = isMap(doc.contents) ? doc.contents.get('facts', true) : undefined;
  if (facts === undefined) {
    // No list yet: one at the end of the file.
    const lead = text === '' || text.endsWith('\n') ? '' : '\n';
    return { start: text.length, end: text.length, parts: [`${lead}facts:\n`, ...stubLines(claim, lexicon, 2)] };
  }
  if (!isSeq(facts) || !facts.range) return undefined;
  const [start, valueEnd] = facts.range;
  if (facts.flow) {
    // Only an empty flow list (`facts: []`, as a new file has) is replaced, by a block list holding the stub.
    if (facts.items.length > 0) return undefined;
    const from = text[start - 1] === ' ' ? start - 1 : start;
    return { start: from, end: valueEnd, parts: ['\n', ...stubLines(claim, lexicon, 2)].slice(0, -1) };
  }
  // A block list starts at its first dash: the new fact's dash goes in the same column.
  const indent = start - (text.lastIndexOf('\n', start - 1) + 1);
  // After the last fact, a blank line before the new one, as facts are usually set apart.
  const lead = text[valueEnd - 1] === '\n' ? '\n' : '\n\n';
  return { start: valueEnd, end: valueEnd, parts: [lead, ...stubLines(claim, lexicon, indent)].slice(0, -1) };
}
