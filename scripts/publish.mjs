// Atomic, locked publishing of a built site.
//
// `dist` is a symbolic link to a complete build in `.dist-builds/site-<time>/`. A build
// is made in `.dist-builds/staging-<pid>-<time>/`; once it is checked it is renamed to
// `site-<time>` (rename 1: now known to be complete) and a new link to it is renamed
// over `dist` (rename 2: one rename(2) call, atomic on POSIX file systems). So at every
// moment `dist` is the old complete site or the new complete site, even when the build
// is killed between the two renames. Only one build at a time may publish to a given
// folder: a lock file holding the builder's process id stops a second one; a lock left
// by a process that no longer runs is taken over, and its staging folder removed.
import fs from 'node:fs';
import path from 'node:path';

export class BuildLockedError extends Error {}

/** The folder holding the builds behind `outDir`, and the lock file inside it. */
export function buildsOf(outDir) {
  const builds = path.join(path.dirname(outDir), `.${path.basename(outDir)}-builds`);
  return { builds, lock: path.join(builds, 'lock') };
}

function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/**
 * Take the lock for publishing to `outDir`; returns a function that releases it.
 * Throws BuildLockedError when another build that is still running holds it.
 */
export function acquireLock(outDir) {
  const { builds, lock } = buildsOf(outDir);
  fs.mkdirSync(builds, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lock, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return () => fs.rmSync(lock, { force: true });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    const pid = Number(fs.readFileSync(lock, 'utf8').trim());
    if (pid && running(pid)) {
      throw new BuildLockedError(
        `Another build (process ${pid}) is publishing to ${path.relative(process.cwd(), outDir) || outDir}/. ` +
          `Wait for it to finish; if no build is running, delete ${path.relative(process.cwd(), lock)}.`,
      );
    }
    // The process that held the lock was interrupted: its lock and staging are stale.
    fs.rmSync(lock, { force: true });
  }
  throw new BuildLockedError(`Could not take the build lock ${lock}.`);
}

/** The build `outDir` links to now, as a name inside the builds folder (undefined if none). */
function currentBuild(outDir) {
  try {
    return path.basename(fs.readlinkSync(outDir));
  } catch {
    return undefined;
  }
}

/**
 * Remove what interrupted builds left behind: staging folders, unused links and old
 * sites. Only called while holding the lock, so no other build is using them.
 */
export function cleanStale(outDir) {
  const { builds } = buildsOf(outDir);
  const keep = new Set(['lock', currentBuild(outDir)]);
  for (const name of fs.readdirSync(builds)) {
    if (!keep.has(name)) fs.rmSync(path.join(builds, name), { recursive: true, force: true });
  }
}

/** A new, empty staging folder for this build. */
export function newStaging(outDir) {
  const dir = path.join(buildsOf(outDir).builds, `staging-${process.pid}-${Date.now()}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Swap a complete, checked staging folder in as `outDir`. `step(name)` is called
 * between the steps (the interrupt test stops the process there).
 */
export async function publish(staging, outDir, step = async () => {}) {
  const { builds } = buildsOf(outDir);
  const previous = currentBuild(outDir);
  const name = `site-${Date.now()}-${process.pid}`;
  const site = path.join(builds, name);
  fs.renameSync(staging, site);
  await step('renamed-staging');
  const link = path.join(builds, `link-${process.pid}`);
  fs.rmSync(link, { force: true });
  const windows = process.platform === 'win32';
  // A relative link keeps working when the repository is moved; Windows needs a junction.
  fs.symlinkSync(windows ? site : path.relative(path.dirname(outDir), site), link, windows ? 'junction' : 'dir');
  await step('linked');
  const stat = fs.lstatSync(outDir, { throwIfNoEntry: false });
  if (stat && !stat.isSymbolicLink()) {
    // A plain folder from before builds were linked: moved aside once, not atomically.
    fs.renameSync(outDir, path.join(builds, `old-${Date.now()}`));
  } else if (stat && windows) {
    fs.rmSync(outDir);
  }
  fs.renameSync(link, outDir);
  await step('swapped');
  for (const entry of fs.readdirSync(builds)) {
    if (entry !== name && entry !== 'lock' && (entry === previous || entry.startsWith('old-'))) {
      fs.rmSync(path.join(builds, entry), { recursive: true, force: true });
    }
  }
}
