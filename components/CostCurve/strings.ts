/** Reader-visible strings of CostCurve, in one table for translation. */
export const COST_CURVE_STRINGS = {
  /** Default caption, naming the weight currently chosen. */
  caption: (name: string) => `The cost J as a function of ${name}, the others fixed`,
  agree: '✓ the slopes agree',
  differ: '✗ the slopes differ',
  /** Shown instead of ✓/✗ where the central difference itself breaks down (reader QA D13). */
  unreliable: (h: string) =>
    `⚠ the finite difference breaks down at this value: with h = ${h}, J(w + h) − J(w − h) is lost to floating-point `
    + 'round-off (or w ± h rounds to w), so this difference says nothing about backprop',
  /** A typed value that is not a number was refused; the field shows the value in use again. */
  notANumber: (name: string, kept: string) => `Not a number: ${name} stays ${kept}.`,
} as const;
