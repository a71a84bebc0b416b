// Whole processes timed against each other: each command is started fresh, as a user or a CI job starts it, in
// turns (A B C A B C ...), so a slow spell of the machine falls on all of them alike; each gets its median.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median } from './stats.ts';

export interface Command {
  name: string;
  args: string[];
  cwd?: string;
}

/** Runs every command `runs` times in turns; their median wall times in milliseconds, by name. A command that fails
 * (crashes, or exits above 1, which every tool here uses for "found problems") stops the bench. */
export function timeProcesses(commands: readonly Command[], runs: number): Record<string, number> {
  const times = new Map<string, number[]>(commands.map((command) => [command.name, []]));
  for (let run = 0; run < runs; run++) {
    for (const command of commands) {
      const start = performance.now();
      const done = spawnSync(process.execPath, command.args, { cwd: command.cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
      const took = performance.now() - start;
      if (done.error || done.status === null || done.status > 1) throw new Error(`${command.name} failed (${done.error?.message ?? `exit ${done.status}`}): ${done.stderr?.toString().slice(0, 500)}`);
      times.get(command.name)?.push(took);
    }
  }
  return Object.fromEntries([...times].map(([name, taken]) => [name, median(taken)]));
}
