import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult, TransactionSettings } from 'kysely';
import type { Availability } from './availability.ts';

/**
 * A Kysely dialect whose every query (and every wait for a connection) goes through the database's
 * availability (availability.ts): refused at once while the database is known to be away, and a query that
 * finds it away marks it so. The engine's own dialect does the work; what it is given back is its own
 * connection, so nothing of the engine's driver is changed.
 */
export function guardedDialect(inner: Dialect, availability: Availability): Dialect {
  return {
    createAdapter: () => inner.createAdapter(),
    createIntrospector: (db) => inner.createIntrospector(db),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createDriver: () => guardedDriver(inner.createDriver(), availability),
  };
}

class GuardedConnection implements DatabaseConnection {
  constructor(
    readonly inner: DatabaseConnection,
    private readonly availability: Availability,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.availability.run(() => this.inner.executeQuery<R>(query));
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

const unwrap = (connection: DatabaseConnection) =>
  connection instanceof GuardedConnection ? connection.inner : connection;

function guardedDriver(driver: Driver, availability: Availability): Driver {
  const run = availability.run.bind(availability);
  // Transactions and savepoints run on the engine's own connection (its driver reaches into it), as one guarded step.
  const onInner =
    <A extends unknown[]>(step: ((connection: DatabaseConnection, ...args: A) => Promise<void>) | undefined) =>
    (connection: DatabaseConnection, ...args: A) =>
      run(() => step!.call(driver, unwrap(connection), ...args));
  return {
    init: () => driver.init(),
    acquireConnection: async () => new GuardedConnection(await run(() => driver.acquireConnection()), availability),
    beginTransaction: onInner<[TransactionSettings]>(driver.beginTransaction),
    commitTransaction: onInner(driver.commitTransaction),
    // Never refused: a transaction left open on SQLite's one connection would swallow every later query. Its
    // failure is judged all the same: Kysely throws it in place of the error that caused the rollback, and a
    // rollback on a connection the server cut fails too, which must still read as the database being away.
    rollbackTransaction: (connection) => run(() => driver.rollbackTransaction(unwrap(connection)), { always: true }),
    ...(driver.savepoint ? { savepoint: onInner(driver.savepoint) } : {}),
    ...(driver.rollbackToSavepoint
      ? {
          rollbackToSavepoint: (c, name, compile) =>
            run(() => driver.rollbackToSavepoint!(unwrap(c), name, compile), { always: true }),
        }
      : {}),
    ...(driver.releaseSavepoint ? { releaseSavepoint: onInner(driver.releaseSavepoint) } : {}),
    releaseConnection: (connection) => driver.releaseConnection(unwrap(connection)),
    destroy: () => driver.destroy(),
  };
}
