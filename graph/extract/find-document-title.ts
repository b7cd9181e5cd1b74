/** Genre words a policy document's title ends with. */
export const GENRE =
  '方案|意见|办法|措施|要点|总结|规划|通知|指引|细则|计划|纲要|决定|条例|规定|通告|公告|报告|指南';

const ENDS_WITH_GENRE = new RegExp(`(?:${GENRE})$`);
/** The title at the head of a line that runs on into the body: '…三年工作方案为深入实施…'. */
const TITLE_THEN_BODY = new RegExp(`^(.{4,40}?(?:${GENRE}))(?=为|根据|按照|依据|现|经)`);
/** '市政府办公室印发关于X的通知' wraps the document X. */
const WRAPPER = /^.{0,30}?(?:印发|转发|发布)(?:了)?(.{4,}?)的通知$/;
/** A news report announcing a policy: '…出台《某某市…管理办法》'. */
const ANNOUNCED = /(?:出台|印发|发布|制定|修订)(?:了)?《([^《》\n]{4,60})》/;
/** News dispatches open with their outlet: 'X日报讯', 'X网讯', '本报讯', '记者'. */
export const NEWS_LEAD =
  /^.{0,12}(?:日报|晚报|早报|新闻网|网|电视台|通讯社)讯|^(?:本报|本台|本网|本刊)讯|^\(记者/;

/** How many non-empty lines may come before a dispatch opener: a headline and its date line. */
const NEWS_HEAD_LINES = 4;

/**
 * The line that opens a news dispatch, when one of the first lines does:
 * ['某地出台…方案', '2024-07-16 来源:某某日报', '本报讯(记者 某某)近日,…'] → the third line.
 */
export function findNewsLead(lines: readonly string[]): string | null {
  let seen = 0;
  for (const line of lines) {
    if (line === '') continue;
    if (NEWS_LEAD.test(line)) return line;
    seen += 1;
    if (seen >= NEWS_HEAD_LINES) break;
  }
  return null;
}

/**
 * The document's title from its clean text: the metadata block's 名称 (a 通知 that wraps the body
 * document gives the body's title); in a news report, the policy it announces; else the first
 * title-shaped line (ending with a genre word, or the first short line), or the head of a first
 * line that runs into the body. 《》 dropped. '名称: 市政府办公室印发关于X的实施意见的通知' and a
 * body line 'X的实施意见' → '关于X的实施意见'.
 */
export function findDocumentTitle(
  lines: readonly string[],
  labelled: string | undefined,
): string | null {
  if (labelled) return unwrap(stripMarks(labelled), lines);
  if (findNewsLead(lines) !== null) {
    const announced = ANNOUNCED.exec(lines.join('\n'))?.[1];
    if (announced) return stripMarks(announced);
  }
  const head = lines.slice(0, 40);
  const at = head.findIndex((line) => isTitleShaped(line) && ENDS_WITH_GENRE.test(line));
  const genreLine = at === -1 ? undefined : joinBrokenTitle(head, at);
  if (genreLine) return unwrap(stripMarks(genreLine), lines);
  const firstLine = head.find((line) => !line.includes(':') && /[\u4e00-\u9fff]{4}/.test(line));
  if (!firstLine) return null;
  if (isTitleShaped(firstLine)) return stripMarks(firstLine);
  const cut = TITLE_THEN_BODY.exec(firstLine)?.[1];
  return cut ? stripMarks(cut) : null;
}

/**
 * A long title broken over two lines, as letterheads print it: '某某市人民政府办公室关于印发' +
 * '某某市行动计划的通知' → one title; so are '关于加快科技创新' + '的实施意见'.
 */
function joinBrokenTitle(head: readonly string[], at: number): string | undefined {
  const line = head[at];
  const previous = head[at - 1] ?? '';
  if (line === undefined || previous === '' || !isTitleShaped(previous)) return line;
  const joined = previous + line;
  return WRAPPER.test(joined) || line.startsWith('的') || /关于$/.test(previous) ? joined : line;
}

function isTitleShaped(line: string): boolean {
  return line.length >= 6 && line.length <= 60 && !/[。,;:!?]/.test(line);
}

/** The wrapped document's title when the text carries that document as its body. */
function unwrap(title: string, lines: readonly string[]): string {
  const inner = WRAPPER.exec(title)?.[1];
  if (!inner) return title;
  const wrapped = stripMarks(inner);
  const bare = wrapped.replace(/^关于/, '');
  return lines.some((line) => line.endsWith(bare) && line.length <= wrapped.length + 2)
    ? wrapped
    : title;
}

function stripMarks(text: string): string {
  return text.replace(/[《》]/g, '').trim();
}
