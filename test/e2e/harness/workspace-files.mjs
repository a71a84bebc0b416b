// Fresh copies of test/e2e/workspace.
import { cpSync, rmSync } from 'node:fs';
import { workspaceTemplate } from './paths.mjs';

/** Replaces `dir` with a fresh copy of a workspace template (test/e2e/workspace unless told). */
export function copyWorkspace(dir, template = workspaceTemplate) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(template, dir, { recursive: true });
}
