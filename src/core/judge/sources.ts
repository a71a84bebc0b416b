// How a fact's sources read in a message: "China sets up third fund (Reuters), Mezha, 2024-05-27".
import type { Source } from '../types.ts';

export function citation(source: Source): string {
  return [source.title, source.publisher, source.date].filter(Boolean).join(', ');
}
