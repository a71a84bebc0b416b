// The hover's Markdown is built from dataset text other people wrote: it must stay text, with only http(s) links.
import assert from 'node:assert/strict';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { safeLink } from '../../src/core/text/links.ts';
import { escapeMarkdown, hoverMarkdown } from '../../src/vscode/hover-content.ts';
import type { CheckedClaim, LoadedFact } from '../../src/core/types.ts';
import { bundledFacts, check, claim } from './helpers.ts';

const hostile = '[run](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> <script>alert(1)</script> $(zap) **bold**\n# heading\n> quote';

function hostileClaim(): { claim: CheckedClaim; fact: LoadedFact } {
  const found = claim(check('Beijing launched a $37.5 billion fund, the third "Big Fund."\n', bundledFacts(), '2025-09-12'), '$37.5 billion');
  const source = { title: hostile, publisher: hostile, date: '2025', url: 'command:workbench.action.terminal.new', quote: hostile };
  const fact = { id: hostile, disagreements: [{ note: hostile, sources: [{ ...source, url: 'javascript:alert(1)' }] }] } as unknown as LoadedFact;
  return { claim: { ...found, verdict: 'disputed', message: hostile, sources: [source, { ...source, url: 'https://example.org/a (b)<c>' }] }, fact };
}

describe('hover content', () => {
  it('renders a real claim with its verdict, values, linked source and dataset file', () => {
    const result = check('---\ndate: 2025-09-12\n---\n\nBeijing launched a $37.5 billion fund, the third "Big Fund."\n', bundledFacts());
    const found = claim(result, '$37.5 billion');
    const markdown = hoverMarkdown(found, result.facts.get(found.factId!), 'bundled dataset, big-fund.yaml, line 8');
    const tree = fromMarkdown(markdown);
    const links: string[] = [];
    visit(tree, 'link', (node) => void links.push(node.url));
    assert.ok(links[0]?.startsWith('https://mezha.media/'), links.join(' '));
    assert.ok(markdown.startsWith('**Memocheck: Contradicted by the dataset**'));
    assert.ok(markdown.includes('Claimed: \\$37\\.5 billion · Reference: US\\$47\\.5 billion'), markdown);
    // How the dollar value was reached is the hover's detail, not the one-line message's.
    assert.match(found.message, /is US\$47\.5 billion \(RMB 344 billion\) as of 2024-05-24 — /);
    assert.ok(markdown.indexOf('Conversion to USD: ') > markdown.indexOf('**Sources**'), 'the conversion after the sources');
  });

  it('says nothing twice: the message only where no diagnostic shows it, disagreements only on a disputed claim', () => {
    const result = check('---\ndate: 2025-09-12\n---\n\nBeijing launched a $37.5 billion fund, the third "Big Fund."\n', bundledFacts());
    const found = claim(result, '$37.5 billion');
    const fact = { ...result.facts.get(found.factId!), disagreements: [{ note: 'Two outlets give other figures.' }] } as LoadedFact;
    const shown = hoverMarkdown(found, fact, undefined, true);
    assert.ok(!shown.includes('registered capital is US'), shown);
    assert.ok(!shown.includes('Sources disagree'), shown);
    assert.ok(hoverMarkdown(found, fact, undefined, false).includes('registered capital is US'));
    assert.ok(hoverMarkdown({ ...found, verdict: 'disputed' }, fact, undefined, true).includes('**Sources disagree**'));
  });

  it('gives a tier claim the claimed and the reference tier first, then the source, over the country and its tier words', () => {
    const memo = '---\ndate: 2025-03-01\n---\n\nUnder the rule, the UAE was placed in Tier I.\n';
    const result = check(memo, bundledFacts());
    const found = claim(result, 'UAE');
    assert.equal(found.verdict, 'contradicted');
    assert.equal(found.value?.text, 'Tier I');
    assert.equal(memo.slice(found.value?.start.offset, found.value?.end.offset), 'Tier I');
    // The fix writes the tier in the memo's own numbering.
    assert.equal(found.expected, 'Tier II');
    assert.match(found.message, /^UAE is in Tier 2, not Tier 1, under the AI Diffusion Rule — .+, \d{4}-\d{2}/);
    const markdown = hoverMarkdown(found, result.facts.get(found.factId!), undefined, true);
    const lines = markdown.split('\n\n');
    assert.equal(lines[0], '**Memocheck: Contradicted by the dataset** (tier claim, as of 2025\\-03\\-01)');
    assert.equal(lines[1], 'Claimed: UAE: Tier 1 · Reference: Tier 2');
    assert.ok(lines[2]?.startsWith('**Sources**\n- ['), lines[2]);
    assert.ok(!markdown.includes('Sources disagree'), markdown);
  });

  it('keeps dataset text as text: no links but http(s), no HTML, no headings or quotes from data', () => {
    const { claim: found, fact } = hostileClaim();
    const markdown = hoverMarkdown(found, fact, hostile);
    const tree = fromMarkdown(markdown);
    const kinds = new Set<string>();
    const links: string[] = [];
    visit(tree, (node) => {
      kinds.add(node.type);
      if (node.type === 'link') links.push(node.url);
    });
    assert.deepEqual(links, ['https://example.org/a%20%28b%29%3Cc%3E'], 'only the web address became a link, percent-encoded');
    for (const kind of ['html', 'heading', 'image']) assert.ok(!kinds.has(kind), `no ${kind} from dataset text`);
    // The one blockquote is the source's quote, written by us; dataset text inside it stays one paragraph of text.
    assert.ok(!markdown.includes('\n# heading'));
  });

  it('escapes every ASCII punctuation mark and folds line breaks', () => {
    assert.equal(escapeMarkdown('a*b\n<c> [d](e)'), 'a\\*b \\<c\\> \\[d\\]\\(e\\)');
    assert.equal(safeLink('javascript:alert(1)'), undefined);
    assert.equal(safeLink('command:x'), undefined);
    assert.equal(safeLink('https://example.org/x'), 'https://example.org/x');
  });
});
