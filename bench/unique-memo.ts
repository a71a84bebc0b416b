// The bench's memos, built so no cache can flatter them: every block is different (checked, not hoped), and the
// blocks vary as a memo's do: headings, prose with and without figures, bullet lists, tables, footnotes and quotes.
// Figures name the bundled dataset's subjects and metric words, so claims are detected, bound and judged, and many
// sentences carry no figure at all, as in real memos. A seeded generator makes each size the same memo every run.
import type { LoadedFact } from '../src/core/types.ts';

/** Park–Miller: small, seeded, the same sequence on every machine. */
function randomFrom(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const VERBS = ['reported', 'announced', 'estimated', 'confirmed', 'disclosed', 'projected', 'cited', 'described'];
const OPENERS = ['According to the filing,', 'In its latest update,', 'By most accounts,', 'As the committee noted,', 'Officials said that', 'Analysts observed that', 'Per the agency,', 'In practice,'];
const NOUNS = ['allies', 'licensing officers', 'exporters', 'cloud providers', 'foundries', 'regulators', 'investors', 'partners', 'universities', 'customs authorities'];
const CONCERNS = ['diversion risk', 'compliance burden', 'supply resilience', 'model weights', 'data-centre siting', 'reporting thresholds', 'end-use checks', 'licence backlogs'];
const ADVERBS = ['quietly', 'sharply', 'gradually', 'openly', 'repeatedly', 'narrowly', 'broadly', 'cautiously'];
const SCALES = ['million', 'billion'];
const UNITS = ['TFLOPS', 'percent', 'GB/s', 'exaflops', 'nanometres'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'seven', 'ten', 'twelve', 'twenty'];

/** A word nobody else in the memo uses: the block's number spelled in letters, so no two blocks are the same text. */
function uniqueWord(index: number): string {
  return `Mc${index.toString(26).split('').map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('')}`;
}

class Writer {
  private readonly random: () => number;
  private readonly subjects: string[];
  private readonly metrics: string[];
  private readonly countries: string[];

  constructor(facts: readonly LoadedFact[], seed: number) {
    this.random = randomFrom(seed);
    this.subjects = [...new Set(facts.filter((fact) => fact.kind !== 'tier').map((fact) => fact.subject.name))];
    this.metrics = [...new Set(facts.flatMap((fact) => fact.metric?.keywords ?? []))];
    this.countries = ['Malaysia', 'India', 'Brazil', 'Israel', 'Poland', 'Mexico', 'Singapore', 'Saudi Arabia', 'Japan', 'Vietnam'];
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  private figure(): string {
    const roll = this.random();
    const whole = 1 + Math.floor(this.random() * 900);
    const tenth = Math.floor(this.random() * 10);
    if (roll < 0.4) return `$${whole}.${tenth} ${this.pick(SCALES)}`;
    if (roll < 0.55) return `${whole}.${tenth} ${this.pick(UNITS)}`;
    if (roll < 0.7) return `${this.pick(NUMBER_WORDS)} ${this.pick(SCALES)} dollars`;
    if (roll < 0.85) return `€${whole} ${this.pick(SCALES)}`;
    return `${whole}%`;
  }

  /** A sentence; about half carry a figure about a dataset subject, a few a tier, the rest none; a discussion
   * sentence never does. */
  sentence(unique: string, discussion = false): string {
    const roll = discussion ? 1 : this.random();
    if (roll < 0.4) {
      return `${this.pick(OPENERS)} ${this.pick(this.subjects)} ${this.pick(VERBS)} a ${this.pick(this.metrics)} of ${this.figure()} in ${2019 + Math.floor(this.random() * 7)}.`;
    }
    if (roll < 0.5) return `${this.pick(this.countries)} sits in Tier ${1 + Math.floor(this.random() * 3)} of the framework, which ${unique} ${this.pick(NOUNS)} ${this.pick(VERBS)}.`;
    return `${this.pick(OPENERS)} ${this.pick(NOUNS)} ${this.pick(ADVERBS)} weighed the ${this.pick(CONCERNS)} that ${unique} raised for ${this.pick(NOUNS)} and ${this.pick(CONCERNS)}.`;
  }

  /** A paragraph of two to five sentences; as in real memos, about a third of the paragraphs hold no figure. */
  paragraph(unique: string): string {
    const count = 2 + Math.floor(this.random() * 4);
    const discussion = this.random() < 0.35;
    return Array.from({ length: count }, (_, at) => this.sentence(`${unique}${at ? String.fromCharCode(96 + at) : ''}`, discussion)).join(' ');
  }

  block(index: number): string {
    const unique = uniqueWord(index);
    const roll = this.random();
    if (index % 9 === 0) return `## ${this.pick(CONCERNS)} and ${this.pick(NOUNS)} (${unique})`;
    if (roll < 0.62) return this.paragraph(unique);
    if (roll < 0.77) return Array.from({ length: 3 + Math.floor(this.random() * 3) }, (_, at) => `- ${this.sentence(`${unique}${at}`)}`).join('\n');
    if (roll < 0.87) {
      const rows = Array.from({ length: 3 + Math.floor(this.random() * 4) }, (_, at) => `| ${this.pick(this.subjects)} ${unique}${at} | ${this.pick(this.metrics)} | ${this.figure()} |`);
      return ['| Subject | Measure | Figure |', '| --- | --- | --- |', ...rows].join('\n');
    }
    if (roll < 0.95) return `${this.sentence(unique)}[^${unique}]\n\n[^${unique}]: ${this.pick(OPENERS)} see the ${this.pick(this.subjects)} filing of ${2020 + Math.floor(this.random() * 6)}.`;
    return `> ${this.paragraph(unique)}`;
  }
}

/** A memo of about `words` words whose blocks are all different, naming the given facts' subjects and metrics. */
export function uniqueMemoOf(words: number, facts: readonly LoadedFact[], seed = words): string {
  const writer = new Writer(facts, seed);
  const blocks = ['---\ndate: 2025-09-12\n---', `# Memo ${uniqueWord(words)}`];
  const seen = new Set<string>();
  let count = 0;
  for (let index = 1; count < words; index++) {
    const block = writer.block(index);
    if (seen.has(block)) throw new Error(`bench memo repeats a block: ${block}`);
    seen.add(block);
    blocks.push(block);
    count += block.split(/\s+/).length;
  }
  return `${blocks.join('\n\n')}\n`;
}
