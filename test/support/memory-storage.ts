import { openStorage, readStorageConfig, type Storage, type StorageLog } from '../../src/storage/index.ts';

const QUIET: StorageLog = { warn: () => {}, info: () => {} };

/**
 * The app's storage as `DATABASE_PATH=:memory:` gives it (the same factory and defaults as npm start): SQLite in
 * this process, gone once closed. For a test that needs the app's stores but no file.
 */
export const openMemoryStorage = (log: StorageLog = QUIET): Promise<Storage> =>
  openStorage(readStorageConfig({ DATABASE_PATH: ':memory:' }), log);
