// Two facts of one subject and metric, in the same unit or currency, dated within the same period, with different
// values, and nothing said about it: no `disagreements` entry naming the other fact and neither superseding the other.
// A memo that states either is judged against whichever binds. Within the team's files, and against the bundled facts.
import { entityKey } from '../../bind/entities.ts';
import type { LoadedFact } from '../../types.ts';
import { atFact, teamFacts, type LintFinding, type LintRule } from '../rule.ts';

const groupKey = (fact: LoadedFact): string | undefined =>
  fact.value === undefined || !fact.metric ? undefined : [fact.kind, entityKey(fact.subject.name), entityKey(fact.metric.name), fact.currency ?? fact.unit ?? ''].join('\u0000');

/** Dated within the same period: one date is the other, or a part of it (2025 holds 2025-03). */
const overlap = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

const acknowledged = (a: LoadedFact, b: LoadedFact): boolean =>
  a.supersededBy === b.id || b.supersededBy === a.id || (a.disagreements ?? []).some((entry) => entry.fact === b.id) || (b.disagreements ?? []).some((entry) => entry.fact === a.id);

const describe = (fact: LoadedFact): string => `${fact.value}${fact.currency ? ` ${fact.currency}` : fact.unit ? ` ${fact.unit}` : ''} as of ${fact.date} (${fact.id}, ${fact.origin.bundled ? 'bundled' : `${fact.origin.file}:${fact.origin.line}`})`;

export const conflictingValues: LintRule = {
  id: 'conflicting-values',
  description: 'two facts of one subject and metric, overlapping in time, with different values and no recorded disagreement',
  check(context) {
    const team = teamFacts(context);
    const teamIds = new Set(team.map((fact) => fact.id));
    const groups = new Map<string, LoadedFact[]>();
    // A bundled fact a team fact replaces (same id) is not compared with it: overrides-bundled says so.
    for (const fact of [...context.bundled.filter((bundled) => !teamIds.has(bundled.id)), ...team]) {
      const key = groupKey(fact);
      if (key === undefined) continue;
      const group = groups.get(key) ?? [];
      group.push(fact);
      groups.set(key, group);
    }
    const findings: LintFinding[] = [];
    for (const group of groups.values()) {
      if (group.length < 2 || group.every((fact) => fact.origin.bundled)) continue;
      // In date order each fact meets its neighbours: linear in the group, whatever its size.
      const sorted = [...group].sort((a, b) => a.date.localeCompare(b.date));
      for (let index = 1; index < sorted.length; index++) {
        const [a, b] = [sorted[index - 1] as LoadedFact, sorted[index] as LoadedFact];
        if (a.origin.bundled && b.origin.bundled) continue;
        if (a.value === b.value || !overlap(a.date, b.date) || acknowledged(a, b)) continue;
        const team = b.origin.bundled ? a : b;
        const other = team === a ? b : a;
        findings.push(atFact('conflicting-values', team, 'warning', `fact ${team.id}: ${describe(team)} differs from ${describe(other)} for the same subject and metric; record a disagreement or supersede one`));
      }
    }
    return findings;
  },
};
