import type { EntityType } from '../model/vocabulary.js';

// Category vocabulary of the genre: a name made only of these words names a kind of thing
// (省级以上企业技术中心, 国家重点实验室, 各类创新平台), not one thing. A proper name has at
// least one word outside it (嘉庚创新实验室, 省级海洋高新区, 可靠性实验室).
const CATEGORY_WORDS = (
  '国家级 国家 全国 全国性 省级 省 市级 市 区级 区 县级 县 级 级别 以上 各类 各级 一批 若干 重点 ' +
  '重大 重要 新型 高水平 高能级 高层次 高端 专业化 专业 专业性 综合性 综合 公共 国际 国内 区域 ' +
  '企业 产业 科技 创新 技术 研发 研究 工程 科研 科学 基础 前沿 应用 成果 转化 转移 孵化 创业 ' +
  '众创 双创 服务 平台 中心 分中心 基地 园区 园 实验室 联合 协同 开放型 开放式 开放 共享 示范 ' +
  '示范性 试点 中试 小试 概念验证 检验检测 检测 检验 临床 医学 制造业 工业 农业 未来 智慧 数字 ' +
  '数据 共享交换 人才 计划 项目 专项 行动 基金 引导 机构 研究院 研究所 大学 高校 院所 科技园 ' +
  '孵化器 加速器 众创空间 空间 载体 功能型 功能 特色 生态 集群 工作站 院士 专家 博士后 科普 教育 ' +
  '培训 信息 资源 设施 大型 仪器 设备 产学研 合作 交流 创新型 科技型 高新技术 高新 高新区 开发区 ' +
  '经开区 产业园 产业化 新一代 先进 关键 核心 共性 领域 行业 龙头 骨干 领军 标杆 一流 世界一流 ' +
  '离岸 海外 在建 已建 现有 城市 社区 街区 小镇 新城 楼宇 场景 体验 科创 自主 可持续发展 共同体 ' +
  '大科学 前瞻性 政府 绿色 跨国 公司 集团 有限 子基金 赛事 大赛 方法 系列 学科 实验区 示范区 ' +
  '试验区 先导区 科学城 营商 环境 质量 知识产权 标准 融资 金融 投资 担保 保险 贷款 上市 后备 中小 ' +
  '大中型 规上 规模以上 高质量 发展 建设 管理 运营 基层 乡村 农村 校企 政产学研 产教融合 融合 ' +
  '制造 类 事业 经济 经济技术 走廊 一站式 学科交叉 交叉 优秀 熟化 中试熟化 区域性 公益性 功能性 基础性 战略性 开放性 国际性 引领性 支撑 标志性 两岸 海峡两岸 线上 线下 联盟 网络'
).split(' ');

// For programs, naming is looser: 技术创新基金 and 国家重点研发计划 are proper names though
// every word is generic. Only these words leave a programme unnamed (科技计划, 重大人才计划).
const PROGRAM_CATEGORY_WORDS = (
  '国家级 国家 国际 省级 省 市级 市 区 县 各级 各类 相关 有关 重点 科技 人才 创新 大科学 科研 ' +
  '培养 人才培养 高层次 专项 计划 工程 行动 项目 基金 行动计划 赛事 大赛 创业 系列 政府 产业 ' +
  '子基金 科普 方法 违法 前瞻性 成果 转化 科技成果 年度 孵化'
).split(' ');

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORY_WORDS);
const PROGRAM_CATEGORY_SET: ReadonlySet<string> = new Set(PROGRAM_CATEGORY_WORDS);
const MAX_WORD = 6;

/**
 * True when the name only names a category.
 * ('省级以上企业技术中心', 'Platform') → true; ('嘉庚创新实验室', 'Lab') → false;
 * ('科技计划', 'Program') → true; ('技术创新基金', 'Program') → false
 */
export function isGenericName(name: string, type: EntityType): boolean {
  // Parenthesised qualifiers and quotes do not make a category specific: 科普(教育)基地; nor
  // does a place before a level: 南通市级以上研发平台.
  const bare = name
    .replace(/\([^)]*\)/g, '')
    .replace(/[“”‘’"']/g, '')
    .replace(/^[\u4e00-\u9fff]{2,3}[省市区县](?=级)/, '')
    // 四川省科技计划, 台州市科技创新平台: a place does not make a short category a name
    // (a long one is: 厦门市高校院所科技成果转化服务中心).
    .replace(/^(?!国家|全国)[\u4e00-\u9fff]{2,3}[省市区县](?=.{4,6}$)/, '');
  if (bare === '') return true;
  if (type === 'Program' && DESCRIBED_PROGRAM.test(bare)) return true;
  return isSegmentable(bare, type === 'Program' ? PROGRAM_CATEGORY_SET : CATEGORY_SET);
}

/**
 * A programme described rather than named: an adjective of size or rank first, then only the
 * field and kind (重大科技专项, 省重点研发计划, 重大科技计划 in 策划重大科技计划项目). Names of
 * this vocabulary put the field first (科技重大专项) or the state before it (国家重点研发计划).
 */
const DESCRIBED_PROGRAM =
  /^[省市区县]?(?:重大|重点)(?:科技|研发|科研|技术|创新|专项|计划|项目|工程)+$/;

/** Whether `text` splits entirely into words of `words` (dynamic programming, O(n·MAX_WORD)). */
function isSegmentable(text: string, words: ReadonlySet<string>): boolean {
  const reachable = new Uint8Array(text.length + 1);
  reachable[0] = 1;
  for (let i = 0; i < text.length; i += 1) {
    if (reachable[i] !== 1) continue;
    for (let length = 1; length <= MAX_WORD && i + length <= text.length; length += 1) {
      if (words.has(text.slice(i, i + length))) reachable[i + length] = 1;
    }
  }
  return reachable[text.length] === 1;
}
