/**
 * A list of every member of the string union `All`, as given: it fails to compile when the list
 * misses a member (and names it). For enums whose generated types are unions with no runtime list.
 */
export const completeList =
  <All extends string>() =>
  <const List extends readonly All[]>(
    list: List & ([Exclude<All, List[number]>] extends [never] ? unknown : { missing: Exclude<All, List[number]> }),
  ): List =>
    list;
