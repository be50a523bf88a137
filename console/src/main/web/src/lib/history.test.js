import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daySeries } from './history.js';

test('one series per hospital, zero queue where absent and no SLO where nothing finished', () => {
  const history = { points: [
    { at: '2026-11-22T00:01:00Z', queue: { a: 3 }, slo: { a: 0.9 } },
    { at: '2026-11-22T00:02:00Z', queue: { b: 1 }, slo: { b: 0.5 } },
  ] };
  const s = daySeries(history, ['a', 'b']);
  assert.deepEqual(s.times, ['00:01', '00:02']);
  assert.deepEqual(s.queue, [[3, 0], [0, 1]]);
  assert.deepEqual(s.slo, [[90, null], [null, 50]]);
});

test('no history gives empty series', () => {
  assert.deepEqual(daySeries(null, ['a']), { times: [], queue: [[]], slo: [[]] });
});
