/** Labels carry seat numbers ("12号席"): sort by that number, not as text ("10" before "2"). */
export function bySeatNumber(a: { label: string }, b: { label: string }): number {
  const number = (label: string) => Number(/\d+/.exec(label)?.[0] ?? Number.MAX_SAFE_INTEGER);
  return number(a.label) - number(b.label) || a.label.localeCompare(b.label);
}
