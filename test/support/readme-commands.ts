/**
 * The command-line examples of README.md: every line of its ```sh blocks that runs the CLI
 * (`npm run cli -- ...`, `npm run -s cli -- ... > file`), in order. Lines that start the
 * application, the tests or the tools are skipped by rule; any other line is an error, so a
 * new kind of example cannot go untested by accident.
 */
export interface ReadmeCommand {
  /** The line as the README has it, without its comment. */
  readonly line: string;
  /** The CLI's arguments after `--`. */
  readonly argv: readonly string[];
  /** `npm run -s`: the output is meant for a file. */
  readonly silent: boolean;
  /** The file the shell redirects standard output to (`> drift.csv`). */
  readonly redirect: string | undefined;
}

/** npm scripts that are not the CLI: the app, its tests and tools. */
const NOT_CLI =
  /^npm (install && npm (start|test)|run (start|test|test:\w+|dev:\w+|lint|typecheck|build|bench|mutate|format)(\s*&&\s*npm run (lint|typecheck|build|test))*)$/;
const CLI = /^npm run (-s )?cli -- (.+)$/;

/** Splits a command line as sh does, for the README's simple quoting (double quotes only). */
export function shellWords(text: string): string[] {
  if (/['`$|&;\\<]/.test(text.replace(/"[^"]*"/g, ''))) {
    throw new Error(`The README example uses shell syntax this test does not run: ${text}`);
  }
  const words: string[] = [];
  for (const match of text.matchAll(/"([^"]*)"|(\S+)/g)) words.push(match[1] ?? match[2] ?? '');
  return words;
}

export function readmeCommands(markdown: string): ReadmeCommand[] {
  const commands: ReadmeCommand[] = [];
  const blocks = markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm);
  for (const block of blocks) {
    for (const raw of (block[1] ?? '').split('\n')) {
      const line = raw.replace(/\s+#\s.*$/, '').trim();
      if (line === '' || NOT_CLI.test(line)) continue;
      const cli = CLI.exec(line);
      if (!cli) throw new Error(`README.md has a command this test does not know: ${line}`);
      const [command = '', redirect] = (cli[2] ?? '').split(/\s+>\s+/);
      commands.push({
        line,
        argv: shellWords(command),
        silent: cli[1] !== undefined,
        redirect: redirect?.trim(),
      });
    }
  }
  return commands;
}
