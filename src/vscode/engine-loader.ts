// Loads the engine (engine.ts) on first use. esbuild maps `memocheck:engine`: to the separate dist/engine.cjs in the
// Node build, so activation only loads the small adapter; into the same file in the web build, evaluated lazily.
import type * as Engine from './engine.ts';

let loaded: typeof Engine | undefined;

export function engine(): typeof Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('memocheck:engine') as typeof Engine;
  return loaded;
}
