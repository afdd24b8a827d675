import { defineStrings } from '../../src/i18n/strings';

/**
 * Every reader-visible (or screen-reader) string of the network diagram, in both languages: the units' and
 * weights' accessible names, the readout, the editor, the live status and the tables of the no-JavaScript fallback.
 * Symbols and numbers are passed in already written (`a(2)_1`, `0.593270`); they read the same in both languages.
 */
export const DIAGRAM_STRINGS = defineStrings(
  {
    /** Between the parts of one accessible name (`h_1 = 0.751365, z(3)_1 = 1.10591`). */
    sep: ', ',
    /** Between the symbols of one accessible name, each followed by its meaning (`a(2)_1 = …, output of …; z(2)_1 = …`). */
    partSep: '; ',
    /** A weight's derivative in its accessible name, after the weight's own name. */
    slope: (grad: string) => `∂J/∂Θ = ${grad}, the derivative of the cost J with respect to this weight`,
    biasUnit: (l: number, a: string) => `bias unit of layer ${l}, ${a}`,
    input: (x: string) => `input ${x}`,
    output: (a: string, h: string) => `output ${a} = ${h}`,
    unit: (a: string) => `unit ${a}`,
    notComputed: 'not computed yet',
    /** An input drawn rounded, then its exact value. */
    drawnThenExact: (drawn: string, exact: string) => `${drawn} (exactly ${exact})`,
    cost: (J: string) => `cost J = ${J}`,
    costNotComputed: 'cost J, not computed yet',
    /** Accessible name of an editable unit or weight. */
    editable: (text: string) => `${text}. Press Enter to edit.`,
    /** Default accessible name of the drawing. */
    drawing: (L: number) => `Network diagram, ${L} layers`,
    hintEditable: 'Hover or focus a unit or weight; Enter or click edits it.',
    hintReadOnly: 'Hover or focus a unit or weight for its exact value.',
    done: 'Done',
    /** The editor's text is no finite number when the reader commits it (Enter, Done): the value from before it opened is back. */
    notANumber: (name: string, kept: string) => `Not a finite number: ${name} stays ${kept}.`,
    /** The live status under the drawing: the outputs and the cost. */
    status: (h: string, J: string) => `Output h = (${h}), J = ${J}`,
    tablesSummary: 'All numbers as tables',
    unitsCaption: 'Units',
    unitHeader: 'unit',
    weightsCaption: 'Weights',
    weightHeader: 'weight',
    valueHeader: 'value',
  },
  {
    sep: '，',
    partSep: '；',
    slope: (grad: string) => `∂J/∂Θ = ${grad}，代价函数 J 对这个权重的偏导数`,
    biasUnit: (l: number, a: string) => `第 ${l} 层的偏置单元 ${a}`,
    input: (x: string) => `输入 ${x}`,
    output: (a: string, h: string) => `输出 ${a} = ${h}`,
    unit: (a: string) => `单元 ${a}`,
    notComputed: '尚未计算',
    drawnThenExact: (drawn: string, exact: string) => `${drawn}（精确值 ${exact}）`,
    cost: (J: string) => `代价 J = ${J}`,
    costNotComputed: '代价 J，尚未计算',
    editable: (text: string) => `${text}。按 Enter 键可编辑。`,
    drawing: (L: number) => `网络示意图，共 ${L} 层`,
    hintEditable: '将指针移到单元或权重上（或用键盘聚焦）查看数值；按 Enter 键或单击即可编辑。',
    hintReadOnly: '将指针移到单元或权重上（或用键盘聚焦），即可查看其精确值。',
    done: '完成',
    notANumber: (name, kept) => `输入的不是有限的数：${name} 仍为 ${kept}。`,
    status: (h: string, J: string) => `输出 h = (${h})，J = ${J}`,
    tablesSummary: '以表格列出全部数值',
    unitsCaption: '单元',
    unitHeader: '单元',
    weightsCaption: '权重',
    weightHeader: '权重',
    valueHeader: '值',
  },
);
