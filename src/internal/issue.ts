import type * as z from 'zod/mini';

/**
 * Adds a custom issue with the library's own stable `code` (read back by `fromZodIssues`).
 * @internal
 */
export function addIssue(
  ctx: z.core.$RefinementCtx<unknown>,
  path: (string | number)[],
  code: string,
  message: string,
): void {
  ctx.addIssue({ code: 'custom', path, message, input: ctx.value, params: { code } });
}
