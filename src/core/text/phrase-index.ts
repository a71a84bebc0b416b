// Finds known phrases (country names, fact subjects, metric keywords) among a text's tokens in one pass.
// Phrases are matched word by word, never compiled into regular expressions: datasets come from other people.
import { normalizeWord, type Token } from './tokens.ts';
import { hasLetter, hasLowercase } from './letters.ts';

interface Entry<T> {
  words: readonly string[];
  /** Phrases written in capitals ("US", "UAE") must appear in capitals, so "us" the pronoun is no match. */
  capitals: boolean;
  payload: T;
}

export interface PhraseMatch<T> {
  /** Token range [from, to). */
  from: number;
  to: number;
  payload: T;
}

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();
  /** The payloads each whole phrase (and its case rule) already has: adding is constant time, however many share a
   * word. Nearly every phrase has one, so a short array, lighter than a set, holds them. */
  private readonly added = new Map<string, T[]>();

  /** `distinct`: the caller adds each phrase with a payload once (a dataset's aliases and keywords, which it has
   * de-duplicated already), so the index keeps no record of what it was given: a hundred thousand facts add as many. */
  constructor(private readonly distinct = false) {}

  /** `words`: the phrase's words, normalised, when the caller has them already. */
  add(phrase: string, payload: T, words: readonly string[] = (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).map(normalizeWord)): void {
    const first = words[0];
    if (first === undefined) return;
    const capitals = hasLetter(phrase) && !hasLowercase(phrase);
    if (!this.distinct && this.seen(`${capitals ? 'A' : 'a'}${words.join(' ')}`, payload)) return;
    const entries = this.byFirstWord.get(first) ?? [];
    entries.push({ words, capitals, payload });
    this.byFirstWord.set(first, entries);
  }

  private seen(key: string, payload: T): boolean {
    const payloads = this.added.get(key);
    if (payloads?.includes(payload)) return true;
    if (payloads) payloads.push(payload);
    else this.added.set(key, [payload]);
    return false;
  }

  /** Every occurrence of every phrase. */
  find(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    tokens.forEach((token, index) => {
      for (const entry of this.byFirstWord.get(token.norm) ?? []) {
        if (this.matchesAt(entry, tokens, index)) matches.push({ from: index, to: index + entry.words.length, payload: entry.payload });
      }
    });
    return matches;
  }

  private matchesAt(entry: Entry<T>, tokens: readonly Token[], index: number): boolean {
    for (let offset = 0; offset < entry.words.length; offset++) {
      const token = tokens[index + offset];
      if (token === undefined || token.norm !== entry.words[offset]) return false;
      if (entry.capitals && hasLowercase(token.raw)) return false;
    }
    return true;
  }
}

/** Drops a match that lies inside a longer one ("Korea" inside "North Korea"). One sweep in order of start: a match
 * is inside a longer one when an earlier-starting match reaches as far, or one starting with it reaches farther. */
export function longestMatches<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const ordered = [...matches].sort((a, b) => a.from - b.from);
  const kept: PhraseMatch<T>[] = [];
  let reachBefore = Number.NEGATIVE_INFINITY;
  for (let first = 0; first < ordered.length; ) {
    const from = (ordered[first] as PhraseMatch<T>).from;
    let last = first;
    let reach = Number.NEGATIVE_INFINITY;
    for (; last < ordered.length && (ordered[last] as PhraseMatch<T>).from === from; last++) reach = Math.max(reach, (ordered[last] as PhraseMatch<T>).to);
    for (let index = first; index < last; index++) {
      const match = ordered[index] as PhraseMatch<T>;
      if (match.to > reachBefore && match.to === reach) kept.push(match);
    }
    reachBefore = Math.max(reachBefore, reach);
    first = last;
  }
  return kept;
}
