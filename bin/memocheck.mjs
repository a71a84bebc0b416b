#!/usr/bin/env node
// Launches the bundled CLI (built into dist/ by `npm ci` through the prepare script).
import { main } from '../dist/cli.mjs';

main();
