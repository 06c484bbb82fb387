import { join } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '#server/project-root';

/** What a column's selected value is in TypeScript: its kinds of value, and whether null is one. */
export interface ColumnDescription {
  readonly kinds: ReadonlySet<ValueKind>;
  readonly nullable: boolean;
}

export type ValueKind = 'string' | 'number' | 'boolean' | 'unknown' | 'other';

/** Every table of DatabaseSchema with its columns, by name. */
export type SchemaDescription = ReadonlyMap<string, ReadonlyMap<string, ColumnDescription>>;

function kindOf(type: ts.Type): ValueKind {
  const flags = type.flags;
  if (flags & (ts.TypeFlags.StringLike | ts.TypeFlags.TemplateLiteral)) return 'string';
  if (flags & ts.TypeFlags.NumberLike) return 'number';
  if (flags & ts.TypeFlags.BooleanLike) return 'boolean';
  if (flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return 'unknown';
  return 'other';
}

/** The type a column gives when selected: S of Kysely's ColumnType<S, I, U> (and Generated<S>). */
function selectedType(checker: ts.TypeChecker, type: ts.Type): ts.Type {
  const select = type.getProperty('__select__');
  return select ? checker.getTypeOfSymbol(select) : type;
}

function describeColumn(checker: ts.TypeChecker, type: ts.Type): ColumnDescription {
  const selected = selectedType(checker, type);
  const parts = selected.isUnion() ? selected.types : [selected];
  const nullable = parts.some((part) => (part.flags & ts.TypeFlags.Null) !== 0);
  const kinds = new Set(
    parts
      .filter((part) => (part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) === 0)
      .map(kindOf),
  );
  return { kinds, nullable };
}

/** The compiler options of the project's tsconfig (module resolution as the code is written). */
function projectOptions(): ts.CompilerOptions {
  const path = join(projectRoot(), 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    path,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`cannot read ${path}`);
  return config.options;
}

/**
 * The Kysely schema as the TypeScript compiler reads it from src/server/db/schema.ts (and the
 * table types of tables/): schema.ts stays the one description of the tables, and this reads
 * it at run time, where its types are otherwise erased.
 */
export function describeSchema(
  schemaFile: string = join(projectRoot(), 'src/server/db/schema.ts'),
): SchemaDescription {
  const program = ts.createProgram([schemaFile], { ...projectOptions(), types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(schemaFile);
  if (!source) throw new Error(`cannot read ${schemaFile}`);
  // A type that does not resolve would read as no columns: refuse rather than compare nothing.
  const errors = program.getSemanticDiagnostics(source);
  if (errors.length > 0) {
    throw new Error(ts.formatDiagnostics(errors, ts.createCompilerHost({})));
  }
  const declaration = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === 'DatabaseSchema',
  );
  if (!declaration) throw new Error(`no interface DatabaseSchema in ${schemaFile}`);
  const schema = checker.getTypeAtLocation(declaration);
  const tables = new Map<string, Map<string, ColumnDescription>>();
  for (const table of checker.getPropertiesOfType(schema)) {
    const columns = new Map<string, ColumnDescription>();
    for (const column of checker.getPropertiesOfType(checker.getTypeOfSymbol(table))) {
      columns.set(column.name, describeColumn(checker, checker.getTypeOfSymbol(column)));
    }
    tables.set(table.name, columns);
  }
  return tables;
}
