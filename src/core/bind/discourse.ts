// What a section has named so far, so a sentence that says "the fund", "its" or nothing at all can be read as being
// about the last entity of a fitting type. A heading starts a new section.
import type { Dataset } from '../dataset/dataset.ts';
import type { UnitView } from '../detectors/detector.ts';
import type { Entity } from './entities.ts';
import { mentionsOf, type ReferenceMention, type Span } from './mentions.ts';

/** The entities named so far in the section, newest last. */
export interface Discourse {
  recent: readonly (readonly Entity[])[];
}

export const EMPTY_DISCOURSE: Discourse = { recent: [] };
const REMEMBERED = 8;

const fits = (entity: Entity, type: string | undefined): boolean => type === undefined || entity.type === type;

/** The entities a reference points back to: those of the newest mention with one of a fitting type. */
export function resolve(discourse: Discourse, reference: ReferenceMention): Entity[] {
  for (let index = discourse.recent.length - 1; index >= 0; index--) {
    const matching = (discourse.recent[index] ?? []).filter((entity) => fits(entity, reference.type));
    if (matching.length > 0) return matching;
  }
  return [];
}

/** The section's topic: what was named last. */
export const topicOf = (discourse: Discourse): readonly Entity[] => discourse.recent.at(-1) ?? [];

function inRange(view: UnitView, span: Span, range: { from: number; to: number }): boolean {
  const start = view.tokens[span.from]?.start ?? 0;
  return start >= range.from && start < range.to;
}

/** The discourse after reading a stretch of a unit (a sentence, or the whole unit). */
export function advance(discourse: Discourse, view: UnitView, dataset: Dataset, range = { from: 0, to: view.text.length }): Discourse {
  const mentions = mentionsOf(view, dataset);
  const named: { at: number; entities: readonly Entity[] }[] = [];
  for (const alias of mentions.aliases) {
    if (!inRange(view, alias, range)) continue;
    const entities = alias.hits.filter((hit) => hit.strength !== 'weak').flatMap((hit) => hit.entities);
    if (entities.length > 0) named.push({ at: alias.from, entities });
  }
  let state = discourse;
  const push = (entities: readonly Entity[]): void => {
    state = { recent: [...state.recent, entities].slice(-REMEMBERED) };
  };
  const references = mentions.references.filter((reference) => inRange(view, reference, range));
  // Mentions and resolved references in reading order, so "the fund" after "Big Fund III" resolves to it.
  const events = [...named.map((item) => ({ at: item.at, entities: item.entities, reference: undefined as ReferenceMention | undefined })), ...references.map((reference) => ({ at: reference.from, entities: [] as readonly Entity[], reference }))].sort((a, b) => a.at - b.at);
  for (const event of events) {
    const entities = event.reference ? resolve(state, event.reference) : event.entities;
    if (entities.length > 0) push(entities);
  }
  return state;
}

/** The discourse before each unit of a memo that `needed` asks for; headings start afresh, so a section with no
 * such unit is not read at all. */
export function discourseBefore(views: readonly UnitView[], dataset: Dataset, needed: ReadonlySet<UnitView>): Map<UnitView, Discourse> {
  const before = new Map<UnitView, Discourse>();
  let start = 0;
  while (start < views.length) {
    let end = start + 1;
    while (end < views.length && views[end]?.unit.role !== 'heading') end++;
    const section = views.slice(start, end);
    if (section.some((view) => needed.has(view))) {
      let state = EMPTY_DISCOURSE;
      for (const view of section) {
        before.set(view, state);
        if (view !== section.at(-1)) state = advance(state, view, dataset);
      }
    }
    start = end;
  }
  return before;
}

/** The discourse at the start of each sentence of a unit, read once from the unit's start. */
export function discourseBySentence(before: Discourse, view: UnitView, dataset: Dataset): Discourse[] {
  const states = [before];
  for (const sentence of view.sentences.slice(0, -1)) states.push(advance(states.at(-1) ?? before, view, dataset, sentence));
  return states;
}

/** A short key of a discourse, so cached judgements are reused only under the same one. */
export const discourseKey = (discourse: Discourse): string => discourse.recent.map((entities) => entities.map((entity) => entity.key).join('+')).join('|');
