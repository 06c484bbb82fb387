// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
  'process',
  'timers',
  'zlib',
  'events',
  'buffer',
];
const noNode = nodeBuiltins.flatMap((name) => [name, `node:${name}`]);

// The package.json `imports` alias of a forbidden path pattern (a layer's '#server/...', a
// feature repo's '#server/features/...'), so an alias cannot walk around a zone.
const aliasOf = (group) => {
  const layer = /^\*\*\/(domain|contract|server|cli)\/\*\*$/.exec(group);
  if (layer) return [`\\#${layer[1]}/**`];
  if (group.startsWith('../*/')) return [`\\#server/features/${group.slice(3)}`];
  if (group.startsWith('**/*.service')) return [`\\#server/${group}`];
  return [];
};

/** Import zones: the dependency direction domain <- contract <- server, cli, web. */
const zone = (files, forbidden, extraPaths = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: extraPaths.map((name) => ({ name, message: 'Not allowed in this layer.' })),
        patterns: forbidden.map((group) => ({
          group: [group, ...aliasOf(group)],
          message: 'Breaks the dependency direction domain <- contract <- server, cli, web.',
        })),
      },
    ],
  },
});

/** Syntax refused everywhere. */
const refusedSyntax = [
  { selector: 'TSEnumDeclaration', message: 'No enums: use string literal unions.' },
  { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
];
const SQL_IN_REPOS =
  'SQL lives in *.repo.ts files (and src/server/db/) only: call a repo function.';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'data/**',
      'node_modules/**',
      'test-results/**',
      'coverage/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', ...refusedSyntax],
    },
  },
  // SQL only in repos: Kysely's query builders and raw sql outside *.repo.ts and the database
  // layer are errors, so a service cannot grow a query of its own.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.repo.ts', 'src/server/db/**', 'src/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...refusedSyntax,
        {
          selector:
            'CallExpression[callee.property.name=/^(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)$/]',
          message: SQL_IN_REPOS,
        },
        { selector: "TaggedTemplateExpression[tag.name='sql']", message: SQL_IN_REPOS },
        {
          selector: "ImportDeclaration[source.value='kysely'] ImportSpecifier[imported.name='sql']",
          message: SQL_IN_REPOS,
        },
      ],
    },
  },
  {
    files: ['*.config.ts', '*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.js'], languageOptions: { globals: globals.node } },
  // The rules of hooks (hooks called unconditionally, at the top of a component or hook) and
  // complete effect dependencies. The plugin's newer React Compiler rules are not turned on.
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  zone(['src/domain/**'], ['**/contract/**', '**/server/**', '**/cli/**', '**/web/**'], noNode),
  zone(['src/contract/**'], ['**/server/**', '**/cli/**', '**/web/**'], noNode),
  zone(['src/web/**'], ['**/server/**', '**/cli/**'], noNode),
  zone(['src/server/**', 'src/cli/**'], ['**/web/**']),
  // A feature may call another feature's service, never its repo.
  zone(['src/server/features/**'], ['**/web/**', '../*/*.repo', '../*/*.repo.js']),
  // A repo is the bottom of its feature: it imports no service (types shared by a service and
  // a repo live in a file of their own, e.g. server/board-ref.ts).
  zone(
    ['src/server/**/*.repo.ts'],
    ['**/web/**', '../*/*.repo', '../*/*.repo.js', '**/*.service', '**/*.service.js'],
  ),
  // Data is written through RequestContext.write alone: the database handle refuses writes of
  // data (WriteGuard, server/db/data-version.ts), and the ways past that guard are the database
  // layer's and the request context's own.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/server/db/**', 'src/server/request-context.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['writeTransaction', 'bulkTransaction', 'withoutPlugins', 'executeQuery'].map(
          (property) => ({
            property,
            message:
              'Write through ctx.write or ctx.bulkWrite (RequestContext): it raises the data version.',
          }),
        ),
      ],
    },
  },
  {
    files: ['src/domain/**'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'Date', message: 'The domain takes time from an injected clock.' },
        { name: 'process', message: 'The domain does no I/O.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The domain is deterministic.' },
      ],
    },
  },
);
