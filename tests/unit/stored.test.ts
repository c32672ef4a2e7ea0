import { describe, expect, it } from 'vitest';
import { storedRecord } from '#/lib/stored.ts';

describe('storedRecord', () => {
  it('reads back a JSON object of the expected version', () => {
    expect(storedRecord('{"version":1,"a":"b"}', 1)).toEqual({ version: 1, a: 'b' });
  });

  it('reads anything else as nothing: empty, not JSON, not an object, another version', () => {
    for (const stored of [null, '', '{not json', 'null', '"text"', '[1]', '{"a":1}', '{"version":2}'])
      expect(storedRecord(stored, 1), String(stored)).toBeNull();
  });
});
