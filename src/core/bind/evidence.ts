// The evidence that a figure speaks of a fact: the fact's subject named in the figure's sentence (or referred to, or
// the section's topic), its metric keywords near the figure, and a unit the fact can be compared in.
import type { ChunkClaim } from '../analyze.ts';
import type { Dataset, KeywordGroup } from '../dataset/dataset.ts';
import { chainOf } from '../judge/timeline.ts';
import { sentenceIndexAt, tokenIndexAt } from '../text/tokens.ts';
import type { LoadedFact } from '../types.ts';
import { resolve, topicOf, type Discourse } from './discourse.ts';
import { entityKey, type AliasHit, type AliasStrength, type Entity } from './entities.ts';
import { measuredWords } from './frame.ts';
import { headerOf } from './table-header.ts';
import { inSentence, mentionsOf, type Span } from './mentions.ts';
import { comparable } from './units.ts';
import { namesOtherYears, sentenceHolds, yearsIn, yearsOf } from './range-words.ts';

/** How the figure's sentence points at a fact's subject, strongest first. */
export type SubjectEvidence = 'named' | 'referenced' | 'shared' | 'topic' | 'part' | 'weak' | 'none';

const SUBJECT_WEIGHT: Record<SubjectEvidence, number> = { named: 2, referenced: 1.6, shared: 1.2, topic: 0.9, part: 0.8, weak: 0.4, none: 0 };
/** A keyword outside the figure's clause counts this much. */
const OTHER_CLAUSE = 0.5;
/** When a subject has one fact in the figure's unit, the unit itself tells the metric. */
const UNIT_ONLY_METRIC = 0.6;
/** A keyword that tells the fact from its subject's other facts weighs this much more. */
const DISCRIMINATING = 0.5;

export interface Candidate {
  fact: LoadedFact;
  entity: Entity;
  subject: SubjectEvidence;
  metric: number;
  /** Tokens between the figure and the fact's nearest keyword in the sentence; infinite when there is none. */
  keywordDistance: number;
  keywordInClause: boolean;
  /** A keyword that no other fact's keyword describes stands near the figure (another fact's metric name may). */
  ownKeyword: boolean;
  /** A keyword of this fact and of none of its subject's other facts in this unit stands near the figure. */
  discriminating: boolean;
  /** How strongly the sentence points at the subject, before any metric. */
  subjectScore: number;
  /** The subject is pointed at inside the figure's clause (or implied by the section, which has no place). */
  subjectInClause: boolean;
  /** Token index of this fact's first keyword in the sentence. */
  firstKeyword: number;
  /** Keywords of this fact standing near the figure. */
  near: KeywordGroup[];
  /** The fact with the facts it replaced or that replaced it. */
  timeline: LoadedFact[];
  /** The subject has no other fact in this unit. */
  unitOnly: boolean;
  /** Another subject is named in the figure's clause while this one is only implied. */
  rivalled: boolean;
  /** The figure's measured thing ("quarterly revenue") is named by another fact's keywords and by none of this one's. */
  otherMetric: boolean;
  /** The figure names no measured thing, or one this fact's metric names. */
  frameFits: boolean;
  /** The figure is given as a noun this fact's metric does not name ("a packaging budget of $3 billion" against a
   * fund's registered capital): it is another metric's value, whatever else the sentence names. */
  givenAsOther: boolean;
  /** The fact's metric names its year ("revenue in fiscal 2025") and the figure's clause names only other years. */
  otherYear: boolean;
  score: number;
}

export interface ClaimPlace {
  sentence: { from: number; to: number };
  clause: { from: number; to: number };
  /** Token range of the figure. */
  from: number;
  to: number;
  /** Token ranges of the sentence's other figures: a word nearer one of them is mostly about that one. */
  neighbours: Span[];
}

/** Clauses split at semicolons, dashes and contrastive or listing joins: "China is second with 47, and Germany third at 41". */
const CLAUSE_BREAK = /;|\s[—–]\s|,\s(?:and|while|whereas|but|versus|against)\s|,?\s(?:compared (?:with|to)|as against|versus|vs\.?)\s|,\s(?=[\p{L}’']+\s(?:is|was|has|had|are|were)\s)/gu;

const NEIGHBOURS = 3;

const breakCache = new WeakMap<object, Map<number, { at: number; end: number }[]>>();

/** Where a sentence's clauses break, read once per sentence: a sentence of many figures is not read once per figure. */
function clauseBreaks(view: ChunkClaim['view'], sentence: { from: number; to: number }): { at: number; end: number }[] {
  let bySentence = breakCache.get(view);
  if (!bySentence) {
    bySentence = new Map();
    breakCache.set(view, bySentence);
  }
  let breaks = bySentence.get(sentence.from);
  if (!breaks) {
    breaks = [...view.text.slice(sentence.from, sentence.to).matchAll(CLAUSE_BREAK)].map((match) => ({ at: sentence.from + match.index, end: sentence.from + match.index + match[0].length }));
    bySentence.set(sentence.from, breaks);
  }
  return breaks;
}

/** `at`: the claim's index among the sentence's claims `others`, in order. */
export function placeOf(claim: ChunkClaim, others: readonly ChunkClaim[] = [], at = others.indexOf(claim)): ClaimPlace {
  const { view } = claim;
  const whole = { from: 0, to: view.text.length };
  const sentence = view.unit.role === 'tableRow' ? whole : (view.sentences[sentenceIndexAt(view.sentences, claim.from)] ?? whole);
  const clause = { ...sentence };
  for (const { at, end } of clauseBreaks(view, sentence)) {
    if (end <= claim.from) clause.from = end;
    else if (at >= claim.to) {
      clause.to = at;
      break;
    }
  }
  const span = (other: ChunkClaim): Span => ({ from: tokenIndexAt(view.tokens, other.from), to: tokenIndexAt(view.tokens, other.to) });
  // Only the nearest figures on either side can stand nearer a keyword than this one does.
  const near = at < 0 ? [] : [...others.slice(Math.max(0, at - NEIGHBOURS), at), ...others.slice(at + 1, at + 1 + NEIGHBOURS)];
  return { sentence, clause, ...span(claim), neighbours: near.map(span) };
}

function within(claim: ChunkClaim, span: Span, range: { from: number; to: number }): boolean {
  const start = claim.view.tokens[span.from]?.start ?? -1;
  return start >= range.from && start < range.to;
}

/** A keyword tells facts apart only this many words from the figure: farther, it may be about anything. */
const TELLING_DISTANCE = 16;
/** A keyword that is a common word ("fund", "total") counts this much, and never tells facts apart. */
const COMMON_KEYWORD = 0.3;
/** A keyword nearer another figure of the sentence counts this much for this one. */
const NEARER_ANOTHER = 0.3;

/** Each comma between a keyword and the figure counts as this many words: "75% of compute in Tier 1 countries, max 7%
 * per Tier 2 country" puts each share with its own country words. */
const COMMA_WORDS = 5;

const commaCounts = new WeakMap<object, Uint32Array>();

/** For each offset of a unit's text, how many commas and semicolons come before it. */
function commasBefore(view: ChunkClaim['view']): Uint32Array {
  let counts = commaCounts.get(view);
  if (!counts) {
    const { text } = view;
    counts = new Uint32Array(text.length + 1);
    for (let at = 0; at < text.length; at++) counts[at + 1] = (counts[at] ?? 0) + (text[at] === ',' || text[at] === ';' ? 1 : 0);
    commaCounts.set(view, counts);
  }
  return counts;
}

/** Token distance from the figure; words after it count a little more, as subjects usually come first. */
function distance(claim: ChunkClaim, place: Span, span: Span): number {
  const { tokens } = claim.view;
  const before = commasBefore(claim.view);
  const commas = (from: number, to: number): number => ((before[to] ?? 0) - (before[from] ?? 0)) * COMMA_WORDS;
  if (span.to <= place.from) return place.from - span.to + commas(tokens[span.to - 1]?.end ?? 0, claim.from);
  if (span.from >= place.to) return (span.from - place.to) * 1.5 + commas(claim.to, tokens[span.from]?.start ?? 0);
  return 0;
}

const stronger = (a: SubjectEvidence, b: SubjectEvidence): SubjectEvidence => (SUBJECT_WEIGHT[a] >= SUBJECT_WEIGHT[b] ? a : b);

/** "phase of the fund", "the second tranche of its": a part noun and "of" just before the reference. */
function pointsAtAPart(claim: ChunkClaim, referenceAt: number, dataset: Dataset): boolean {
  const before = claim.view.tokens.slice(Math.max(0, referenceAt - 4), referenceAt).map((token) => token.norm);
  const of = before.lastIndexOf('of');
  return of > 0 && dataset.lexicon.partNouns.has(before[of - 1] ?? '');
}

const BY_STRENGTH: Record<AliasStrength, SubjectEvidence> = { unique: 'named', shared: 'shared', weak: 'weak' };

const NAMED_HERE: ReadonlySet<SubjectEvidence> = new Set(['named', 'referenced', 'shared']);

/** Whether an entity's own name holds another's: Microsoft is a party to "Microsoft and G42 investment in Kenya". */
const partyTo = (party: Entity, entity: Entity): boolean => ` ${entity.key} `.includes(` ${party.key} `);

/** A subject named in the sentence but outside the figure's clause counts this much. */
const SUBJECT_OTHER_CLAUSE = 0.6;

/** The parts of an entity and of the whole it belongs to (its sibling phases, provisions, deals). */
function addPartsAround(entity: Entity, dataset: Dataset, parts: Set<Entity>): void {
  for (const whole of [entity, entity.partOf]) if (whole) for (const part of dataset.entities.partsOf(whole)) parts.add(part);
}

const partsByDiscourse = new WeakMap<Discourse, Entity[]>();

/** The parts of the wholes the section has named so far, read once per discourse state (a sentence's figures share one). */
function partsInView(discourse: Discourse, dataset: Dataset): readonly Entity[] {
  let parts = partsByDiscourse.get(discourse);
  if (!parts) {
    const found = new Set<Entity>();
    for (const entity of discourse.recent.flat()) addPartsAround(entity, dataset, found);
    partsByDiscourse.set(discourse, (parts = [...found]));
  }
  return parts;
}

const ownWordsOf = new WeakMap<Entity, Set<string>>();

/** The words of a part's names (its facts' subject name and aliases) that its whole's name lacks, function words
 * aside: "h20", "iii", not the "and" of "AMD and HUMAIN". */
function ownWords(part: Entity, dataset: Dataset): Set<string> {
  let words = ownWordsOf.get(part);
  if (!words) {
    const whole = new Set(part.partOf?.key.split(' ') ?? []);
    const own = (word: string): boolean => word !== '' && !whole.has(word) && !dataset.lexicon.functionWords.has(word);
    words = new Set(part.facts.flatMap(nameWords).filter(own));
    ownWordsOf.set(part, words);
  }
  return words;
}

/** How the claim's sentence points at each entity, and whether it does so inside the figure's clause. */
function subjectsOf(claim: ChunkClaim, place: ClaimPlace, dataset: Dataset, discourse: Discourse): { evidence: Map<Entity, SubjectEvidence>; inClause: Set<Entity>; rival: boolean } {
  const mentions = mentionsOf(claim.view, dataset);
  const evidence = new Map<Entity, SubjectEvidence>();
  const inClause = new Set<Entity>();
  const note = (entity: Entity, how: SubjectEvidence, span?: Span): void => {
    evidence.set(entity, stronger(how, evidence.get(entity) ?? 'none'));
    if (!span || within(claim, span, place.clause)) inClause.add(entity);
  };
  let explicit = false;
  const noteHit = (hit: AliasHit, span?: Span): void => {
    for (const entity of hit.entities) note(entity, BY_STRENGTH[hit.strength], span);
    if (hit.strength !== 'weak') explicit = true;
  };
  for (const alias of sentenceItems(claim, mentions.aliases)) for (const hit of alias.hits) noteHit(hit, alias);
  // A column header names the subject of its cells as the row's words do.
  for (const hit of headerOf(claim, dataset).aliases) noteHit(hit);
  for (const reference of sentenceItems(claim, mentions.references)) {
    const referents = resolve(discourse, reference);
    if (pointsAtAPart(claim, reference.from, dataset)) {
      // "the first phase of the fund": one of the whole's parts, which its keywords then pick.
      for (const whole of new Set(referents.map((entity) => entity.partOf ?? entity))) for (const part of [whole, ...dataset.entities.partsOf(whole)]) note(part, 'shared', reference);
    } else for (const entity of referents) note(entity, referents.length === 1 ? 'referenced' : 'shared', reference);
    if (referents.length > 0) explicit = true;
  }
  const rivalInClause = sentenceItems(claim, mentions.unknownNames).some((name) => within(claim, name, place.clause)) || headerOf(claim, dataset).unknownName;
  if (!explicit) for (const entity of topicOf(discourse)) note(entity, 'topic');
  const implied = [...evidence.entries()].filter(([, how]) => how !== 'weak');
  // The parts of a whole named here or earlier in the section (a rule's provisions, a fund's phases) are in view too,
  // but stand by the figure only when its sentence holds a word of their own ("universal authorization" for the
  // rule's UVEU terms): "NVIDIA expects revenue of $45 billion" names the company, not its H20 charges.
  const parts = new Set(partsInView(discourse, dataset));
  for (const [entity] of implied) addPartsAround(entity, dataset, parts);
  for (const part of parts) {
    evidence.set(part, stronger('part', evidence.get(part) ?? 'none'));
    if (sentenceHolds(claim, place.sentence, ownWords(part, dataset))) inClause.add(part);
  }
  return { evidence, inClause, rival: rivalInClause && implied.every(([, how]) => how === 'topic' || how === 'part') };
}

/** Whether a keyword also describes another fact: all its words are among that fact's keywords, or, `withName`, in
 * its metric's name. */
function describesMetric(fact: LoadedFact, keyword: KeywordGroup, withName: boolean): boolean {
  const own = metricWords(fact, withName);
  return keyword.words.every((word) => own.has(word));
}

/** A mention list's items in the claim's sentence (a table row's items all count: the row is its sentence). */
function sentenceItems<T extends Span>(claim: ChunkClaim, items: readonly T[]): readonly T[] {
  const { view } = claim;
  return view.unit.role === 'tableRow' ? items : inSentence(view, items, Math.max(0, sentenceIndexAt(view.sentences, claim.from)));
}

/** A keyword many facts share is evidence only for those whose subject the sentence points at. */
const FEW_FACTS = 8;

function factsPointedAt(group: KeywordGroup, evidence: ReadonlyMap<Entity, SubjectEvidence>): readonly LoadedFact[] {
  if (group.facts.length <= FEW_FACTS) return group.facts;
  const pointed: LoadedFact[] = [];
  for (const entity of evidence.keys()) for (const fact of entity.facts) if (group.facts.includes(fact)) pointed.push(fact);
  return pointed;
}

const comparableByEntity = new WeakMap<Entity, Map<string, Map<string, LoadedFact[]>>>();

/** An entity's facts of a kind that a figure in `unit` can be compared with, read once per entity, kind and unit. */
function comparableFacts(entity: Entity, kind: string, unit: string, dataset: Dataset): readonly LoadedFact[] {
  let byKind = comparableByEntity.get(entity);
  if (!byKind) comparableByEntity.set(entity, (byKind = new Map()));
  let byUnit = byKind.get(kind);
  if (!byUnit) byKind.set(kind, (byUnit = new Map()));
  let facts = byUnit.get(unit);
  if (!facts) byUnit.set(unit, (facts = entity.facts.filter((fact) => fact.kind === kind && comparable(unit, fact, dataset))));
  return facts;
}

/** Every fact the figure could speak of, best first. */
export function candidatesFor(claim: ChunkClaim, place: ClaimPlace, dataset: Dataset, discourse: Discourse): Candidate[] {
  const figure = claim.figure;
  if (!figure) return [];
  const mentions = mentionsOf(claim.view, dataset);
  // A bare number inside a name or keyword ("top ten", "Qwen 2.5") is part of that phrase, not a figure.
  const inside = (span: Span): boolean => span.from < place.to && place.from < span.to;
  if (claim.needsFact && (sentenceItems(claim, mentions.aliases).some(inside) || sentenceItems(claim, mentions.keywords).some(inside))) return [];
  const { evidence, inClause, rival } = subjectsOf(claim, place, dataset, discourse);
  // Entities the figure's own clause names: a fact reached only through the section (Nvidia's H20 charges, Nvidia two
  // sentences back) is not what "Microsoft booked $70 billion" speaks of, another of its kind being named.
  const namedHere = [...evidence].filter(([entity, how]) => NAMED_HERE.has(how) && inClause.has(entity)).map(([entity]) => entity);
  const namesAnother = (entity: Entity): boolean =>
    namedHere.some((other) => other !== entity && other !== entity.partOf && (other.type === entity.type || other.type === entity.partOf?.type) && !partyTo(other, entity));
  const keywordsByFact = new Map<LoadedFact, { best: Map<string, number>; distance: number; inClause: boolean; keywords: KeywordGroup[]; first: number }>();
  const note = (group: KeywordGroup, at: { first: number; away: number; inClause: boolean; weight: number }): void => {
    const { common } = group;
    const weight = at.weight * (common ? COMMON_KEYWORD : 1);
    for (const fact of factsPointedAt(group, evidence)) {
      const entry = keywordsByFact.get(fact) ?? { best: new Map<string, number>(), distance: Number.POSITIVE_INFINITY, inClause: false, keywords: [], first: at.first };
      entry.first = Math.min(entry.first, at.first);
      if (!common && at.away <= TELLING_DISTANCE) entry.keywords.push(group);
      const name = group.keyword.toLowerCase();
      entry.best.set(name, Math.max(entry.best.get(name) ?? 0, weight));
      entry.distance = Math.min(entry.distance, at.away);
      entry.inClause ||= at.inClause;
      keywordsByFact.set(fact, entry);
    }
  };
  for (const match of sentenceItems(claim, mentions.keywords)) {
    const inClause = within(claim, match, place.clause);
    const away = distance(claim, place, match);
    const nearerAnother = place.neighbours.some((other) => distance(claim, other, match) < away);
    note(match.payload, { first: match.from, away, inClause, weight: (1 / (1 + away / 4)) * (inClause ? 1 : OTHER_CLAUSE) * (nearerAnother ? NEARER_ANOTHER : 1) });
  }
  for (const group of headerOf(claim, dataset).keywords) note(group, { first: 0, away: 0, inClause: true, weight: 1 });
  const facts = new Set<LoadedFact>();
  for (const fact of keywordsByFact.keys()) if (fact.kind === claim.kind && comparable(figure.unit, fact, dataset)) facts.add(fact);
  for (const entity of evidence.keys()) for (const fact of comparableFacts(entity, claim.kind, figure.unit, dataset)) facts.add(fact);
  const candidates: Candidate[] = [];
  const clauseYears = yearsIn(claim, place.clause);
  for (const fact of facts) {
    const entity = dataset.entities.of(fact);
    if (!entity) continue;
    const subject = evidence.get(entity) ?? 'none';
    const keywords = keywordsByFact.get(fact);
    const values = keywords ? [...keywords.best.values()] : [];
    const top = values.length > 0 ? Math.max(...values) : 0;
    let metric = top + 0.25 * (values.reduce((sum, value) => sum + value, 0) - top);
    // A value a newer fact replaced is the same metric at another time, not a sibling to tell apart.
    const timeline = chainOf(fact, dataset);
    const unitOnly = comparableFacts(entity, claim.kind, figure.unit, dataset).every((other) => timeline.includes(other));
    if (unitOnly && (subject === 'named' || subject === 'referenced')) metric = Math.max(metric, UNIT_ONLY_METRIC);
    candidates.push({
      fact,
      entity,
      subject,
      metric,
      keywordDistance: keywords?.distance ?? Number.POSITIVE_INFINITY,
      keywordInClause: keywords?.inClause ?? false,
      discriminating: false,
      ownKeyword: false,
      near: keywords?.keywords ?? [],
      firstKeyword: keywords?.first ?? Number.POSITIVE_INFINITY,
      timeline,
      unitOnly,
      rivalled: (subject === 'topic' || subject === 'part') && (rival || namesAnother(entity)),
      otherMetric: false,
      frameFits: true,
      givenAsOther: false,
      otherYear: namesOtherYears(yearsOf(fact), clauseYears),
      subjectScore: SUBJECT_WEIGHT[subject] * (inClause.has(entity) ? 1 : SUBJECT_OTHER_CLAUSE),
      subjectInClause: inClause.has(entity),
      score: SUBJECT_WEIGHT[subject] * (inClause.has(entity) ? 1 : SUBJECT_OTHER_CLAUSE) + metric,
    });
  }
  tellApart(candidates);
  readFrame(claim, candidates, dataset);
  return candidates.sort((a, b) => b.score - a.score);
}

/** A candidate is told apart by a keyword near the figure that describes none of the candidates pointed at as strongly
 * (its own timeline aside): "per customer" picks the license-free limit among the rule's GPU counts, "systems" the
 * count of a country's systems among that country's facts. */
function tellApart(candidates: Candidate[]): void {
  for (const candidate of candidates) {
    const others = candidates.filter((other) => !candidate.timeline.includes(other.fact) && other.subjectScore >= candidate.subjectScore);
    candidate.discriminating = candidate.near.some((keyword) => !others.some((other) => describesMetric(other.fact, keyword, true)));
    candidate.ownKeyword = candidate.near.some((keyword) => !others.some((other) => describesMetric(other.fact, keyword, false)));
    if (candidate.discriminating) {
      candidate.score += DISCRIMINATING;
    }
  }
}

/** A keyword naming the figure's measured thing weighs this much more, and tells the fact apart. */
const FRAME_MATCH = 0.5;

const metricWordsOf = new WeakMap<LoadedFact, { named: Set<string>; keywords: Set<string> }>();

/** The words of a fact's keywords, with those of its metric's name too when `withName` (to read a measured thing,
 * which prose names in any words; telling facts apart rests on the keywords a dataset chose for it). */
function metricWords(fact: LoadedFact, withName = true): Set<string> {
  let words = metricWordsOf.get(fact);
  if (!words) {
    const keywords = (fact.metric?.keywords ?? []).flatMap((phrase) => entityKey(phrase).split(' '));
    words = { keywords: new Set(keywords), named: new Set([...keywords, ...entityKey(fact.metric?.name ?? '').split(' ')]) };
    metricWordsOf.set(fact, words);
  }
  return withName ? words.named : words.keywords;
}

const nameWordsOf = new WeakMap<LoadedFact, string[]>();

/** The words of a fact's subject's names: its name and aliases. */
function nameWords(fact: LoadedFact): string[] {
  let words = nameWordsOf.get(fact);
  if (!words) {
    const { name, aliases = [] } = fact.subject;
    nameWordsOf.set(fact, (words = [name, ...aliases].flatMap((phrase) => entityKey(phrase).split(' '))));
  }
  return words;
}

const subjectWordsOf = new WeakMap<LoadedFact, Set<string>>();

/** The words of a fact's subject: its names and its type ("the second phase fund of 138.7 billion yuan" gives the
 * figure as the fund, that is as the subject, not as a metric). */
function subjectWords(fact: LoadedFact): Set<string> {
  let words = subjectWordsOf.get(fact);
  if (!words) subjectWordsOf.set(fact, (words = new Set([...nameWords(fact), ...entityKey(fact.subject.type ?? '').split(' ')])));
  return words;
}

/** Weighs each candidate by whether its keywords name what the figure measures. */
function readFrame(claim: ChunkClaim, candidates: Candidate[], dataset: Dataset): void {
  const { words, heads, statedAs } = measuredWords(claim, dataset);
  if (statedAs !== undefined) {
    for (const candidate of candidates) candidate.givenAsOther = !metricWords(candidate.fact, true).has(statedAs) && !subjectWords(candidate.fact).has(statedAs);
  }
  if (words.size === 0) return;
  const names = (candidate: Candidate, of: ReadonlySet<string>): boolean => {
    const own = metricWords(candidate.fact);
    for (const word of of) if (own.has(word)) return true;
    return false;
  };
  const named = new Map(candidates.map((candidate) => [candidate, names(candidate, words)]));
  // Only a fact whose metric names the head noun is told apart by the measured thing: "128K token context window" is
  // no count of parameters per token.
  const headNamed = new Map(candidates.map((candidate) => [candidate, names(candidate, heads)]));
  for (const candidate of candidates) {
    candidate.frameFits = named.get(candidate) ?? false;
    if (named.get(candidate)) {
      candidate.metric += FRAME_MATCH;
      candidate.score += FRAME_MATCH;
      const rivals = candidates.filter((other) => !candidate.timeline.includes(other.fact) && headNamed.get(other));
      if (headNamed.get(candidate) && rivals.length === 0) candidate.discriminating = true;
    } else candidate.otherMetric = candidates.some((other) => named.get(other));
  }
}
