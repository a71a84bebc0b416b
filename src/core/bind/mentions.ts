// What a unit of text names, in the dataset's terms: entity aliases (longest first, never part of a longer hyphenated
// name), references back to an entity ("the fund", "its"), metric keywords, and capitalised names the dataset does
// not know (a sign that a sentence is about something else).
import type { Dataset, KeywordGroup } from '../dataset/dataset.ts';
import type { UnitView } from '../detectors/detector.ts';
import { longestMatches, type PhraseMatch } from '../text/phrase-index.ts';
import { coverage } from '../text/ranges.ts';
import { sentenceIndexAt, type Token } from '../text/tokens.ts';
import type { AliasHit } from './entities.ts';
import { isAllUppercase, startsUppercase } from '../text/letters.ts';

export interface Span {
  /** Token range [from, to). */
  from: number;
  to: number;
}

export interface AliasMention extends Span {
  hits: AliasHit[];
}

export interface ReferenceMention extends Span {
  /** The entity type the noun refers to; undefined for a pronoun, which refers to whatever was named last. */
  type?: string;
}

export interface UnitMentions {
  aliases: AliasMention[];
  references: ReferenceMention[];
  keywords: PhraseMatch<KeywordGroup>[];
  /** Capitalised names that are neither aliases, keywords nor countries. */
  unknownNames: Span[];
}

/** A match inside a hyphenated compound ("DeepSeek-R1" in "DeepSeek-R1-Distill-Qwen-32B", "o1" in "o1-mini") names
 * the compound, not the phrase. */
export function isWholeName(text: string, tokens: readonly Token[], match: Span): boolean {
  const start = tokens[match.from]?.start ?? 0;
  const end = tokens[match.to - 1]?.end ?? 0;
  const joined = (at: number, step: number): boolean => text[at] === '-' && /[\p{L}\p{N}]/u.test(text[at + step] ?? '');
  return !joined(start - 1, -1) && !joined(end, 1);
}

function groupBySpan<T>(matches: PhraseMatch<T>[]): (Span & { payloads: T[] })[] {
  const groups = new Map<string, Span & { payloads: T[] }>();
  for (const match of matches) {
    const key = `${match.from}:${match.to}`;
    const group = groups.get(key) ?? { from: match.from, to: match.to, payloads: [] };
    // One name written two ways ("NVIDIA H100", "Nvidia H100") is one hit.
    if (!group.payloads.includes(match.payload)) group.payloads.push(match.payload);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.from - b.from);
}

const bucketCache = new WeakMap<object, Span[][]>();

/** The items of a unit's mention list that start in its sentence number `sentence`, bucketed once per list. */
export function inSentence<T extends Span>(view: UnitView, items: readonly T[], sentence: number): readonly T[] {
  let buckets = bucketCache.get(items) as T[][] | undefined;
  if (!buckets) {
    buckets = view.sentences.map(() => []);
    for (const item of items) buckets[Math.max(0, sentenceIndexAt(view.sentences, view.tokens[item.from]?.start ?? 0))]?.push(item);
    bucketCache.set(items, buckets);
  }
  return buckets[sentence] ?? [];
}

function references(view: UnitView, dataset: Dataset, taken: readonly Span[]): ReferenceMention[] {
  const { tokens } = view;
  const { lexicon } = dataset;
  const found: ReferenceMention[] = [];
  const covered = coverage(taken);
  for (const noun of longestMatches(lexicon.referenceNouns.find(tokens))) {
    if (covered(noun.from)) continue;
    // "the fund", "the National Fund", "the second phase fund": a determiner at most three words before the noun.
    const window = tokens.slice(Math.max(0, noun.from - 3), noun.from);
    if (window.some((token) => lexicon.determiners.has(token.norm))) found.push({ from: noun.from, to: noun.to, type: noun.payload });
  }
  tokens.forEach((token, index) => {
    if (lexicon.pronouns.has(token.norm) && !covered(index)) found.push({ from: index, to: index + 1 });
  });
  return found.sort((a, b) => a.from - b.from);
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

function unknownNames(view: UnitView, known: readonly Span[], dataset: Dataset): Span[] {
  const { tokens, text } = view;
  const names: Span[] = [];
  const covered = coverage(known);
  const isName = (token: Token, index: number): boolean =>
    startsUppercase(token.raw) && !covered(index) && !MONTHS.has(token.norm) && !dataset.lexicon.commonWords.has(token.norm) && !isAllUppercase(token.raw);
  const starts = new Set(view.sentences.map((sentence) => sentence.from + (/^\s*/.exec(text.slice(sentence.from, sentence.from + 40))?.[0].length ?? 0)));
  const startsSentence = (token: Token): boolean => starts.has(token.start);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (!isName(token, index)) continue;
    let end = index + 1;
    while (end < tokens.length && isName(tokens[end] as Token, end) && /^\s$/.test(text.slice(tokens[end - 1]?.end ?? 0, tokens[end]?.start ?? 0))) end++;
    // A capitalised first word of a sentence is a name only when more capitalised words follow it.
    if (!(startsSentence(token) && end - index === 1)) names.push({ from: index, to: end });
    index = end - 1;
  }
  return names;
}

/** An alias followed by a capitalised word the dataset does not know (no alias, no keyword: "H20 SXM" stays H20) names
 * a variant or a longer name ("H100 NVL", "China Development Bank"): it points at the subject's family only. */
function namesAVariant(view: UnitView, dataset: Dataset, alias: AliasMention, covered: (index: number) => boolean): boolean {
  const { tokens, text } = view;
  const next = tokens[alias.to];
  const last = tokens[alias.to - 1];
  if (!next || !last || text.slice(last.end, next.start) !== ' ' || covered(alias.to)) return false;
  return startsUppercase(next.raw) && !MONTHS.has(next.norm) && !dataset.lexicon.commonWords.has(next.norm);
}

/** Capitalised runs of two or more words that no alias covers and that shorten a long name ("the National Fund"). */
function shortForms(view: UnitView, dataset: Dataset, aliases: readonly AliasMention[]): AliasMention[] {
  const { tokens, text } = view;
  const found: AliasMention[] = [];
  const covered = coverage(aliases);
  let index = 0;
  while (index < tokens.length) {
    let end = index;
    while (end < tokens.length && startsUppercase(tokens[end]?.raw ?? '') && !covered(end) && (end === index || /^\s$/.test(text.slice(tokens[end - 1]?.end ?? 0, tokens[end]?.start ?? 0)))) end++;
    const hit = end - index >= 2 ? dataset.entities.shortFormOf(tokens.slice(index, end).map((token) => token.norm)) : undefined;
    if (hit) found.push({ from: index, to: end, hits: [hit] });
    index = Math.max(end, index + 1);
  }
  return found;
}

/** A text's entity aliases (longest first) and metric keywords, none inside a longer hyphenated name. */
/** A capitalised common word inside a sentence is written as a name: "Honor held 17.1%", not "We honor". */
function writtenAsName(text: string, tokens: readonly Token[], match: PhraseMatch<AliasHit>): PhraseMatch<AliasHit> {
  const token = tokens[match.from];
  const asName = match.payload.asName;
  if (!asName || !token || !startsUppercase(token.raw)) return match;
  // A short look back is enough to see a sentence's start, and stays cheap in a long paragraph.
  const before = text.slice(Math.max(0, token.start - 16), token.start).trimEnd();
  return before === '' || /[.!?:;"“(#>*-]$/u.test(before) ? match : { ...match, payload: asName };
}

export function namesIn(text: string, tokens: readonly Token[], dataset: Dataset): { aliases: PhraseMatch<AliasHit>[]; keywords: PhraseMatch<KeywordGroup>[] } {
  return {
    aliases: longestMatches(dataset.entities.aliases.find(tokens)).filter((match) => isWholeName(text, tokens, match)).map((match) => writtenAsName(text, tokens, match)),
    keywords: dataset.keywords.find(tokens).filter((match) => isWholeName(text, tokens, match)),
  };
}

const cache = new WeakMap<UnitView, { dataset: Dataset; mentions: UnitMentions }>();

export function mentionsOf(view: UnitView, dataset: Dataset): UnitMentions {
  const cached = cache.get(view);
  if (cached?.dataset === dataset) return cached.mentions;
  const names = namesIn(view.text, view.tokens, dataset);
  const aliases = groupBySpan(names.aliases).map(({ from, to, payloads }) => ({ from, to, hits: payloads }));
  aliases.push(...shortForms(view, dataset, aliases));
  aliases.sort((a, b) => a.from - b.from);
  const { keywords } = names;
  const variantCheck = coverage([...aliases, ...keywords]);
  for (const alias of aliases) if (namesAVariant(view, dataset, alias, variantCheck)) alias.hits = alias.hits.map((hit) => ({ ...hit, strength: 'weak' }));
  const countries = view.countries.map(({ from, to }) => ({ from, to }));
  const known = [...aliases, ...keywords, ...countries];
  const mentions: UnitMentions = { aliases, keywords, references: references(view, dataset, aliases), unknownNames: unknownNames(view, known, dataset) };
  cache.set(view, { dataset, mentions });
  return mentions;
}
