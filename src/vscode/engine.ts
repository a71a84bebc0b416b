// The engine as the editor uses it: the core and the bundled facts, in one module that the Node build ships as its
// own file (dist/engine.cjs) and loads on first use (engine-loader.ts), so activation does not pay for parsing it.
export { checkMemo } from '../core/check.ts';
export { CONFIG_FILE_NAME, isGlob, parseConfig } from '../core/dataset/config.ts';
export { Dataset } from '../core/dataset/dataset.ts';
export { loadFactFile, MAX_FACT_FILE_BYTES, unreadableFactFile } from '../core/dataset/load.ts';
export { decodeUtf8 } from '../core/text/decode.ts';
export { STARTER_FACT_FILE } from '../core/dataset/starter-file.ts';
export { citeInFootnoteEdits, replaceAndCiteEdits } from '../core/fixes/footnote.ts';
export { ignoreClaimEdit } from '../core/fixes/ignore.ts';
export { default as bundledFiles, compiled as bundledCompiled } from 'memocheck:bundled-facts';
export { compiledFactFiles } from '../core/dataset/compiled.ts';
export { parseReviews, reviewFileOf, reviewOf, reviewStates, withReview } from '../core/review/reviews.ts';
export { reportHtml } from '../core/review/report-html.ts';
export { MEMO_FILES, MEMO_IGNORE_FILE, memoIgnoreGlobs } from '../core/memo-ignore.ts';
export { resolveExtends } from '../core/dataset/extends.ts';
export { conflictMessage, conflictsOf } from '../core/consistency.ts';
export { factStubEdit, stubText } from '../core/fixes/fact-stub.ts';
export { lintDatasets } from '../core/lint/lint.ts';
