// Run a command and measure its whole process tree the way Linux sees it: wall time,
// CPU time (user + system of the command and every descendant it waited for) and
// peak resident memory, both summed over the tree and of its largest process.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const TICKS = 100; // USER_HZ: /proc reports CPU times in 1/100 s on Linux

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces). */
function stat(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** This process's CPU time spent in children it has reaped, in seconds. */
function childrenCpu() {
  const f = stat('self');
  // After the command name: state is field 0, so cutime and cstime (fields 16, 17 of stat) are 13 and 14.
  return (Number(f[13]) + Number(f[14])) / TICKS;
}

function children(pid) {
  const out = [];
  let tasks = [];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const t of tasks) {
    try {
      for (const c of fs.readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean)) out.push(Number(c));
    } catch {
      /* the task ended between the listing and the read */
    }
  }
  return out;
}

/** Resident set size and its high-water mark of one process, in bytes. */
function memory(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM'), name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?' };
  } catch {
    return undefined;
  }
}

/**
 * Run `command args` with `env`, sampling the tree every `interval` ms. Resolves with
 * { code, wall, cpu, peakTree, peakProcess, peakProcessName } (seconds and bytes).
 * The CPU time comes from this process's reaped-children counters, so call it while no
 * other child of this process is running.
 */
export function measure(command, args, { env, interval = 100, stdio = ['ignore', 'inherit', 'inherit'] } = {}) {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpu();
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio });
    let peakTree = 0;
    let peakProcess = 0;
    let peakProcessName = '';
    const sample = () => {
      let tree = 0;
      const queue = [child.pid];
      while (queue.length) {
        const pid = queue.shift();
        const m = memory(pid);
        if (!m) continue;
        tree += m.rss;
        if (m.hwm > peakProcess) {
          peakProcess = m.hwm;
          peakProcessName = m.name;
        }
        queue.push(...children(pid));
      }
      peakTree = Math.max(peakTree, tree);
    };
    const timer = setInterval(sample, interval);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const wall = Number(process.hrtime.bigint() - started) / 1e9;
      // 'exit' fires after libuv reaped the child, so its times are in our counters.
      resolve({ code, wall, cpu: childrenCpu() - cpuBefore, peakTree, peakProcess, peakProcessName });
    });
  });
}
