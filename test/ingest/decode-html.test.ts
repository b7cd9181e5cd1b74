import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../graph/ingest/decode-html.js';
import { decodeHtmlSource, findDeclaredCharset } from '../../graph/ingest/decode-html-source.js';

const page = readFileSync(new URL('../fixtures/ingest/policy-page.html', import.meta.url), 'utf8');

describe('decodeHtml', () => {
  const { text, title } = decodeHtml(page);
  const lines = text.split('\n');

  it('keeps the article text, one block per line', () => {
    expect(lines).toContain('各镇人民政府，县各有关部门：');
    expect(lines).toContain('现将《某县科技创新行动方案》印发给你们，请认真贯彻执行。');
    expect(lines).toContain('一、主要目标');
    expect(lines[0]).toBe('关于印发某县科技创新行动方案的通知');
  });

  it('joins a source line break inside Chinese text without a space', () => {
    expect(lines).toContain(
      '到2026年，全县高新技术企业达到120家以上，研发投入强度达到2.5%左右。全社会研发经费投入持续增长。',
    );
  });

  it('keeps table rows as lines with tab-separated cells, merged cells resolved', () => {
    expect(lines).toContain('序号\t任务\t牵头单位\t配合单位');
    expect(lines).toContain('1\t培育科技型企业\t县科技局\t县财政局');
    // 县科技局 spans two rows: the second row still has its lead in the third column.
    expect(lines).toContain('2\t建设创新平台\t县科技局\t县发展改革委、各镇');
    expect(lines).toContain('3 引进高层次人才\t\t县人社局');
  });

  it('decodes entities', () => {
    expect(lines).toContain('特此通知。<附件略>');
    expect(text).toContain('发布时间：2024-03-01 来源：县科技局');
  });

  it.each([
    ['script', '统计代码'],
    ['style', 'font-family'],
    ['noscript', '不支持JavaScript'],
    ['template', '模板内容'],
    ['svg', '图标文字'],
    ['hidden element', '隐藏的广告'],
    ['site header', '某县人民政府\n'],
    ['navigation by id', '网站地图'],
    ['<nav>', '要闻动态'],
    ['breadcrumb', '当前位置'],
    ['share bar', '分享到'],
    ['<aside>', '热点信息'],
    ['related news', '相关新闻'],
    ['sidebar', '专题专栏'],
    ['role=navigation', '友情链接'],
    ['footer by id', '版权所有'],
    ['<footer>', '主办单位'],
    ['copyright', 'Copyright'],
  ])('drops the %s', (_what, junk) => {
    expect(text).not.toContain(junk);
  });

  it('takes the title from <title> without the site name when the only <h1> is the site logo', () => {
    expect(title).toBe('关于印发某县科技创新行动方案的通知');
  });

  it("prefers the content's <h1> as title", () => {
    const html = '<title>首页 - 某市科技局</title><h1>某市科技计划项目管理办法</h1><p>第一条</p>';
    expect(decodeHtml(html).title).toBe('某市科技计划项目管理办法');
  });

  it('returns a null title when the page has neither <title> nor <h1>', () => {
    expect(decodeHtml('<p>正文</p>')).toEqual({ text: '正文', title: null });
  });

  it("keeps an article's own <header> and a wrapper whose class merely says nav", () => {
    const paragraph =
      '市科技局牵头组织实施科技创新行动，推动高新技术企业和创新平台高质量发展。'.repeat(3);
    const html =
      `<body><header>站点</header><div class="nav-layout"><article><header><h1>某市实施意见</h1></header>` +
      `<p>${paragraph}</p></article></div><div class="nav">导航</div></body>`;
    const decoded = decodeHtml(html);
    expect(decoded.text).toBe(`某市实施意见\n${paragraph}`);
    expect(decoded.title).toBe('某市实施意见');
  });

  it('reads a layout table (whole page in one cell) as paragraphs, not as one row', () => {
    const html =
      '<table><tr><td><table><tr><td>' +
      '<p>一、总体要求</p><p>二、主要任务</p>' +
      '</td></tr></table></td><td>右栏</td></tr></table>';
    expect(decodeHtml(html).text.split('\n')).toEqual(['一、总体要求', '二、主要任务', '右栏']);
  });

  it('reads a one-column table as one line per cell', () => {
    const html = '<table><tr><td>通知</td></tr><tr><td>各有关单位：</td></tr></table>';
    expect(decodeHtml(html).text).toBe('通知\n各有关单位：');
  });

  it('breaks lines at <br> and keeps <pre> lines', () => {
    expect(decodeHtml('<p>第一行<br>第二行</p><pre>a  b\n  c</pre>').text).toBe(
      '第一行\n第二行\na  b\n  c',
    );
  });

  it('reads broken markup as a browser would, without throwing', () => {
    expect(decodeHtml('<div><p>未闭合<table><tr><td>单元格').text).toBe('未闭合\n单元格');
    expect(decodeHtml('').text).toBe('');
  });
});

describe('decodeHtmlSource', () => {
  it('reads a page declared as GB2312 in GB18030', () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>市科技局</body></html>';
    expect(decodeHtmlSource(iconv.encode(html, 'gbk'))).toEqual({
      text: html,
      encoding: 'gb18030',
    });
  });

  it('reads a page declared as Big5 in Big5', () => {
    const html = '<meta charset="big5"><p>臺北市政府科技局</p>';
    expect(decodeHtmlSource(iconv.encode(html, 'big5'))).toEqual({ text: html, encoding: 'big5' });
  });

  it('trusts the bytes over a wrong declaration: UTF-8 bytes declared as GBK', () => {
    const html = '<meta charset="gbk"><p>关于进一步提升科技创新能力的实施意见</p>';
    expect(decodeHtmlSource(Buffer.from(html, 'utf8'))).toEqual({ text: html, encoding: 'utf-8' });
  });

  it('detects GBK bytes of a page that declares nothing', () => {
    const html = '<p>关于进一步提升科技创新能力的实施意见</p>';
    expect(decodeHtmlSource(iconv.encode(html, 'gbk'))).toEqual({
      text: html,
      encoding: 'gb18030',
    });
  });

  it('rejects binary content', () => {
    expect(() => decodeHtmlSource(Uint8Array.from([0x3c, 0x70, 0, 0, 0, 1, 2, 3]))).toThrow(
      /binary content/,
    );
  });
});

describe('findDeclaredCharset', () => {
  it.each([
    ['<meta charset="GBK">', 'gbk'],
    ["<meta charset='utf-8' />", 'utf-8'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gb2312'],
    ['<p>charset=gbk in the text is no declaration</p>', null],
  ])('reads %s as %s', (html, charset) => {
    expect(findDeclaredCharset(Buffer.from(html, 'latin1'))).toBe(charset);
  });
});
