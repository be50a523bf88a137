import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSseBuffer } from './sse.js';

test('complete events are parsed, JSON data decoded, the unfinished tail kept', () => {
  const { events, rest } = parseSseBuffer(
    'event: question\ndata: {"text":"发热几天了？"}\n\n: keep-alive\n\nevent: status\ndata: intake\n\nevent: do');
  assert.deepEqual(events, [
    { event: 'question', data: { text: '发热几天了？' } },
    { event: 'status', data: 'intake' },
  ]);
  assert.equal(rest, 'event: do');
});

test('multi-line data is joined and CRLF is accepted', () => {
  const { events } = parseSseBuffer('data: line one\r\ndata: line two\r\n\r\n');
  assert.deepEqual(events, [{ event: 'message', data: 'line one\nline two' }]);
});
