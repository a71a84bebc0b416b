// A fact and the facts it replaced or was replaced by ("supersededBy"), oldest first, and which one held at a date.
import type { Dataset } from '../dataset/dataset.ts';
import type { LoadedFact } from '../types.ts';
import { dateEnd } from '../text/dates.ts';
import { dateStart } from './values.ts';

const chains = new WeakMap<Dataset, Map<LoadedFact, LoadedFact[]>>();

/** The chain of values a fact belongs to, oldest first, read once per dataset. Links are followed a bounded number of times. */
export function chainOf(fact: LoadedFact, dataset: Dataset): LoadedFact[] {
  let known = chains.get(dataset);
  if (!known) chains.set(dataset, (known = new Map()));
  let chain = known.get(fact);
  if (!chain) known.set(fact, (chain = readChain(fact, dataset)));
  return chain;
}

function readChain(fact: LoadedFact, dataset: Dataset): LoadedFact[] {
  const chain = [fact];
  for (let older = dataset.predecessors.get(fact.id)?.[0]; older && chain.length < 20 && !chain.includes(older); older = dataset.predecessors.get(older.id)?.[0]) chain.unshift(older);
  for (let newer = fact.supersededBy ? dataset.facts.get(fact.supersededBy) : undefined; newer && chain.length < 40 && !chain.includes(newer); newer = newer.supersededBy ? dataset.facts.get(newer.supersededBy) : undefined) chain.push(newer);
  return chain;
}

/** The link in force at `asOf`: each newer link takes effect on its date. Stated in the past ("the previous cap"),
 * the claim speaks of the link before that one. */
export function linkAt(chain: readonly LoadedFact[], asOf: string, past: boolean): LoadedFact {
  let index = 0;
  for (let at = 1; at < chain.length; at++) if (dateStart(chain[at]?.date ?? '') <= asOf) index = at;
  if (past && index > 0) index--;
  return chain[index] as LoadedFact;
}

/** The link that held just before `link`, when `asOf` falls in the period `link`'s date names ("2025-12") so either
 * may have held on that day. */
export function linkMaybeStillInForce(chain: readonly LoadedFact[], link: LoadedFact, asOf: string): LoadedFact | undefined {
  const index = chain.indexOf(link);
  const date = link.date;
  if (index <= 0 || date.length === 10) return undefined;
  return dateStart(date) <= asOf && asOf <= dateEnd(date) ? chain[index - 1] : undefined;
}
