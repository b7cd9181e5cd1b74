// Web-scrape chrome recognised by the shape of a line (already simplified and half-width),
// never by a particular site's strings: navigation trails, footers and share bars, spam, lists
// of related news, download notices. Such lines are dropped from the clean text.

/** Words of page chrome: a short line carrying one and no sentence is not document text. */
const CHROME_WORDS =
  /网站地图|联系我们|ICP备|公网安备|版权所有|Copyright|©|技术支持|主办单位|承办单位|网站标识码|扫一扫|分享到|打印本页|关闭窗口|返回顶部|发表了?评论|附件下载|相关解读|文字解读|图片解读|视频解读|访谈解读|媒体报道|解读链接|政策解读|频道推荐|最新图文|最新视频|热点新闻|上一篇|下一篇|责任编辑|此件公开发布|浏览次数|邮编:|邮政编码|【打印】|【关闭】|纠错|找错|相关链接|推荐阅读|相关阅读|相关新闻|相关文章|热门文章|阅读量|访问量|浏览量|IPv6|^分享:?$|^主办:|承办:|^(?:视频|图片|音频)$|^(?:字号|字体):/;

/**
 * Words of a site's navigation bar; a line of short pieces split by blanks or '|', most of them
 * such words, is the bar: '首页 政务公开 政务服务 互动交流', '无障碍 长者模式 English'.
 */
const NAV_WORD =
  /^(?:首页|网站首页|政务公开|政府信息公开|信息公开|政务服务|办事服务|网上办事|互动交流|公众参与|新闻中心|新闻动态|走进.{1,6}|无障碍|长者模式|关怀版|English|繁体|简体|登录|注册|微信|微博|抖音|头条号|客户端|移动版|网站声明|隐私声明)$/i;

/** Words of adult-spam link farms; two of them on a line without a sentence mark it as spam. */
const SPAM_WORDS =
  /无码|精品国产|国产精品|av天堂|在线观看|午夜|亚洲|日韩|欧美|视频www|调教|不卡|高清在线|一区二区|人妻|成人网/g;

/** A docx/pdf sharing site's banner: a file name with its extension next to 下载/分享/阅读. */
const FILE_BANNER = /\.(?:docx?|pdf|wps|xlsx?)\b.*?(?:分享|下载|阅读|搜索|珍藏)/;

/** A line that is only a link to a downloadable file: '某某〔2023〕10号.pdf'. */
const FILE_LINK = /^\S{1,60}\.(?:docx?|pdf|wps|xlsx?|zip|rar|ofd)$/i;

/**
 * A related-news item: a headline with its date after it (no key before the date), as
 * yyyy-mm-dd, yyyy.mm.dd or mm-dd, or with its date in front and no label after it:
 * '某某市召开科技大会 2024-05-12', '我市新增企业100家 2024.05.12', '某某大会 05-12',
 * '[2024-05-12] 某某市召开科技大会'.
 */
const NEWS_ITEM = /[^\s:\d\-./]\s?\d{4}[-./]\d{1,2}[-./]\d{1,2}$|[^\s:\d]\s\d{2}-\d{2}$/;
const DATED_ITEM = /^[[【(]?\d{4}[-./]\d{1,2}[-./]\d{1,2}[\]】)]?\s*[^\s\d:][^:]*$/;

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
  // What is left of a font switch or a share bar: ' | T', 'A+ A-'; no CJK, no figure.
  if (text.length <= 12 && !/[\u4e00-\u9fff\d]/.test(text)) return true;
  const hasSentence = text.includes('。');
  if (isBreadcrumb(text)) return true;
  if (!hasSentence && text.length <= 60 && CHROME_WORDS.test(text)) return true;
  if (!hasSentence && (text.match(SPAM_WORDS)?.length ?? 0) >= 2) return true;
  if (FILE_BANNER.test(text) || FILE_LINK.test(text)) return true;
  if (!hasSentence && text.length <= 80 && (NEWS_ITEM.test(text) || DATED_ITEM.test(text)))
    return true;
  if (!hasSentence && isNavigationBar(text)) return true;
  // A lone bullet or a list marker with nothing after it ('1.', '-').
  return /^(?:[-•·*]|\d{1,3}[.、])$/.test(text);
}

/** Two or more short pieces, at least two thirds of them navigation words. */
function isNavigationBar(text: string): boolean {
  const pieces = text.split(/[\s|]+/).filter((piece) => piece !== '');
  if (pieces.length < 2 || pieces.some((piece) => piece.length > 8)) return false;
  const nav = pieces.filter((piece) => NAV_WORD.test(piece)).length;
  return nav * 3 >= pieces.length * 2;
}

/** '首页 > 新闻 > 正文' or '…资助项目 > 某市其他资助项目 >': ≥ 2 '>' between short pieces. */
function isBreadcrumb(text: string): boolean {
  const pieces = text.split(/>|»|›/);
  if (pieces.length < 3 || text.includes('。')) return false;
  return pieces.every((piece) => piece.trim().length <= 20);
}
