import * as nodeAssert from 'node:assert/strict';
import * as webAssert from '../integration/web/assert';

type Call = [name: keyof typeof webAssert & keyof typeof nodeAssert, args: unknown[]];

// The calls the integration suite makes, passing and failing: the web worker run uses the stand-in
// (esbuild.mjs maps node:assert/strict to it), so it must pass and fail exactly where Node's does.
const CALLS: Call[] = [
  ['ok', [1]], ['ok', [0]], ['ok', ['']], ['ok', [{}]],
  ['equal', [1, 1]], ['equal', [1, '1']], ['equal', [NaN, NaN]], ['equal', [0, -0]], ['equal', ['a', 'a']],
  ['notEqual', [1, 2]], ['notEqual', ['x', 'x']],
  ['deepEqual', [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }]], ['deepEqual', [{ a: 1 }, { a: '1' }]],
  ['deepEqual', [[1, 2], [1, 2, 3]]], ['deepEqual', [{ a: 1, b: undefined }, { a: 1 }]], ['deepEqual', [[], {}]],
  ['deepEqual', [new Map([[1, [2]]]), new Map([[1, [2]]])]], ['deepEqual', [new Set([1]), new Set([2])]],
  ['deepEqual', [null, undefined]], ['deepEqual', [{ r: /a/g }, { r: /a/g }]],
  ['match', ['abc', /b/]], ['match', ['abc', /x/]],
  ['doesNotMatch', ['abc', /x/]], ['doesNotMatch', ['abc', /b/]],
];

function throwsWith(fn: () => unknown): boolean {
  try {
    fn();
    return false;
  } catch {
    return true;
  }
}

describe('web worker assert stand-in (test/integration/web/assert.ts)', () => {
  for (const [name, args] of CALLS) {
    it(`${name}(${args.map((a) => (a instanceof Map || a instanceof Set ? a.constructor.name : JSON.stringify(a) ?? String(a))).join(', ')}) like node:assert/strict`, () => {
      const node = throwsWith(() => (nodeAssert[name] as (...a: unknown[]) => void)(...args));
      const web = throwsWith(() => (webAssert[name] as (...a: unknown[]) => void)(...args));
      nodeAssert.equal(web, node, node ? 'Node throws, the stand-in does not' : 'the stand-in throws, Node does not');
    });
  }

  it('uses the message given, and names actual and expected for mocha’s diff', () => {
    nodeAssert.throws(() => webAssert.equal(1, 2, 'one is not two'), { message: 'one is not two', actual: 1, expected: 2 });
    nodeAssert.throws(() => webAssert.deepEqual([1], [2]), (e: unknown) => e instanceof webAssert.AssertionError && e.showDiff);
  });

  it('rejects like Node: a promise that resolves fails, a matching rejection passes', async () => {
    await nodeAssert.rejects(webAssert.rejects(Promise.resolve(1)));
    await webAssert.rejects(Promise.reject(new Error('boom')), /boom/);
    await nodeAssert.rejects(webAssert.rejects(Promise.reject(new Error('boom')), /other/), /boom/);
  });
});
