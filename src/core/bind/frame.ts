// The measured thing of a figure: the noun phrase it counts or measures, read from the words beside it — after it
// ("$45 billion quarterly revenue", "$2.5 billion in potential H20 chip revenue", "75% of compute") or before an
// "of" that leads to it ("a registered capital of 344 billion yuan"); in a table, its row's label and column's header. A fact whose keywords name that thing is the
// figure's metric; a fact whose keywords do not, while another fact's do, is not.
import type { ChunkClaim } from '../analyze.ts';
import type { Dataset } from '../dataset/dataset.ts';
import { tokenIndexAt, tokenize, type Token } from '../text/tokens.ts';
import { hasLetter } from '../text/letters.ts';

/** Words of the noun phrase: at most this many on either side. */
const PHRASE_WORDS = 4;
const LINKS = new Set(['of', 'in', 'for', 'on']);
const BEFORE_LINKS = new Set(['of']);

/** The measured thing's words, and its head nouns: the last word of the phrase after the figure ("window" in "128K
 * token context window") and the word before an "of" that leads to it ("capital"). */
export interface MeasuredThing {
  words: Set<string>;
  heads: Set<string>;
  /** The noun the figure is given as, in "a packaging budget of $3 billion" ("budget"), unless that noun only says
   * it is a quantity ("a total of", "to the tune of"): the figure is that noun's value and no other metric's. */
  statedAs?: string;
}

/** Nouns that name no metric of their own before "of" a figure: the figure is the quantity of whatever follows. */
const QUANTITY_NOUNS = new Set(['total', 'sum', 'amount', 'tune', 'value', 'worth', 'figure', 'tally', 'estimate', 'average', 'maximum', 'minimum', 'peak', 'high', 'low', 'record', 'range', 'increase', 'rise', 'drop', 'decline', 'fall', 'jump', 'gain', 'loss', 'growth', 'cut', 'share', 'rate', 'level', 'score', 'ceiling', 'cap', 'floor', 'threshold', 'target', 'goal', 'up', 'out']);

const cache = new WeakMap<ChunkClaim, MeasuredThing>();

function isPhraseWord(token: Token | undefined, functionWords: ReadonlySet<string>): token is Token {
  return token !== undefined && hasLetter(token.raw) && !functionWords.has(token.norm);
}

/** Whether only spaces (no punctuation) separate two neighbouring tokens. */
const joined = (text: string, a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && b !== undefined && /^[\s'’-]*$/.test(text.slice(a.end, b.start));

/** In a table, a cell measures what its row's first cell and its column's header name, less the subject's names. */
function cellWords(claim: ChunkClaim, dataset: Dataset): MeasuredThing | undefined {
  const { unit, text, lexicon } = claim.view;
  if (unit.role !== 'tableRow' || !unit.cells) return undefined;
  const column = unit.cells.findIndex((cell) => claim.from >= cell.from && claim.from < cell.to);
  const first = unit.cells[0];
  if (column <= 0 || !first) return undefined;
  const words = new Set<string>();
  for (const phrase of [text.slice(first.from, first.to), unit.header?.[column] ?? '']) {
    const tokens = tokenize(phrase);
    const names = dataset.entities.aliases.find(tokens);
    tokens.forEach((token, index) => {
      const named = names.some((name) => name.from <= index && index < name.to);
      if (!named && hasLetter(token.raw) && !lexicon.functionWords.has(token.norm)) words.add(token.norm);
    });
  }
  return { words, heads: words };
}

export function measuredWords(claim: ChunkClaim, dataset: Dataset): MeasuredThing {
  const cached = cache.get(claim);
  if (cached) return cached;
  const inTable = cellWords(claim, dataset);
  if (inTable) {
    cache.set(claim, inTable);
    return inTable;
  }
  const { tokens, text, lexicon } = claim.view;
  const functionWords = lexicon.functionWords;
  const words = new Set<string>();
  const heads = new Set<string>();
  let after = tokenIndexAt(tokens, claim.to);
  if (after >= tokens.length) after = -1;
  const spaceOnly = (from: number, token: Token | undefined): boolean => token !== undefined && /^\s*$/.test(text.slice(from, token.start));
  if (after >= 0 && !spaceOnly(claim.to, tokens[after])) after = -1;
  if (after >= 0 && LINKS.has(tokens[after]?.norm ?? '')) {
    after++;
    // "of a project's total cost", "in the second quarter": the noun phrase after its determiner.
    while (after < tokens.length && functionWords.has(tokens[after]?.norm ?? '') && joined(text, tokens[after - 1], tokens[after])) after++;
  }
  const start = after;
  let head: string | undefined;
  for (let index = start, count = 0; index >= 0 && index < tokens.length && count < PHRASE_WORDS; index++, count++) {
    const token = tokens[index];
    if (!isPhraseWord(token, functionWords) || (index > start && !joined(text, tokens[index - 1], token))) break;
    words.add(token.norm);
    head = token.norm;
  }
  if (head !== undefined) heads.add(head);
  const first = tokenIndexAt(tokens, claim.from);
  const link = tokens[first - 1];
  // "the registered capital of 344 billion yuan": the phrase before "of", when the figure names no noun of its own
  // ("the shareholders of six major banks" counts banks).
  if (link && BEFORE_LINKS.has(link.norm) && words.size === 0) {
    for (let index = first - 2, count = 0; index >= 0 && count < PHRASE_WORDS; index--, count++) {
      const token = tokens[index];
      if (!isPhraseWord(token, functionWords) || !joined(text, token, tokens[index + 1])) break;
      if (index === first - 2) heads.add(token.norm);
      words.add(token.norm);
    }
  }
  if (words.size === 0) subjectBeforeVerb(claim, words, heads);
  const thing: MeasuredThing = { words, heads };
  const given = link && BEFORE_LINKS.has(link.norm) ? tokens[first - 2] : undefined;
  if (isPhraseWord(given, functionWords) && joined(text, given, link) && !QUANTITY_NOUNS.has(given.norm)) thing.statedAs = given.norm;
  cache.set(claim, thing);
  return thing;
}

/** Words a time phrase may hold between the measured thing and its verb ("revenue for the first quarter came to"). */
const TIME_PHRASE_WORDS = 5;
const TIME_LINKS = new Set(['for', 'in', 'during', 'over']);

/** "Nvidia's revenue for the first quarter came to $44.1 billion", "the stake was worth $1.5 billion": with no noun
 * beside the figure, the noun phrase before the linking verb (past a time phrase) is what it measures. */
function subjectBeforeVerb(claim: ChunkClaim, words: Set<string>, heads: Set<string>): void {
  const { tokens, text, lexicon } = claim.view;
  let index = tokenIndexAt(tokens, claim.from) - 1;
  const linking = (at: number): boolean => lexicon.linkingVerbs.has(tokens[at]?.norm ?? '');
  if (!linking(index) || !/^\s*$/.test(text.slice(tokens[index]?.end ?? 0, claim.from))) return;
  while (index > 0 && linking(index - 1) && joined(text, tokens[index - 1], tokens[index])) index--;
  index--;
  // Past "for the first quarter": back to the link word, when one stands within a few words.
  for (let back = index; back >= 0 && index - back < TIME_PHRASE_WORDS; back--) {
    if (!joined(text, tokens[back], tokens[back + 1])) break;
    if (TIME_LINKS.has(tokens[back]?.norm ?? '')) {
      index = back - 1;
      break;
    }
  }
  for (let at = index, count = 0; at >= 0 && count < PHRASE_WORDS; at--, count++) {
    const token = tokens[at];
    if (!isPhraseWord(token, lexicon.functionWords) || !joined(text, token, tokens[at + 1])) break;
    if (at === index) heads.add(token.norm);
    words.add(token.norm);
  }
}
