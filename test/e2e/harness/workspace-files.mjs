// Fresh copies of test/e2e/workspace, and putting a copy back to its original state between UI tests.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceTemplate } from './paths.mjs';

/** Replaces `dir` with a fresh copy of a workspace template (test/e2e/workspace unless told). */
export function copyWorkspace(dir, template = workspaceTemplate) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(template, dir, { recursive: true });
}

/**
 * Makes `dir` equal to test/e2e/workspace again without removing the folder itself (code-server may still watch
 * it): template files are written over, files the template lacks are deleted.
 */
export function restoreWorkspace(dir, template = workspaceTemplate) {
  mkdirSync(dir, { recursive: true });
  const wanted = new Set(readdirSync(template));
  for (const name of readdirSync(dir)) {
    if (!wanted.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
  }
  for (const entry of readdirSync(template, { withFileTypes: true })) {
    const from = join(template, entry.name);
    const to = join(dir, entry.name);
    if (entry.isDirectory()) restoreWorkspace(to, from);
    else cpSync(from, to, { force: true });
  }
}
