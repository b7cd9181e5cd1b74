/** A bare jurisdiction word leading a list, with the party committee's 委 when written: 市委, 市, 区, 县, 省. */
const LEADING_PREFIX = /^(?:(市|区|县|省)委|(市(?!场)|区|县|省))/;

/**
 * A name that already says whose it is: 市…, 区…, 省…, 某某市…, 某某区…, 高新区…, and the
 * league committees written 团市委 / 团区委.
 */
const OWN_PREFIX =
  /^(?:市(?!场)|区|县|省|镇|乡|国家|中央|全国|各|全市|全省|全区|有关|相关|团(?:市|区|县|省)委)|^[\u4e00-\u9fff]{2,6}?(?:省|市|区|县)/;

/** Department words a distributed 市 applies to: '发展改革委' '财政局' '人才办' '财政厅'. */
const DEPARTMENT = /(?:局|委|办|厅|部|处|署|中心|委员会|办公室|监管局|工作组)$/;

/** Departments of the party committee rather than the government: '组织部' '宣传部' '统战部'. */
const PARTY_DEPARTMENT = /部$/;

/** Named places keep their own name: '某某经济开发区', '某某工业园', '某某港镇'. */
const PLACE = /(?:镇|乡|街道|园|区|港|村|集团|公司|大学|学院)$/;

/**
 * The names of a list with the first body's bare 市/区/县/省 carried to the bodies that lack one;
 * a bare party department (…部) takes the committee's prefix (市委, 区委, 省委):
 * ['市科技局', '发展改革委', '市场监管局', '各镇街'] → ['市科技局', '市发展改革委', '市市场监管局', '各镇街'];
 * ['省科技厅', '工业和信息化厅'] → ['省科技厅', '省工业和信息化厅'];
 * ['市委组织部', '宣传部', '科技局'] → ['市委组织部', '市委宣传部', '市科技局'].
 * Returns, for each name, the distributed form and whether it was changed.
 */
export function distributePrefix(
  names: readonly string[],
): Array<{ name: string; distributed: boolean }> {
  const match = LEADING_PREFIX.exec(names[0] ?? '');
  const prefix = match ? (match[1] ?? match[2] ?? null) : null;
  return names.map((name) => {
    if (prefix === null || OWN_PREFIX.test(name) || PLACE.test(name) || !DEPARTMENT.test(name))
      return { name, distributed: false };
    const party = PARTY_DEPARTMENT.test(name) ? '委' : '';
    return { name: `${prefix}${party}${name}`, distributed: true };
  });
}
