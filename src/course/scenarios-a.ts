import type { Scenario } from './scenario.ts';

/** Scenarios quoted by lessons 2–5. */
export const SCENARIOS_A = {} satisfies Record<string, Scenario>;
