// Every regular expression in src/, found in the source itself (literals, and `new RegExp` of strings and constants of
// the same file), run against 100 KB of each repetition that makes a pattern backtrack: one character or a pair of the
// characters it names, with and without a character at the end that makes the match fail. A pattern that takes more
// than linear time on one of them (a quantifier inside a quantifier, two quantifiers over the same characters side by
// side, an unanchored search anchored at the end) takes seconds here. A new pattern is audited by being written.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = fileURLToPath(new URL('../../src/', import.meta.url));
const INPUT_LENGTH = 100_000;
/** Generous, for a loaded CI machine: linear patterns take a few milliseconds on each input here; a quadratic one
 * takes ten seconds and more. */
const GUARD_MS = 2000;

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** A file's top-level constants, and the names it imports from other files of src/ (read when asked for: files
 * import each other in cycles). */
interface Scope {
  constants: Map<string, ts.Expression>;
  imports: Map<string, { path: string; name: string }>;
}

const scopes = new Map<string, { file: ts.SourceFile; scope: Scope }>();

function scopeOf(path: string): { file: ts.SourceFile; scope: Scope } {
  const known = scopes.get(path);
  if (known) return known;
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const scope: Scope = { constants: new Map(), imports: new Map() };
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name) && declaration.initializer) scope.constants.set(declaration.name.text, declaration.initializer);
    } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text.startsWith('.')) {
      const bindings = statement.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) continue;
      const from = join(dirname(path), statement.moduleSpecifier.text);
      for (const element of bindings.elements) scope.imports.set(element.name.text, { path: from, name: (element.propertyName ?? element.name).text });
    }
  }
  scopes.set(path, { file, scope });
  return { file, scope };
}

/** The string an expression stands for, when it is written out in src/: literals, String.raw and constants. */
function stringOf(node: ts.Expression, scope: Scope): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isIdentifier(node)) {
    const constant = scope.constants.get(node.text);
    if (constant) return stringOf(constant, scope);
    const imported = scope.imports.get(node.text);
    const source = imported && scopeOf(imported.path).scope;
    const exported = imported && source?.constants.get(imported.name);
    return exported && source ? stringOf(exported, source) : undefined;
  }
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
    const { template } = node;
    if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText;
    let text = template.head.rawText ?? '';
    for (const span of template.templateSpans) {
      const value = stringOf(span.expression, scope);
      if (value === undefined) return undefined;
      text += value + (span.literal.rawText ?? '');
    }
    return text;
  }
  return undefined;
}

function patternsOf(path: string): { patterns: Pattern[]; unread: string[] } {
  const { file, scope } = scopeOf(path);
  const patterns: Pattern[] = [];
  const unread: string[] = [];
  const where = (node: ts.Node): string => `${relative(SOURCE, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText();
      const end = text.lastIndexOf('/');
      patterns.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      const source = pattern ? stringOf(pattern, scope) : undefined;
      if (source !== undefined) patterns.push({ where: where(node), source, flags: flags ? (stringOf(flags, scope) ?? '') : '' });
      else unread.push(where(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { patterns, unread };
}

/** The repetitions to try: every single character and common pair a pattern is likely to loop over. */
const PUMPS = [...'a A1 .,-$\n\t*_[](<>:;\'"#|/\\%@?!'].concat(['a ', '1,', '1.', '$1', 'a-', '. ', ', ', 'a.', '1 ', 'Aa', ' -', 'a@']);
const ENDINGS = ['', '\u0001'];

/** The slowest run of a pattern over the inputs, and the input it was. */
function slowest(pattern: Pattern): { ms: number; input: string } {
  // A sticky pattern is tried where the last match ended, as its caller tries it; any other at every position.
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let worst = { ms: 0, input: '' };
  for (const pump of PUMPS) {
    for (const ending of ENDINGS) {
      const input = pump.repeat(Math.ceil(INPUT_LENGTH / pump.length)) + ending;
      const start = performance.now();
      // Every match over the whole input, as a scan with the pattern would find them.
      let count = 0;
      for (const match of input.matchAll(global)) if (++count > INPUT_LENGTH || match[0] === undefined) break;
      const ms = performance.now() - start;
      if (ms > worst.ms) worst = { ms, input: `${JSON.stringify(pump)} x ${Math.ceil(INPUT_LENGTH / pump.length)}${ending ? ' + \\u0001' : ''}` };
      // One input past the bound condemns the pattern: the others need not be waited for.
      if (worst.ms > GUARD_MS) return worst;
    }
  }
  return worst;
}

describe('regular expressions', () => {
  const found = sourceFiles(SOURCE).map(patternsOf);
  const patterns = found.flatMap((file) => file.patterns);

  it('reads every pattern of src/ from its source: none is built from text that is not written out', () => {
    assert.ok(patterns.length > 100, `${patterns.length} patterns`);
    // The closing fence of a code block is built from the opening one: `^ {0,3}` and a run of one character, anchored.
    assert.deepEqual(found.flatMap((file) => file.unread), ['core/text/chunks.ts:39']);
  });

  it('takes linear time on 100 KB of every repetition that could make one backtrack', function () {
    this.timeout(120_000);
    const slow = patterns.map((pattern) => ({ pattern, ...slowest(pattern) })).filter(({ ms }) => ms > GUARD_MS);
    assert.deepEqual(slow.map(({ pattern, ms, input }) => `${pattern.where} /${pattern.source}/${pattern.flags}: ${ms.toFixed(0)} ms on ${input}`), []);
  });
});
