import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeDocx } from '../../graph/ingest/decode-docx.js';
import { buildDocx, buildDocxFromBody } from '../fixtures/ingest/build-docx.js';

describe('decodeDocx', () => {
  it('reads paragraphs as lines and table rows as tab-separated lines', () => {
    const docx = buildDocx([
      '关于进一步提升科技创新能力的实施意见',
      '一、总体要求',
      '到2025年，高新技术企业达500家以上。',
      {
        table: [
          ['序号', '任务', '牵头单位', '配合单位'],
          ['1', '强化科创项目招引', { text: '市科技局', vMerge: 'restart' }, '各区镇'],
          ['2', '培育科技型企业', { text: '', vMerge: 'continue' }, '市财政局'],
          [{ text: '三、保障措施', gridSpan: 4 }],
        ],
      },
      '本意见自印发之日起施行。',
    ]);
    expect(decodeDocx(docx).text.split('\n')).toEqual([
      '关于进一步提升科技创新能力的实施意见',
      '一、总体要求',
      '到2025年，高新技术企业达500家以上。',
      '序号\t任务\t牵头单位\t配合单位',
      '1\t强化科创项目招引\t市科技局\t各区镇',
      // The vertically merged 牵头单位 cell gives row 2 its lead too.
      '2\t培育科技型企业\t市科技局\t市财政局',
      '三、保障措施',
      '本意见自印发之日起施行。',
    ]);
  });

  it('joins runs, turns w:tab into a space and w:br into a line break', () => {
    const docx = buildDocx(['（一）\t加快建设\n创新平台']);
    expect(decodeDocx(docx).text).toBe('（一） 加快建设\n创新平台');
  });

  it('leaves out deleted revisions and field codes, keeps inserted text and hyperlinks', () => {
    const body =
      '<w:p><w:r><w:t>市</w:t></w:r><w:del><w:r><w:delText>旧的</w:delText></w:r></w:del>' +
      '<w:ins><w:r><w:t>科技局</w:t></w:r></w:ins>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:hyperlink><w:r><w:t>牵头</w:t></w:r></w:hyperlink></w:p>';
    expect(decodeDocx(buildDocxFromBody(body)).text).toBe('市科技局牵头');
  });

  it('reads a text box once, though Word stores it twice', () => {
    const box = (text: string) =>
      `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    const body =
      '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      `<mc:Choice Requires="wps">${box('文本框')}</mc:Choice><mc:Fallback>${box('文本框')}</mc:Fallback>` +
      '</mc:AlternateContent></w:r></w:p>';
    expect(decodeDocx(buildDocxFromBody(body)).text).toBe('文本框');
  });

  it('decodes XML entities', () => {
    expect(decodeDocx(buildDocx(['A&B <C>'])).text).toBe('A&B <C>');
  });

  it('gives a clear error for bytes that are not a zip archive', () => {
    expect(() => decodeDocx(strToU8('这不是压缩文件'))).toThrow(
      /not a DOCX file: not a readable zip/,
    );
  });

  it('gives a clear error for a zip without word/document.xml', () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(() => decodeDocx(zip)).toThrow('not a DOCX file: the archive has no word/document.xml');
  });

  it('gives a clear error for a truncated archive', () => {
    const docx = buildDocx(['一段文字'.repeat(50)]);
    expect(() => decodeDocx(docx.subarray(0, docx.length - 30))).toThrow(/not a DOCX file/);
  });

  it('gives a clear error when the body part is not WordprocessingML', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<html><p>x</p></html>') });
    expect(() => decodeDocx(zip)).toThrow('not a DOCX file: word/document.xml has no w:body');
  });
});
