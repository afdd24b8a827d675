/**
 * The API reference's own words in both languages. The entries' doc comments come from the module's TSDoc (their
 * Chinese is in `api-zh.ts`); the section titles come from the index's `// Lesson 1, …` comments and are translated
 * here by section id.
 */
import { defineStrings } from '../../src/i18n/strings';

export const API_STRINGS = defineStrings({
  sections: 'Sections of the API',
  kind: { function: 'function', class: 'class', const: 'constant', type: 'type', interface: 'interface' },
  /** Section titles by id; a section missing here keeps the index's own title. */
  groups: {} as Readonly<Record<string, string>>,
}, {
  sections: 'API 各部分',
  kind: { function: '函数', class: '类', const: '常量', type: '类型', interface: '接口' },
  groups: {
    'lesson-1-notation-and-the-forward-pass': '第 1 课：记号与前向传播',
    'lesson-2-the-cost': '第 2 课：代价函数',
    'lesson-3-the-chain-rule': '第 3 课：链式法则',
    'lesson-4-deriving-backpropagation': '第 4 课：推导反向传播',
    'lesson-5-the-algorithm-over-a-data-set': '第 5 课：在整个数据集上运行的算法',
    'lesson-6-gradient-checking': '第 6 课：梯度检验',
    'lesson-7-computational-graphs': '第 7 课：计算图',
    'lesson-8-training': '第 8 课：训练',
    errors: '错误类型',
  },
});
