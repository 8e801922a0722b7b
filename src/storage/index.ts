/** What the rest of the app uses from storage: the engine stays behind these. */
export { readStorageConfig, describeTarget, StorageConfigError, DEFAULT_DATABASE_PATH, type StorageConfig, type StorageTarget, type Engine } from './config.ts';
export { openDatabase, StorageUnavailableError, type Database } from './database.ts';
