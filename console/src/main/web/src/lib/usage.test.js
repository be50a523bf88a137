import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokensToday } from './usage.js';

test('adds prompt and output tokens per hospital', () => {
  const usage = {
    from: '2026-11-22', to: '2026-11-22',
    byHospital: {
      'chengdong-chc': { requests: 3, promptTokens: 400, outputTokens: 170, gpuSeconds: 2, remoteCost: 0 },
      'xishan-thc': { requests: 1, promptTokens: 10, outputTokens: 5, gpuSeconds: 0, remoteCost: 0.02 },
    },
    rows: [],
  };
  assert.deepEqual(tokensToday(usage), { 'chengdong-chc': 570, 'xishan-thc': 15 });
});

test('no ledger, no figures', () => {
  assert.deepEqual(tokensToday(null), {});
  assert.deepEqual(tokensToday({ byHospital: {} }), {});
});
