// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { run } from './paths.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const VIEWPORT = { width: 1440, height: 900 };

export async function launchBrowser() {
  const xdg = join(run.browserProfiles, 'xdg');
  mkdirSync(xdg, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Debian's wrapper script reads XDG folders; keep them out of the home folder.
    env: { ...process.env, XDG_CONFIG_HOME: join(xdg, 'config'), XDG_CACHE_HOME: join(xdg, 'cache') },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      // Nothing but 127.0.0.1: any other host name fails to resolve.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
}

/** A fresh browser context (its own storage, so no editor state leaks between windows) with one page. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  return { context, page };
}

/** The workbench URL opening `folder`, with optional smoke-test-driver payload entries. */
export function workbenchUrl(serverUrl, folder, payload) {
  const url = new URL('/', serverUrl);
  url.searchParams.set(folder.endsWith('.code-workspace') ? 'workspace' : 'folder', folder);
  if (payload) url.searchParams.set('payload', JSON.stringify(payload));
  return url.href;
}
