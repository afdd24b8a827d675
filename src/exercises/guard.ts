/**
 * The module as an exercise's code sees it: the module's own function for the very quantity being asked
 * (e.g. `backprop` in the δ exercises) is replaced by one that records the call and throws a clear error,
 * and functions an exercise wants to watch (e.g. `gradients` in the training loop) are wrapped so the
 * checks can see what the reader's code did with them.
 */
import { S } from './strings';

/** What an observer keeps of one call (e.g. a snapshot of the weights and the returned D). */
export type Observer = (args: readonly unknown[], result: unknown) => unknown;

/** A module prepared for one exercise run. */
export interface Guard {
  /** The module object the reader's `import { … } from "backprop"` receives. */
  module: Record<string, unknown>;
  /** Forbidden names the reader's code called while armed, each once, in order of first call. */
  readonly called: string[];
  /**
   * Armed (during the checks), a forbidden function records the call and throws; disarmed (while the cell's
   * top level runs) it works, so a demo may still compare the reader's function with the module's.
   */
  arm(on: boolean): void;
  /** Returns and forgets what the observer of `name` kept, oldest first. */
  take(name: string): unknown[];
}

/**
 * @param real the module namespace (`import * as backprop from 'backprop'`)
 * @param forbidden export name → why it may not be used ("it computes δ(l) itself")
 * @param observe export name → what to keep of each call
 * @throws Error naming the export when `forbidden` or `observe` names something the module does not export
 *   (so a renamed export cannot silently reopen the hole)
 */
export function guardModule(real: object, forbidden: Readonly<Record<string, string>> = {},
  observe: Readonly<Record<string, Observer>> = {}): Guard {
  const module: Record<string, unknown> = { ...real };
  const called: string[] = [];
  const kept = new Map<string, unknown[]>();
  let armed = false;
  for (const name of Object.keys(forbidden)) {
    const fn = module[name];
    if (typeof fn !== 'function') throw new Error(`guardModule: the module exports no function "${name}"`);
    module[name] = function forbiddenReference(this: unknown, ...args: unknown[]) {
      if (!armed) return (fn as (...a: unknown[]) => unknown).apply(this, args);
      if (!called.includes(name)) called.push(name);
      throw new Error(S.forbiddenCall(name, forbidden[name]!)); // the reason is read now, in the run's language
    };
  }
  for (const [name, keep] of Object.entries(observe)) {
    const fn = module[name];
    if (typeof fn !== 'function') throw new Error(`guardModule: the module exports no function "${name}"`);
    module[name] = function observed(this: unknown, ...args: unknown[]) {
      const result = (fn as (...a: unknown[]) => unknown).apply(this, args);
      const list = kept.get(name) ?? [];
      list.push(keep(args, result));
      kept.set(name, list);
      return result;
    };
  }
  return {
    module, called,
    arm(on) { armed = on; },
    take(name) {
      const list = kept.get(name) ?? [];
      kept.delete(name);
      return list;
    },
  };
}
