// The UI tests, in the order they run. Each is independent: it starts from a restored workspace in a new window.
import problemsPanel from './problems-panel.test.mjs';
import hover from './hover.test.mjs';
import quickFix from './quick-fix.test.mjs';
import typing from './typing.test.mjs';
import runningExtensions from './running-extensions.test.mjs';
import webWorker from './web-worker.test.mjs';
import reviewReport from './review-report.test.mjs';

export const tests = [problemsPanel, hover, quickFix, typing, runningExtensions, webWorker, reviewReport];
