import { toCharTable } from './char-table.js';

// Words that end a name when it is read leftwards from its suffix: the verbs and particles
// policy texts put before names (高标准建设X, 依托X, 推动X与Y). A lexicon of the genre's
// grammar, not of any document's names.

/** Verbs that introduce a name and are never part of one: 建设 in 高标准建设嘉庚创新实验室. */
const STRONG_VERBS = (
  '实施 启动 开展 建设 组建 筹建 打造 建立 成立 设立 支持 依托 落实 加快 举办 争创 策划 ' +
  '获批 入驻 围绕 融入 参与 参加 加入 用好 扩大 出台 发布 修订 编制 制定 建成 新建 共建 ' +
  '携手 依靠 利用 发挥 放大 深化 强化 加强 完善 健全 优化 聚焦 鼓励 吸引 对接 接轨 巩固 承担 ' +
  '申报 认定 组织 召开 发起 牵头 配合 负责 统筹 入选 获得 获评 形成 实现 遴选 选派 谋划 探索 ' +
  '推广 研制 揭牌 启用 备案 通过 按照 根据 结合 面向 对照 参照 紧扣 做强 做大 做好 办好 抓好 ' +
  '用足 搭建 营造 颁发 聘请 兑现 签署 积极 大力 全力 着力 努力 深入 全面 进一步 主动 率先 ' +
  '力争 争取 确保 成功 正式 首次 已经 新增 新引进 升级 布局 享受 答辩 进入 推荐 提出 宣布 ' +
  '设置 建好 汇聚 集聚 助推 深耕 瞄准 拜访 推介 申请 规划 筹备 参股 首批 首届 落户 引育 ' +
  '衔接 对标 比照 纳入 列入 运用 提档 成为 给予 直接 予以 作为 属于 位于 依据 拥有 兼任 释放 ' +
  '争建 担任 部署 明确 发挥好 加速 会同 协助 督促 指导 加大 重组 做优 做实 做精 已有 现有 印发 关于'
).split(' ');

/**
 * Action verbs that also end a few programme names (国家知识产权战略推进计划,
 * 企业技术创新能力提升行动): right before a programme suffix they stay in the name.
 */
const ACTION_VERBS = '推进 推动 提升 构建 提高 带动 引领 引进 创建'.split(' ');

/**
 * Verbs that name what a carrier does (综合服务平台, 转化医学研究促进中心, 新型研发机构培育苏颂行动):
 * part of a programme's name anywhere, of another name only right before a short suffix.
 */
const CONTENT_VERBS = '培育 孵化 服务 促进 赋能 引导 支撑 保障 培养 联合 管理 运营'.split(' ');

/** Particles and framing words between phrases. */
const PARTICLES = (
  '的 和 与 及 或 在 对 由 向 从 等 了 将 把 被 并 且 各 至 到 以 为 我市 我省 我区 本市 全市 ' +
  '全省 全区 一批 若干 一个 一流 各类 各级 有关 相关 以及 其中 同时 包括 例如 如 同类 统称 简称 下称 品牌 是指 系指 所称 即 是 以上 以下 左右'
).split(' ');

export type BoundaryKind = 'strong' | 'action' | 'content';

const KINDS = new Map<string, BoundaryKind>([
  ...CONTENT_VERBS.map((w): [string, BoundaryKind] => [w, 'content']),
  ...ACTION_VERBS.map((w): [string, BoundaryKind] => [w, 'action']),
  ...[...STRONG_VERBS, ...PARTICLES].map((w): [string, BoundaryKind] => [w, 'strong']),
]);

/** Last characters of the lexicons' words: most positions end none and need no look-up. */
const LAST_CHARS = toCharTable([...KINDS.keys()].map((word) => word.slice(-1)));

/** Longest word the lexicons hold, for bounded look-ups. */
const MAX_WORD = 3;

/**
 * The boundary word ending exactly at `end`, longest first, or null.
 * ('高标准建设嘉庚创新实验室', 5) → { length: 2, kind: 'strong' } (建设)
 */
export function findBoundaryEndingAt(
  text: string,
  end: number,
): { length: number; kind: BoundaryKind } | null {
  if (end < 1 || LAST_CHARS[text.charCodeAt(end - 1)] !== 1) return null;
  for (let length = MAX_WORD; length >= 1; length -= 1) {
    if (end - length < 0) continue;
    const kind = KINDS.get(text.slice(end - length, end));
    if (kind) return { length, kind };
  }
  return null;
}
