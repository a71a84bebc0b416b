// Loads one fact file (YAML or JSON) and reports every problem at its file, line and column;
// a broken fact is left out and the rest of the file still loads.
import { LineCounter } from 'yaml';
import schema from '../../../schema/facts.schema.json';
import lexiconSchema from '../../../schema/lexicon.schema.json';
import type { FactProblem } from '../kinds/kind.ts';
import { kindModule } from '../kinds/index.ts';
import { lexiconWith, type Lexicon, type LexiconData } from '../lexicon/lexicon.ts';
import { isCountryCode } from '../text/countries.ts';
import { onTheCalendar } from '../text/dates.ts';
import { decodeUtf8 } from '../text/decode.ts';
import { entityKey } from '../bind/entities.ts';
import { bestFirst } from '../judge/sources.ts';
import type { DeclaredEntity, Fact, FactOrigin, LoadedFact, Problem } from '../types.ts';
import { isValidFact } from './fact-validator.generated.js';
import { FileReport } from './file-report.ts';
import { readData, type Locate } from './read-data.ts';
import { schemaChecker } from './schema-errors.ts';

/** Larger files are refused rather than parsed: a fact file is written by hand. */
export const MAX_FACT_FILE_BYTES = 8 * 1024 * 1024;

export interface FactFile {
  path: string;
  bundled: boolean;
  facts: LoadedFact[];
  problems: Problem[];
  /** Names the file declares that no fact measures. */
  entities: DeclaredEntity[];
  /** The file's additions to the lexicon. */
  lexicon?: LexiconData;
  /** True when nothing could be read from the file at all. */
  unreadable: boolean;
}

const { $defs } = schema;
const factErrors = schemaChecker({ $ref: '#/$defs/fact', $defs });
const fileErrorsOf = schemaChecker({ ...schema, properties: { ...schema.properties, facts: { type: 'array' }, entities: { type: 'array' } } });
const entityErrors = schemaChecker({ $ref: '#/$defs/entity', $defs });
const lexiconErrors = schemaChecker(lexiconSchema);

/** Line starts of a text the YAML library did not read (JSON, a text refused before parsing). */
/** A currency or unit the lexicon does not know: read from the raw item, so it is reported beside schema errors. */
function lexiconProblems(item: unknown, lexicon: Lexicon): FactProblem[] {
  const { currency, unit } = (typeof item === 'object' && item !== null ? item : {}) as { currency?: unknown; unit?: unknown };
  const problems: FactProblem[] = [];
  if (typeof currency === 'string' && !lexicon.currencies.has(currency)) {
    problems.push({ path: ['currency'], message: `"${currency}" is not a currency of the lexicon (${[...lexicon.currencies.keys()].join(', ')}); a file may add one under lexicon.currencies` });
  }
  if (typeof unit === 'string' && !lexicon.units.has(unit)) {
    problems.push({ path: ['unit'], message: `"${unit}" is not a unit of the lexicon (${[...lexicon.units.keys()].join(', ')}); a file may add one under lexicon.units` });
  }
  return [...problems, ...commonAliases(item, lexicon)];
}

/** An alias that is a common word ("the", "AI", "fund") would capture claims about anything: it is refused. */
function commonAliases(item: unknown, lexicon: Lexicon): FactProblem[] {
  const aliases = (item as { subject?: { aliases?: unknown } } | null)?.subject?.aliases;
  if (!Array.isArray(aliases)) return [];
  return aliases.flatMap((alias, index) => {
    if (typeof alias !== 'string') return [];
    const key = entityKey(alias);
    const common = lexicon.isCommonWord(alias, key) || lexicon.functionWords.has(key);
    return common ? [{ path: ['subject', 'aliases', index], message: `alias "${alias}" is a common word: it would capture unrelated claims; name the subject` }] : [];
  });
}

const DATE_FIELDS = new Set(['date', 'from', 'to']);
/** Nesting deeper than a fact's own shape needs: walking it is bounded. */
const DEEPEST = 12;

/** YAML lets ".nan", ".inf" and "1e400" through as numbers and "2025-02-30" through as a date: neither is a value.
 * The path is one stack, copied only for a problem: every value of every fact is visited. */
function impossibleValues(item: unknown, path: (string | number)[] = [], problems: FactProblem[] = []): FactProblem[] {
  if (typeof item === 'number') {
    if (!Number.isFinite(item)) problems.push({ path: [...path], message: `${item} is not a finite number` });
  } else if (typeof item === 'string') {
    if (DATE_FIELDS.has(String(path.at(-1))) && !onTheCalendar(item)) problems.push({ path: [...path], message: `${item} is not a date on the calendar` });
  } else if (item !== null && typeof item === 'object' && path.length <= DEEPEST) {
    const list = Array.isArray(item);
    for (const key in item) {
      path.push(list ? Number(key) : key);
      impossibleValues((item as Record<string, unknown>)[key], path, problems);
      path.pop();
    }
  }
  return problems;
}

function semanticProblems(fact: Fact): FactProblem[] {
  const problems = [...impossibleValues(fact), ...(kindModule(fact.kind)?.factProblems(fact) ?? [])];
  if (fact.subject.country !== undefined && !isCountryCode(fact.subject.country)) {
    problems.push({ path: ['subject', 'country'], message: `"${fact.subject.country}" is not an ISO 3166-1 alpha-2 country code` });
  }
  return problems;
}

/** Facts are checked against the bundled lexicon and the file's own additions, so a file reads the same wherever it is loaded. */
function loadFacts(locate: Locate, items: unknown[], report: FileReport, bundled: boolean, lexicon: Lexicon): LoadedFact[] {
  const facts: LoadedFact[] = [];
  const seenIds = new Set<string>();
  items.forEach((item, index) => {
    const base: (string | number)[] = ['facts', index];
    // "fact 2 (big-fund.size)" reads well in a Problems panel row; the number still finds a fact without an id.
    const id = (item as { id?: unknown } | null)?.id;
    const label = typeof id === 'string' && id.length <= 100 ? `fact ${index + 1} (${id})` : `fact ${index + 1}`;
    // The compiled validator clears a valid fact at once; only a fact it refuses is read again for located messages.
    const errors = isValidFact(item) ? [] : factErrors(item);
    for (const error of errors) {
      const key = error.unknownProperty ? /"([^"]+)"/.exec(error.message)?.[1] : undefined;
      report.at(locate([...base, ...error.path], key), error.unknownProperty ? 'warning' : 'error', `${label}: ${error.message}${pathNote(error.path)}`);
    }
    const unknownWords = lexiconProblems(item, lexicon);
    const semantic = errors.some((error) => !error.unknownProperty) ? [] : semanticProblems(item as Fact);
    for (const problem of [...unknownWords, ...semantic]) report.at(locate([...base, ...problem.path]), 'error', `${label}: ${problem.message}${pathNote(problem.path)}`);
    if (errors.some((error) => !error.unknownProperty) || unknownWords.length > 0 || semantic.length > 0) return;
    const fact = item as Fact;
    const place = locate(base);
    if (seenIds.has(fact.id)) report.at(place, 'warning', `fact id "${fact.id}" is used twice in this file; the later one is kept`);
    seenIds.add(fact.id);
    facts.push(loaded(fact, { file: report.path, ...(place.at ?? report.position(place.start)), bundled }));
  });
  // The later of two facts with one id is kept; one pass, as a file may hold many thousands of facts.
  const last = new Map(facts.map((fact, index) => [fact.id, index]));
  return facts.filter((fact, index) => last.get(fact.id) === index);
}

/** The fact as loaded: its origin added and every list of sources best first, so whatever shows or cites a source
 * leads with the strongest. The item was just read from the file and is no one else's: it is completed in place, as a
 * copy of each of a hundred thousand facts would double what the load keeps alive. */
function loaded(fact: Fact, origin: FactOrigin): LoadedFact {
  fact.sources = bestFirst(fact.sources);
  for (const point of fact.series ?? []) if (point.sources) point.sources = bestFirst(point.sources);
  for (const entry of fact.disagreements ?? []) if (entry.sources) entry.sources = bestFirst(entry.sources);
  return Object.assign(fact, { origin });
}

function pathNote(path: (string | number)[]): string {
  return path.length > 0 ? ` (at ${path.join('.')})` : '';
}

/** A fact file that could not be read at all (missing, unreadable, too large to read). */
export function unreadableFactFile(path: string, message: string, bundled = false, place = { line: 1, column: 1 }): FactFile {
  return { path, bundled, facts: [], entities: [], unreadable: true, problems: [{ file: path, ...place, severity: 'error', message }] };
}

/** A fact file's bytes, decoded as UTF-8 and loaded, or refused at the place its encoding goes wrong. */
export function loadFactBytes(path: string, bytes: Uint8Array, bundled = false): FactFile {
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return loadFactFile(path, decoded.text, bundled);
  return unreadableFactFile(path, `cannot read dataset: ${decoded.reason}`, bundled, decoded);
}

export function loadFactFile(path: string, content: string, bundled = false): FactFile {
  const lines = new LineCounter();
  const text = content.replace(/^\uFEFF/, '');
  const report = new FileReport(path, lines, text);
  const result = (unreadable: boolean, facts: LoadedFact[] = [], entities: DeclaredEntity[] = [], lexicon?: LexiconData): FactFile => ({
    path, bundled, facts, entities, problems: report.problems, unreadable, ...(lexicon ? { lexicon } : {}),
  });
  if (content.length > MAX_FACT_FILE_BYTES) {
    report.at(0, 'error', `file is larger than ${MAX_FACT_FILE_BYTES / 1024 / 1024} MB; a fact file is written by hand`);
    return result(true);
  }
  const nul = content.indexOf('\0');
  if (nul >= 0) {
    report.at(0, 'error', 'file is binary (it contains a NUL byte), not YAML or JSON');
    return result(true);
  }
  const read = readData(path, text, lines);
  if ('errors' in read) {
    for (const error of read.errors) report.at(error.offset, 'error', error.message);
    return result(true);
  }
  const { data, locate } = read;
  const fileErrors = fileErrorsOf(data ?? null);
  for (const error of fileErrors) report.at(locate(error.path), error.unknownProperty ? 'warning' : 'error', `${error.message}${pathNote(error.path)}`);
  if (fileErrors.some((error) => !error.unknownProperty)) return result(true);
  const { facts = [], entities = [], lexicon } = data as { facts?: unknown[]; entities?: unknown[]; lexicon?: unknown };
  const additions = loadLexicon(locate, lexicon, report);
  return result(false, loadFacts(locate, facts, report, bundled, lexiconWith(additions ? [additions] : [])), loadEntities(locate, entities, report), additions);
}

/** Declared entities; a malformed one is left out and reported. */
function loadEntities(locate: Locate, items: unknown[], report: FileReport): DeclaredEntity[] {
  return items.filter((item, index): item is DeclaredEntity => {
    const errors = entityErrors(item);
    for (const error of errors) report.at(locate(['entities', index, ...error.path]), error.unknownProperty ? 'warning' : 'error', `entity ${index + 1}: ${error.message}${pathNote(error.path)}`);
    return !errors.some((error) => !error.unknownProperty);
  });
}

/** The file's lexicon additions, all or nothing: a half-read lexicon would change what is detected unpredictably. */
function loadLexicon(locate: Locate, lexicon: unknown, report: FileReport): LexiconData | undefined {
  if (lexicon === undefined) return undefined;
  const errors = lexiconErrors(lexicon);
  for (const error of errors) report.at(locate(['lexicon', ...error.path]), 'error', `lexicon: ${error.message}${pathNote(error.path)}`);
  return errors.length === 0 ? (lexicon as LexiconData) : undefined;
}
