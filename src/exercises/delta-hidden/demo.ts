import { deltaHidden } from './solution'; // @hide

console.log(deltaHidden([[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]], [0.138499, -0.0380983], [1, 0.593270, 0.596884]));
