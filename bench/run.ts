/**
 * `npm run bench`: throughput of issue 3's two tasks for src/backprop, a hand-tuned Float64Array
 * baseline and TensorFlow.js (CPU backend). Single-threaded; median of several runs after warm-up.
 */
import { createRng, gradients, Network, train } from '../src/backprop/index.ts';
import { baselineT1, baselineT2 } from './baseline.ts';
import { initTf, tfT1, tfT2 } from './tfjs.ts';
import { medianSeconds, T1, t1Data, T2, t2Data } from './tasks.ts';

const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: x < 100 ? 2 : 0 });
const RUNS = 7, WARMUP = 2;

async function benchT1(): Promise<void> {
  const { X, Y } = t1Data();
  const net = Network.random(T1.sizes, { hidden: 'tanh', output: 'tanh', seed: 1 });
  const examples = T1.epochsPerRun * T1.m;
  const lib = await medianSeconds(() => {
    for (const s of train(net, { X, Y }, { learningRate: T1.learningRate, batchSize: T1.batchSize, cost: 'squared-error', epochs: T1.epochsPerRun, seed: 3 })) {
      if (s.diverged) throw new Error(s.reason);
    }
  }, RUNS, WARMUP);
  const base = baselineT1(net.params, X, Y, T1.batchSize, T1.learningRate, createRng(3));
  const bl = await medianSeconds(() => base(T1.epochsPerRun), RUNS, WARMUP);
  const tfRun = tfT1(net.params, T1.sizes, X, Y, T1.batchSize, T1.learningRate);
  const tfEpochs = 4;
  const tfs = await medianSeconds(() => tfRun(tfEpochs), 3, 1);
  const [libR, blR, tfR] = [examples / lib, examples / bl, (tfEpochs * T1.m) / tfs];
  console.log('T1 playground  2-8-8-1 tanh, squared error, 500 pts, mini-batch 10, SGD α=0.03   (training examples/s)');
  console.log(`  src/backprop        ${fmt(libR).padStart(12)} ex/s`);
  console.log(`  hand-tuned baseline ${fmt(blR).padStart(12)} ex/s   → baseline/library = ${(blR / libR).toFixed(2)}×`);
  console.log(`  TF.js CPU backend   ${fmt(tfR).padStart(12)} ex/s   → library/TF.js = ${(libR / tfR).toFixed(1)}×`);
}

async function benchT2(): Promise<void> {
  const { X, Y } = t2Data();
  const net = Network.random(T2.sizes, { hidden: 'sigmoid', output: 'sigmoid', seed: 2, epsilonInit: 0.12 });
  let J1 = 0, J2 = 0, J3 = 0;
  const evalLib = () => { for (let i = 0; i < T2.evalsPerRun; i++) J1 = gradients(net, X, Y, { cost: 'cross-entropy', lambda: T2.lambda }).J; };
  const lib = await medianSeconds(evalLib, 5, 1);
  const base = baselineT2(net.params, X, Y, T2.lambda);
  const bl = await medianSeconds(() => { for (let i = 0; i < T2.evalsPerRun; i++) J2 = base(); }, 5, 1);
  const tfRun = tfT2(net.params, T2.sizes, X, Y, T2.lambda);
  const tfs = await medianSeconds(() => { for (let i = 0; i < T2.evalsPerRun; i++) J3 = tfRun(); }, 3, 1);
  const [libR, blR, tfR] = [T2.evalsPerRun / lib, T2.evalsPerRun / bl, T2.evalsPerRun / tfs];
  console.log('\nT2 coursera    400-25-10 sigmoid, cross-entropy λ=1, 5000 examples, full batch   (cost+gradient evaluations/s)');
  console.log(`  src/backprop        ${fmt(libR).padStart(12)} evals/s  (J = ${J1.toFixed(6)})`);
  console.log(`  hand-tuned baseline ${fmt(blR).padStart(12)} evals/s  (J = ${J2.toFixed(6)}) → baseline/library = ${(blR / libR).toFixed(2)}×`);
  console.log(`  TF.js CPU backend   ${fmt(tfR).padStart(12)} evals/s  (J = ${J3.toFixed(6)}, float32) → library/TF.js = ${(libR / tfR).toFixed(1)}×`);
}

await initTf();
console.log(`Node ${process.version}, single thread, median of runs after warm-up\n`);
await benchT1();
await benchT2();
