// Writes a team's dataset of `count` facts to disk as YAML fact files, as a team would keep them: one file per few
// thousand facts, each fact with its own subject, aliases, metric keywords, dated value and a sourced quote. Every
// fact's text is unique, so no index or cache sees the same phrase twice.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** A team file holds at most this many facts (about 2.5 MB, well under the 8 MB limit). */
const FACTS_PER_FILE = 5_000;

const SECTORS = ['Semiconductor', 'Compute', 'Cloud', 'Foundry', 'Lithography', 'Packaging', 'Memory', 'Robotics'];
const PLACES = ['Austin', 'Dresden', 'Hsinchu', 'Penang', 'Osaka', 'Leuven', 'Suwon', 'Haifa', 'Bangalore', 'Ottawa'];

/** A name no other fact shares: two words from the lists and the fact's number written in letters. */
function nameOf(index: number): string {
  const letters = index.toString(26).split('').map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('');
  return `${PLACES[index % PLACES.length]} ${SECTORS[Math.floor(index / PLACES.length) % SECTORS.length]} ${letters[0]?.toUpperCase()}${letters.slice(1)} Partners`;
}

/** One fact as a team writes it. */
function factOf(index: number): Record<string, unknown> {
  const name = nameOf(index);
  const amount = index % 2 === 0;
  const value = amount ? (index + 1) * 1_000_000 : (index % 900) + 10;
  const year = 2015 + (index % 10);
  const date = `${year}-0${1 + (index % 9)}-1${index % 10}`;
  return {
    id: `team.fact-${index}`,
    kind: amount ? 'amount' : 'benchmark',
    subject: { name, type: 'company', aliases: [name.replace(/ Partners$/, ''), `${name} Group`] },
    metric: { name: `${amount ? 'plant investment' : 'wafer output'} ${index}`, keywords: [...(amount ? ['plant investment', 'invested'] : ['wafer output', 'wafers per month']), `line ${index}`] },
    value,
    ...(amount ? { currency: 'USD' } : { unit: 'count' }),
    date,
    sources: [{ title: `${name} annual report ${year}`, publisher: 'Team research desk', date, quote: `${name} reported ${value} in its ${year} filing (line ${index}).` }],
  };
}

export type FactFileFormat = 'yaml' | 'json';

/** Writes the files under `folder` and returns their paths: YAML in block style as people write it, or JSON as tools
 * export it. */
export function writeFactFiles(folder: string, count: number, format: FactFileFormat): string[] {
  mkdirSync(folder, { recursive: true });
  const paths: string[] = [];
  for (let first = 0; first < count; first += FACTS_PER_FILE) {
    const facts: Record<string, unknown>[] = [];
    for (let index = first; index < Math.min(count, first + FACTS_PER_FILE); index++) facts.push(factOf(index));
    const file = { dataset: { name: `Team facts ${paths.length}` }, facts };
    const path = join(folder, `team-${paths.length}.facts.${format}`);
    writeFileSync(path, format === 'json' ? JSON.stringify(file, null, 2) : stringify(file, { lineWidth: 0 }));
    paths.push(path);
  }
  return paths;
}
