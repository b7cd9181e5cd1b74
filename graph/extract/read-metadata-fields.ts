/** Field of a page's metadata block → the labels sites write it with. */
const FIELD_LABELS = {
  title: '名称|标题|文件名称',
  issuer: '发布机构|发文机关|发文单位|发布单位|制发机关',
  source: '来源|信息来源',
  docNumber: '备注/文号|文号|发文字号',
  written: '成文日期|公文生成日期|印发日期|发文日期|成文时间',
  published: '发布日期|发布时间|发文时间|公开日期|时间',
  effective: '施行日期|生效日期|实施日期',
  validity: '有效性|时效性|效力状态',
} as const;

export type MetadataField = keyof typeof FIELD_LABELS;

const LABEL_TO_FIELD = new Map<string, MetadataField>(
  Object.entries(FIELD_LABELS).flatMap(([field, labels]) =>
    labels.split('|').map((label) => [label, field as MetadataField] as const),
  ),
);

/** Any label followed by a colon; longest labels first so 发布时间 wins over 时间. */
const LABEL = new RegExp(
  `(${[...LABEL_TO_FIELD.keys()]
    .sort((a, b) => b.length - a.length)
    .join('|')
    .replace(/\//g, '\\/')})\\s?:\\s?`,
  'g',
);

/** Lines of a metadata block are short; a body sentence with a colon is not one. */
const MAX_LINE = 160;

/** A page's unlabelled date stamp before its source: '2024-07-16 08:30 来源:某某日报'. */
const DATE_STAMP =
  /^(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=来源|信息来源)/;

/**
 * The labelled fields of a page's metadata block, first value of each field wins; a date stamp
 * leading a 来源 line counts as the published date.
 * '发布机构: 某某市人民政府办公室 文号: 某政办发〔2024〕3号' → { issuer: '某某市人民政府办公室',
 * docNumber: '某政办发〔2024〕3号' }. A value runs to the next label or the line end.
 */
export function readMetadataFields(clean: string): Partial<Record<MetadataField, string>> {
  const fields: Partial<Record<MetadataField, string>> = {};
  for (const rawLine of clean.split('\n')) {
    const line = rawLine.trim().replace(/^[•·\-*]\s*/, '');
    if (line.length > MAX_LINE || line.includes('。')) continue;
    const labels = [...line.matchAll(LABEL)].filter((m) => {
      // 时间 alone is a label only at the start of a line ('时间:2024-02-18 17:04').
      const before = line[m.index - 1];
      return m[1] !== '时间' || m.index === 0 || before === ' ';
    });
    labels.forEach((m, i) => {
      const field = LABEL_TO_FIELD.get((m[1] ?? '').replace(/\s/g, ''));
      if (!field || fields[field] !== undefined) return;
      const valueStart = m.index + m[0].length;
      const valueEnd = labels[i + 1]?.index ?? line.length;
      const value = line.slice(valueStart, valueEnd).trim();
      if (value !== '') fields[field] = value;
    });
    const stamp = labels.length > 0 ? DATE_STAMP.exec(line)?.[1] : undefined;
    if (stamp && fields.published === undefined) fields.published = stamp;
  }
  return fields;
}
