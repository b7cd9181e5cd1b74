import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../graph/ingest/decode-text.js';

const SAMPLE =
  '关于进一步提升科技创新能力的实施意见\r\n一、总体要求：到2025年，高新技术企业达500家以上。\r\n';
const EXPECTED =
  '关于进一步提升科技创新能力的实施意见\n一、总体要求：到2025年，高新技术企业达500家以上。\n';

const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from(SAMPLE, 'utf8'))).toEqual({ text: EXPECTED, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: EXPECTED, encoding: 'utf-8' });
  });

  it('reads UTF-16LE with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ text: EXPECTED, encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SAMPLE)]);
    expect(decodeText(bytes)).toEqual({ text: EXPECTED, encoding: 'utf-16be' });
  });

  it('detects GB18030 from bytes that are not UTF-8', () => {
    const bytes = iconv.encode(SAMPLE, 'gb18030');
    expect(decodeText(bytes)).toEqual({ text: EXPECTED, encoding: 'gb18030' });
  });

  it('reads GBK, which GB18030 contains, including characters outside GB2312', () => {
    const text = '啰嗦的镕基与喆，市科技局牵头。';
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads GB18030 four-byte characters beyond GBK', () => {
    const text = '𠀀字与䶮字：启东市科技局。';
    expect(decodeText(iconv.encode(text, 'gb18030'))).toEqual({ text, encoding: 'gb18030' });
  });

  it('keeps UTF-8 with a stray bad byte as UTF-8 instead of turning it into GBK mojibake', () => {
    const long = '市科技局牵头推进科技创新平台建设。'.repeat(10);
    const bytes = Buffer.concat([
      Buffer.from(long, 'utf8'),
      Buffer.from([0xff]),
      Buffer.from(long, 'utf8'),
    ]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(`${long}\ufffd${long}`);
  });

  it('turns lone CR line breaks into \\n', () => {
    expect(decodeText(Buffer.from('一\r二\r\n三', 'utf8')).text).toBe('一\n二\n三');
  });

  it('reads empty input as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('rejects binary content with a clear error', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeText(png)).toThrow(/binary content.*not a text document/);
  });

  it('rejects bytes that are no text in any supported encoding', () => {
    const noise = Uint8Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 0x81 : 0x20));
    expect(() => decodeText(noise)).toThrow(/unknown text encoding/);
  });
});
