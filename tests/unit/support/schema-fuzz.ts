/**
 * Grammar-based fuzzing from valibot schemas: walks a schema alongside a valid sample and, at a random place,
 * puts a value that the schema's declared constraints forbid (a wrong type, a string one longer than its
 * maximum, a number one past its bound, a value outside a picklist, a missing or an extra key — strict objects
 * refuse those, prototype-pollution keys included —, a non-http(s) URL). The constraints are read from the
 * schema as data (lengths, bounds, regexes, options); URL checks are not run to decide: a URL from
 * {@link HOSTILE_URLS} is invalid by definition, so a check that let one through would be caught by the test.
 * A schema construct this module does not know makes it throw, rather than fuzz it blindly.
 */
import type * as v from 'valibot';
import {
  detectWindows,
  httpUrl,
  MAX_DETECT_CHARS,
  MAX_DETECT_TEXT,
  MAX_URL,
} from '../../../src/shared/schemas';
import type { Prng } from './prng';

export type Path = readonly (string | number)[];

interface Action {
  readonly kind: string;
  readonly type: string;
  readonly requirement?: unknown;
}
interface SchemaNode extends Action {
  readonly pipe?: readonly Action[];
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  readonly wrapped?: SchemaNode;
  readonly options?: readonly unknown[];
  readonly key?: string;
  readonly literal?: unknown;
}

const nodeOf = (schema: v.GenericSchema): SchemaNode => schema as unknown as SchemaNode;

/** The validations and transformations of a (possibly nested) pipe, in the order they run. */
function actionsOf(node: SchemaNode): Action[] {
  if (!node.pipe) return [];
  const [base, ...rest] = node.pipe;
  return [...(base && base !== node ? actionsOf(base as SchemaNode) : []), ...rest];
}

const HTTP_CHECK = actionsOf(nodeOf(httpUrl)).find((action) => action.type === 'check');
/** The one array check: a detection request's total of text. */
const DETECT_CHARS_CHECK = actionsOf(nodeOf(detectWindows)).find((action) => action.type === 'check');

/** URLs that are not http(s) URLs, whatever a parser makes of them: hidden schemes, no host, too long. */
export const HOSTILE_URLS: readonly string[] = [
  'javascript:alert(document.cookie)',
  '  javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '\tjavascript:alert(1)',
  'java\nscript:alert(1)',
  'javascript://news.example/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:,x',
  'file:///etc/passwd',
  'FILE://c:/windows/win.ini',
  'vbscript:msgbox(1)',
  '  VBScript:msgbox(1)',
  'blob:https://news.example/0b1f6f3e',
  'about:blank',
  'chrome://settings',
  'chrome-extension://evil-extension/page.html',
  'ftp://files.example/x',
  'ws://socket.example/',
  '//news.example/protocol-relative',
  '/relative/path',
  'news.example/no-scheme',
  'https//missing-colon.example',
  'http://',
  'https://',
  '',
  ' ',
  `https://news.example/${'x'.repeat(MAX_URL)}`,
];

/** 1 MB of text. */
export const HUGE_STRING = 'x'.repeat(1024 * 1024);

/** An object nested `levels` deep, built iteratively (no recursion, whatever the depth). */
export function deepObject(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let current = root;
  for (let i = 0; i < levels; i++) {
    const next: Record<string, unknown> = {};
    current.d = next;
    current = next;
  }
  return root;
}

/** Arrays nested `levels` deep. */
export function deepArray(levels: number): unknown[] {
  const root: unknown[] = [];
  let current = root;
  for (let i = 0; i < levels; i++) {
    const next: unknown[] = [];
    current.push(next);
    current = next;
  }
  return root;
}

/** Freezes `value` and everything in it (iteratively: some are 10,000 levels deep). */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Reflect.ownKeys(item)) stack.push((item as Record<string | symbol, unknown>)[key]);
  }
  return value;
}

// Shared by every fuzz case, so frozen: nothing (neither the code under test nor the fuzzer) may change them.
export const DEEP_OBJECT = deepFreeze(deepObject(10_000));
export const DEEP_ARRAY = deepFreeze(deepArray(10_000));

/** Objects whose own keys would pollute prototypes if merged carelessly (JSON.parse makes them own keys). */
export const PROTO_OBJECTS: readonly Record<string, unknown>[] = deepFreeze([
  JSON.parse('{"__proto__": {"polluted": "yes"}}') as Record<string, unknown>,
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as Record<string, unknown>,
  JSON.parse('{"prototype": {"polluted": "yes"}}') as Record<string, unknown>,
  JSON.parse('{"__proto__": {"__proto__": {"polluted": "yes"}}, "a": 1}') as Record<string, unknown>,
]);

/** Keys an object-shaped payload must not carry: strict objects refuse them. */
export const EXTRA_KEYS: readonly string[] = [
  'unexpected',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'then',
  '',
  'k'.repeat(10_000),
];

/** Sets an own, enumerable property (even `__proto__`, which assignment would treat as the prototype). */
export function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export interface FuzzOptions {
  /** Only values that survive JSON (for backup files): no undefined, NaN, Infinity, bigint. */
  jsonSafe: boolean;
  /** The longest array built to exceed a maximum length (longer maxima are left alone). */
  maxOverlong: number;
}

type Thunk = () => unknown;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const jsonSafeValue = (value: unknown): boolean =>
  value !== undefined && typeof value !== 'bigint' && (typeof value !== 'number' || Number.isFinite(value));

const WRONG_TYPES: readonly unknown[] = deepFreeze([
  undefined,
  null,
  true,
  false,
  0,
  -1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  2n,
  '',
  'x',
  '0',
  'true',
  HUGE_STRING,
  [],
  [null],
  [1, 2],
  ['x'],
  {},
  { a: 1 },
  DEEP_OBJECT,
  DEEP_ARRAY,
  ...PROTO_OBJECTS,
]);
// JSON.stringify recurses: 10,000 levels overflow its stack. Files get 500 levels here; tests that need deeper
// JSON write it as text (see {@link deepJson}).
const JSON_WRONG_TYPES = [
  ...WRONG_TYPES.filter((value) => jsonSafeValue(value) && value !== DEEP_OBJECT && value !== DEEP_ARRAY),
  deepFreeze(deepObject(500)),
  deepFreeze(deepArray(500)),
];

/** JSON text of an object nested `levels` deep, written directly (JSON.parse reads it; stringify could not). */
export const deepJson = (levels: number) => `${'{"d":'.repeat(levels)}{}${'}'.repeat(levels)}`;

/** Values of every type (each schema then keeps those of other types than its own). */
const wrongTypes = (options: FuzzOptions) => (options.jsonSafe ? JSON_WRONG_TYPES : WRONG_TYPES);

/** Applies the transformations that run before `upTo` (only `trim` is known). */
function transformed(actions: readonly Action[], upTo: number, value: string): string {
  let result = value;
  for (const action of actions.slice(0, upTo)) {
    if (action.type === 'trim') result = result.trim();
    else if (action.kind === 'transformation')
      throw new Error(`schema fuzz: unknown transformation ${action.type}`);
  }
  return result;
}

const REGEX_MISFITS: readonly string[] = [
  '',
  ' ',
  'UPPER',
  'Has Space',
  '-leading',
  'trailing\n',
  'a'.repeat(300),
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  'ünïcödé',
  'a|',
  '|b',
  'a|b|c',
  'javascript:alert(1)',
  '2024/05/01',
  '\u0000',
];

class Fuzzer {
  private readonly stringCache = new Map<number, string>();

  constructor(
    private readonly rng: Prng,
    private readonly options: FuzzOptions,
  ) {}

  private repeat(length: number): string {
    let s = this.stringCache.get(length);
    if (s === undefined) {
      s = 'x'.repeat(length);
      this.stringCache.set(length, s);
    }
    return s;
  }

  /**
   * Values `node` refuses, as thunks (objects are cloned from `sample` only when picked). `empty` lists what an
   * enclosing optional or nullable accepts, which the wrong types then leave out.
   */
  invalid(node: SchemaNode, sample: unknown, present: boolean, empty: readonly unknown[] = []): Thunk[] {
    const wrong = (keep: (value: unknown) => boolean): Thunk[] =>
      wrongTypes(this.options)
        .filter((value) => keep(value) && !empty.includes(value))
        .map((value) => () => value);
    const inner = present && sample !== undefined && sample !== null;
    switch (node.type) {
      case 'optional':
        return this.invalid(node.wrapped!, sample, inner, [...empty, undefined]);
      case 'nullable':
        return this.invalid(node.wrapped!, sample, inner, [...empty, null]);
      case 'unknown':
        return [];
      case 'string':
        return [...wrong((value) => typeof value !== 'string'), ...this.invalidStrings(node)];
      case 'number':
        return [
          ...wrong((value) => typeof value !== 'number' || Number.isNaN(value)),
          ...this.invalidNumbers(node),
        ];
      case 'boolean':
        return wrong((value) => typeof value !== 'boolean');
      case 'literal':
        return this.outside([node.literal], wrong);
      case 'picklist':
        return this.outside(node.options ?? [], wrong);
      case 'strict_object':
        return [...wrong((value) => !isPlainObject(value)), ...this.invalidObjects(node, sample, present)];
      case 'variant':
        return [...wrong((value) => !isPlainObject(value)), ...this.invalidVariants(node, sample, present)];
      case 'array':
        return [...wrong((value) => !Array.isArray(value)), ...this.invalidArrays(node, sample, present)];
      default:
        throw new Error(
          `schema fuzz: unknown schema type ${node.type} (messages and backups use strict objects)`,
        );
    }
  }

  private outside(
    allowed: readonly unknown[],
    wrong: (keep: (value: unknown) => boolean) => Thunk[],
  ): Thunk[] {
    const isAllowed = (value: unknown) => allowed.some((option) => Object.is(option, value));
    const near: unknown[] = ['nope', 'x'];
    for (const option of allowed) {
      if (typeof option === 'string')
        near.push(option.toUpperCase(), ` ${option}`, `${option}\u200b`, `${option}s`);
      if (typeof option === 'number') near.push(option + 1, option - 1, String(option), option + 0.5);
    }
    return [
      ...wrong((value) => !isAllowed(value)),
      ...near
        .filter((value) => !isAllowed(value) && (!this.options.jsonSafe || jsonSafeValue(value)))
        .map((value) => () => value),
    ];
  }

  private invalidStrings(node: SchemaNode): Thunk[] {
    const actions = actionsOf(node);
    const out: Thunk[] = [];
    actions.forEach((action, index) => {
      switch (action.type) {
        case 'max_length': {
          const max = action.requirement as number;
          out.push(() => this.repeat(max + 1));
          if (HUGE_STRING.length > max) out.push(() => HUGE_STRING);
          break;
        }
        case 'min_length': {
          const min = action.requirement as number;
          if (min > 0) {
            out.push(() => '');
            if (actions.slice(0, index).some((a) => a.type === 'trim'))
              out.push(() => ` \n\t${' '.repeat(min)} `);
          }
          break;
        }
        case 'regex': {
          const regex = action.requirement as RegExp;
          for (const candidate of REGEX_MISFITS) {
            regex.lastIndex = 0;
            if (!regex.test(transformed(actions, index, candidate))) out.push(() => candidate);
          }
          break;
        }
        case 'check':
          if (action !== HTTP_CHECK) throw new Error('schema fuzz: unknown check action');
          for (const url of HOSTILE_URLS) out.push(() => url);
          break;
        case 'trim':
          break;
        default:
          throw new Error(`schema fuzz: unknown string action ${action.type}`);
      }
    });
    return out;
  }

  private invalidNumbers(node: SchemaNode): Thunk[] {
    const out: unknown[] = [];
    for (const action of actionsOf(node)) {
      const requirement = action.requirement as number;
      switch (action.type) {
        // Only values really past the bound: near 2^53, `max + 0.5` rounds back to `max`.
        case 'integer':
          out.push(...[0.5, 1e-7, 2.000001, Infinity, -Infinity].filter((n) => !Number.isInteger(n)));
          break;
        case 'min_value':
          out.push(
            ...[requirement - 1, requirement - 0.5, -Infinity, -Number.MAX_VALUE].filter(
              (n) => n < requirement,
            ),
          );
          break;
        case 'max_value':
          out.push(
            ...[requirement + 1, requirement + 0.5, Infinity, Number.MAX_VALUE].filter(
              (n) => n > requirement,
            ),
          );
          break;
        default:
          throw new Error(`schema fuzz: unknown number action ${action.type}`);
      }
    }
    return out.filter((value) => !this.options.jsonSafe || jsonSafeValue(value)).map((value) => () => value);
  }

  private extraKeyOf(sample: Record<string, unknown>): Thunk {
    return () => {
      const copy = structuredClone(sample);
      setOwn(
        copy,
        this.rng.pick(EXTRA_KEYS),
        this.rng.pick<unknown>([1, 'x', { polluted: 'yes' }, ...PROTO_OBJECTS]),
      );
      return copy;
    };
  }

  private invalidObjects(node: SchemaNode, sample: unknown, present: boolean): Thunk[] {
    if (!present || !isPlainObject(sample)) return [];
    const out: Thunk[] = [this.extraKeyOf(sample)];
    for (const [key, entry] of Object.entries(node.entries ?? {})) {
      if (entry.type !== 'optional' && Object.hasOwn(sample, key)) {
        out.push(() => {
          const copy = structuredClone(sample);
          delete copy[key];
          return copy;
        });
      }
    }
    return out;
  }

  private invalidVariants(node: SchemaNode, sample: unknown, present: boolean): Thunk[] {
    if (!present || !isPlainObject(sample)) return [];
    const key = node.key!;
    const known = (node.options ?? []).map((option) => (option as SchemaNode).entries?.[key]?.literal);
    const out: Thunk[] = [this.extraKeyOf(sample)];
    for (const bad of ['nope', 'COMPANY', '', 1, null, [], {}]) {
      if (known.some((k) => Object.is(k, bad))) continue;
      out.push(() => ({ ...structuredClone(sample), [key]: bad }));
    }
    out.push(() => {
      const copy = structuredClone(sample);
      delete copy[key];
      return copy;
    });
    return out;
  }

  private invalidArrays(node: SchemaNode, sample: unknown, present: boolean): Thunk[] {
    const item = node.item!;
    const list = present && Array.isArray(sample) ? sample : [];
    const badItems = this.invalid(item, list[0], list.length > 0);
    const out: Thunk[] = [];
    for (const action of actionsOf(node)) {
      const requirement = action.requirement as number;
      if (action.type === 'max_length' && requirement + 1 <= this.options.maxOverlong) {
        out.push(() => {
          const filler = list.length > 0 ? structuredClone(list[0]) : this.rng.pick(badItems)();
          return Array.from({ length: requirement + 1 }, () => filler);
        });
      } else if (action.type === 'min_length' && requirement > 0) {
        out.push(() => []);
      } else if (action === DETECT_CHARS_CHECK) {
        // Windows each within their own limit, together one full window over the request's.
        out.push(() =>
          Array.from({ length: MAX_DETECT_CHARS / MAX_DETECT_TEXT + 1 }, () => ({
            text: 'x'.repeat(MAX_DETECT_TEXT),
            known: [],
          })),
        );
      } else if (action.type !== 'max_length' && action.type !== 'min_length') {
        throw new Error(`schema fuzz: unknown array action ${action.type}`);
      }
    }
    if (badItems.length > 0) {
      out.push(() => {
        const copy = structuredClone(list);
        copy.splice(this.rng.int(0, copy.length), 0, this.rng.pick(badItems)());
        return copy;
      });
    }
    return out;
  }

  /** Valid values for `node` that differ from `sample` (for mutations that may leave a file valid). */
  valid(node: SchemaNode, sample: unknown, pool: readonly string[]): Thunk[] {
    switch (node.type) {
      case 'optional':
        return sample === undefined ? [] : this.valid(node.wrapped!, sample, pool);
      case 'nullable':
        return sample === null ? [] : [() => null, ...this.valid(node.wrapped!, sample, pool)];
      case 'boolean':
        return [() => !sample];
      case 'picklist':
        return (node.options ?? []).filter((option) => option !== sample).map((option) => () => option);
      case 'number':
        return [() => this.validNumber(node)];
      case 'string':
        return this.validStrings(node, pool);
      case 'array': {
        const list = Array.isArray(sample) ? sample : [];
        const min = actionsOf(node).find((a) => a.type === 'min_length')?.requirement as number | undefined;
        if (list.length <= (min ?? 0)) return [];
        return [
          () => {
            const copy = structuredClone(list);
            copy.splice(this.rng.int(0, copy.length - 1), 1);
            return copy;
          },
        ];
      }
      default:
        return [];
    }
  }

  private validNumber(node: SchemaNode): number {
    let min = -1_000_000;
    let max = 1_000_000;
    let integer = false;
    for (const action of actionsOf(node)) {
      if (action.type === 'min_value') min = action.requirement as number;
      if (action.type === 'max_value') max = action.requirement as number;
      if (action.type === 'integer') integer = true;
    }
    const span = Math.min(max - min, 2_000_000_000_000);
    const value = min + this.rng.next() * span;
    return integer ? Math.floor(value) : value;
  }

  private validStrings(node: SchemaNode, pool: readonly string[]): Thunk[] {
    const actions = actionsOf(node);
    if (actions.some((a) => a.type === 'check')) {
      if (!actions.includes(HTTP_CHECK!)) throw new Error('schema fuzz: unknown check action');
      return [
        () => `https://fuzz.example/${this.rng.int(0, 1_000_000)}`,
        () => `HTTP://Fuzz.Example/Upper/${this.rng.int(0, 1_000)}?utm_source=fuzz#part`,
      ];
    }
    const fits = (s: string) =>
      actions.every((action, index) => {
        const value = transformed(actions, index, s);
        const requirement = action.requirement;
        switch (action.type) {
          case 'max_length':
            return value.length <= (requirement as number);
          case 'min_length':
            return value.length >= (requirement as number);
          case 'regex':
            (requirement as RegExp).lastIndex = 0;
            return (requirement as RegExp).test(value);
          case 'trim':
            return true;
          default:
            throw new Error(`schema fuzz: unknown string action ${action.type}`);
        }
      });
    if (actions.some((a) => a.type === 'regex')) return pool.filter(fits).map((s) => () => s);
    const max = Math.min(
      (actions.find((a) => a.type === 'max_length')?.requirement as number | undefined) ?? 200,
      2_000_000,
    );
    const min = (actions.find((a) => a.type === 'min_length')?.requirement as number | undefined) ?? 0;
    return [
      () => `fuzz ${this.rng.int(0, 1_000_000)} قيمة`.slice(0, max).padEnd(min, 'z'),
      () => this.repeat(max),
    ].filter((thunk) => fits(String(thunk())));
  }
}

/** A place in a value where the schema has something to say. */
interface Site {
  path: Path;
  node: SchemaNode;
  present: boolean;
  value: unknown;
}

function collectSites(node: SchemaNode, value: unknown, path: Path, present: boolean, out: Site[]): void {
  out.push({ path, node, present, value });
  if (!present) return;
  let inner = node;
  while (inner.type === 'optional' || inner.type === 'nullable') {
    if (value === undefined || value === null) return;
    inner = inner.wrapped!;
  }
  const objectSites = (entries: Readonly<Record<string, SchemaNode>>, skip?: string) => {
    if (!isPlainObject(value)) return;
    for (const [key, entry] of Object.entries(entries)) {
      if (key === skip) continue;
      const has = Object.hasOwn(value, key);
      collectSites(entry, has ? value[key] : undefined, [...path, key], has, out);
    }
  };
  if (inner.type === 'strict_object') objectSites(inner.entries ?? {});
  else if (inner.type === 'variant' && isPlainObject(value)) {
    const key = inner.key!;
    const option = (inner.options ?? []).find(
      (o) => (o as SchemaNode).entries?.[key]?.literal === value[key],
    ) as SchemaNode | undefined;
    if (option) objectSites(option.entries ?? {}, key);
  } else if (inner.type === 'array' && Array.isArray(value)) {
    value.forEach((item, i) => collectSites(inner.item!, item, [...path, i], true, out));
  }
}

const isPrefix = (prefix: Path, path: Path) =>
  prefix.length <= path.length && prefix.every((key, i) => key === path[i]);

/**
 * Puts `value` at `path` of `root` (a clone); returns the new root, or undefined when the path is gone or
 * leads into a value an earlier change placed (those are shared, and must not be written to).
 */
function putAt(
  root: unknown,
  path: Path,
  value: unknown,
  placed: readonly Mutation[],
): { root: unknown } | undefined {
  if (path.length === 0) return { root: value };
  if (placed.some((earlier) => isPrefix(earlier.path, path.slice(0, -1)))) return undefined;
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null || !Object.hasOwn(parent, key)) return undefined;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  if (typeof parent !== 'object' || parent === null) return undefined;
  setOwn(parent, path[path.length - 1]!, value);
  return { root };
}

/** A short description of a value, for failure reports. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length > 40
      ? `string(${value.length}) ${JSON.stringify(value.slice(0, 40))}…`
      : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `array(${value.length})`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    return `{${keys
      .slice(0, 6)
      .map((k) => (k.length > 20 ? `${k.slice(0, 20)}…` : k))
      .join(',')}${keys.length > 6 ? ',…' : ''}}`;
  }
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}

/** The path as the import report writes it: `articles[3].title`. */
export function formatPath(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${key}`))
    .join('');
}

export interface Mutation {
  path: Path;
  what: string;
}

export interface Mutated {
  value: unknown;
  mutations: Mutation[];
}

/** Makes invalid (and, for files, sometimes valid) variants of valid samples of a schema. */
export class SchemaFuzzer {
  private readonly fuzzer: Fuzzer;
  private readonly sites = new Map<unknown, Map<v.GenericSchema, Site[]>>();

  constructor(
    private readonly rng: Prng,
    options: FuzzOptions,
  ) {
    this.fuzzer = new Fuzzer(rng, options);
  }

  private sitesOf(schema: v.GenericSchema, sample: unknown): Site[] {
    let bySchema = this.sites.get(sample);
    if (!bySchema) this.sites.set(sample, (bySchema = new Map()));
    let sites = bySchema.get(schema);
    if (!sites) {
      sites = [];
      collectSites(nodeOf(schema), sample, [], true, sites);
      bySchema.set(schema, sites);
    }
    return sites;
  }

  /** Every place of `sample` that can be made invalid, with its refusals. */
  private invalidSites(schema: v.GenericSchema, sample: unknown): { site: Site; thunks: Thunk[] }[] {
    return this.sitesOf(schema, sample)
      .map((site) => ({ site, thunks: this.fuzzer.invalid(site.node, site.value, site.present) }))
      .filter(({ thunks }) => thunks.length > 0);
  }

  /**
   * `sample` (which must satisfy `schema`) with 1 to `most` places made invalid. Each change alone makes the
   * value invalid, and a later change never repairs an earlier one (it only replaces more with more invalid).
   */
  invalid(schema: v.GenericSchema, sample: unknown, most = 3): Mutated {
    const sites = this.invalidSites(schema, sample);
    if (sites.length === 0) throw new Error('schema fuzz: nothing to make invalid');
    let root: unknown = structuredClone(sample);
    const mutations: Mutation[] = [];
    const count = this.rng.int(1, most);
    for (let i = 0; i < count; i++) {
      const { site, thunks } = this.rng.pick(sites);
      const value = this.rng.pick(thunks)();
      const put = putAt(root, site.path, value, mutations);
      if (!put) continue;
      root = put.root;
      mutations.push({ path: site.path, what: describeValue(value) });
    }
    if (mutations.length === 0) throw new Error('schema fuzz: no change applied');
    return { value: root, mutations };
  }

  /** `sample` with 1 to `most` places changed to other valid values (`pool`: candidates for patterned strings). */
  valid(schema: v.GenericSchema, sample: unknown, pool: readonly string[], most = 2): Mutated {
    const sites = this.sitesOf(schema, sample)
      .filter((site) => site.present)
      .map((site) => ({ site, thunks: this.fuzzer.valid(site.node, site.value, pool) }))
      .filter(({ thunks }) => thunks.length > 0);
    let root: unknown = structuredClone(sample);
    const mutations: Mutation[] = [];
    const count = this.rng.int(1, most);
    for (let i = 0; i < count && sites.length > 0; i++) {
      const { site, thunks } = this.rng.pick(sites);
      const value = this.rng.pick(thunks)();
      const put = putAt(root, site.path, value, mutations);
      if (!put) continue;
      root = put.root;
      mutations.push({ path: site.path, what: describeValue(value) });
    }
    return { value: root, mutations };
  }

  /** The paths of `sample` whose schema is the http(s) URL check. */
  urlPaths(schema: v.GenericSchema, sample: unknown): Path[] {
    return this.sitesOf(schema, sample)
      .filter((site) => site.present && actionsOf(site.node).includes(HTTP_CHECK!))
      .map((site) => site.path);
  }
}
