import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnosisMatrix, examPlan, percent, text, intake } from './results.js';

test('text picks the language and falls back to the other one', () => {
  assert.equal(text({ zh: '肺炎', en: 'Pneumonia' }, 'en'), 'Pneumonia');
  assert.equal(text({ zh: '肺炎' }, 'en'), '肺炎');
  assert.equal(text({ name: { zh: '血常规', en: 'CBC' } }, 'zh'), '血常规');
  assert.equal(text(null), '');
});

test('matrix rows are read under either field name and red flags are marked', () => {
  const matrix = diagnosisMatrix({
    candidates: [{ name: { zh: '肺栓塞', en: 'PE' }, posterior: 0.2, supportingEvidence: ['dyspnoea'], redFlags: ['胸痛'] }],
    nextDecisionStep: { zh: '查D-二聚体' },
  });
  assert.equal(matrix.rows.length, 1);
  assert.equal(matrix.rows[0].probability, 0.2);
  assert.deepEqual(matrix.rows[0].supporting, ['dyspnoea']);
  assert.equal(matrix.rows[0].redFlag, true);
  assert.equal(text(matrix.nextStep), '查D-二聚体');
});

test('exams are ordered by their rank', () => {
  const plan = examPlan({ exams: [{ name: 'CT', order: 2 }, { name: 'CBC', order: 1 }] });
  assert.deepEqual(plan.exams.map((e) => e.name), ['CBC', 'CT']);
});

test('percent accepts fractions and percentages', () => {
  assert.equal(percent(0.425), '42.5%');
  assert.equal(percent(42), '42%');
  assert.equal(percent(undefined), '');
});

test('a pending question may be text or an object', () => {
  assert.equal(intake({ pendingQuestion: { text: '咳嗽吗？' } }).pendingQuestion, '咳嗽吗？');
  assert.equal(intake({ pendingQuestion: '发热吗？' }).pendingQuestion, '发热吗？');
});
