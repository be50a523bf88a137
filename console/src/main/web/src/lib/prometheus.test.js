import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePrometheus, schedulerFigures } from './prometheus.js';

const TEXT = `# HELP yilian_scheduler_queue_depth Requests waiting
# TYPE yilian_scheduler_queue_depth gauge
yilian_scheduler_queue_depth{tenant="nanhu-chc",priority="interactive",} 3.0
yilian_scheduler_queue_depth{tenant="nanhu-chc",priority="batch",} 4.0
yilian_scheduler_queue_depth{tenant="xishan-thc",priority="interactive",} 0.0
yilian_scheduler_slo_requests_total{tenant="nanhu-chc",priority="interactive",met="true",} 9.0
yilian_scheduler_slo_requests_total{tenant="nanhu-chc",priority="interactive",met="false",} 1.0
yilian_scheduler_tokens_total{tenant="nanhu-chc",pool="local-qwen",kind="prompt",} 1200.0
yilian_scheduler_tokens_total{tenant="nanhu-chc",pool="local-qwen",kind="output",} 300.0
`;

test('samples keep their labels and values', () => {
  const samples = parsePrometheus(TEXT);
  assert.equal(samples.length, 7);
  assert.deepEqual(samples[0], { name: 'yilian_scheduler_queue_depth',
    labels: { tenant: 'nanhu-chc', priority: 'interactive' }, value: 3 });
});

test('figures are summed per tenant and SLO is the share met', () => {
  const figures = schedulerFigures(TEXT);
  assert.deepEqual(figures.queueDepth, { 'nanhu-chc': 7, 'xishan-thc': 0 });
  assert.deepEqual(figures.sloMet, { 'nanhu-chc': 0.9 });
  assert.deepEqual(figures.tokens, { 'nanhu-chc': 1500 });
  assert.equal(figures.available, true);
});

test('no text means nothing available', () => {
  assert.equal(schedulerFigures(null).available, false);
});
