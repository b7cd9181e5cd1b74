import { readFileSync } from 'node:fs';
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

  it('reads a browser-printed PDF with an embedded font: ideographs, not radicals, and whole paragraphs', async () => {
    // Chromium's print of a page in Noto Sans CJK: its ToUnicode table maps 一 力 高 见 … to
    // Kangxi radicals, and the justified paragraph is wrapped over three lines.
    const bytes = readFileSync(new URL('../fixtures/ingest/chromium-page.pdf', import.meta.url));
    expect((await decodePdf(bytes)).text.split('\n')).toEqual([
      '关于进一步提升创新能力的意见',
      '一、总体要求',
      '到2025年，全市高新技术企业数量达到500家以上，研发经费投入强度达到3%左右，创新能力显著增强，为高质量发展提供有力支撑。',
      '（一）强化企业主体地位。（牵头单位：市科技局；配合单位：市发展改革委）',
    ]);
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
