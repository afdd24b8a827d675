/**
 * The notebook's shared scope (runs in the worker): what a cell's last line, `__bpnExport(own, inherited)`,
 * does with the names it hands back. See prepare.ts for the code side.
 *
 * - A cell's own top-level names arrive as accessors to the cell module's bindings, so a function that
 *   changes its own cell's `let` is seen by later cells.
 * - Inherited reassignable names arrive as the cell's copies; a changed value is written back (through
 *   the defining cell's setter), so `t0 = 5` or `count++` in a later cell sticks, as in a REPL.
 *   Limitation: the copy is taken when the cell starts, so within that cell a function of an earlier
 *   cell that changes the name is not seen until the next cell.
 */
import type { PreparedCell } from './prepare';

export type Scope = Record<string, unknown>;

/**
 * The `__bpnExport` function for one run of `prepared` into `scope`.
 * @param constants names in `scope` declared `const`; updated as the cell declares names
 * @example
 * ```ts
 * const p = prepareCell('t0 = 5;', ['t0']);
 * const exportNames = exporter(scope, p, constants); // call before the cell runs: it remembers t0
 * ```
 */
export function exporter(scope: Scope, prepared: PreparedCell, constants: Set<string>): (own: object, inherited: Scope) => void {
  const before: Scope = Object.fromEntries(prepared.inheritedMutable.map((n) => [n, scope[n]]));
  return (own, inherited) => {
    for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(own))) {
      Object.defineProperty(scope, name, { ...d, enumerable: true, configurable: true });
      if (prepared.constants.includes(name)) constants.add(name); else constants.delete(name);
    }
    for (const name of prepared.inheritedMutable) if (!Object.is(inherited[name], before[name])) scope[name] = inherited[name];
  };
}
