/**
 * Editor side of the hanging indent (indent.ts): a line decoration `style="--indent:N"` on every rendered
 * `.cm-line` (the viewport), recomputed when the text or the viewport changes. One shared decoration per style.
 */
import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';
import { indentStyle } from './indent';

const byStyle = new Map<string, Decoration>();
const decoFor = (text: string, tabSize: number): Decoration => {
  const style = indentStyle(text, tabSize);
  let d = byStyle.get(style);
  if (!d) byStyle.set(style, (d = Decoration.line({ attributes: { style } })));
  return d;
};

function build(view: EditorView): DecorationSet {
  const { doc, tabSize } = view.state;
  const b = new RangeSetBuilder<Decoration>();
  for (let pos = view.viewport.from; pos <= view.viewport.to;) {
    const line = doc.lineAt(pos);
    b.add(line.from, line.from, decoFor(line.text, tabSize));
    pos = line.to + 1;
  }
  return b.finish();
}

/** The extension: each rendered line carries its indentation for the cell's hanging-indent CSS. */
export const hangingIndent = ViewPlugin.fromClass(class {
  decorations: DecorationSet;
  constructor(view: EditorView) { this.decorations = build(view); }
  update(u: ViewUpdate): void { if (u.docChanged || u.viewportChanged) this.decorations = build(u.view); }
}, { decorations: (p) => p.decorations });
