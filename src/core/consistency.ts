// Memos that state one fact, as of one time, with different values: in two memos of a workspace, or twice in one; or
// that give different values for one subject's measured thing that no fact covers (unverified figures whose sentences
// name the same known subject and the same measured thing). Each is a warning on every place, pointing at the others,
// whatever the dataset says: a team's memos should agree.
import type { CheckedClaim, LoadedFact } from './types.ts';

export interface StatedPlace {
  memo: string;
  claim: CheckedClaim;
}

export interface Conflict {
  /** The fact the places state; null for unverified figures about one subject and measured thing. */
  factId: string | null;
  /** Those figures' subject and measured thing, in words. */
  about?: string;
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
      if (claim.stated === undefined || (claim.factId === null && claim.about === undefined)) continue;
      // A series has a value for each time: its statements are compared only as of one time. Unverified figures are
      // compared by what their sentences say they are about, as of one time.
      const key = claim.factId === null ? `about\u0000${claim.about?.key ?? ''}\u0000${claim.asOf}` : facts.get(claim.factId)?.series ? `${claim.factId}\u0000${claim.asOf}` : claim.factId;
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
    const first = places[0]?.claim;
    if (!disagreeing || !first) continue;
    const disagreeingPlaces = places.filter(({ claim }) => places.some((other) => disagree(other.claim.stated, claim.stated)));
    conflicts.push(first.factId !== null ? { factId: first.factId, places: disagreeingPlaces } : { factId: null, about: first.about?.label ?? '', places: disagreeingPlaces });
  }
  return conflicts;
}

/** "$50 billion here, $47.5 billion in brief.md:7:20, for big-fund-iii.registered-capital". */
export function conflictMessage(conflict: Conflict, at: StatedPlace): string {
  const others = conflict.places.filter((place) => disagree(place.claim.stated, at.claim.stated));
  const where = (place: StatedPlace): string => `${place.claim.text} in ${place.memo === at.memo ? 'this memo' : place.memo}:${place.claim.start.line}:${place.claim.start.column}`;
  // A line names a few of the other places: a fact stated fifty ways would make each message list all fifty.
  const more = others.length > MAX_NAMED ? ` and ${others.length - MAX_NAMED} more places` : '';
  const topic = conflict.factId !== null ? `for the same fact ${conflict.factId}` : `about the same thing (${conflict.about ?? ''}), which no fact covers`;
  return `${at.claim.text} here, but ${others.slice(0, MAX_NAMED).map(where).join(', ')}${more}, ${topic}: the memos disagree`;
}
