/** Longest alias read from a 简称/统称 parenthesis. */
const MAX_ALIAS = 20;

// (以下简称《办法》) / (统称“苏颂工程”) / (简称:科创委) right after a name.
const STATED_ALIAS =
  /^[”’》]?\s*\((?:以下|下文)?(?:简称|统称|下称|简写)[::为]?\s*[“《‘"]?\s*([^”’》")\s]{1,20})\s*[”’》"]?\s*\)/;

/**
 * The alias a text states right after a name, or null.
 * ('出台《办法全称》(以下简称《办法》)', end of 全称) → '办法';
 * ('科技创新引领工程(统称“苏颂工程”)', end of 工程) → '苏颂工程'
 */
export function findAliasAfter(text: string, end: number): string | null {
  const match = STATED_ALIAS.exec(text.slice(end, end + MAX_ALIAS + 16));
  return match?.[1] ?? null;
}

/**
 * Aliases a name carries inside itself: a Latin acronym in parentheses is both dropped and
 * kept on its own. '海洋负排放(ONCE)国际大科学计划' → ['海洋负排放国际大科学计划', 'ONCE']
 */
export function toInnerAliases(name: string): string[] {
  const match = /\(([A-Za-z][A-Za-z0-9&\-.]{1,15})\)/.exec(name);
  if (!match) return [];
  const without = name.replace(match[0], '');
  return without.length >= 2 ? [without, match[1] ?? ''] : [match[1] ?? ''];
}
