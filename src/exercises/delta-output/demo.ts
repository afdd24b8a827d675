import { deltaOutput } from './solution'; // @hide

console.log(deltaOutput([0.75136507, 0.77292847], [0.01, 0.99])); // δ(3) should be about [0.138499, -0.0380983]
