// An alias that names another subject too: prose that writes it binds to neither with confidence, and a team alias
// equal to a bundled subject's name takes that subject's claims. Compared as the engine reads names, word by word.
import { entityKey } from '../../bind/entities.ts';
import type { LoadedFact } from '../../types.ts';
import { atFact, teamFacts, type LintFinding, type LintRule } from '../rule.ts';

const spellings = (fact: LoadedFact): string[] => [fact.subject.name, ...(fact.subject.aliases ?? [])];

export const aliasCapture: LintRule = {
  id: 'alias-capture',
  description: "an alias that is another subject's name or alias",
  check(context) {
    // Each written name, read as words, with the first subject (by name) that uses it.
    const owners = new Map<string, { subject: string; fact: LoadedFact }>();
    for (const fact of [...context.bundled, ...teamFacts(context)]) {
      for (const spelling of spellings(fact)) {
        const key = entityKey(spelling);
        if (key !== '' && !owners.has(key)) owners.set(key, { subject: entityKey(fact.subject.name), fact });
      }
    }
    const findings: LintFinding[] = [];
    const reported = new Set<string>();
    for (const fact of teamFacts(context)) {
      const subject = entityKey(fact.subject.name);
      for (const alias of fact.subject.aliases ?? []) {
        const owner = owners.get(entityKey(alias));
        const key = `${subject}\u0000${entityKey(alias)}`;
        if (!owner || owner.subject === subject || reported.has(key)) continue;
        reported.add(key);
        findings.push(atFact('alias-capture', fact, 'warning', `fact ${fact.id}: alias "${alias}" of ${fact.subject.name} also names ${owner.fact.subject.name} (${owner.fact.id}); prose that writes it binds to neither with confidence`));
      }
    }
    return findings;
  },
};
