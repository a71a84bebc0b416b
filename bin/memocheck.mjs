#!/usr/bin/env node
// Launches the bundled CLI (built into dist/ by `npm ci` through the prepare script), through V8's code cache.
import { loadCli } from './load-cli.mjs';

loadCli().cli.main();
