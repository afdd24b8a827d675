import { regularizedCost } from './solution'; // @hide

console.log(regularizedCost([[[0.5, 1, -1]]], [[1, 2]], [[1]], 1));
