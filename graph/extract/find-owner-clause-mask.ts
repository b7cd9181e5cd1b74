/** Longest responsibility clause read; a longer parenthesis is not one. */
const MAX_CLAUSE = 400;

const OWNER_HEAD = /^(?:牵头|主责|配合|协办|参与|协同|责任|负责|实施)(?:单位|部门|主体)/;
const OWNER_TAIL = /(?:牵头|负责|配合)$/;

/**
 * One flag per clean character: 1 inside a responsibility clause, '(责任单位:市科技局、发展改革委,
 * 各区镇)' or '(市科技局牵头,各区镇按职责分工负责)'. Owners are read by extractOwners with the
 * 市 prefix distributed; reading the same bodies again as free text would key 发展改革委 without it.
 */
export function findOwnerClauseMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let from = 0;
  for (;;) {
    const open = text.indexOf('(', from);
    if (open === -1) break;
    let close = open + 1;
    while (
      close < text.length &&
      close - open < MAX_CLAUSE &&
      text[close] !== ')' &&
      text[close] !== '(' &&
      text[close] !== '\n'
    ) {
      close += 1;
    }
    from = Math.max(open + 1, close);
    if (text[close] !== ')') continue;
    const inner = text.slice(open + 1, close);
    if (OWNER_HEAD.test(inner) || OWNER_TAIL.test(inner)) mask.fill(1, open, close + 1);
  }
  return mask;
}
