// The same answers whatever the server's own time zone: the engine's whole output for a set of
// series, computed in two child processes, one with TZ=UTC and one with TZ=Pacific/Auckland.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.join(import.meta.dirname, 'test-support', 'zone-report.ts');
const run = (zone: string) =>
  JSON.parse(execFileSync(process.execPath, [script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' })) as {
    processOffset: number;
    report: { expansions: unknown[][]; calendar: string };
  };

describe('the process time zone', () => {
  it('changes nothing the engine answers (TZ=UTC and TZ=Pacific/Auckland)', () => {
    const utc = run('UTC');
    const auckland = run('Pacific/Auckland');
    // The children really ran on different clocks…
    expect(utc.processOffset).toBe(0);
    expect(auckland.processOffset).toBe(-780);
    // …and agreed on everything, which is not nothing.
    expect(utc.report.expansions.flat().length).toBeGreaterThan(150);
    expect(utc.report.calendar).toContain('BEGIN:VTIMEZONE');
    expect(auckland.report).toEqual(utc.report);
  });
});
