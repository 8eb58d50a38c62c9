/** STUB — being written. */
export const allRules: readonly { id: string }[] = [];
export function ruleById(_id: string): undefined { return undefined; }
