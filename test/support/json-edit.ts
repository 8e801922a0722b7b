/**
 * JSON read back from a knowledge file to be changed on purpose, often into something the schema refuses (a wrong
 * type, an unknown field): typed as plain JSON objects rather than the schema's types, with a checked way down.
 */

/** A JSON object whose fields a test may read, set to anything, or delete. */
export type JsonObject = { [field: string]: unknown };

/** What is at `path` inside `value` (object fields and array indexes); throws if the path leads nowhere. */
function valueAt(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let here = value;
  for (const [i, step] of path.entries()) {
    if (typeof here !== 'object' || here === null) throw new Error(`nothing at ${path.slice(0, i + 1).join('.')}`);
    here = (here as JsonObject)[step];
  }
  return here;
}

/** The object (or array, read by index) at `path` inside `value`. */
export function objectAt(value: unknown, ...path: Array<string | number>): JsonObject {
  const found = valueAt(value, path);
  if (typeof found !== 'object' || found === null) throw new Error(`no object at ${path.join('.') || 'the top'}`);
  return found as JsonObject;
}

/** The array at `path` inside `value`. */
export function arrayAt(value: unknown, ...path: Array<string | number>): unknown[] {
  const found = valueAt(value, path);
  if (!Array.isArray(found)) throw new Error(`no array at ${path.join('.') || 'the top'}`);
  return found;
}
