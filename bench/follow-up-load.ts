/**
 * The clients of the follow-up benchmark, in a process of their own so that they do not share
 * the server's event loop: `concurrency` clients, each with its own session cookie, GET the
 * URLs in turn (client i starts at URL i) until `warmup` and then `requests` answers have come,
 * each read to its end. Prints one JSON line (LoadResult) on stdout.
 */
import { performance } from 'node:perf_hooks';

export interface LoadRequest {
  readonly urls: readonly string[];
  readonly cookies: readonly string[];
  readonly concurrency: number;
  readonly warmup: number;
  readonly requests: number;
}

export interface LoadResult {
  /** Each measured request's time to the last byte of the answer, ms, in the order they ended. */
  readonly latencies: number[];
  readonly seconds: number;
  /** Answers that were not 200. */
  readonly errors: number;
  readonly bytes: number;
  readonly firstError: string | null;
}

async function run(load: LoadRequest, total: number, latencies: number[] | null) {
  let issued = 0;
  let errors = 0;
  let bytes = 0;
  let firstError: string | null = null;
  const client = async (index: number): Promise<void> => {
    const cookie = load.cookies[index % load.cookies.length] ?? '';
    let turn = index;
    while (issued < total) {
      issued += 1;
      const url = load.urls[turn % load.urls.length] ?? '';
      turn += 1;
      const start = performance.now();
      const response = await fetch(url, { headers: { cookie } });
      const body = await response.arrayBuffer();
      latencies?.push(performance.now() - start);
      bytes += body.byteLength;
      if (response.status !== 200) {
        errors += 1;
        firstError ??= `${String(response.status)} ${Buffer.from(body).toString('utf8', 0, 300)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: load.concurrency }, (_, index) => client(index)));
  return { errors, bytes, firstError };
}

async function main(): Promise<void> {
  const load = JSON.parse(process.argv[2] ?? '{}') as LoadRequest;
  await run(load, load.warmup, null);
  const latencies: number[] = [];
  const start = performance.now();
  const outcome = await run(load, load.requests, latencies);
  const result: LoadResult = {
    latencies,
    seconds: (performance.now() - start) / 1000,
    ...outcome,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
