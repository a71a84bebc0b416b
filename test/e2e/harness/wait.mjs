// Polling with a deadline, for conditions that have no event to wait on.

/** Resolves with the first truthy value of `probe()`; rejects after `timeoutMs` naming `what` and the last error. */
export async function until(probe, { what, timeoutMs = 10_000, intervalMs = 100 }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      if (error instanceof GiveUp) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError ? ` (last error: ${lastError.message ?? lastError})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Thrown by a probe to stop waiting at once. */
export class GiveUp extends Error {}
