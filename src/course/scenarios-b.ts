import type { Scenario } from './scenario.ts';

/** Scenarios quoted by lessons 6–8 and the reference pages. */
export const SCENARIOS_B = {} satisfies Record<string, Scenario>;
