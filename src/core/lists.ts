const LIST_GAP = /^[\s,،/&]*(?:and|or|او|&)?[\s,،]*$/u;
const SEPARATOR = /[,،/&]|and|or|او/u;

/**
 * Whether two names are items of one list ("X, Y and Z", «X وY»), given the normalised text between them
 * and the proclitics glued to the second. A bare space is not a list: "iPhone X", "Amazon Ring" are one name.
 */
export function isListGap(between: string, secondPrefix: string): boolean {
  return LIST_GAP.test(between) && (SEPARATOR.test(between) || secondPrefix.startsWith('و'));
}
