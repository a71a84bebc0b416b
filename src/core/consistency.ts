// Memos that state one fact, as of one time, with different values: in two memos of a workspace, or twice in one. Each
// is a warning on every place it is stated, pointing at the others, whatever the dataset says: a team's memos should
// agree.
import type { CheckedClaim, LoadedFact } from './types.ts';

export interface StatedPlace {
  memo: string;
  claim: CheckedClaim;
}

export interface Conflict {
  factId: string;
  places: StatedPlace[];
}

/** How many of the other places a conflict's message names. */
export const MAX_NAMED = 3;

/** Values this close are one value written two ways ($47.5 billion, 47.5bn). */
const SAME_SHARE = 1e-9;

/** Two statements in one currency or unit with different values (in two units, they cannot be told apart here). */
const disagree = (a: CheckedClaim['stated'], b: CheckedClaim['stated']): boolean =>
  a !== undefined && b !== undefined && a.unit === b.unit && Math.abs(a.value - b.value) > SAME_SHARE * Math.max(Math.abs(a.value), Math.abs(b.value));

/** The facts stated with more than one value across the memos, each with every place it is stated, in memo order. */
export function conflictsOf(memos: readonly { path: string; claims: readonly CheckedClaim[]; facts: ReadonlyMap<string, LoadedFact> }[]): Conflict[] {
  const byFact = new Map<string, StatedPlace[]>();
  for (const { path, claims, facts } of memos) {
    for (const claim of claims) {
      if (claim.factId === null || claim.stated === undefined) continue;
      // A series has a value for each time: its statements are compared only as of one time.
      const key = facts.get(claim.factId)?.series ? `${claim.factId}\u0000${claim.asOf}` : claim.factId;
      const places = byFact.get(key) ?? [];
      places.push({ memo: path, claim });
      byFact.set(key, places);
    }
  }
  const conflicts: Conflict[] = [];
  for (const places of byFact.values()) {
    // Each place meets the first of its unit: the group's disagreements are found in one pass.
    const firstOfUnit = new Map<string, CheckedClaim>();
    let disagreeing = false;
    for (const { claim } of places) {
      const unit = claim.stated?.unit ?? '';
      const first = firstOfUnit.get(unit);
      if (!first) firstOfUnit.set(unit, claim);
      else if (disagree(first.stated, claim.stated)) disagreeing = true;
    }
    const factId = places[0]?.claim.factId;
    if (disagreeing && factId) conflicts.push({ factId, places: places.filter(({ claim }) => places.some((other) => disagree(other.claim.stated, claim.stated))) });
  }
  return conflicts;
}

/** "$50 billion here, $47.5 billion in brief.md:7:20, for big-fund-iii.registered-capital". */
export function conflictMessage(conflict: Conflict, at: StatedPlace): string {
  const others = conflict.places.filter((place) => disagree(place.claim.stated, at.claim.stated));
  const where = (place: StatedPlace): string => `${place.claim.text} in ${place.memo === at.memo ? 'this memo' : place.memo}:${place.claim.start.line}:${place.claim.start.column}`;
  // A line names a few of the other places: a fact stated fifty ways would make each message list all fifty.
  const more = others.length > MAX_NAMED ? ` and ${others.length - MAX_NAMED} more places` : '';
  return `${at.claim.text} here, but ${others.slice(0, MAX_NAMED).map(where).join(', ')}${more}, for the same fact ${conflict.factId}: the memos disagree`;
}
