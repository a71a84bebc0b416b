import assert from 'node:assert/strict';
import { claimFingerprint } from '../../src/core/review/fingerprint.ts';
import { parseReviews, reviewFileOf, reviewOf, reviewStates, withReview, type Review } from '../../src/core/review/reviews.ts';
import type { CheckResult } from '../../src/core/check.ts';
import type { LoadedFact } from '../../src/core/types.ts';
import { check, claim, readFixture } from './helpers.ts';

const memo = readFixture('reviews/semiconductor-brief.md');

/** A small deterministic random generator, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

function reviewed(result: CheckResult, text: string): Review {
  const found = claim(result, text);
  return reviewOf(found, found.factId ? result.facts.get(found.factId) : undefined, 'accepted', 'A. Editor', '2025-03-02', 'checked against the registration');
}

const stateOf = (result: CheckResult, text: string, reviews: Review[]): string => {
  const state = reviewStates(result.claims, result.facts, reviews).get(claim(result, text));
  return state ? (state.state === 'lapsed' ? `lapsed: ${state.why}` : state.state) : 'unreviewed';
};

describe('review sign-offs', () => {
  it('keeps a claim reviewed through 200 random edits elsewhere in the memo', () => {
    const first = check(memo);
    const review = reviewed(first, '$47.5 billion');
    const next = random(7);
    const own = memo.indexOf('Beijing launched');
    const ownEnd = memo.indexOf('"Big Fund."') + '"Big Fund."'.length;
    const inserts = ['\n\nA new paragraph about budgets.\n\n', ' Another sentence.', 'x', '\n- a list item\n', '## Heading\n\n'];
    let text = memo;
    let start = own;
    let end = ownEnd;
    for (let step = 0; step < 200; step++) {
      // Anywhere but inside the claim's sentence, and never gluing text onto its edges.
      const outside = Math.floor(next() * (text.length - (end - start) - 2));
      const at = outside < start - 1 ? outside : outside + (end - start) + 2;
      const inserted = inserts[Math.floor(next() * inserts.length)] ?? '';
      text = text.slice(0, at) + inserted + text.slice(at);
      if (at < start) {
        start += inserted.length;
        end += inserted.length;
      }
      assert.equal(stateOf(check(text), '$47.5 billion', [review]), 'reviewed', `step ${step}: an insertion at ${at}`);
    }
  });

  it('keeps a claim reviewed when its paragraph moves', () => {
    const review = reviewed(check(memo), '$47.5 billion');
    const [front, heading, funding, models, ...rest] = memo.split('\n\n');
    const moved = [front, heading, models, funding, ...rest].join('\n\n');
    assert.equal(stateOf(check(moved), '$47.5 billion', [review]), 'reviewed');
  });

  it('lapses on an edit of the claim\'s own sentence, of its value, and of the fact\'s value or sources', () => {
    const review = reviewed(check(memo), '$47.5 billion');
    const sentence = check(memo.replace('in May 2024', 'in late May 2024'));
    assert.equal(stateOf(sentence, '$47.5 billion', [review]), "lapsed: the claim's sentence changed since the review");
    const value = check(memo.replace('$47.5 billion', '$47.6 billion'));
    assert.equal(stateOf(value, '$47.6 billion', [review]), "lapsed: the claim's sentence changed since the review");
    const result = check(memo);
    const fact = result.facts.get(claim(result, '$47.5 billion').factId ?? '') as LoadedFact;
    for (const changed of [{ ...fact, value: (fact.value ?? 0) + 1 }, { ...fact, sources: [...fact.sources, { title: 'A new filing', publisher: 'Registry' }] }]) {
      const facts = new Map(result.facts).set(fact.id, changed);
      const state = reviewStates(result.claims, facts, [review]).get(claim(result, '$47.5 billion'));
      assert.deepEqual(state && state.state === 'lapsed' ? state.why : state?.state, "the fact's value or sources changed since the review");
    }
  });

  it('reviews an unverified claim by its text, and leaves every other claim unreviewed', () => {
    const result = check(memo);
    const unverified = result.claims.find((found) => found.verdict === 'unverified');
    assert.ok(unverified, 'the fixture has an unverified claim');
    const review = reviewed(result, unverified.text);
    assert.equal(review.fact, null);
    const states = reviewStates(result.claims, result.facts, [review]);
    assert.deepEqual([...states.keys()].map((found) => found.text), [unverified.text]);
  });

  it('writes and reads back a review file, one review per claim, and refuses a malformed one with its place', () => {
    const result = check(memo);
    const first = reviewed(result, '$47.5 billion');
    const once = parseReviews('brief.reviews.json', withReview([], first)).reviews;
    const text = withReview(once, { ...first, decision: 'rejected', note: 'figure is the RMB total' });
    const read = parseReviews('brief.reviews.json', text);
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.reviews.map((review) => review.decision), ['rejected']);
    assert.equal(read.reviews[0]?.claim, claimFingerprint(claim(result, '$47.5 billion')));
    const broken = parseReviews('brief.reviews.json', text.replace('"rejected"', '"maybe"'));
    assert.deepEqual(broken.reviews, []);
    assert.deepEqual(broken.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`), [`${text.split('\n').findIndex((line) => line.includes('"decision"')) + 1}:19 value is not one of the allowed values: accepted, rejected (at reviews.0.decision)`]);
    assert.match(parseReviews('brief.reviews.json', '{"version": 1, "reviews": [').problems[0]?.message ?? '', /./);
  });

  it('keeps reviews beside the memo', () => {
    assert.equal(reviewFileOf('memos/brief.md'), 'memos/brief.reviews.json');
    assert.equal(reviewFileOf('README'), 'README.reviews.json');
  });
});
