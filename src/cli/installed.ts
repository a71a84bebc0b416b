// Files the installed package ships beside its code (data/facts, media/report.css), found from this module upward:
// from src/ when run from a clone, from dist/ when bundled.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function installedPath(...segments: string[]): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(folder, ...segments);
    if (existsSync(candidate)) return candidate;
    folder = dirname(folder);
  }
  throw new Error(`${segments.join('/')} is missing from this installation`);
}
