// The subjects facts speak of, as entities: a fact names one through its subject; a dataset may declare others
// (companies, groups) that facts do not measure but that memos name. An alias identifies its entity only when no
// other entity answers to it, it is not a country's name on a subject that is not that country, and it is not a
// common word: otherwise it is weak evidence, pointing at the subject without naming it.
import { countryNames, findCountries } from '../text/countries.ts';
import { PhraseIndex, type PhraseMatch } from '../text/phrase-index.ts';
import { firstWord, tokenize, type Token } from '../text/tokens.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { DeclaredEntity, LoadedFact } from '../types.ts';
import { hasLetter, hasLowercase, startsUppercase } from '../text/letters.ts';

export interface Entity {
  key: string;
  name: string;
  type: string;
  country?: string;
  /** The entity this one is part of (a fund's phase, a rule's provision). */
  partOf?: Entity;
  facts: LoadedFact[];
}

/** How well an alias names the entities it is an alias of. */
export type AliasStrength = 'unique' | 'shared' | 'weak';

export interface AliasHit {
  alias: string;
  entities: Entity[];
  strength: AliasStrength;
  /** For a capitalised name that is also a common word ("Honor"): what it names when written as a name mid-sentence. */
  asName?: AliasHit;
}

export const entityKey = (name: string): string => tokenize(name).map((token) => token.norm).join(' ');

function entityFor(entities: Map<string, Entity>, name: string, type: string | undefined, country: string | undefined, key = entityKey(name)): Entity {
  const found = entities.get(key);
  if (found) {
    if (found.type === 'other' && type) found.type = type;
    return found;
  }
  const entity: Entity = { key, name, type: type ?? (country ? 'country' : 'other'), facts: [] };
  if (country) entity.country = country;
  entities.set(key, entity);
  return entity;
}

/** True when the whole alias is one country's name. */
function countryOf(tokens: readonly Token[]): string | undefined {
  const match = findCountries(tokens).find((hit) => hit.from === 0 && hit.to === tokens.length);
  return match?.payload;
}

interface Name {
  spellings: { alias: string; country: string | undefined }[];
  entities: Entity[];
}

/** Answers the alias lookups of prose; see `EntityIndex.aliases`. */
export interface AliasIndex {
  find(tokens: readonly Token[]): PhraseMatch<AliasHit>[];
}

export class EntityIndex {
  readonly entities = new Map<string, Entity>();
  /** The names' aliases, indexed a first word at a time when prose first uses that word: a team dataset may hold a
   * hundred thousand names, and a memo reads a few hundred of their first words. */
  readonly aliases: AliasIndex = { find: (tokens) => this.findAliases(tokens) };
  /** Each name's spellings add each hit once (see `indexName`). */
  private readonly indexed = new PhraseIndex<AliasHit>(true);
  /** The spellings of names not indexed yet, by their first word. */
  private readonly pending = new Map<string, { alias: string; entity: Entity }[]>();
  private readonly parts = new Map<Entity, Entity[]>();
  private readonly byFact = new Map<LoadedFact, Entity>();
  /** Long names by their first and last words, for the short forms prose uses ("the National Fund"). */
  private readonly shortForms = new Map<string, AliasHit>();
  /** A short form's entities as a set: thousands of names may share one ("Company … Holdings"). */
  private readonly shortFormMembers = new Map<AliasHit, Set<Entity>>();

  constructor(facts: Iterable<LoadedFact>, declared: readonly DeclaredEntity[], private readonly lexicon: Pick<Lexicon, 'isCommonWord'>) {
    // Each name with every spelling it is given: "NVIDIA H100" matches capitals only, "Nvidia H100" any case.
    // A spelling is only filed under its first word here, to be read whole when prose first uses that word: what
    // the index builds and keeps alive for a hundred thousand names is what collecting the garbage costs.
    const addName = (alias: string, entity: Entity, first = firstWord(alias)): void => {
      if (first === undefined) return;
      const waiting = this.pending.get(first);
      if (waiting) waiting.push({ alias, entity });
      else this.pending.set(first, [{ alias, entity }]);
    };
    const parents: [Entity, string][] = [];
    for (const item of declared) {
      const entity = entityFor(this.entities, item.name, item.type, undefined);
      for (const alias of [item.name, ...(item.aliases ?? [])]) addName(alias, entity);
      if (item.partOf) parents.push([entity, item.partOf]);
    }
    for (const fact of facts) {
      const { subject } = fact;
      const nameTokens = tokenize(subject.name);
      const entity = entityFor(this.entities, subject.name, subject.type, subject.country, nameTokens.map((token) => token.norm).join(' '));
      entity.facts.push(fact);
      this.byFact.set(fact, entity);
      addName(subject.name, entity, nameTokens[0]?.norm);
      const countryAliases = subject.country ? countryNames(subject.country) : [];
      for (const alias of [...(subject.aliases ?? []), ...countryAliases]) addName(alias, entity);
      if (subject.partOf) parents.push([entity, subject.partOf]);
    }
    for (const [entity, parent] of parents) {
      const found = this.entities.get(entityKey(parent));
      if (!found || found === entity) continue;
      entity.partOf = found;
      const parts = this.parts.get(found) ?? [];
      parts.push(entity);
      this.parts.set(found, parts);
    }
  }

  private findAliases(tokens: readonly Token[]): PhraseMatch<AliasHit>[] {
    for (const token of tokens) this.indexFirstWord(token.norm);
    return this.indexed.find(tokens);
  }

  /** Indexes every name that starts with `word`, in the order the dataset gave them, each with all its spellings
   * (names that read alike, "Nvidia H100" and "NVIDIA H100", start with the same word). */
  private indexFirstWord(word: string): void {
    const spellings = this.pending.get(word);
    if (!spellings) return;
    this.pending.delete(word);
    const names = new Map<string, Name>();
    for (const { alias, entity } of spellings) {
      const tokens = tokenize(alias);
      const key = tokens.map((token) => token.norm).join(' ');
      let name = names.get(key);
      if (!name) names.set(key, (name = { spellings: [], entities: [] }));
      if (!name.spellings.some((spelling) => spelling.alias === alias)) name.spellings.push({ alias, country: countryOf(tokens) });
      if (!name.entities.includes(entity)) name.entities.push(entity);
    }
    for (const [key, name] of names) this.indexName(key, name);
  }

  private indexName(key: string, { spellings, entities: named }: Name): void {
    const { lexicon } = this;
    // Every spelling of a name has its words, normalised: read once for all of them.
    const words = key.split(' ');
    // A name that a whole and its parts share ("Big Fund" for the fund and its phases) names the whole; the parts
    // are then reached through it and their metrics.
    const entities = named.filter((entity) => !(entity.partOf && named.includes(entity.partOf)));
    const hits: { key: string; hit: AliasHit }[] = [];
    // Spellings that read alike and share a case rule ("Nvidia H100", "Nvidia-H100") add their hit once.
    const added: { capitals: boolean; hit: AliasHit }[] = [];
    const addAlias = (alias: string, hit: AliasHit): void => {
      const capitals = hasLetter(alias) && !hasLowercase(alias);
      if (added.some((entry) => entry.hit === hit && entry.capitals === capitals)) return;
      added.push({ capitals, hit });
      this.indexed.add(alias, hit, words);
    };
    for (const { alias, country } of spellings) {
      const common = lexicon.isCommonWord(alias, key) || !hasLetter(alias);
      const isWeakFor = (entity: Entity): boolean => common || (country !== undefined && entity.country !== country);
      const proper = entities.filter((entity) => !isWeakFor(entity));
      const weak = entities.filter(isWeakFor);
      // The spellings of one name that read alike share one hit, so a text matching two of them names it once.
      const hitOf = (list: Entity[], strength: AliasStrength): AliasHit => {
        const hitKey = `${strength}:${list.map((entity) => entity.key).join('|')}`;
        const found = hits.find((entry) => entry.key === hitKey);
        if (found) return found.hit;
        const hit: AliasHit = { alias, entities: list, strength };
        hits.push({ key: hitKey, hit });
        return hit;
      };
      if (proper.length > 0) addAlias(alias, hitOf(proper, proper.length > 1 ? 'shared' : 'unique'));
      this.addShortForm(alias, words, proper);
      if (weak.length === 0) continue;
      const weakHit = hitOf(weak, 'weak');
      const asName = common && startsUppercase(alias) && hasLowercase(alias) ? weak.filter((entity) => country === undefined || entity.country === country) : [];
      if (asName.length > 0) weakHit.asName ??= { alias, entities: asName, strength: asName.length > 1 ? 'shared' : 'unique' };
      addAlias(alias, weakHit);
    }
  }

  private addShortForm(alias: string, words: readonly string[], entities: Entity[]): void {
    if (words.length < 3 || entities.length === 0 || !startsUppercase(alias)) return;
    const key = `${words[0]} ${words.at(-1)}`;
    let hit = this.shortForms.get(key);
    if (!hit) this.shortForms.set(key, (hit = { alias: key, entities: [], strength: 'shared' }));
    let members = this.shortFormMembers.get(hit);
    if (!members) this.shortFormMembers.set(hit, (members = new Set()));
    // Added to in place: many long names may share their first and last words ("Company … Holdings").
    for (const entity of entities) {
      if (members.has(entity)) continue;
      members.add(entity);
      hit.entities.push(entity);
    }
  }

  /** The entities a capitalised short form may stand for: its first and last words begin and end a long name. */
  shortFormOf(words: readonly string[]): AliasHit | undefined {
    if (words.length < 2 || words[0] === undefined) return undefined;
    // A short form's long names all begin with its first word.
    this.indexFirstWord(words[0]);
    return this.shortForms.get(`${words[0]} ${words.at(-1)}`);
  }

  partsOf(entity: Entity): readonly Entity[] {
    return this.parts.get(entity) ?? [];
  }

  /** The entity a fact is about. */
  of(fact: LoadedFact): Entity | undefined {
    return this.byFact.get(fact);
  }

  get(name: string): Entity | undefined {
    return this.entities.get(entityKey(name));
  }
}
