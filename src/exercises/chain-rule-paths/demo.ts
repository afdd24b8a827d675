import { pathSum, type Edge } from './solution'; // @hide

// e = (a + b)(b + 1) at a = 2, b = 1: c = a + b, d = b + 1, e = c·d
const graph: Edge[] = [
  { from: 'a', to: 'c', local: 1 }, { from: 'b', to: 'c', local: 1 }, { from: 'b', to: 'd', local: 1 },
  { from: 'c', to: 'e', local: 2 }, { from: 'd', to: 'e', local: 3 },
];
console.log('∂e/∂a =', pathSum(graph, 'a', 'e'), '  ∂e/∂b =', pathSum(graph, 'b', 'e'));
