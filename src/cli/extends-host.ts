// The CLI's host for the shared-dataset resolver (core/dataset/extends.ts): node:fs, tinyglobby, and Node's own way
// of finding a package (node_modules in the folder and every folder above it), driven synchronously.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { isGlob } from '../core/dataset/config.ts';
import type { Extended, HostAnswer, HostRequest, PathOps } from '../core/dataset/extends.ts';
import { decodeUtf8 } from '../core/text/decode.ts';
import { readBounded } from './read-file.ts';

const MAX_TEXT_BYTES = 1024 * 1024;

export const nodePaths: PathOps = { join: (folder, relative) => resolve(folder, relative), dirname };

function answer(request: HostRequest): HostAnswer {
  switch (request.type) {
    case 'read': {
      const read = readBounded(request.path, MAX_TEXT_BYTES);
      const decoded = 'bytes' in read ? decodeUtf8(read.bytes) : undefined;
      return decoded && 'text' in decoded ? decoded.text : undefined;
    }
    case 'kind':
      try {
        const stat = statSync(request.path);
        return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : undefined;
      } catch {
        return undefined;
      }
    case 'factFiles':
      return request.patterns.flatMap((pattern) =>
        isGlob(pattern) ? globSync(pattern, { cwd: request.folder, absolute: true, ignore: ['**/node_modules/**'] }).sort() : existsSync(join(request.folder, pattern)) ? [resolve(request.folder, pattern)] : []);
    case 'package':
      for (let folder = resolve(request.from); ; folder = dirname(folder)) {
        const candidate = join(folder, 'node_modules', request.name);
        if (existsSync(join(candidate, 'package.json'))) return candidate;
        if (dirname(folder) === folder) return undefined;
      }
  }
}

export function resolveSync(resolver: Generator<HostRequest, Extended, HostAnswer>): Extended {
  let step = resolver.next();
  while (!step.done) step = resolver.next(answer(step.value));
  return step.value;
}
