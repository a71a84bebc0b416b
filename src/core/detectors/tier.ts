// Tier claims: which tier of an export-control regime a country is in ("Saudi Arabia, a Tier 2 country",
// "Tier 1 allies such as Japan"), and how many countries a tier holds ("the United States and 18 close allies").
import { makeFigure, parseNumber, qualifierBefore } from '../text/figures.ts';
import type { CountryGroup } from '../lexicon/lexicon.ts';
import { longestMatches, type PhraseMatch } from '../text/phrase-index.ts';
import { coverage, firstWhere, within } from '../text/ranges.ts';
import type { UnitClaim, UnitView } from './detector.ts';

const TIER = new RegExp(String.raw`\b(?<word>[Tt]ier)[\s-]?(?<level>[1-9]|I{1,3}|IV|one|two|three|One|Two|Three)\b`, 'gu');
/** Tier levels written as Roman numerals and as words, level 1 first: read here, and written by the replacement. */
export const TIER_NUMERALS = { roman: ['I', 'II', 'III', 'IV'], words: ['one', 'two', 'three'] } as const;
const levelsOf = (written: readonly string[]): [string, number][] => written.map((word, index) => [word.toLowerCase(), index + 1]);
const LEVELS: Record<string, number> = Object.fromEntries([...levelsOf(TIER_NUMERALS.roman), ...levelsOf(TIER_NUMERALS.words), ...levelsOf(['first', 'second', 'third'])]);
/** "the first tier", "the third level": ordinal tiers, read as tiers only where the text is about the regime. */
const ORDINAL_TIER = /\b(?<level>first|second|third)[\s-](?:tier|level)\b/giu;
/** Words after "Tier 1" that make it a kind of supplier, support or price rather than a country group. */
const NOT_A_COUNTRY_TIER = /^[\s-]*(?:customer|support|supplier|suppliers|vendor|vendors|engineer|engineers|pricing|price|prices|plan|plans|city|cities|bank|banks|capital|account|accounts|network|networks|data|cloud|university|universities|school|schools|team|teams|partner program|service|services|ticket|tickets|contractor|contractors|automaker|automakers|carrier|carriers|provider|providers|sponsor|sponsors|club|clubs|player|players)\b/i;
const COUNTRY_WORDS = /^[\s-]*(?:countr(?:y|ies)|nations?|allies|ally|destinations?|status|members?|jurisdictions?|partners?|list|group)\b/i;
const REGIME_CONTEXT = /\b(?:export[- ]control|diffusion|AI chips?|advanced chips|GPUs?|BIS|Commerce Department|tiers)\b/i;
const NEGATION = /\b(?:not|never|no longer|neither|nor)\b|n['’]t\b/i;
/** Characters next to the country and next to the tier read for a negation. */
const NEGATION_REACH = 120;
const SIZE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?<n>\d{1,3}|\p{L}+)\s+(?:(?:close|key|other|allied|partner|friendly|major|more|additional)\s+)*(?:allies|countries|nations|partners|democracies|economies)\b`,
  'giu',
);

interface TierMention {
  from: number;
  to: number;
  tier: number;
}

function levelOf(written: string): number {
  return LEVELS[written.toLowerCase()] ?? Number(written);
}

function tierMentions(text: string, regimeContext: boolean): TierMention[] {
  const mentions: TierMention[] = [];
  for (const match of text.matchAll(TIER)) {
    const end = match.index + match[0].length;
    const after = text.slice(end, end + 30);
    if (NOT_A_COUNTRY_TIER.test(after)) continue;
    const capitalised = match.groups?.word === 'Tier' && text[match.index + 4] !== '-';
    if (!regimeContext && !capitalised && !COUNTRY_WORDS.test(after)) continue;
    mentions.push({ from: match.index, to: end, tier: levelOf(match.groups?.level ?? '') });
  }
  if (regimeContext) {
    for (const match of text.matchAll(ORDINAL_TIER)) {
      const end = match.index + match[0].length;
      if (!NOT_A_COUNTRY_TIER.test(text.slice(end, end + 30))) mentions.push({ from: match.index, to: end, tier: levelOf(match.groups?.level ?? '') });
    }
  }
  return mentions.sort((a, b) => a.from - b.from);
}

/** Clause ranges: semicolons and contrastive joins separate "A sat in Tier 1, while B was in Tier 2". */
function clauses(text: string, from: number, to: number): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  let start = from;
  for (const match of text.slice(from, to).matchAll(/;|,?\s(?:while|whereas|but)\s/g)) {
    ranges.push({ from: start, to: from + match.index });
    start = from + match.index + match[0].length;
  }
  ranges.push({ from: start, to });
  return ranges;
}

/** The tier a country mention belongs to among the clause's tier mentions. */
const NEW_PAIR = /\s*(?:countr(?:y|ies)\s*)?(?:,|and\b|while\b|whereas\b)/iy;

function tierFor(text: string, country: { from: number; to: number }, mentions: TierMention[]): TierMention | undefined {
  const previous = mentions[firstWhere(mentions, (mention) => mention.to > country.from) - 1];
  const next = mentions[firstWhere(mentions, (mention) => mention.from >= country.to)];
  if (!previous) return next;
  if (!next) return previous;
  // "Japan is in Tier 1 and India in Tier 2": a conjunction right after the previous mention starts a new pair. Read
  // in place, not from a copy of all the text up to the country, which may be far.
  NEW_PAIR.lastIndex = previous.to;
  const pair = NEW_PAIR.exec(text);
  return pair && pair.index + pair[0].length <= country.from ? next : previous;
}

/** Countries and groups of countries the unit names, longest names first. */
function placeables(view: UnitView): PhraseMatch<string | CountryGroup>[] {
  const groups = longestMatches(view.lexicon.countryGroups.find(view.tokens));
  const inGroup = coverage(groups);
  const countries = view.countries.filter((country) => {
    for (let index = country.from; index < country.to; index++) if (inGroup(index)) return false;
    return true;
  });
  return [...countries, ...groups].sort((a, b) => a.from - b.from);
}

/** A country this many words or fewer from its tier mention is placed in it; farther, only as part of a list. */
const NEAR_WORDS = 12;
/** What may stand between two items of one list: "Japan, South Korea and NATO partners", "(e.g., Japan". */
const LIST_GAP = /^[\s,;:()]*(?:(?:and|or|as well as|plus|e\.g\.|i\.e\.|such as|including|like|notably|the)[\s,;:()]*)*$/i;

/** Whether a country belongs with a tier mention: near it, or continuing a list that is. "Tier 3 countries, notably
 * China and Russia, ... to prevent the use of U.S. technology" places China and Russia, not the United States. */
const WORD = /[\p{L}\p{N}]+/gu;

/** How many words stand in text[from, to), counted no further than one past NEAR_WORDS: a far country costs no more
 * than a near one. */
function wordsIn(text: string, from: number, to: number): number {
  WORD.lastIndex = from;
  let count = 0;
  for (let match = WORD.exec(text); match && match.index + match[0].length <= to && count <= NEAR_WORDS; match = WORD.exec(text)) count++;
  return count;
}

/** The words between a country and its tier that may negate the placement: those next to either, in a long list. */
function betweenWords(text: string, from: number, to: number): string {
  return to - from <= 2 * NEGATION_REACH ? text.slice(from, to) : `${text.slice(from, from + NEGATION_REACH)} ${text.slice(to - NEGATION_REACH, to)}`;
}

function attached(view: UnitView, span: { from: number; to: number }, mention: TierMention, previousEnd: number | undefined): boolean {
  if (mention.from === mention.to) return true;
  if (wordsIn(view.text, Math.min(span.to, mention.to), Math.max(span.from, mention.from)) <= NEAR_WORDS) return true;
  return previousEnd !== undefined && previousEnd <= span.from && LIST_GAP.test(view.text.slice(previousEnd, span.from));
}

function membershipClaims(view: UnitView, countries: PhraseMatch<string | CountryGroup>[], mentions: TierMention[], range: { from: number; to: number }): UnitClaim[] {
  const claims: UnitClaim[] = [];
  let previousEnd: number | undefined;
  for (const country of countries) {
    const last = view.tokens[country.to - 1];
    // "the U.S." ends with the abbreviation's own period.
    const period = last && /^\p{Lu}$/u.test(last.raw) && view.text[last.end] === '.' && view.text[last.start - 1] === '.' ? 1 : 0;
    const span = { from: view.tokens[country.from]?.start ?? 0, to: (last?.end ?? 0) + period };
    if (span.from < range.from || span.to > range.to) continue;
    const mention = tierFor(view.text, span, mentions);
    if (!mention || !attached(view, span, mention, previousEnd)) continue;
    // "Close Western/NATO allies: Belgium, Denmark, ...": a group that labels the list after it is no claim itself.
    if (typeof country.payload !== 'string' && /^\s*:/.test(view.text.slice(span.to, span.to + 3))) continue;
    previousEnd = span.to;
    const negated = NEGATION.test(betweenWords(view.text, Math.min(span.to, mention.to), Math.max(span.from, mention.from)));
    const placed = country.payload;
    claims.push({
      kind: 'tier',
      ...span,
      // A tier given by the heading or lead-in (an empty mention) is written in another unit.
      ...(mention.from < mention.to ? { valueSpan: { from: mention.from, to: mention.to } } : {}),
      tier: typeof placed === 'string'
        ? { type: 'membership', country: placed, tier: mention.tier, negated }
        : { type: 'group', group: placed.name, members: placed.members, tier: mention.tier, negated },
    });
  }
  return claims;
}

function sizeClaims(view: UnitView, mention: TierMention, range: { from: number; to: number }): UnitClaim[] {
  const claims: UnitClaim[] = [];
  const text = view.text.slice(range.from, range.to);
  for (const match of text.matchAll(SIZE)) {
    const written = match.groups?.n ?? '';
    const from = range.from + match.index;
    const count = /^\d/.test(written) ? parseNumber(written) : view.lexicon.numberWords.get(written.toLowerCase());
    if (count === undefined) continue;
    // "the United States and 18 close allies" counts one country more than the number says.
    const andBefore = /\band\s$/i.test(view.text.slice(Math.max(0, from - 5), from));
    const plus = andBefore && view.countries.some((country) => (view.tokens[country.to - 1]?.end ?? 0) <= from && (view.tokens[country.to - 1]?.end ?? 0) >= from - 7) ? 1 : 0;
    // "..., Syria and about 22 other countries": a count beyond a list is not the tier's size.
    if (!plus && /\b(?:other|more|additional)\b/i.test(match[0])) continue;
    claims.push({
      kind: 'tier',
      from,
      to: from + written.length,
      tier: {
        type: 'size',
        tier: mention.tier,
        figure: makeFigure({ low: count + plus, step: 0.5, qualifier: qualifierBefore(view.text, from), unit: 'countries', scale: '' }),
        withoutExporter: plus === 0,
      },
    });
  }
  return claims;
}

/** The tier a list item or table row inherits from its lead-in, heading or tier column. */
function inheritedTier(view: UnitView, regimeContext: boolean): number | undefined {
  const { unit, context } = view;
  if (unit.role === 'tableRow' && unit.cells && unit.header) {
    const column = unit.header.findIndex((title) => /\btier\b/i.test(title));
    const cell = column >= 0 ? unit.cells[column] : undefined;
    if (!cell) return undefined;
    const value = view.text.slice(cell.from, cell.to).trim();
    const level = /^(?:tier\s*)?([1-9]|I{1,3}|IV|one|two|three)$/i.exec(value)?.[1];
    return level ? levelOf(level) : undefined;
  }
  if (!unit.inList) return undefined;
  for (const text of [context.leadIn, context.heading]) {
    const mentions = text ? tierMentions(text, regimeContext || REGIME_CONTEXT.test(text)) : [];
    if (mentions.length > 0) return mentions.at(-1)?.tier;
  }
  return undefined;
}

/** The places whose text starts in a clause (the rest of `membershipClaims`' range check is its own). */
function placedIn(view: UnitView, placed: PhraseMatch<string | CountryGroup>[], clause: { from: number; to: number }): PhraseMatch<string | CountryGroup>[] {
  const start = (place: PhraseMatch<string | CountryGroup>): number => view.tokens[place.from]?.start ?? 0;
  return placed.slice(firstWhere(placed, (place) => start(place) >= clause.from), firstWhere(placed, (place) => start(place) >= clause.to));
}

export function detectTiers(view: UnitView): UnitClaim[] {
  const { text } = view;
  const around = `${view.context.leadIn ?? ''} ${view.context.heading ?? ''} ${(view.unit.header ?? []).join(' ')}`;
  if (!/tier|level/i.test(text) && !/tier/i.test(around)) return [];
  const regimeContext = REGIME_CONTEXT.test(text) || REGIME_CONTEXT.test(view.context.heading ?? '') || REGIME_CONTEXT.test(view.context.leadIn ?? '');
  const claims: UnitClaim[] = [];
  const mentions = tierMentions(text, regimeContext);
  const placed = placeables(view);
  if (mentions.length === 0) {
    const tier = inheritedTier(view, regimeContext);
    if (tier === undefined) return [];
    return membershipClaims(view, placeables(view), [{ from: 0, to: 0, tier }], { from: 0, to: text.length });
  }
  for (const sentence of view.sentences) {
    for (const clause of clauses(text, sentence.from, sentence.to)) {
      const inClause = within(mentions, clause);
      if (inClause.length === 0) continue;
      claims.push(...membershipClaims(view, placedIn(view, placed, clause), inClause, clause));
      for (const [index, mention] of inClause.entries()) {
        const next = inClause[index + 1];
        claims.push(...sizeClaims(view, mention, { from: mention.to, to: next?.from ?? clause.to }));
      }
    }
  }
  return claims;
}
