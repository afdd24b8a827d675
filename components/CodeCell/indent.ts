/**
 * Hanging indent for wrapped code lines: a long line's continuation starts under the line's own indentation
 * (plus a small step) instead of at column 0, so a loop's or function's body keeps its shape on a phone. Each
 * line carries its indentation as the CSS custom property `--indent` (in columns); the cell's CSS turns that
 * into `padding-left` and a negative `text-indent` (CodeCell.astro). Set at build time on the highlighted code
 * (indent-shiki.ts), on the plain copy of a saved edit (cell-element.ts) and in the editor (indent-editor.ts).
 */

/**
 * Columns of the line's leading whitespace: a space counts 1, a tab moves to the next multiple of `tabSize`.
 * @example
 * ```ts
 * leadingColumns('    x = 1;'); // 4
 * leadingColumns('\t  y', 4);   // 6
 * leadingColumns('');           // 0
 * ```
 */
export function leadingColumns(line: string, tabSize = 8): number {
  let col = 0;
  for (const c of line) {
    if (c === ' ') col++;
    else if (c === '\t') col += tabSize - (col % tabSize);
    else break;
  }
  return col;
}

/**
 * The inline style that gives a line its hanging indent: `--indent:N`, N its leading columns. A line indented with a
 * tab gets none (`--hang:0px`): a tab moves to the next tab stop counted from the content edge, which the hanging
 * indent's padding moves, so the tab would show at the wrong width (reader QA: one tab drawn as 2 columns).
 * @example
 * ```ts
 * indentStyle('    x');  // '--indent:4'
 * indentStyle('\tx');    // '--hang:0px'
 * ```
 */
export function indentStyle(line: string, tabSize = 8): string {
  const columns = leadingColumns(line, tabSize);
  return /^[ ]*\t/.test(line) ? '--hang:0px' : `--indent:${columns}`;
}
