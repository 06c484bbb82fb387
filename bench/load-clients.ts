/**
 * What the HTTP load benchmarks share: the clients in a process of their own
 * (follow-up-load.ts), signing the bench controller in, and printing the latencies against
 * the target (p95 < 50 ms at 50 clients).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BENCH_CONTROLLER } from './follow-up-data';
import type { LoadRequest, LoadResult } from './follow-up-load';

export const TARGET_P95_MS = 50;

export const count = (value: number): string => Math.round(value).toLocaleString('sv-SE');
export const row = (label: string, text: string): void => {
  console.log(`  ${label.padEnd(52)} ${text}`);
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export const figures = (times: readonly number[]): string => {
  const sorted = [...times].sort((a, b) => a - b);
  return (
    `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, ` +
    `p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms`
  );
};

/** The clients, in a child process; resolves with what it measured. */
export function runClients(load: LoadRequest): Promise<LoadResult> {
  const script = fileURLToPath(new URL('./follow-up-load.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(load)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (data: string) => (output += data));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`The clients exited with ${String(code)}: ${output}`));
      else resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as LoadResult);
    });
  });
}

export function reportLoad(label: string, result: LoadResult, target: boolean): void {
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  row(
    label,
    `${count(result.latencies.length / result.seconds)} req/s, ${figures(sorted)}` +
      (result.errors > 0 ? `, ${count(result.errors)} errors (${result.firstError ?? ''})` : ''),
  );
  if (target) {
    row(
      `  mål: p95 < ${String(TARGET_P95_MS)} ms`,
      p95 < TARGET_P95_MS && result.errors === 0
        ? `uppnått (p95 ${p95.toFixed(1)} ms)`
        : `EJ uppnått (p95 ${p95.toFixed(1)} ms)`,
    );
  }
}

/** Runs the clients and prints what they measured (against the target when `target`). */
export async function measureLoad(
  label: string,
  load: LoadRequest,
  target: boolean,
): Promise<LoadResult> {
  const result = await runClients(load);
  reportLoad(label, result, target);
  return result;
}

/** Signs in through the API and returns the session cookie (nk_session=...). */
export async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username: BENCH_CONTROLLER.username,
      password: BENCH_CONTROLLER.password,
    }),
  });
  await response.arrayBuffer();
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('nk_session='));
  if (response.status !== 200 || !cookie) {
    throw new Error(`Sign-in failed: ${String(response.status)}`);
  }
  return cookie;
}
