import { forwardPass } from './solution'; // @hide

const Theta = [[[0.35, 0.15, 0.2], [0.35, 0.25, 0.3]], [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]];
console.log(forwardPass(Theta, [0.05, 0.1])); // should be about [0.751365, 0.772928]
