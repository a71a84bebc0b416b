import assert from 'node:assert/strict';
import { Dataset } from '../../src/core/dataset/dataset.ts';
import { loadFactFile } from '../../src/core/dataset/load.ts';
import { factStubEdit, stubText, type StubPart } from '../../src/core/fixes/fact-stub.ts';
import { STARTER_FACT_FILE } from '../../src/core/dataset/starter-file.ts';
import { check, claim, readFixture } from './helpers.ts';

const memo = '---\ndate: 2025-03-01\n---\n\nHubei pledged $3 billion of its own for packaging plants.\n';

/** The stub with each tab stop filled as a writer would. */
const filled = (parts: readonly StubPart[]): string =>
  parts.map((part) => (typeof part === 'string' ? part : (['team.hubei.pledge', 'Hubei', 'packaging pledge', 'pledged', 'Hubei budget notice', 'Hubei provincial government', '2025-02-10', 'https://example.org/hubei', 'Hubei pledged $3 billion.'][part.stop - 1] ?? ''))).join('');

describe('add to team dataset', () => {
  const result = check(memo);
  const pledge = claim(result, '$3 billion');
  const lexicon = new Dataset([]).lexicon;

  it('inserts a stub after the last fact, in the list\'s own indentation, keeping every other byte of the file', () => {
    const file = readFixture('stub/desk.facts.yaml');
    const edit = factStubEdit(file, pledge, lexicon);
    assert.ok(edit);
    assert.equal(edit.start, edit.end, 'nothing of the file is replaced');
    const inserted = stubText(edit.parts);
    const after = file.slice(0, edit.start) + inserted + file.slice(edit.end);
    assert.equal(after.slice(0, edit.start), file.slice(0, edit.start));
    assert.equal(after.slice(edit.start + inserted.length), file.slice(edit.end));
    assert.match(inserted, /^\n {4}- id: team\.3-billion\n {6}kind: amount\n/);
    assert.match(inserted, /\n {6}value: 3000000000\n {6}currency: USD\n {6}date: "2025-03-01"\n/);
  });

  it('gives a fact that loads, and judges the claim, once the writer fills in its tab stops', () => {
    const file = readFixture('stub/desk.facts.yaml');
    const edit = factStubEdit(file, pledge, lexicon);
    assert.ok(edit);
    const completed = file.slice(0, edit.start) + filled(edit.parts) + file.slice(edit.end);
    const loaded = loadFactFile('desk.facts.yaml', completed);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.facts.map((fact) => fact.id), ['desk.harbour-fund.size', 'team.hubei.pledge']);
    assert.equal(claim(check(memo, new Dataset([loaded])), '$3 billion').verdict, 'supported');
  });

  it('turns a new file\'s empty list into a block list, and adds a list to a file without one', () => {
    const starter = factStubEdit(STARTER_FACT_FILE, pledge, lexicon);
    assert.ok(starter);
    const fromStarter = STARTER_FACT_FILE.slice(0, starter.start) + filled(starter.parts) + STARTER_FACT_FILE.slice(starter.end);
    assert.deepEqual(loadFactFile('team.facts.yaml', fromStarter).facts.map((fact) => fact.id), ['team.hubei.pledge']);
    const bare = 'dataset:\n  name: New desk\n';
    const added = factStubEdit(bare, pledge, lexicon);
    assert.ok(added);
    assert.deepEqual(loadFactFile('new.facts.yaml', bare + filled(added.parts)).facts.map((fact) => fact.id), ['team.hubei.pledge']);
    assert.equal(factStubEdit('facts: [{ id: x }]\n', pledge, lexicon), undefined, 'a non-empty flow list is left for the writer');
  });
});
