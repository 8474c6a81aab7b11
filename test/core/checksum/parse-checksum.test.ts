import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checksumsEqual, parseChecksum, parseSha256 } from '../../../src/core/checksum/parse-checksum';
import { PackdexError } from '../../../src/core/errors';

const H64 = '0123456789abcdef'.repeat(4);
const H128 = H64 + H64;

describe('parseChecksum', () => {
  const good: [string, string, string][] = [
    [`sha256:${H64}`, 'sha256', H64],
    [`SHA256:${H64.toUpperCase()}`, 'sha256', H64],
    [H64, 'sha256', H64],
    [H64.toUpperCase(), 'sha256', H64],
    [`sha512:${H128}`, 'sha512', H128],
    [`  sha256:${H64}\n`, 'sha256', H64],
  ];
  for (const [input, algorithm, hex] of good) {
    it(`reads ${JSON.stringify(input.slice(0, 20))}…`, () => {
      assert.deepEqual(parseChecksum(input), { algorithm, hex });
    });
  }

  const bad: [string, string][] = [
    [`md5:${'a'.repeat(32)}`, 'CHECKSUM_INSECURE'],
    [`sha1:${'a'.repeat(40)}`, 'CHECKSUM_INSECURE'],
    [`SHA1:${'a'.repeat(40)}`, 'CHECKSUM_INSECURE'],
    [`crc32:deadbeef`, 'CHECKSUM_ALGORITHM'],
    ['sha256:abc123', 'CHECKSUM_INVALID'],
    [`sha256:${'g'.repeat(64)}`, 'CHECKSUM_INVALID'],
    [`sha256:${H64}00`, 'CHECKSUM_INVALID'],
    [`sha512:${H64}`, 'CHECKSUM_INVALID'],
    ['a'.repeat(40), 'CHECKSUM_INVALID'],
    ['', 'CHECKSUM_INVALID'],
    [`sha256:${H64.slice(0, 63)} `, 'CHECKSUM_INVALID'],
  ];
  for (const [input, code] of bad) {
    it(`refuses ${JSON.stringify(input.slice(0, 24))} with ${code}`, () => {
      assert.throws(() => parseChecksum(input), (e: unknown) => {
        assert.ok(e instanceof PackdexError);
        assert.equal(e.code, code);
        assert.ok(e.message.includes(input.trim().slice(0, 10)), 'the message quotes the value');
        assert.ok(e.expected && e.fix, 'says what was expected and how to fix it');
        return true;
      });
    });
  }

  it('parseSha256 normalises to sha256:<lowercase> and refuses sha512 for index entries', () => {
    assert.equal(parseSha256(H64.toUpperCase()), `sha256:${H64}`);
    assert.throws(() => parseSha256(`sha512:${H128}`), { code: 'CHECKSUM_ALGORITHM' });
  });

  it('compares checksums across spellings', () => {
    assert.ok(checksumsEqual(H64, `SHA256:${H64.toUpperCase()}`));
    assert.ok(!checksumsEqual(H64, `sha256:${'f'.repeat(64)}`));
  });
});
