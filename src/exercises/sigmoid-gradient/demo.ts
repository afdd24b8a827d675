import { gPrime } from './solution'; // @hide

console.log("g'(0) =", gPrime(0)); // should be 0.25
