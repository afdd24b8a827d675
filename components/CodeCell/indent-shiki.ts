/**
 * Build time: a Shiki transformer for `<Code transformers={[hangingIndent]}>` that sets each line span's
 * indentation (`style="--indent:N"`, see indent.ts), so JavaScript-off pages get the hanging indent too.
 */
import type { ShikiTransformer } from 'shiki';
import { indentStyle } from './indent';

type HastNode = Parameters<NonNullable<ShikiTransformer['line']>>[0]['children'][number];
const textOf = (n: HastNode): string => (n.type === 'text' ? n.value : 'children' in n ? n.children.map(textOf).join('') : '');

/** Adds the hanging-indent style of indent.ts to every `.line` span (`--indent:N`, or none for a tab-indented line). */
export const hangingIndent: ShikiTransformer = {
  name: 'bpn-hanging-indent',
  line(node) {
    const style = node.properties.style;
    node.properties.style = (style ? `${String(style)};` : '') + indentStyle(node.children.map(textOf).join(''));
  },
};
