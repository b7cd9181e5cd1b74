import { describe, expect, it } from 'vitest';
import { BLANK } from '../../graph/extract/find-mojibake.js';
import { normaliseText } from '../../graph/extract/normalise-text.js';

const clean = (text: string) => normaliseText(text).clean;

describe('normaliseText', () => {
  it('converts traditional to simplified and full-width to half-width, offsets kept', () => {
    const text = normaliseText('（一）發展目標：２０２５年');
    expect(text.clean).toBe('(一)发展目标:2025年');
    expect(text.toOriginal(3)).toBe(3);
    expect(text.toOriginalEnd(text.clean.length)).toBe(text.original.length);
  });

  it('drops breadcrumb, footer, share-bar and download lines', () => {
    const text = [
      '首页 > 政务公开 > 通知公告 >',
      '某某方案',
      '正文第一句。',
      '扫一扫在手机上打开当前页',
      '网站地图|联系我们',
      '某某文件〔2023〕5号.pdf',
      '《某方案.docx》由会员分享,可在线阅读,请在某文档上搜索。',
    ].join('\n');
    expect(
      clean(text)
        .split('\n')
        .filter((line) => line !== ''),
    ).toEqual(['某某方案', '正文第一句。']);
  });

  it('drops spam link lines and related-news lists glued to their dates', () => {
    const text =
      '正文。\n精品国产在线观看,日韩午夜不卡\n- 某市召开某会议2025-01-02\n发布时间:2025-01-02';
    expect(clean(text)).toBe('正文。\n\n\n发布时间:2025-01-02');
  });

  it('drops navigation bars, correction links and related items dated in other forms', () => {
    const text = [
      '首页 政务公开 政务服务 互动交流 走进某某',
      '无障碍 长者模式 English',
      '【我要纠错】',
      '推荐阅读',
      '[2024-05-12] 某某市召开科技创新大会',
      '· 我市新增高新技术企业100家 2024.05.12',
      '某某市召开人才工作会议 05-12',
      '字号:T | T',
      '来源:某某市科技局 发布时间:2024-05-05 浏览量:123',
      '中共某某市委 某某市人民政府',
      '到2025年,新增企业100家。',
    ].join('\n');
    expect(
      clean(text)
        .split('\n')
        .filter((line) => line !== ''),
    ).toEqual([
      '来源:某某市科技局 发布时间:2024-05-05 ',
      '中共某某市委 某某市人民政府',
      '到2025年,新增企业100家。',
    ]);
  });

  it('cuts HTML remnants and page counters but keeps metadata fields', () => {
    const text = '<td class="x">正文</td>\n发布时间:2023-06-13 点击数:12 字体:[大 中 小]';
    expect(clean(text)).toBe('正文\n发布时间:2023-06-13  ');
  });

  it('rejoins words cut by docx page numbers', () => {
    const text = '1、标题。一、总体要\n2、求坚持创新。二、主\n3、要任务推进工作。\n4、第四页开头';
    expect(clean(text)).toBe('标题。一、总体要求坚持创新。二、主要任务推进工作。\n第四页开头');
  });

  it('leaves a numbered list whose items end their sentences alone', () => {
    const text = '1、建设平台。\n2、培育企业。\n3、集聚人才。';
    expect(clean(text)).toBe(text);
  });

  it('fixes (-), a stray L before a heading and IOO in a count', () => {
    expect(clean('(-)加强领导')).toBe('(一)加强领导');
    expect(clean('提升工程L建设创新平台。支持')).toBe('提升工程1、建设创新平台。支持');
    expect(clean('遴选IOO家企业')).toBe('遴选100家企业');
    expect(clean('PLC控制')).toBe('PLC控制');
  });

  it('blanks mojibake so no rule reads it', () => {
    const text = normaliseText('建设环湖环??苿搸榻y领,加快发展');
    expect(text.clean).toBe(`建设环湖环${BLANK.repeat(6)}领,加快发展`);
    expect(clean('真的吗?是的')).toBe('真的吗?是的');
    expect(clean('锟斤拷锟斤拷正文')).toBe(`${BLANK.repeat(6)}正文`);
  });

  it('maps every clean character back to an original one of the same line', () => {
    const original = '導航 > 首頁 > 正文 >\n一、總\n2、體要求\n(責任單位：市科技局)';
    const text = normaliseText(original);
    for (let i = 0; i < text.clean.length; i += 1) {
      const at = text.toOriginal(i);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThan(original.length);
    }
    const at = text.clean.indexOf('市科技局');
    expect(original.slice(text.toOriginal(at), text.toOriginalEnd(at + 4))).toBe('市科技局');
    expect(text.toClean(text.toOriginal(at))).toBe(at);
  });
});
