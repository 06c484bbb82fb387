// Runs npm scripts side by side (npm test's checks: type-checking, lint and formatting are each
// one process on one core), prints the output of those that fail, and fails when any fails.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('usage: node scripts/run-parallel.js SCRIPT...');
  process.exit(2);
}

/** One npm script's run: its exit code, its output (stdout and stderr as they came), its time. */
function run(name) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = Math.round((performance.now() - started) / 1000);
      resolve({ name, code: code ?? 1, output: Buffer.concat(output).toString(), seconds });
    });
  });
}

const results = await Promise.all(names.map(run));
for (const { name, code, output, seconds } of results) {
  console.log(
    `${name}: ${code === 0 ? 'ok' : `failed (exit ${String(code)})`}, ${String(seconds)} s`,
  );
  if (code !== 0 && output.trim() !== '') console.log(output.trimEnd());
}
process.exitCode = results.every((result) => result.code === 0) ? 0 : 1;
