// Loads the bundled CLI (dist/cli.cjs) with V8's code cache (dist/cli.cache), which the build writes after checking
// the example memo: compiling the bundle, and each function of it on first call, is a fixed cost of every run that
// the cache spares (a check of a 1,000-word memo took 419 ms as an ES module, 305 ms so). V8 refuses a cache that
// another Node or other flags made, but checks the bundle only by its length and the cache not at all: the cache
// starts with the bundle's digest and its own, and one made for another bundle, or damaged, is not used.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const BUNDLE = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const CACHE = fileURLToPath(new URL('../dist/cli.cache', import.meta.url));
const DIGEST_BYTES = 32;
const digestOf = (data) => createHash('sha256').update(data).digest();

/** The cache's data, if it was made for this bundle and is whole: V8 would run a damaged cache unchecked. */
function cachedDataFor(bundleDigest) {
  if (!existsSync(CACHE)) return undefined;
  const cache = readFileSync(CACHE);
  const data = cache.subarray(2 * DIGEST_BYTES);
  const whole = bundleDigest.equals(cache.subarray(0, DIGEST_BYTES)) && digestOf(data).equals(cache.subarray(DIGEST_BYTES, 2 * DIGEST_BYTES));
  return whole ? data : undefined;
}

/** The CLI's exports, with the cache if there is one for this bundle (or, for the build, without it, and a way to
 * write it). */
export function loadCli({ fresh = false } = {}) {
  const source = readFileSync(BUNDLE, 'utf8');
  const bundleDigest = digestOf(source);
  const script = new Script(Module.wrap(source), { filename: BUNDLE, cachedData: fresh ? undefined : cachedDataFor(bundleDigest) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  const writeCache = () => {
    const data = script.createCachedData();
    writeFileSync(CACHE, Buffer.concat([bundleDigest, digestOf(data), data]));
  };
  return { cli: module.exports, writeCache };
}
