import { describe, expect, it } from 'vitest';
import { decodePdf } from '../../graph/ingest/decode-pdf.js';
import { buildPdf, buildPdfWithoutText } from '../fixtures/ingest/build-pdf.js';

describe('decodePdf', () => {
  it('reads a Chinese text layer line by line, a blank line between pages', async () => {
    const pdf = buildPdf([
      [
        '关于进一步提升科技创新能力的实施意见',
        '一、总体要求',
        '到2025年，高新技术企业达500家以上。',
        '- 1 -',
      ],
      ['二、重点任务', '序号\t任务\t牵头单位', '1\t强化科创项目招引\t市科技局', '- 2 -'],
    ]);
    expect((await decodePdf(pdf)).text).toBe(
      [
        '关于进一步提升科技创新能力的实施意见',
        '一、总体要求',
        '到2025年，高新技术企业达500家以上。',
        '',
        '二、重点任务',
        '序号\t任务\t牵头单位',
        '1\t强化科创项目招引\t市科技局',
      ].join('\n'),
    );
  });

  it('does not detach or change the bytes it is given', async () => {
    const pdf = buildPdf([['市科技局']]);
    const copy = pdf.slice();
    await decodePdf(pdf);
    expect(pdf).toEqual(copy);
  });

  it('says a PDF without a text layer has none', async () => {
    await expect(decodePdf(buildPdfWithoutText())).rejects.toThrow('no text layer (scanned PDF?)');
  });

  it('gives a clear error for bytes that are not a PDF', async () => {
    await expect(decodePdf(new TextEncoder().encode('市科技局'))).rejects.toThrow(
      /^not a readable PDF: /,
    );
  });

  it('gives a clear error for a truncated PDF', async () => {
    const pdf = buildPdf([['市科技局牵头']]);
    await expect(decodePdf(pdf.subarray(0, 200))).rejects.toThrow(/^not a readable PDF: /);
  });
});
