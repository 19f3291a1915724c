// Whether a process holding the embedded database's lock still runs. A zombie (exited, not yet reaped by its parent)
// still answers kill(pid, 0), yet holds nothing: after a kill -9 under a supervisor it would refuse every restart.
import * as fs from 'node:fs';

/** The state letter of /proc/<pid>/stat (R, S, D, Z, X, …), or null where /proc is not there. */
function procState(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) S ..." — comm may hold spaces and parentheses, so read after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) || null;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  const state = procState(pid);
  return state !== 'Z' && state !== 'X';
}
