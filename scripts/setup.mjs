#!/usr/bin/env node
// Make a fresh clone ready: install npm dependencies when they are missing or older
// than the lock file, and with --browser make sure Debian's Chromium is there for the
// browser tests (installing it with apt-get when running as root).
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM } from './chromium.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

const installed = 'node_modules/.package-lock.json';
if (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync('package-lock.json').mtimeMs) {
  // `npm ci` installs exactly the lock file and never rewrites it, so a fresh clone stays
  // unmodified. The lock holds every platform's optional binaries (see README, "Install").
  console.log('Installing npm dependencies (npm ci, exactly as in package-lock.json) …');
  run('npm ci --no-audit --no-fund');
}

if (process.argv.includes('--browser') && !fs.existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    console.log('Installing Debian chromium for the browser tests …');
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    console.error(
      `Chromium was not found at ${CHROMIUM}. The browser tests drive Debian's chromium:\n` +
        '  sudo apt-get install chromium\n' +
        'or set KAPSTOK_CHROMIUM to another Chromium binary.',
    );
    process.exit(1);
  }
}
