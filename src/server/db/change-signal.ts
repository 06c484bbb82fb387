import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from 'kysely';

/**
 * Tells listeners that this process has changed the database: after each commit, and after a
 * write run outside a transaction. What is kept in memory from the database (sessions, data
 * versions) is dropped then, so this process always reads its own writes. A change another
 * process makes is not told here; what is kept must be kept only briefly for that.
 */
export class ChangeSignal {
  private readonly listeners = new Set<() => void>();

  /** Adds a listener; returns the function that removes it. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Statements that may change data (a `with` may hold a write; DDL changes what is read). */
const MAY_WRITE = /^\s*(insert|update|delete|merge|copy|truncate|with|alter|create|drop)\b/i;

/** A connection that signals its writes outside a transaction. */
class WatchedConnection implements DatabaseConnection {
  inTransaction = false;

  constructor(
    readonly inner: DatabaseConnection,
    private readonly signal: ChangeSignal,
  ) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.inner.executeQuery<R>(compiledQuery);
    if (!this.inTransaction && MAY_WRITE.test(compiledQuery.sql)) this.signal.changed();
    return result;
  }

  streamQuery<R>(compiledQuery: CompiledQuery, chunkSize?: number) {
    return this.inner.streamQuery<R>(compiledQuery, chunkSize);
  }
}

const innerOf = (connection: DatabaseConnection): DatabaseConnection =>
  connection instanceof WatchedConnection ? connection.inner : connection;

/** A driver whose commits (and writes outside transactions) are signalled. */
class WatchedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly signal: ChangeSignal,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new WatchedConnection(await this.inner.acquireConnection(), this.signal);
  }

  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    await this.inner.beginTransaction(innerOf(connection), settings);
    if (connection instanceof WatchedConnection) connection.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await this.inner.commitTransaction(innerOf(connection));
    } finally {
      // A failed commit may still have committed (the answer lost): signal either way.
      if (connection instanceof WatchedConnection) connection.inTransaction = false;
      this.signal.changed();
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await this.inner.rollbackTransaction(innerOf(connection));
    } finally {
      if (connection instanceof WatchedConnection) connection.inTransaction = false;
    }
  }

  async savepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    if (!this.inner.savepoint) throw new Error('The driver has no savepoints');
    await this.inner.savepoint(innerOf(connection), name, compileQuery);
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    if (!this.inner.rollbackToSavepoint) throw new Error('The driver has no savepoints');
    await this.inner.rollbackToSavepoint(innerOf(connection), name, compileQuery);
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler['compileQuery'],
  ): Promise<void> {
    if (!this.inner.releaseSavepoint) throw new Error('The driver has no savepoints');
    await this.inner.releaseSavepoint(innerOf(connection), name, compileQuery);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(innerOf(connection));
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** The dialect with its driver watched: every commit and every write outside one is signalled. */
export function watchedDialect(inner: Dialect, signal: ChangeSignal): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createDriver: () => new WatchedDriver(inner.createDriver(), signal),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createIntrospector: (db) => inner.createIntrospector(db),
  };
}
