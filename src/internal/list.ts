import * as z from 'zod/mini';
import { ARGUMENT_LIMITS } from '../data/input-limits.js';

/**
 * An array schema with a length bound (`ARGUMENT_LIMITS.maxListItems` unless given), so that
 * no exported schema walks an unbounded list: zod checks the length before the items.
 * @internal
 */
export function list<T extends z.ZodMiniType>(item: T, max: number = ARGUMENT_LIMITS.maxListItems) {
  return z.array(item).check(z.maxLength(max));
}
