// The bundled dataset keeps itself honest: every value sourced and graded, aliases that name their subject and
// nothing else, series and same-metric facts that never disagree silently, memo quotes found in the memos.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { entityKey, type Entity } from '../../src/core/bind/entities.ts';
import { findCountries } from '../../src/core/text/countries.ts';
import { longestMatches } from '../../src/core/text/phrase-index.ts';
import { tokenize } from '../../src/core/text/tokens.ts';
import type { LoadedFact, Source } from '../../src/core/types.ts';
import { loadDatasets } from '../../src/cli/datasets.ts';

const { files, dataset } = loadDatasets([], true);
const facts = [...dataset.facts.values()];

function everySource(fact: LoadedFact): Source[] {
  return [
    ...fact.sources,
    ...(fact.series ?? []).flatMap((point) => point.sources ?? []),
    ...(fact.disagreements ?? []).flatMap((entry) => entry.sources ?? []),
    ...(fact.statusHistory ?? []).flatMap((event) => event.sources ?? []),
  ];
}

/** Subject types whose facts are about one thing of a company or a country, never the company or country itself. */
const THINGS_OF_OTHERS = new Set(['deal', 'chip', 'model', 'programme', 'project', 'rule', 'market', 'system', 'index', 'other']);

describe('the bundled dataset', () => {
  // A source is found again by its web address, or, where it has none (a memo, a broadcast), by title, publisher and
  // date. Many web pages give no date, and none is made up for them.
  it('gives every fact and every dated value a source a reader can find, every source a grade, and only absolute web links', () => {
    const faults: string[] = [];
    for (const fact of facts) {
      if (fact.sources.length === 0) faults.push(`${fact.id}: no source`);
      for (const point of fact.series ?? []) if ((point.sources ?? fact.sources).length === 0) faults.push(`${fact.id} ${point.date}: no source`);
      for (const source of everySource(fact)) {
        if (!source.grade) faults.push(`${fact.id}: "${source.title}" has no grade`);
        if (source.url === undefined && source.date === undefined) faults.push(`${fact.id}: "${source.title}" has neither a web address nor a date`);
        if (source.url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s/]+/.test(source.url)) faults.push(`${fact.id}: "${source.url}" is not an absolute web address`);
      }
    }
    assert.deepEqual(faults, []);
  });

  it('has aliases that are proper names: no common word, no bare lowercase word, no country on what is not that country', () => {
    const faults: string[] = [];
    for (const fact of facts) {
      const { subject } = fact;
      if (subject.country !== undefined && subject.type !== undefined && subject.type !== 'country') faults.push(`${fact.id}: a ${subject.type} with a country code names it by the country's names`);
      for (const alias of subject.aliases ?? []) {
        if (dataset.lexicon.isCommonWord(alias)) faults.push(`${fact.id}: "${alias}" is a common word`);
        if (/^\p{Ll}+$/u.test(alias)) faults.push(`${fact.id}: "${alias}" is a bare lowercase word`);
        const tokens = tokenize(alias);
        const country = findCountries(tokens).some((hit) => hit.from === 0 && hit.to === tokens.length);
        if (country && subject.country === undefined) faults.push(`${fact.id}: "${alias}" is a country's name`);
      }
    }
    assert.deepEqual(faults, []);
  });

  it('names no company or other declared entity by its bare name on a fact about one of its deals, products or programmes', () => {
    const declared = new Map(files.flatMap((file) => file.entities).flatMap((entity) => [entity.name, ...(entity.aliases ?? [])].map((name) => [entityKey(name), entity.name] as const)));
    const faults: string[] = [];
    for (const fact of facts) {
      if (!THINGS_OF_OTHERS.has(fact.subject.type ?? 'other')) continue;
      for (const alias of fact.subject.aliases ?? []) {
        const owner = declared.get(entityKey(alias));
        if (owner !== undefined && entityKey(owner) !== entityKey(fact.subject.name)) faults.push(`${fact.id}: "${alias}" is ${owner}'s own name`);
      }
    }
    assert.deepEqual(faults, []);
  });

  it('reads every alias, alone, as its own subject: no shorter alias of another subject captures it', () => {
    const faults: string[] = [];
    for (const fact of facts) {
      const own = dataset.entities.of(fact);
      for (const alias of [fact.subject.name, ...(fact.subject.aliases ?? [])]) {
        const tokens = tokenize(alias);
        const matches = longestMatches(dataset.entities.aliases.find(tokens));
        const whole = matches.filter((match) => match.from === 0 && match.to === tokens.length);
        // A name a whole and its parts share reads as the whole, whose parts are then in view.
        const reads = (entity: Entity): boolean => entity === own || entity === own?.partOf;
        if (!whole.some((match) => match.payload.entities.some(reads))) faults.push(`${fact.id}: "${alias}" does not read as ${fact.subject.name}`);
        const captured = matches.filter((match) => !(match.from === 0 && match.to === tokens.length)).flatMap((match) => match.payload.entities).filter((entity) => !reads(entity));
        if (captured.length > 0) faults.push(`${fact.id}: inside "${alias}", ${captured.map((entity) => entity.name).join(', ')} is read too`);
      }
    }
    assert.deepEqual(faults, []);
  });

  it('never holds two facts of one subject and metric that differ without a recorded disagreement', () => {
    const seen = new Map<string, LoadedFact>();
    const faults: string[] = [];
    for (const fact of facts) {
      if (fact.value === undefined) continue;
      const key = `${entityKey(fact.subject.name)}|${fact.kind}|${entityKey(fact.metric?.name ?? '')}|${fact.unit ?? fact.currency}|${fact.date}`;
      const other = seen.get(key);
      const recorded = (one: LoadedFact, two: LoadedFact): boolean => (one.disagreements ?? []).some((entry) => entry.fact === two.id) || one.supersededBy === two.id;
      if (other && other.value !== fact.value && !recorded(fact, other) && !recorded(other, fact)) faults.push(`${other.id} and ${fact.id} give ${other.value} and ${fact.value}`);
      seen.set(key, fact);
    }
    assert.deepEqual(faults, []);
  });

  it('keeps every dated series in date order with one value per date', () => {
    const faults: string[] = [];
    for (const fact of facts) {
      const dates = (fact.series ?? []).map((point) => point.date);
      if (new Set(dates).size !== dates.length) faults.push(`${fact.id}: a date twice`);
      if (dates.join() !== [...dates].sort().join()) faults.push(`${fact.id}: out of date order`);
      for (const gap of fact.gaps ?? []) if (dates.some((date) => date >= gap.from && date <= gap.to)) faults.push(`${fact.id}: a value inside its gap ${gap.from}..${gap.to}`);
    }
    assert.deepEqual(faults, []);
  });

  // The seed memos are other people's writing and stay outside the project: this runs where they sit beside it.
  const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
  it('quotes each memo it cites as reported word for word (when the seed memos are beside the project)', function () {
    if (!existsSync(seeds)) this.skip();
    const flatten = (text: string): string => text.replace(/\\([$*_])/g, '$1').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
    const memos = readdirSync(seeds).filter((name) => name.endsWith('.txt')).map((name) => flatten(readFileSync(`${seeds}${name}`, 'utf8')));
    const faults: string[] = [];
    for (const fact of facts) {
      for (const source of everySource(fact)) {
        if (source.grade !== 'memo-as-reported' || !source.quote) continue;
        const parts = flatten(source.quote).split(/\s*(?:…|\.\.\.)\s*/).filter((part) => part !== '');
        if (!memos.some((memo) => parts.every((part) => memo.includes(part)))) faults.push(`${fact.id}: "${source.quote}"`);
      }
    }
    assert.deepEqual(faults, []);
  });
});
