/** Elements that never hold a document's text: code, media, form controls and page chrome. */
const DROPPED_TAGS = new Set([
  'head',
  'title', // read apart as the title; a fragment may have it outside <head>
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'audio',
  'video',
  'map',
  'select',
  'button',
  'textarea',
  'nav',
  'aside',
  'footer',
]);

/** ARIA landmarks of page chrome: <div role="navigation"> is a <nav>. */
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
]);

/**
 * Words in an id or class that name page chrome, matched as whole words of the name split at
 * - _ and camelCase: "main-nav", "breadCrumb", "share_bar", "footer", "sidebar".
 * fenxiang (分享) and xgxw (相关新闻) are the pinyin Chinese sites use.
 */
const CHROME_WORDS = new Set([
  'nav',
  'navbar',
  'navigation',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
  'crumbs',
  'footer',
  'foot',
  'share',
  'sharing',
  'menu',
  'sidebar',
  'related',
  'copyright',
  'fenxiang',
  'xgxw',
]);

/** Chrome words that also occur glued into one token: "bdsharebuttonbox", "topnavigation". */
const GLUED_CHROME = /breadcrumb|navigation|navbar|sidebar|copyright|share/;

export interface ElementLike {
  name: string;
  attribs: Readonly<Record<string, string>>;
}

/**
 * True for an element to leave out of a page's text: scripts, styles, media, hidden elements,
 * <nav>/<aside>/<footer>, <header> outside an article, and elements whose id, class or role say
 * navigation, breadcrumb, footer, share bar, menu, sidebar, related links or copyright.
 */
export function isBoilerplateElement(element: ElementLike, inArticle: boolean): boolean {
  const { name, attribs } = element;
  if (DROPPED_TAGS.has(name)) return true;
  // An <article>'s own <header> holds its title and date; the page's holds the site banner.
  if (name === 'header' && !inArticle) return true;
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')) return true;
  if (CHROME_ROLES.has((attribs.role ?? '').trim().toLowerCase())) return true;
  return hasChromeName(attribs.id ?? '') || hasChromeName(attribs.class ?? '');
}

function hasChromeName(value: string): boolean {
  for (const token of value.split(/\s+/)) {
    if (token === '') continue;
    if (GLUED_CHROME.test(token.toLowerCase())) return true;
    const words = token
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[\s_-]+/);
    if (words.some((word) => CHROME_WORDS.has(word))) return true;
  }
  return false;
}
