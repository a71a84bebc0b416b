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

interface DiscourseEvent {
  /** Where the event starts in the unit's text. */
  at: number;
  entities: readonly Entity[];
  reference?: ReferenceMention;
}

const eventCache = new WeakMap<UnitView, { dataset: Dataset; events: DiscourseEvent[] }>();

/** A unit's names and references in reading order, so "the fund" after "Big Fund III" resolves to it. */
function eventsOf(view: UnitView, dataset: Dataset): DiscourseEvent[] {
  const cached = eventCache.get(view);
  if (cached?.dataset === dataset) return cached.events;
  const mentions = mentionsOf(view, dataset);
  const start = (span: Span): number => view.tokens[span.from]?.start ?? 0;
  const events: DiscourseEvent[] = [];
  for (const alias of mentions.aliases) {
    const entities = alias.hits.filter((hit) => hit.strength !== 'weak').flatMap((hit) => hit.entities);
    if (entities.length > 0) events.push({ at: start(alias), entities });
  }
  for (const reference of mentions.references) events.push({ at: start(reference), entities: [], reference });
  events.sort((a, b) => a.at - b.at);
  eventCache.set(view, { dataset, events });
  return events;
}

function read(state: Discourse, event: DiscourseEvent): Discourse {
  const entities = event.reference ? resolve(state, event.reference) : event.entities;
  return entities.length > 0 ? { recent: [...state.recent, entities].slice(-REMEMBERED) } : state;
}

const advanced = new WeakMap<UnitView, { dataset: Dataset; from: Discourse; to: Discourse }>();

/** The discourse after reading a whole unit. The same unit read from the same discourse gives the same object, so an
 * unchanged section yields the very discourses of the last check (and its judgements are found by identity). */
export function advance(discourse: Discourse, view: UnitView, dataset: Dataset): Discourse {
  const last = advanced.get(view);
  if (last?.dataset === dataset && last.from === discourse) return last.to;
  const to = eventsOf(view, dataset).reduce(read, discourse);
  advanced.set(view, { dataset, from: discourse, to });
  return to;
}

/** A block of the memo as discourse reads it: its units in reading order, those of them to visit, in order, and
 * where its last heading is (-1: none). */
export interface DiscourseBlock<Wanted extends { view: UnitView }> {
  views: readonly UnitView[];
  judged: readonly Wanted[];
  lastHeading: number;
}

/** The blocks a re-check visits: from `from` (where a section starts, or a block before it) to `to`, the wanted units
 * of the blocks before `from` being `visited`, and those of the blocks `skip` names known already. */
export interface DiscourseRange {
  from: number;
  to: number;
  visited: number;
  skip: (block: number) => boolean;
}

/**
 * Visits each wanted unit of the blocks (a memo's chunks, in order) with the discourse before it, and its index among
 * the wanted; given a range, only those of its blocks not skipped. Headings start afresh, and a section is read only
 * up to its last wanted unit: a section with none is not read at all. One walk over the blocks as they are, no table
 * of every unit, and a skipped block's units are not even looked at: a re-check of a long memo calls this on every
 * keystroke, and an unchanged section yields the very discourses of the last check.
 */
export function visitDiscourse<Wanted extends { view: UnitView }>(blocks: readonly DiscourseBlock<Wanted>[], dataset: Dataset, visit: (wanted: Wanted, index: number, before: Discourse) => void, range?: DiscourseRange): void {
  const skip = range?.skip;
  let visited = range?.visited ?? 0;
  // Where the section starts, and how far it has been read: `state` is the discourse before (readBlock, readView).
  let sectionBlock = range?.from ?? 0;
  let sectionView = 0;
  let state: Discourse | undefined;
  let readBlock = 0;
  let readView = 0;
  for (let block = sectionBlock; block < (range?.to ?? blocks.length); block++) {
    const { views, judged, lastHeading } = blocks[block] as DiscourseBlock<Wanted>;
    if (skip?.(block)) {
      visited += judged.length;
      if (lastHeading >= 0) {
        sectionBlock = block;
        sectionView = lastHeading;
        state = undefined;
      }
      continue;
    }
    let next = 0;
    for (let at = 0; at < views.length; at++) {
      const view = views[at] as UnitView;
      if (view.unit.role === 'heading') {
        sectionBlock = block;
        sectionView = at;
        state = undefined;
      }
      const wanted = judged[next];
      if (wanted?.view !== view) continue;
      if (state === undefined) {
        state = EMPTY_DISCOURSE;
        readBlock = sectionBlock;
        readView = sectionView;
      }
      while (readBlock < block || readView < at) {
        const read = (blocks[readBlock] as DiscourseBlock<Wanted>).views;
        if (readView < read.length) state = advance(state, read[readView++] as UnitView, dataset);
        else {
          readBlock++;
          readView = 0;
        }
      }
      visit(wanted, visited++, state);
      next++;
    }
  }
}

/** The discourse at the start of each sentence of a unit, in one pass over the unit. */
export function discourseBySentence(before: Discourse, view: UnitView, dataset: Dataset): Discourse[] {
  const events = eventsOf(view, dataset);
  const states: Discourse[] = [];
  let state = before;
  let next = 0;
  for (const sentence of view.sentences) {
    for (; next < events.length && (events[next]?.at ?? 0) < sentence.from; next++) state = read(state, events[next] as DiscourseEvent);
    states.push(state);
  }
  return states;
}

/** A short key of a discourse, so cached judgements are reused only under the same one. */
export const discourseKey = (discourse: Discourse): string => discourse.recent.map((entities) => entities.map((entity) => entity.key).join('+')).join('|');
