// Web-scrape chrome recognised by the shape of a line (already simplified and half-width),
// never by a particular site's strings: navigation trails, footers and share bars, spam, lists
// of related news, download notices. Such lines are dropped from the clean text.

/** Words of page chrome: a short line carrying one and no sentence is not document text. */
const CHROME_WORDS =
  /网站地图|联系我们|ICP备|公网安备|版权所有|Copyright|©|技术支持|主办单位|承办单位|网站标识码|扫一扫|分享到|打印本页|关闭窗口|返回顶部|发表了?评论|附件下载|相关解读|文字解读|图片解读|视频解读|访谈解读|媒体报道|解读链接|政策解读|频道推荐|最新图文|最新视频|热点新闻|上一篇|下一篇|责任编辑|此件公开发布|浏览次数|邮编:|邮政编码|【打印】|【关闭】/;

/** Words of adult-spam link farms; two of them on a line without a sentence mark it as spam. */
const SPAM_WORDS =
  /无码|精品国产|国产精品|av天堂|在线观看|午夜|亚洲|日韩|欧美|视频www|调教|不卡|高清在线|一区二区|人妻|成人网/g;

/** A docx/pdf sharing site's banner: a file name with its extension next to 下载/分享/阅读. */
const FILE_BANNER = /\.(?:docx?|pdf|wps|xlsx?)\b.*?(?:分享|下载|阅读|搜索|珍藏)/;

/** A line that is only a link to a downloadable file: '某某〔2023〕10号.pdf'. */
const FILE_LINK = /^\S{1,60}\.(?:docx?|pdf|wps|xlsx?|zip|rar|ofd)$/i;

/** A related-news item: a headline glued to its yyyy-mm-dd date, no key before the date. */
const NEWS_ITEM = /[^\s:\d-]\s?\d{4}-\d{1,2}-\d{1,2}$/;

/** Letters, digits or CJK: a line without any is decoration ('?', '-', '>>'). */
const CONTENT = /[\p{L}\p{N}]/u;

/**
 * Whether a whole line is scrape junk.
 * '首页 > 政务公开 > 通知公告 >' → true; '(责任单位:市科技局)' → false.
 */
export function isJunkLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (!CONTENT.test(text)) return true;
  const hasSentence = text.includes('。');
  if (isBreadcrumb(text)) return true;
  if (!hasSentence && text.length <= 60 && CHROME_WORDS.test(text)) return true;
  if (!hasSentence && (text.match(SPAM_WORDS)?.length ?? 0) >= 2) return true;
  if (FILE_BANNER.test(text) || FILE_LINK.test(text)) return true;
  if (!hasSentence && text.length <= 80 && NEWS_ITEM.test(text)) return true;
  // A lone bullet or a list marker with nothing after it ('1.', '-').
  return /^(?:[-•·*]|\d{1,3}[.、])$/.test(text);
}

/** '首页 > 新闻 > 正文' or '…资助项目 > 某市其他资助项目 >': ≥ 2 '>' between short pieces. */
function isBreadcrumb(text: string): boolean {
  const pieces = text.split(/>|»|›/);
  if (pieces.length < 3 || text.includes('。')) return false;
  return pieces.every((piece) => piece.trim().length <= 20);
}
