// Named, timed steps and the summary table printed at the end of a run.
const results = [];

/**
 * Runs `fn` as a step; records its duration and outcome and rethrows its error. `outcome(value)` may describe the
 * result ("3 passed, 1 failed") instead of "ok".
 */
export async function step(name, fn, outcome = () => 'ok') {
  const started = performance.now();
  log(`▶ ${name}`);
  try {
    const value = await fn();
    record(name, outcome(value), started);
    return value;
  } catch (error) {
    record(name, 'FAILED', started);
    throw error;
  }
}

/** Records a step that was not run. */
export function skipped(name, reason) {
  results.push({ name, status: `skipped (${reason})`, ms: 0 });
}

function record(name, status, started) {
  const ms = performance.now() - started;
  results.push({ name, status, ms });
  log(`${status === 'FAILED' ? '✘' : '✔'} ${name} (${seconds(ms)})`);
}

export function summary() {
  const width = Math.max(...results.map((r) => r.name.length), 4);
  const lines = results.map((r) => `  ${r.name.padEnd(width)}  ${seconds(r.ms).padStart(7)}  ${r.status}`);
  return ['steps:', ...lines].join('\n');
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export function log(message) {
  console.log(`[e2e] ${message}`);
}
