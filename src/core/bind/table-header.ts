// A table cell's column header names the subject or the metric of the cell, as the row's first cell does:
// "| Model | MATH-500 |" over "| DeepSeek-R1 | 97.3 |", or "| Spec | H100 SXM |" over "| Memory | 80GB |".
import type { ChunkClaim } from '../analyze.ts';
import type { Dataset, KeywordGroup } from '../dataset/dataset.ts';
import { tokenize } from '../text/tokens.ts';
import type { AliasHit } from './entities.ts';
import { namesIn } from './mentions.ts';
import { coverage } from '../text/ranges.ts';
import { startsUppercase } from '../text/letters.ts';

export interface HeaderMatches {
  aliases: AliasHit[];
  keywords: KeywordGroup[];
  /** The header names something the dataset does not know ("H200 SXM"): another subject than the section's. */
  unknownName: boolean;
}

const NONE: HeaderMatches = { aliases: [], keywords: [], unknownName: false };
const cache = new WeakMap<object, { dataset: Dataset; columns: Map<number, HeaderMatches> }>();

/** What the header of the claim's column names, when the claim sits in a table's data cell. */
export function headerOf(claim: ChunkClaim, dataset: Dataset): HeaderMatches {
  const { unit } = claim.view;
  if (unit.role !== 'tableRow' || !unit.cells || !unit.header) return NONE;
  const column = unit.cells.findIndex((cell) => claim.from >= cell.from && claim.from < cell.to);
  const title = column > 0 ? unit.header[column] : undefined;
  if (title === undefined) return NONE;
  const headerKey = unit.header as object;
  let entry = cache.get(headerKey);
  if (entry?.dataset !== dataset) {
    entry = { dataset, columns: new Map() };
    cache.set(headerKey, entry);
  }
  const known = entry.columns.get(column);
  if (known) return known;
  const tokens = tokenize(title);
  const { aliases, keywords } = namesIn(title, tokens, dataset);
  const isKnown = coverage([...aliases, ...keywords]);
  const matches: HeaderMatches = {
    aliases: aliases.map((match) => match.payload),
    keywords: keywords.map((match) => match.payload),
    unknownName: tokens.some((token, index) => startsUppercase(token.raw) && !isKnown(index) && !dataset.lexicon.commonWords.has(token.norm) && !dataset.lexicon.labelHeaders.has(token.norm)),
  };
  entry.columns.set(column, matches);
  return matches;
}
