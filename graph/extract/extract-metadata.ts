import type { DocumentMeta, SourceMeta } from '../model/extraction.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../model/vocabulary.js';
import { findDocumentTitle, findNewsLead } from './find-document-title.js';
import type { NormalisedText } from './normalised-text.js';
import { parseDate } from './parse-date.js';
import { readMetadataFields } from './read-metadata-fields.js';

/** An issuing body's name: ends like a government body. */
const BODY = '[\\u4e00-\\u9fff]{2,20}?(?:人民政府办公室|人民政府|办公厅|办公室|委员会|局|委|办|厅)';
/** A title that opens with its issuer: '某某市科学技术局2023年工作总结' → 某某市科学技术局. */
const ISSUER_IN_TITLE = new RegExp(`^(${BODY})(?=\\d{4}年|关于|印发)`);
/**
 * The actor of a news report's announcement: '近日,市科技局对《…》…出台《…》' → 市科技局;
 * '某某市科技局联合市财政局印发《…》' → 某某市科技局 (the first of joint actors).
 */
const NEWS_ACTOR = new RegExp(`(${BODY})(?:(?:联合|会同|与)${BODY})?(?:对|出台|印发|发布|制定)`);
/** A signature line: only a body's name, followed by a date line. */
const SIGNATURE = new RegExp(`^${BODY}$`);
/** 文号: '某政办发〔2024〕3号', '某科[2024]5号', '某府发〔2024〕第5号'. */
const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔[【(]\d{4}[〕\]】)]\s?第?\d{1,4}号/;
/**
 * A place name heading a body or title: '某某市…', '某某区…', '某某省…' (2–4 characters + 省/市/区/县).
 * Places can follow each other ('某某市某某区人民政府办公室'); the innermost is the one whose bodies
 * the text means by 区….
 */
const PLACE = /^([\u4e00-\u9fff]{2,4}?(?:自治区|省|市|区|县))(?!场|委|政府办公室$)/;
/** Words that begin titles but are no place: '建设科技强市…', '关于…'. */
const NOT_PLACE = /^(?:关于|建设|推进|加快|进一步|全面|深化|实施)/;
const EFFECTIVE = /自(\d{4}年\d{1,2}月\d{1,2}日)起(?:施行|实施|执行|生效)/;
/** A written date as a signature line: '2024年3月8日' or '二〇二四年三月八日'. */
const DATE_LINE =
  /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/;
/** The adoption note under a title: '(2024年3月8日市政府第12次常务会议审议通过)'. */
const ADOPTED = /^\((\d{4}年\d{1,2}月\d{1,2}日)[^()]{0,40}(?:通过|印发|发布)\)$/;
/** The masthead of a joint document: '中共某某市委 某某市人民政府', '某某市人民政府文件'. */
const MASTHEAD = new RegExp(`^(${BODY})(?:\\s+${BODY})*(?:文件)?$`);
/** A party committee names its place: '中共某某市委' → 某某市. */
const PARTY_PLACE = /^(?:中共)?([\u4e00-\u9fff]{2,4}?[省市区县])委/;

/**
 * Title, issuer, 文号, dates, jurisdiction, kind and validity, from the metadata block, the title
 * line, the signature and the text. Issuers are written as the text words them.
 */
export function extractMetadata(text: NormalisedText, meta: SourceMeta): DocumentMeta {
  const lines = text.clean.split('\n').map((line) => line.trim());
  const fields = readMetadataFields(text.clean);
  const title = findDocumentTitle(lines, fields.title) ?? meta.title ?? null;
  const newsLead = findNewsLead(lines);
  const news = newsLead !== null;
  const signature = findSignature(lines);
  const issuer =
    (title ? ISSUER_IN_TITLE.exec(title)?.[1] : undefined) ??
    toBody(fields.issuer) ??
    (newsLead ? NEWS_ACTOR.exec(newsLead)?.[1] : undefined) ??
    toBody(fields.source) ??
    signature?.issuer ??
    findMasthead(lines) ??
    null;
  const adopted = lines.slice(0, 12).find((line) => ADOPTED.test(line));
  const written =
    parseDate(fields.written ?? '') ??
    signature?.date ??
    parseDate(adopted ? (ADOPTED.exec(adopted)?.[1] ?? '') : '') ??
    null;
  const publishedDate = parseDate(fields.published ?? '');
  const docNumber = toDocNumber(fields.docNumber) ?? toDocNumber(lines.slice(0, 30).join('\n'));
  return {
    title,
    issuer,
    docNumber,
    date: written ?? publishedDate,
    publishedDate,
    effectiveDate:
      parseDate(fields.effective ?? '') ?? parseDate(EFFECTIVE.exec(text.clean)?.[1] ?? ''),
    jurisdiction: findJurisdiction([issuer, title, fields.source, signature?.issuer]),
    kind: news ? '新闻' : toKind(title),
    validity: fields.validity ?? null,
  };
}

/** A labelled value that names a body ('某某市人民政府办公室'), not a site ('新华网'). */
function toBody(value: string | undefined): string | undefined {
  const body = value?.trim().split(/\s/)[0];
  return body && new RegExp(`^${BODY}$`).test(body) ? body : undefined;
}

/** '某政办发[2024]3号' → '某政办发〔2024〕3号': brackets written one way so numbers compare. */
function toDocNumber(text: string | undefined): string | null {
  const found = text ? DOC_NUMBER.exec(text)?.[0] : undefined;
  return found
    ? found
        .replace(/[[【(]/, '〔')
        .replace(/[\]】)]/, '〕')
        .replace(/\s/g, '')
    : null;
}

/**
 * The last body-only line followed by a date line: the notice's signature. Joint issuers sign
 * one per line; the first of them leads: '某某市科学技术局\n某某市财政局\n2024年3月8日' → 某某市科学技术局.
 */
function findSignature(lines: string[]): { issuer: string; date: string | null } | null {
  let found: { issuer: string; date: string | null } | null = null;
  let blockStart = -1;
  lines.forEach((line, i) => {
    if (!SIGNATURE.test(line)) {
      if (line !== '') blockStart = -1;
      return;
    }
    if (blockStart === -1) blockStart = i;
    const next = lines.slice(i + 1).find((l) => l !== '') ?? '';
    const date = DATE_LINE.test(next) ? parseDate(next) : null;
    if (date) found = { issuer: lines[blockStart] ?? line, date };
  });
  return found;
}

/** The first body of a masthead line among the first lines: '中共某某市委 某某市人民政府' → 中共某某市委. */
function findMasthead(lines: string[]): string | null {
  for (const line of lines.slice(0, 5)) {
    if (line === '' || !/\s|文件$/.test(line)) continue;
    const first = MASTHEAD.exec(line)?.[1];
    if (first) return first;
  }
  return null;
}

/** The innermost place of the place names heading the issuer, the title or the source. */
function findJurisdiction(candidates: Array<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    if (!candidate || NOT_PLACE.test(candidate)) continue;
    const party = PARTY_PLACE.exec(candidate)?.[1];
    if (party) return party;
    let rest = candidate;
    let place: string | null = null;
    for (let m = PLACE.exec(rest); m?.[1]; m = PLACE.exec(rest)) {
      place = m[1];
      rest = rest.slice(m[1].length);
    }
    if (place) return place;
  }
  return null;
}

/** The genre word nearest the end of the title: '…工作总结和2024年工作重点' → 总结. */
function toKind(title: string | null): DocumentKind {
  if (!title) return '其他';
  let best: DocumentKind = '其他';
  let at = -1;
  for (const kind of DOCUMENT_KINDS) {
    const index = title.lastIndexOf(kind);
    if (kind !== '其他' && kind !== '新闻' && index > at) {
      best = kind;
      at = index;
    }
  }
  return best;
}
