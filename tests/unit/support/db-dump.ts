/**
 * A full, canonical text dump of an IndexedDB database: every store's definition (key path, indexes) and every
 * record (key and value, in key order), with a serialisation that keeps what JSON would lose (undefined,
 * NaN, -0, property order, holes). Two dumps are equal exactly when the databases hold the same data.
 */
import type { DBSchema, IDBPDatabase } from 'idb';

/** A structured-clone value as unambiguous text. Property order is kept: it is part of what is stored. */
export function encodeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return String(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'string':
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new Error(`not a stored value: ${typeof value}`);
  }
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) items.push(i in value ? encodeValue(value[i]) : '<hole>');
    return `[${items.join(',')}]`;
  }
  if (value instanceof Date) return `Date(${value.getTime()})`;
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return `${value.constructor.name}(${Buffer.from(bytes).toString('hex')})`;
  }
  if (value instanceof ArrayBuffer) return `ArrayBuffer(${Buffer.from(value).toString('hex')})`;
  if (value instanceof Map) {
    return `Map{${[...value].map(([k, v]) => `${encodeValue(k)}=>${encodeValue(v)}`).join(',')}}`;
  }
  if (value instanceof Set) return `Set{${[...value].map(encodeValue).join(',')}}`;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new Error(
      `not a stored value: an instance of ${String((proto as { constructor?: { name?: string } }).constructor?.name)}`,
    );
  }
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .map((key) => `${JSON.stringify(key)}:${encodeValue(record[key])}`)
    .join(',')}}`;
}

/**
 * Every store's definition and every record (of the stores named in `only`, when given), one line per record, so
 * that a diff points at the record.
 */
export async function dumpDatabase<S extends DBSchema>(
  db: IDBPDatabase<S>,
  only?: readonly string[],
): Promise<string> {
  // Read through the untyped view: the dump is the same for every schema.
  const anyDb = db as unknown as IDBPDatabase;
  const names = [...anyDb.objectStoreNames].filter((name) => !only || only.includes(name)).sort();
  const lines: string[] = [`database ${JSON.stringify(anyDb.name)} version ${anyDb.version}`];
  if (names.length === 0) return lines.join('\n');
  const tx = anyDb.transaction(names, 'readonly');
  for (const name of names) {
    const store = tx.objectStore(name);
    const indexes = [...store.indexNames].sort().map((indexName) => {
      const index = store.index(indexName);
      return `${indexName}:${JSON.stringify(index.keyPath)}${index.unique ? ' unique' : ''}${
        index.multiEntry ? ' multiEntry' : ''
      }`;
    });
    lines.push(
      `store ${name} keyPath=${JSON.stringify(store.keyPath)} autoIncrement=${store.autoIncrement} ` +
        `indexes=[${indexes.join(' ')}]`,
    );
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    if (keys.length !== values.length)
      throw new Error(`store ${name}: ${keys.length} keys, ${values.length} values`);
    for (let i = 0; i < keys.length; i++) lines.push(`  ${encodeValue(keys[i])} = ${encodeValue(values[i])}`);
  }
  await tx.done;
  return lines.join('\n');
}
