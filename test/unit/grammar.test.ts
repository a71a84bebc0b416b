// The Markdown injection grammar (syntaxes/memocheck.injection.tmLanguage.json), tokenized the way VS Code does it:
// vscode-textmate with the Oniguruma WASM build, VS Code's own Markdown grammar (shipped as JSON by tm-grammars) and
// its HTML grammars, and our grammar injected into text.html.markdown.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { IGrammar } from 'vscode-textmate';

// Both are webpack bundles that mark themselves __esModule, which ESM/CJS default-import interop reads differently
// depending on how the test file is loaded: require() them, which always gives their real exports.
const require = createRequire(import.meta.url);
const vsctm = require('vscode-textmate') as typeof import('vscode-textmate');
const oniguruma = require('vscode-oniguruma') as typeof import('vscode-oniguruma');
const INJECTION = 'memocheck.markdown.injection';
const injectionPath = fileURLToPath(new URL('../../syntaxes/memocheck.injection.tmLanguage.json', import.meta.url));

/**
 * The grammars a memo reaches: Markdown, the HTML it embeds, and YAML (without it Markdown's front matter rule drops
 * out). The languages of fenced code (source.js, source.css, ...) are left out: a fence is code either way.
 */
const grammarFiles: Record<string, string> = {
  'text.html.markdown': require.resolve('tm-grammars/grammars/markdown.json'),
  'source.yaml': require.resolve('tm-grammars/grammars/yaml.json'),
  'text.html.derivative': require.resolve('tm-grammars/grammars/html-derivative.json'),
  'text.html.basic': require.resolve('tm-grammars/grammars/html.json'),
  [INJECTION]: injectionPath,
};

let markdownGrammar: Promise<IGrammar> | undefined;
function markdown(): Promise<IGrammar> {
  markdownGrammar ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => oniguruma.createOnigScanner(patterns),
        createOnigString: (text) => oniguruma.createOnigString(text),
      }),
      loadGrammar: async (scopeName) => {
        const file = grammarFiles[scopeName];
        return file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
      },
      getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [INJECTION] : undefined),
    });
    const grammar = await registry.loadGrammar('text.html.markdown');
    assert.ok(grammar, 'the Markdown grammar loads');
    return grammar;
  })();
  return markdownGrammar;
}

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

async function tokenize(memo: string): Promise<Token[]> {
  const grammar = await markdown();
  const tokens: Token[] = [];
  let state = vsctm.INITIAL;
  memo.split('\n').forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const token of result.tokens) {
      tokens.push({ line, text: lineText.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}

/** The scopes of the token that is exactly `text`, on the 0-based line `line`. */
function scopesOf(tokens: Token[], line: number, text: string): string[] {
  const token = tokens.find((t) => t.line === line && t.text === text);
  assert.ok(token, `no token ${JSON.stringify(text)} on line ${line}; line ${line} is ${dump(tokens, line)}`);
  return token.scopes;
}

/** Every scope on the tokens of one line, so that a test can say that a scope appears nowhere on it. */
function lineScopes(tokens: Token[], line: number): string[] {
  return tokens.filter((t) => t.line === line).flatMap((t) => t.scopes);
}

const dump = (tokens: Token[], line: number): string =>
  JSON.stringify(tokens.filter((t) => t.line === line).map((t) => [t.text, t.scopes.slice(1).join(' ')]));

const memocheckScopes = (scopes: string[]): string[] => scopes.filter((s) => s.endsWith('.memocheck'));

describe('the Markdown injection grammar', () => {
  it('is wired up the way package.json contributes it', async () => {
    const raw = JSON.parse(readFileSync(injectionPath, 'utf8')) as { scopeName: string; injectionSelector: string };
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
      contributes: { grammars: { scopeName: string; path: string; injectTo: string[] }[] };
    };
    const contributed = pkg.contributes.grammars.find((g) => g.scopeName === INJECTION);
    assert.deepEqual(contributed, {
      scopeName: raw.scopeName,
      path: './syntaxes/memocheck.injection.tmLanguage.json',
      injectTo: ['text.html.markdown'],
    });
    assert.match(raw.injectionSelector, /^L:text\.html\.markdown /);
    await markdown();
  });

  describe('ignore directives', () => {
    it('highlights a directive on its own line, over Markdown’s HTML comment rule', async () => {
      const tokens = await tokenize(
        ['# Memo', '', '<!-- memocheck-ignore-next-line -->', 'Japan is a Tier 2 country.', '', '  <!--memocheck-ignore-line-->'].join('\n'),
      );
      assert.deepEqual(scopesOf(tokens, 2, 'memocheck-ignore-next-line'), [
        'text.html.markdown',
        'comment.block.html.memocheck',
        'keyword.control.directive.memocheck',
      ]);
      assert.deepEqual(scopesOf(tokens, 2, '<!--').slice(1), ['comment.block.html.memocheck', 'punctuation.definition.comment.begin.memocheck']);
      assert.deepEqual(scopesOf(tokens, 2, '-->').slice(1), ['comment.block.html.memocheck', 'punctuation.definition.comment.end.memocheck']);
      // Markdown's own comment.block.html never started, so the next line is an ordinary paragraph.
      assert.ok(!lineScopes(tokens, 2).includes('comment.block.html'), dump(tokens, 2));
      assert.deepEqual(scopesOf(tokens, 3, 'Japan is a Tier 2 country.'), ['text.html.markdown', 'meta.paragraph.markdown']);
      // Indented up to three spaces, no whitespace inside the comment.
      assert.ok(scopesOf(tokens, 5, 'memocheck-ignore-line').includes('keyword.control.directive.memocheck'), dump(tokens, 5));
    });

    it('highlights a waiver with its reason and its day', async () => {
      const tokens = await tokenize(['<!-- memocheck-ignore tier reason="counsel is confirming" until=2026-12-31 -->', 'Japan is a Tier 2 country.'].join('\n'));
      assert.ok(scopesOf(tokens, 0, 'memocheck-ignore').includes('keyword.control.directive.memocheck'), dump(tokens, 0));
      assert.ok(scopesOf(tokens, 0, ' tier reason="counsel is confirming" until=2026-12-31').includes('variable.parameter.directive.memocheck'), dump(tokens, 0));
      assert.ok(scopesOf(tokens, 0, '-->').includes('punctuation.definition.comment.end.memocheck'), dump(tokens, 0));
    });

    it('highlights an inline directive at the end of a claim, in a paragraph, list item, quote and table cell', async () => {
      const memo = [
        'The third Big Fund holds $47.5 billion. <!-- memocheck-ignore-line -->',
        '- Japan is a Tier 1 country. <!-- memocheck-ignore-line -->',
        '> DeepSeek-R1 scored 90.8% on MMLU. <!--   memocheck-ignore-line   -->',
        '',
        '| Fund | Size |',
        '|---|---|',
        '| Big Fund III | $99 billion <!-- memocheck-ignore-line --> |',
      ].join('\n');
      const tokens = await tokenize(memo);
      for (const line of [0, 1, 2, 6]) {
        assert.ok(scopesOf(tokens, line, 'memocheck-ignore-line').includes('keyword.control.directive.memocheck'), dump(tokens, line));
        assert.ok(!lineScopes(tokens, line).includes('comment.block.html'), dump(tokens, line));
      }
      assert.ok(scopesOf(tokens, 0, 'The third Big Fund holds $47.5 billion. ').includes('meta.paragraph.markdown'));
    });

    it('highlights the range and file directives, and the kinds and fact ids they name', async () => {
      const tokens = await tokenize(
        ['<!-- memocheck-disable-file stargate.total-investment -->', '', '<!-- memocheck-disable benchmark -->', '', 'Text.', '', '<!--memocheck-enable-->'].join('\n'),
      );
      assert.ok(scopesOf(tokens, 0, 'memocheck-disable-file').includes('keyword.control.directive.memocheck'), dump(tokens, 0));
      assert.ok(scopesOf(tokens, 0, ' stargate.total-investment').includes('variable.parameter.directive.memocheck'), dump(tokens, 0));
      assert.ok(scopesOf(tokens, 2, 'memocheck-disable').includes('keyword.control.directive.memocheck'), dump(tokens, 2));
      assert.ok(scopesOf(tokens, 2, ' benchmark').includes('variable.parameter.directive.memocheck'), dump(tokens, 2));
      assert.ok(scopesOf(tokens, 6, 'memocheck-enable').includes('keyword.control.directive.memocheck'), dump(tokens, 6));
      for (const line of [0, 2, 6]) assert.ok(!lineScopes(tokens, line).includes('comment.block.html'), dump(tokens, line));
    });

    it('leaves other HTML comments and near-misses to Markdown', async () => {
      const tokens = await tokenize(
        ['<!-- TODO: memocheck-ignore-line once the source is out -->', '', '<!-- memocheck-ignore-lines -->', '', '<!-- memocheck-ignore-next-line', '', '<!-- memocheck-disabled -->'].join('\n'),
      );
      for (const line of [0, 2, 4, 6]) {
        assert.deepEqual(memocheckScopes(lineScopes(tokens, line)), [], dump(tokens, line));
        assert.ok(lineScopes(tokens, line).includes('comment.block.html'), dump(tokens, line));
      }
    });

    it('does not highlight a directive in a fenced code block, an indented code block or inline code', async () => {
      const memo = [
        '```',
        '<!-- memocheck-ignore-next-line -->',
        '```',
        '',
        '~~~markdown',
        '<!-- memocheck-ignore-line -->',
        '~~~',
        '',
        '```html',
        '  <!-- memocheck-ignore-line -->',
        '```',
        '',
        '    <!-- memocheck-ignore-line -->',
        '',
        'Write `<!-- memocheck-ignore-line -->` after the claim.',
        '`<!-- memocheck-ignore-next-line -->` goes on the line before.',
      ].join('\n');
      const tokens = await tokenize(memo);
      for (const line of [1, 5, 9]) {
        assert.ok(lineScopes(tokens, line).some((s) => s.startsWith('markup.fenced_code.block')), dump(tokens, line));
      }
      assert.ok(lineScopes(tokens, 12).includes('markup.raw.block.markdown'), dump(tokens, 12));
      assert.ok(scopesOf(tokens, 14, '<!-- memocheck-ignore-line -->').includes('markup.inline.raw.string.markdown'));
      assert.ok(scopesOf(tokens, 15, '<!-- memocheck-ignore-next-line -->').includes('markup.inline.raw.string.markdown'));
      for (let line = 0; line < 16; line++) assert.deepEqual(memocheckScopes(lineScopes(tokens, line)), [], dump(tokens, line));
    });
  });

  it('leaves front matter alone', async () => {
    const tokens = await tokenize(['---', 'title: "Tiers [^1] <!-- memocheck-ignore-line -->"', '---', '', 'Text.[^1]'].join('\n'));
    assert.ok(lineScopes(tokens, 1).includes('meta.embedded.block.frontmatter'), dump(tokens, 1));
    assert.deepEqual(memocheckScopes(lineScopes(tokens, 1)), [], dump(tokens, 1));
    assert.ok(scopesOf(tokens, 4, '1').includes('markup.other.footnote.reference.memocheck'), dump(tokens, 4));
  });

  describe('footnotes', () => {
    it('highlights footnote references in text, over Markdown’s link reference rule', async () => {
      const tokens = await tokenize(
        ['The fund holds 344 billion yuan.[^fund] See also [^2] and **bold [^n-3]**.', '[^r1] R1 scored 90.8% on MMLU, with *emphasis*.'].join('\n'),
      );
      assert.deepEqual(scopesOf(tokens, 0, 'fund'), [
        'text.html.markdown',
        'meta.paragraph.markdown',
        'markup.other.footnote.reference.memocheck',
        'string.other.link.title.footnote.memocheck',
      ]);
      assert.deepEqual(scopesOf(tokens, 0, '[^').slice(-2), [
        'markup.other.footnote.reference.memocheck',
        'punctuation.definition.footnote.begin.memocheck',
      ]);
      assert.ok(scopesOf(tokens, 0, '2').includes('markup.other.footnote.reference.memocheck'), dump(tokens, 0));
      assert.ok(scopesOf(tokens, 0, 'n-3').includes('markup.bold.markdown'), dump(tokens, 0));
      assert.ok(scopesOf(tokens, 0, 'n-3').includes('string.other.link.title.footnote.memocheck'), dump(tokens, 0));
      assert.ok(!lineScopes(tokens, 0).includes('meta.link.reference.markdown'), dump(tokens, 0));
      // A line that opens with a reference is still a paragraph, with inline Markdown after the reference.
      assert.deepEqual(scopesOf(tokens, 1, 'r1').slice(0, 2), ['text.html.markdown', 'meta.paragraph.markdown']);
      assert.ok(scopesOf(tokens, 1, 'r1').includes('string.other.link.title.footnote.memocheck'), dump(tokens, 1));
      assert.ok(scopesOf(tokens, 1, 'emphasis').includes('markup.italic.markdown'), dump(tokens, 1));
    });

    it('highlights footnote definitions at the start of a line, and their text as Markdown', async () => {
      const memo = [
        'Claim.[^1]',
        '',
        '[^1]: The Big Fund III holds **344 billion yuan**.[^2]',
        '   [^2]: https://example.org/big-fund',
        '',
        '    A second paragraph of the second note.',
        '',
        'Back to the memo.',
      ].join('\n');
      const tokens = await tokenize(memo);
      assert.deepEqual(scopesOf(tokens, 2, '1'), [
        'text.html.markdown',
        'meta.footnote.definition.memocheck',
        'markup.other.footnote.definition.memocheck',
        'string.other.link.title.footnote.memocheck',
      ]);
      assert.deepEqual(scopesOf(tokens, 2, ':').slice(-2), [
        'markup.other.footnote.definition.memocheck',
        'punctuation.separator.key-value.memocheck',
      ]);
      assert.ok(scopesOf(tokens, 2, '344 billion yuan').includes('markup.bold.markdown'), dump(tokens, 2));
      assert.ok(scopesOf(tokens, 2, '2').includes('markup.other.footnote.reference.memocheck'), dump(tokens, 2));
      // Indented up to three spaces; Markdown's own link definition rule does not take it.
      assert.ok(scopesOf(tokens, 3, '2').includes('markup.other.footnote.definition.memocheck'), dump(tokens, 3));
      assert.ok(!lineScopes(tokens, 3).includes('meta.link.reference.def.markdown'), dump(tokens, 3));
      // The indented continuation belongs to the note, and is text, not an indented code block.
      assert.ok(scopesOf(tokens, 5, 'A second paragraph of the second note.').includes('meta.footnote.definition.memocheck'), dump(tokens, 5));
      assert.ok(!lineScopes(tokens, 5).includes('markup.raw.block.markdown'), dump(tokens, 5));
      assert.deepEqual(scopesOf(tokens, 7, 'Back to the memo.'), ['text.html.markdown', 'meta.paragraph.markdown']);
    });

    it('does not highlight footnote syntax in code, or what GFM does not take for a footnote', async () => {
      const memo = [
        '```',
        'See [^1].',
        '[^1]: not a note',
        '```',
        '',
        '    [^1]: indented code',
        '',
        'Cite with `[^1]` and define with `[^1]: text`.',
        '`[^1]` at the start of a line.',
        '',
        'Not notes: [^two words], [^], [1], \\[^1].',
      ].join('\n');
      const tokens = await tokenize(memo);
      for (let line = 0; line < 11; line++) assert.deepEqual(memocheckScopes(lineScopes(tokens, line)), [], dump(tokens, line));
      assert.ok(lineScopes(tokens, 1).includes('markup.fenced_code.block.markdown'), dump(tokens, 1));
      assert.ok(lineScopes(tokens, 5).includes('markup.raw.block.markdown'), dump(tokens, 5));
      assert.ok(scopesOf(tokens, 7, '[^1]').includes('markup.inline.raw.string.markdown'), dump(tokens, 7));
      assert.ok(scopesOf(tokens, 8, '[^1]').includes('markup.inline.raw.string.markdown'), dump(tokens, 8));
    });
  });
});
