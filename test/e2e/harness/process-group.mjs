// Child processes in their own process group (setsid), so that stopping one also stops everything it started.
import { spawn } from 'node:child_process';

const live = new Set();

/** Spawns `command` as the leader of a new process group. */
export function spawnGroup(command, args, options) {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid) live.add(child.pid);
  return child;
}

const groupAlive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** SIGTERM to the whole group, SIGKILL for what is still alive after `graceMs`. */
export async function stopGroup(pgid, graceMs = 5_000) {
  if (!pgid || !groupAlive(pgid)) {
    live.delete(pgid);
    return;
  }
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (groupAlive(pgid)) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  live.delete(pgid);
}

// Last resort when the harness dies without cleaning up (uncaught error, process.exit): kill synchronously.
process.on('exit', () => {
  for (const pgid of live) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});
