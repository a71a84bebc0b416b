// The subjects facts speak of, as entities: a fact names one through its subject; a dataset may declare others
// (companies, groups) that facts do not measure but that memos name. An alias identifies its entity only when no
// other entity answers to it, it is not a country's name on a subject that is not that country, and it is not a
// common word: otherwise it is weak evidence, pointing at the subject without naming it.
import { countryNames, findCountries } from '../text/countries.ts';
import { PhraseIndex } from '../text/phrase-index.ts';
import { tokenize, type Token } from '../text/tokens.ts';
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

function entityFor(entities: Map<string, Entity>, name: string, type: string | undefined, country: string | undefined): Entity {
  const key = entityKey(name);
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

export class EntityIndex {
  readonly entities = new Map<string, Entity>();
  readonly aliases = new PhraseIndex<AliasHit>();
  private readonly parts = new Map<Entity, Entity[]>();
  private readonly byFact = new Map<LoadedFact, Entity>();
  /** Long names by their first and last words, for the short forms prose uses ("the National Fund"). */
  private readonly shortForms = new Map<string, AliasHit>();
  /** A short form's entities as a set: thousands of names may share one ("Company … Holdings"). */
  private readonly shortFormMembers = new Map<AliasHit, Set<Entity>>();

  constructor(facts: Iterable<LoadedFact>, declared: readonly DeclaredEntity[], lexicon: Pick<Lexicon, 'isCommonWord'>) {
    // Each name with every spelling it is given: "NVIDIA H100" matches capitals only, "Nvidia H100" any case.
    // Each spelling is tokenized once: a team dataset may hold a hundred thousand facts.
    const names = new Map<string, { spellings: Map<string, Token[]>; entities: Set<Entity> }>();
    const addName = (alias: string, entity: Entity): void => {
      const tokens = tokenize(alias);
      const key = tokens.map((token) => token.norm).join(' ');
      if (key === '') return;
      const entry = names.get(key) ?? { spellings: new Map<string, Token[]>(), entities: new Set<Entity>() };
      entry.spellings.set(alias, tokens);
      entry.entities.add(entity);
      names.set(key, entry);
    };
    const parents: [Entity, string][] = [];
    for (const item of declared) {
      const entity = entityFor(this.entities, item.name, item.type, undefined);
      for (const alias of [item.name, ...(item.aliases ?? [])]) addName(alias, entity);
      if (item.partOf) parents.push([entity, item.partOf]);
    }
    for (const fact of facts) {
      const { subject } = fact;
      const entity = entityFor(this.entities, subject.name, subject.type, subject.country);
      entity.facts.push(fact);
      this.byFact.set(fact, entity);
      const countryAliases = subject.country ? countryNames(subject.country) : [];
      for (const alias of [subject.name, ...(subject.aliases ?? []), ...countryAliases]) addName(alias, entity);
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
    for (const [key, { spellings, entities: named }] of names) {
      // Every spelling of a name has its words, normalised: read once for all of them.
      const words = key.split(' ');
      // A name that a whole and its parts share ("Big Fund" for the fund and its phases) names the whole; the parts
      // are then reached through it and their metrics.
      const entities = [...named].filter((entity) => !(entity.partOf && named.has(entity.partOf)));
      const hits = new Map<string, AliasHit>();
      for (const [alias, tokens] of spellings) {
        const country = countryOf(tokens);
        const common = lexicon.isCommonWord(alias, key) || !hasLetter(alias);
        const isWeakFor = (entity: Entity): boolean => common || (country !== undefined && entity.country !== country);
        const proper = entities.filter((entity) => !isWeakFor(entity));
        const weak = entities.filter(isWeakFor);
        // The spellings of one name that read alike share one hit, so a text matching two of them names it once.
        const hitOf = (list: Entity[], strength: AliasStrength): AliasHit => {
          const hitKey = `${strength}:${list.map((entity) => entity.key).join('|')}`;
          let hit = hits.get(hitKey);
          if (!hit) hits.set(hitKey, (hit = { alias, entities: list, strength }));
          return hit;
        };
        if (proper.length > 0) this.aliases.add(alias, hitOf(proper, proper.length > 1 ? 'shared' : 'unique'), words);
        this.addShortForm(alias, words, proper);
        if (weak.length === 0) continue;
        const weakHit = hitOf(weak, 'weak');
        const named = common && startsUppercase(alias) && hasLowercase(alias) ? weak.filter((entity) => country === undefined || entity.country === country) : [];
        if (named.length > 0) weakHit.asName ??= { alias, entities: named, strength: named.length > 1 ? 'shared' : 'unique' };
        this.aliases.add(alias, weakHit, words);
      }
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
    return words.length >= 2 ? this.shortForms.get(`${words[0]} ${words.at(-1)}`) : undefined;
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
