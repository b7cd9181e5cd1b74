import { readFileSync } from 'node:fs';

// On a shared virtual machine the hypervisor lends our CPUs to other guests now and then, and
// every latency of those seconds grows, on both sides. The benchmark reports how much of the
// CPU time was stolen while a suite ran, so a slow run can be told from a slow change.

interface CpuTimes {
  steal: number;
  total: number;
}

/** Aggregate CPU times from /proc/stat, or null where there is none (not Linux). */
export function readCpuTimes(): CpuTimes | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    if (fields.length < 8 || fields.some(Number.isNaN)) return null;
    return { steal: fields[7] ?? 0, total: fields.reduce((sum, value) => sum + value, 0) };
  } catch {
    return null;
  }
}

/** "steal 3.2%" between two readings, or '' when either is missing. */
export function describeSteal(before: CpuTimes | null, after: CpuTimes | null): string {
  if (before === null || after === null || after.total <= before.total) return '';
  const share = (100 * (after.steal - before.steal)) / (after.total - before.total);
  return `CPU time stolen by the hypervisor during the suite: ${share.toFixed(1)}%`;
}
