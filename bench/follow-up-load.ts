/**
 * The clients of the follow-up benchmark, in a process of their own so that they do not share
 * the server's event loop: `concurrency` clients, each with its own session cookie, GET the
 * URLs in turn (client i starts at URL i) until `warmup` and then `requests` answers have come,
 * each read to its end. Prints one JSON line (LoadResult) on stdout.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { gunzip } from 'node:zlib';

export interface LoadRequest {
  readonly urls: readonly string[];
  readonly cookies: readonly string[];
  readonly concurrency: number;
  readonly warmup: number;
  readonly requests: number;
  /** Ask as a browser does: gzip accepted, and what it holds revalidated (If-None-Match). */
  readonly asBrowser?: boolean;
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

/**
 * One GET over a kept-alive connection: the status, the answer's size (unpacked, were it
 * gzipped) and, for an error, its start. node:http rather than fetch: fetch's
 * streams cost the clients more CPU than the server spends on an answer, and the clients share
 * the server's two cores.
 */
interface Answer {
  readonly status: number;
  readonly bytes: number;
  readonly start: string;
  readonly etag: string | undefined;
}

function get(agent: Agent, url: string, headers: Record<string, string>) {
  return new Promise<Answer>((resolve, reject) => {
    const call = request(url, { agent, headers }, (response) => {
      const etag = response.headers.etag;
      const gzipped = response.headers['content-encoding'] === 'gzip';
      const chunks: Buffer[] = [];
      let bytes = 0;
      let start = '';
      response.on('data', (chunk: Buffer) => {
        // Only what must be unpacked is kept: the clients share the server's cores.
        if (gzipped) chunks.push(chunk);
        else if (bytes === 0) start = chunk.toString('utf8', 0, 300);
        bytes += chunk.length;
      });
      response.on('end', () => {
        const status = response.statusCode ?? 0;
        if (!gzipped) {
          resolve({ status, bytes, start, etag });
          return;
        }
        gunzip(Buffer.concat(chunks), (error, text) => {
          if (error) reject(error);
          else resolve({ status, bytes: text.length, start: text.toString('utf8', 0, 300), etag });
        });
      });
      response.on('error', reject);
    });
    call.on('error', reject);
    call.end();
  });
}

async function run(load: LoadRequest, total: number, latencies: number[] | null) {
  const agent = new Agent({ keepAlive: true, maxSockets: load.concurrency });
  let issued = 0;
  let errors = 0;
  let bytes = 0;
  let firstError: string | null = null;
  const client = async (index: number): Promise<void> => {
    const cookie = load.cookies[index % load.cookies.length] ?? '';
    /** What this client's browser holds, per address (its ETag). */
    const held = new Map<string, string>();
    let turn = index;
    while (issued < total) {
      issued += 1;
      const url = load.urls[turn % load.urls.length] ?? '';
      turn += 1;
      const headers: Record<string, string> = { cookie };
      const etag = held.get(url);
      if (load.asBrowser) headers['accept-encoding'] = 'gzip';
      if (load.asBrowser && etag) headers['if-none-match'] = etag;
      const start = performance.now();
      const answer = await get(agent, url, headers);
      latencies?.push(performance.now() - start);
      bytes += answer.bytes;
      if (answer.etag) held.set(url, answer.etag);
      if (answer.status !== 200 && answer.status !== 304) {
        errors += 1;
        firstError ??= `${String(answer.status)} ${answer.start}`;
      }
    }
  };
  await Promise.all(Array.from({ length: load.concurrency }, (_, index) => client(index)));
  agent.destroy();
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
