// What the editor shows for a check, as plain data (no vscode import), so the adapter's work per keystroke can be
// measured in one process with the core (bench) and tested without an editor.
import type { CheckResult } from '../core/check.ts';
import { VERDICTS, type CheckedClaim, type Verdict } from '../core/types.ts';
import type { Severities, SeverityName } from './settings.ts';

export interface Span {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
}

export interface DiagnosticSpec extends Span {
  severity: Exclude<SeverityName, 'off'>;
  message: string;
  verdict: Verdict | 'notice';
  factId: string | null;
}

/** unist points are 1-based; VS Code positions are 0-based. Columns are UTF-16 code units in both. A claim whose
 * value is written apart from it (a country and its "Tier 1") spans both, so either hovers and takes the fix. */
type Placed = Pick<CheckedClaim, 'start' | 'end' | 'value'>;
const firstPoint = ({ start, value }: Placed) => (value && value.start.offset < start.offset ? value.start : start);
const lastPoint = ({ end, value }: Placed) => (value && value.end.offset > end.offset ? value.end : end);

export function spanOf(claim: Placed): Span {
  const start = firstPoint(claim);
  const end = lastPoint(claim);
  return { startLine: start.line - 1, startCharacter: start.column - 1, endLine: end.line - 1, endCharacter: end.column - 1 };
}

export function diagnosticSpecs(result: CheckResult, severities: Severities): DiagnosticSpec[] {
  const specs: DiagnosticSpec[] = [];
  for (const claim of result.claims) {
    const severity = severities[claim.verdict];
    if (severity === 'off') continue;
    // One literal per claim, not a span spread into a spec: this runs for every claim on every keystroke, and the
    // spread made it about sixty times slower (a 100k-word memo's 3,227 claims: 14 ms against 0.2 ms).
    const start = firstPoint(claim);
    const end = lastPoint(claim);
    specs.push({ startLine: start.line - 1, startCharacter: start.column - 1, endLine: end.line - 1, endCharacter: end.column - 1, severity, message: claim.message, verdict: claim.verdict, factId: claim.factId });
  }
  // A memo-wide notice (a rescinded rule) sits on the first claim that relies on it, where the author will see it.
  const noticeSeverity = severities.outdated;
  // One about the memo itself (an unread front matter date) sits on the memo's first line.
  for (const notice of result.notices) {
    const anchor = notice.factId === undefined ? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } } : result.claims.find((claim) => claim.factId === notice.factId);
    if (anchor && noticeSeverity !== 'off') specs.push({ ...spanOf(anchor), severity: noticeSeverity, message: notice.message, verdict: 'notice', factId: notice.factId ?? null });
  }
  // A block left unchecked says so on its first line, whatever the severities: silence there would read as "all true".
  for (const block of result.unchecked) {
    const mark = { start: block.start, end: { ...block.start, column: block.start.column + 1 } };
    specs.push({ ...spanOf(mark), severity: 'information', message: block.reason, verdict: 'notice', factId: null });
  }
  // A waiver's warnings (expired, no reason) sit on its directive, whatever the severities: it hides claims.
  for (const waiver of result.waivers) {
    if (waiver.problems.length > 0) specs.push({ ...spanOf(waiver), severity: 'warning', message: waiver.problems.join('; '), verdict: 'notice', factId: null });
  }
  return specs;
}

export type VerdictCounts = Record<Verdict, number>;

export function countVerdicts(result: CheckResult): VerdictCounts {
  const counts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as VerdictCounts;
  for (const claim of result.claims) counts[claim.verdict]++;
  return counts;
}
