// What the UI tests know about test/e2e/workspace/memo.md and the extension's verdicts on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceTemplate } from '../harness/paths.mjs';

export const MEMO = 'memo.md';
/** Line 8 (1-based) reads: The Diffusion Rule put Japan in Tier 2, and Beijing launched a $37.5 billion fund, ... */
export const FUND_LINE = 8;
/** 1-based column of the `$` of "$37.5 billion" on line 8. */
export const FUND_COLUMN = 64;
export const FUND_CLAIM = '$37.5 billion';
export const FUND_REFERENCE = '$47.5 billion';
export const FUND_MESSAGE = "$37.5 billion: Big Fund III's registered capital is US$47.5 billion";
export const FUND_CODE = 'big-fund-iii.registered-capital';
export const FUND_SOURCE_TITLE = 'China sets up third fund (Reuters)';
export const FUND_SOURCE_HREF_PREFIX = 'https://mezha.media/';
export const FUND_FIXES = {
  replace: `Replace with "${FUND_REFERENCE}"`,
  cite: `Replace with "${FUND_REFERENCE}" and cite: ${FUND_SOURCE_TITLE}`,
  ignore: 'Ignore this claim (memocheck-ignore-line)',
};

/** The memo as the tests start from it (the UI workspace is restored from the template before each test). */
export const originalMemo = () => readFileSync(join(workspaceTemplate, MEMO), 'utf8');
