import { describe, expect, it } from 'vitest';
import { describeSteal, readCpuTimes } from '../../bench/api/cpu-steal.js';

describe('describeSteal', () => {
  it('gives the share of CPU time stolen between two readings', () => {
    expect(describeSteal({ steal: 100, total: 10_000 }, { steal: 150, total: 11_000 })).toBe(
      'CPU time stolen by the hypervisor during the suite: 5.0%',
    );
  });

  it('says nothing without two readings or with no time between them', () => {
    expect(describeSteal(null, { steal: 1, total: 2 })).toBe('');
    expect(describeSteal({ steal: 1, total: 2 }, { steal: 1, total: 2 })).toBe('');
  });

  it('reads this machine’s counters where /proc/stat exists', () => {
    const times = readCpuTimes();
    if (times === null) return;
    expect(times.total).toBeGreaterThan(0);
    expect(times.steal).toBeLessThanOrEqual(times.total);
  });
});
