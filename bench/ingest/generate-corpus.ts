// A synthetic corpus for the ingest benchmark: documents recombined from the seeds' paragraphs,
// with place names, entity names and numbers altered so that entities and targets spread over
// many nodes instead of collapsing into the seeds' few. Deterministic for a given seed number.

const HAN = '东西南北江河湖山云海青白金石安宁长平丰泰华兴盛德昌和远明光新嘉瑞龙凤';
const ENTITY_SUFFIX =
  /([\u4e00-\u9fff]{2})(?=(?:实验室|實驗室|研究院|中心|公司|集团|集團|大学|大學|科学城|科學城|孵化器|基地|平台|平臺))/gu;
const PLACE_BEFORE_BODY =
  /([\u4e00-\u9fff]{2})(?=[市区區县縣](?:人民政府|科技局|科學技術局|科学技术局|委|政府))/gu;
// How many spellings each seed entity name gets across the corpus.
const ENTITY_VARIANTS = 25;
const TITLE_KINDS = ['实施方案', '实施意见', '若干措施', '工作要点', '管理办法', '工作总结'];

export interface CorpusOptions {
  documents: number;
  /** Paragraphs per document, inclusive range. */
  paragraphs?: [number, number];
  seed?: number;
}

export interface CorpusDocument {
  name: string;
  text: string;
}

/** Recombines the seeds' paragraphs into `documents` synthetic documents. */
export function generateCorpus(
  seedTexts: readonly string[],
  options: CorpusOptions,
): CorpusDocument[] {
  const random = createRandom(options.seed ?? 20_260_101);
  const [fewest, most] = options.paragraphs ?? [18, 36];
  const pool = seedTexts.flatMap((text) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length >= 8),
  );
  const places = findPlaceNames(pool);
  const cities = Array.from({ length: 60 }, (_, index) => toHanPair(index * 7 + 3));
  const documents: CorpusDocument[] = [];
  for (let index = 0; index < options.documents; index += 1) {
    const city = cities[index % cities.length] ?? '东江';
    const variant = index % ENTITY_VARIANTS;
    const count = fewest + Math.floor(random() * (most - fewest + 1));
    const body: string[] = [];
    for (let line = 0; line < count; line += 1) {
      const paragraph = pool[Math.floor(random() * pool.length)] ?? '';
      body.push(alterParagraph(paragraph, { city, variant, places, random }));
    }
    const kind = TITLE_KINDS[index % TITLE_KINDS.length] ?? '实施方案';
    const title = `${city}市关于推进科技创新第${index + 1}号${kind}`;
    documents.push({
      name: `doc-${String(index).padStart(5, '0')}.txt`,
      text: `${title}\n${city}市人民政府办公室\n${body.join('\n')}\n`,
    });
  }
  return documents;
}

interface AlterContext {
  city: string;
  variant: number;
  places: ReadonlySet<string>;
  random: () => number;
}

function alterParagraph(paragraph: string, context: AlterContext): string {
  return paragraph
    .replace(PLACE_BEFORE_BODY, (place: string) =>
      context.places.has(place) ? context.city : place,
    )
    .replace(ENTITY_SUFFIX, (name: string) => toHanPair(hash(name) + context.variant * 131))
    .replace(/\d+/g, (digits: string) => randomDigits(digits.length, context.random));
}

/** Two-character prefixes that stand before 市/区 + a government body in the seeds. */
function findPlaceNames(pool: readonly string[]): Set<string> {
  const places = new Set<string>();
  for (const paragraph of pool) {
    for (const match of paragraph.matchAll(PLACE_BEFORE_BODY)) places.add(match[1] ?? '');
  }
  places.delete('');
  return places;
}

function randomDigits(length: number, random: () => number): string {
  let digits = String(1 + Math.floor(random() * 9));
  while (digits.length < length) digits += String(Math.floor(random() * 10));
  return digits;
}

function toHanPair(n: number): string {
  const at = (i: number): string => HAN[((i % HAN.length) + HAN.length) % HAN.length] ?? '东';
  return at(n) + at(Math.floor(n / HAN.length) + n * 3);
}

function hash(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h >>> 0;
}

/** mulberry32: a small seeded PRNG, so the corpus is the same on every run. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
