/**
 * Formats a number for a lesson with `digits` significant digits, as TeX: `0.5933`, `-1.2 \times 10^{-8}`.
 * Trailing zeros are kept so a column of values lines up (`0.2500`).
 */
export function formatTex(x: number, digits = 4): string {
  if (!Number.isFinite(x)) throw new Error(`cannot quote a non-finite number (${x}) in a lesson`);
  if (x === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(x)));
  if (exponent < -4 || exponent >= 6) {
    const [mantissa, exp] = x.toExponential(digits - 1).split('e');
    return `${mantissa} \\times 10^{${Number(exp)}}`;
  }
  // toPrecision switches to exponents once the integer part has more digits than asked for (6900 → 6.9e+3).
  const decimals = Math.max(0, digits - 1 - exponent);
  return x.toFixed(decimals);
}

/** The same number as plain text for prose (`−` for minus, `×10⁻⁸` written out as `e-8`). */
export function formatText(x: number, digits = 4): string {
  return formatTex(x, digits).replace(/ \\times 10\^\{(-?\d+)\}/, 'e$1').replace(/^-/, '−');
}

/**
 * Fills `[[key]]` or `[[key:digits]]` placeholders in TeX from a record of named values. An unknown key
 * throws, so a lesson cannot quote a number the module did not compute.
 */
export function fillPlaceholders(tex: string, values: Record<string, number>, digits = 4): string {
  return tex.replace(/\[\[([\w.]+)(?::(\d+))?\]\]/g, (_, key: string, d?: string) => {
    if (!(key in values)) throw new Error(`unknown value "${key}"; known: ${Object.keys(values).join(', ')}`);
    return formatTex(values[key]!, d ? Number(d) : digits);
  });
}
