import { openDatabase } from '../server/db/connect';
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  openDatabase,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('Oväntat fel:', error);
    process.exitCode = 1;
  },
);
