// Whether the words after a figure name what it counts: "176 million cameras", "280 million Chinese viewers",
// "223 AI-enabled medical devices". A function word or punctuation next means the figure stands alone
// ("344 billion, far exceeding"), and a ranking word means a list's size ("the 500 most powerful systems").
import type { ScannedFigure } from '../text/scan-figures.ts';
import type { UnitView } from './detector.ts';
import { startsLowercase } from '../text/letters.ts';

const RANK_WORDS = /^\s+(?:most|largest|biggest|fastest|top|best|leading|highest|lowest)\b/i;
const WORDS_AFTER = /^\s+([\p{L}][\p{L}\p{N}'’-]*)(?:\s+([\p{L}][\p{L}'’-]*))?/u;
/** "1 trillion total parameters": a sum word before the noun still counts the noun. */
const SUM_WORDS = /^(?:total|combined)$/i;

export function countsANoun(view: UnitView, figure: ScannedFigure): boolean {
  const after = view.text.slice(figure.to, figure.to + 60);
  if (RANK_WORDS.test(after)) return false;
  const [, first, second] = WORDS_AFTER.exec(after) ?? [];
  if (first !== undefined && SUM_WORDS.test(first) && second !== undefined && startsLowercase(second)) return !view.lexicon.functionWords.has(second.toLowerCase());
  if (first === undefined || view.lexicon.functionWords.has(first.toLowerCase())) return false;
  if (startsLowercase(first)) return true;
  // A capitalised or hyphenated modifier ("Chinese", "AI-enabled") before a common noun.
  return second !== undefined && startsLowercase(second) && !view.lexicon.functionWords.has(second.toLowerCase());
}
