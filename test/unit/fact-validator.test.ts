// The compiled fact validator (tools/fact-validator.mjs) is the schema's, and says "valid" exactly when
// @cfworker/json-schema does: on every bundled and fixture fact, and on each of them broken one field at a time.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@cfworker/json-schema';
import { parse } from 'yaml';
import schema from '../../schema/facts.schema.json';
import { isValidFact } from '../../src/core/dataset/fact-validator.generated.js';
import { factValidatorSource, generatedFile } from '../../tools/fact-validator.mjs';
import { fixture } from './helpers.ts';

const reference = new Validator({ $ref: '#/$defs/fact', $defs: schema.$defs } as object, '2020-12', false);

function factsIn(folder: string): unknown[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return factsIn(path);
    if (!/\.(?:ya?ml|json)$/.test(entry.name)) return [];
    try {
      const facts = (parse(readFileSync(path, 'utf8')) as { facts?: unknown } | null)?.facts;
      return Array.isArray(facts) ? facts : [];
    } catch {
      return [];
    }
  });
}

/** A fact with one field gone, emptied, or of another type, and with a field the schema does not know. */
function brokenCopies(fact: unknown): unknown[] {
  if (typeof fact !== 'object' || fact === null) return [];
  const copies: unknown[] = [{ ...fact, colour: 'blue' }];
  for (const key of Object.keys(fact)) {
    const { [key]: removed, ...rest } = fact as Record<string, unknown>;
    copies.push(rest, { ...rest, [key]: 7 }, { ...rest, [key]: 'text' }, { ...rest, [key]: null }, { ...rest, [key]: [] });
    if (typeof removed === 'object' && removed !== null && !Array.isArray(removed)) {
      for (const inner of Object.keys(removed)) copies.push({ ...rest, [key]: { ...removed, [inner]: 7 } });
    }
  }
  return copies;
}

describe('the compiled fact validator', () => {
  it('is what tools/fact-validator.mjs writes from the schema today', () => {
    assert.equal(readFileSync(generatedFile, 'utf8'), factValidatorSource(), 'run: node tools/fact-validator.mjs');
  });

  it('agrees with @cfworker/json-schema on every fact and on each broken copy of one', () => {
    const facts = [...factsIn(fixture('../../data/facts')), ...factsIn(fixture('datasets'))];
    assert.ok(facts.length > 100, `${facts.length} facts`);
    const cases = facts.flatMap((fact) => [fact, ...brokenCopies(fact)]);
    const disagreements = cases.filter((item) => isValidFact(item) !== reference.validate(item).valid);
    assert.deepEqual(disagreements.map((item) => JSON.stringify(item).slice(0, 200)), []);
    // Both kinds of answer are tried: the broken copies are mostly refused.
    assert.ok(cases.filter((item) => !isValidFact(item)).length > facts.length);
  });
});
