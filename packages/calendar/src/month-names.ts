/**
 * The months' short English names, January first, as the month grid and the
 * reports head their columns.
 *
 * @example
 * ```ts
 * import { MONTH_ABBREVIATIONS } from '@mirps/calendar';
 * MONTH_ABBREVIATIONS[8]; // 'Sep'
 * ```
 */
export const MONTH_ABBREVIATIONS: readonly string[] = Object.freeze(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
