// The registry of claim detectors: a new claim kind is one new file and one line here.
import { amountDetector } from './amount.ts';
import { benchmarkDetector } from './benchmark.ts';
import type { Detector } from './detector.ts';
import { tierDetector } from './tier.ts';

/** In order of precedence: where two claims overlap, the earlier detector's claim is kept. */
export const detectors: readonly Detector[] = [tierDetector, amountDetector, benchmarkDetector];
