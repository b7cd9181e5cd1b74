/** A bare jurisdiction word leading a list: 市 (not 市场), 区, 县. */
const LEADING_PREFIX = /^(市(?!场)|区|县)/;

/** A name that already says whose it is: 市…, 区…, 省…, 启东市…, 思明区…, 高新区…. */
const OWN_PREFIX =
  /^(?:市(?!场)|区|县|省|镇|乡|国家|中央|全国|各|全市|有关|相关)|^[\u4e00-\u9fff]{2,6}?(?:省|市|区|县)/;

/** Department words a distributed 市 applies to: '发展改革委' '财政局' '人才办'. */
const DEPARTMENT = /(?:局|委|办|厅|部|处|署|中心|委员会|办公室|监管局|工作组)$/;

/** Named places keep their own name: '启东经济开发区', '海工船舶工业园', '吕四港镇'. */
const PLACE = /(?:镇|乡|街道|园|区|港|村|集团|公司|大学|学院)$/;

/**
 * The names of a list with the first body's bare 市/区/县 carried to the bodies that lack one:
 * ['市科技局', '发展改革委', '市场监管局', '各区镇'] → ['市科技局', '市发展改革委', '市市场监管局', '各区镇'].
 * Returns, for each name, the distributed form and whether it was changed.
 */
export function distributePrefix(
  names: readonly string[],
): Array<{ name: string; distributed: boolean }> {
  const prefix = LEADING_PREFIX.exec(names[0] ?? '')?.[1] ?? null;
  return names.map((name) => {
    if (prefix === null || OWN_PREFIX.test(name) || PLACE.test(name) || !DEPARTMENT.test(name))
      return { name, distributed: false };
    return { name: `${prefix}${name}`, distributed: true };
  });
}
