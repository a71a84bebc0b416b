// The bench's memos: the example memo's sections repeated to a length, each copy with its own heading and figures.
import { readFileSync } from 'node:fs';

// Bundled into dist/, so the example is found from there.
const example = readFileSync(new URL('../examples/export-controls-memo.md', import.meta.url), 'utf8').replace(/^---[\s\S]*?---\n/, '');

/** A memo of about `words` words: front matter, then the example's sections repeated with varied figures. */
export function memoOf(words: number): string {
  const parts = ['---\ndate: 2025-09-12\n---\n'];
  let count = 0;
  for (let copy = 0; count < words; copy++) {
    const section = example.replace(/\$47\.5 billion/g, `$${40 + (copy % 10)}.5 billion`).replace(/^# /m, `# Section ${copy} `);
    parts.push(section);
    count += section.split(/\s+/).length;
  }
  return parts.join('\n');
}
