import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { firstWord, tokenize } from '../../src/core/text/tokens.ts';
import { fixture, readFixture } from './helpers.ts';

// The definition of a word: letters and digits of any script; lower case without diacritics.
const wordsByPattern = (text: string): string[] =>
  [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => `${match.index}:${match[0]}:${match[0].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}`);

describe('words of a text', () => {
  it('reads ASCII text by character codes and finds the words the pattern finds, on every line of the fixtures', () => {
    const lines = readdirSync(fixture('claims')).filter((name) => name.endsWith('.md')).flatMap((name) => readFixture(`claims/${name}`).split('\n'));
    lines.push('Türkiye and Côte d’Ivoire', 'H100s: 3.35 TB/s, 80 GB', '東京 2025', '', '—', 'x');
    for (const line of lines) assert.deepEqual(tokenize(line).map((token) => `${token.start}:${token.raw}:${token.norm}`), wordsByPattern(line), line);
  });

  it('reads a first word alone as it reads it among the others, in every script', () => {
    const lines = readdirSync(fixture('claims')).filter((name) => name.endsWith('.md')).flatMap((name) => readFixture(`claims/${name}`).split('\n'));
    lines.push('Côte d’Ivoire', '  (Big Fund III)', '東京 2025', 'NVIDIA-H100', '', '— —', '9');
    for (const line of lines) assert.equal(firstWord(line), tokenize(line)[0]?.norm, line);
  });
});
