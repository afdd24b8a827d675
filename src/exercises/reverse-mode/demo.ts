import { gradient } from './solution'; // @hide
import { Value } from "backprop";

const a = new Value(2, "a"), b = new Value(1, "b");
console.log(gradient(a.add(b).mul(b.add(1)), [a, b]));   // should be [2, 5]
