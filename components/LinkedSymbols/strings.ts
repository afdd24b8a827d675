import { defineStrings } from '../../src/i18n/strings';

/** Reader-visible words in symbol names (aria-labels, readouts), in both languages. */
export const SYMBOL_STRINGS = defineStrings(
  {
    /** A chain-rule factor ①②③ of one weight's derivative, as plain text: `① for Θ(2)_11`. */
    factor: (circled: string, weight: string) => `${circled} for ${weight}`,
  },
  {
    factor: (circled: string, weight: string) => `${weight} 的因子 ${circled}`,
  },
);
