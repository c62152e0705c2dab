// `node:assert/strict` for the web worker test bundle (esbuild.mjs maps the import here): the
// subset the integration suite uses, with Node's semantics (strict equality, deep strict equality
// for plain data) and an AssertionError that carries actual/expected so mocha prints a diff.

export class AssertionError extends Error {
  readonly code = 'ERR_ASSERTION';
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
    readonly operator?: string,
  ) {
    super(message);
    this.name = 'AssertionError';
  }
  /** Mocha shows a diff for errors that say so. */
  get showDiff(): boolean {
    return this.operator === 'strictEqual' || this.operator === 'deepStrictEqual';
  }
}

function show(v: unknown): string {
  try {
    return typeof v === 'string' ? JSON.stringify(v) : v instanceof RegExp ? String(v) : JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function fail(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown, operator?: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected, operator);
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true, '==');
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, actual, expected, 'strictEqual');
}
export const strictEqual = equal;

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected, 'notStrictEqual');
}
export const notStrictEqual = notEqual;

function deepEq(a: unknown, b: unknown, seen: Map<object, object>): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === (b as Date).getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map) {
    const m = b as Map<unknown, unknown>;
    if (a.size !== m.size) return false;
    for (const [k, v] of a) if (!m.has(k) || !deepEq(v, m.get(k), seen)) return false;
    return true;
  }
  if (a instanceof Set) {
    const s = b as Set<unknown>;
    if (a.size !== s.size) return false;
    for (const v of a) if (!s.has(v)) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!deepEq((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], seen)) return false;
  }
  return true;
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!deepEq(actual, expected, new Map())) fail(message, `Expected values to be strictly deep-equal:\n${show(actual)}\n${show(expected)}`, actual, expected, 'deepStrictEqual');
}
export const deepStrictEqual = deepEqual;

export function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (deepEq(actual, expected, new Map())) fail(message, `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`, actual, expected, 'notDeepStrictEqual');
}
export const notDeepStrictEqual = notDeepEqual;

export function match(actual: string, re: RegExp, message?: string | Error): void {
  if (typeof actual !== 'string' || !re.test(actual)) fail(message, `The input did not match the regular expression ${String(re)}. Input:\n${show(actual)}`, actual, re, 'match');
}

export function doesNotMatch(actual: string, re: RegExp, message?: string | Error): void {
  if (typeof actual !== 'string' || re.test(actual)) fail(message, `The input was expected to not match the regular expression ${String(re)}. Input:\n${show(actual)}`, actual, re, 'doesNotMatch');
}

async function settle(fn: Promise<unknown> | (() => Promise<unknown>)): Promise<{ threw: boolean; error?: unknown }> {
  try {
    await (typeof fn === 'function' ? fn() : fn);
    return { threw: false };
  } catch (error) {
    return { threw: true, error };
  }
}

function matches(error: unknown, expected: unknown): boolean {
  if (expected === undefined) return true;
  if (expected instanceof RegExp) return expected.test(error instanceof Error ? error.message : String(error));
  if (typeof expected === 'function') return error instanceof (expected as new () => unknown) || (expected as (e: unknown) => boolean)(error) === true;
  if (typeof expected === 'object' && expected !== null && typeof error === 'object' && error !== null) {
    return Object.entries(expected).every(([k, v]) => (v instanceof RegExp ? v.test(String((error as Record<string, unknown>)[k])) : deepEq((error as Record<string, unknown>)[k], v, new Map())));
  }
  return false;
}

export async function rejects(fn: Promise<unknown> | (() => Promise<unknown>), expected?: unknown, message?: string): Promise<void> {
  const r = await settle(fn);
  if (!r.threw) fail(message, 'Missing expected rejection.', undefined, expected, 'rejects');
  if (!matches(r.error, expected)) throw r.error;
}

export async function doesNotReject(fn: Promise<unknown> | (() => Promise<unknown>), message?: string): Promise<void> {
  const r = await settle(fn);
  if (r.threw) fail(message, `Got unwanted rejection: ${r.error instanceof Error ? r.error.message : String(r.error)}`, r.error, undefined, 'doesNotReject');
}

export function throws(fn: () => unknown, expected?: unknown, message?: string): void {
  try {
    fn();
  } catch (error) {
    if (!matches(error, expected)) throw error;
    return;
  }
  fail(message, 'Missing expected exception.', undefined, expected, 'throws');
}

export function doesNotThrow(fn: () => unknown, message?: string): void {
  try {
    fn();
  } catch (error) {
    fail(message, `Got unwanted exception: ${error instanceof Error ? error.message : String(error)}`, error, undefined, 'doesNotThrow');
  }
}

export function strict(value: unknown, message?: string | Error): asserts value {
  ok(value, message);
}
