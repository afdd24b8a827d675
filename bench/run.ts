/**
 * `npm run bench`: throughput of issue 3's two tasks for src/backprop against two hand-written
 * Float64Array baselines (plain loops, `baseline.ts`, and register-blocked loops, `blocked.ts`) and
 * TensorFlow.js (CPU backend). Single-threaded; CPU time, the library and the two baselines taking turns
 * (fastest of the runs), TF.js apart (median). The machine may be loaded: read the ratios of one run.
 */
import { createRng, gradients, Network, train } from '../src/backprop/advanced.ts';
import { baselineT1, baselineT2 } from './baseline.ts';
import { blockedT1, blockedT2 } from './blocked.ts';
import { initTf, tfT1, tfT2 } from './tfjs.ts';
import { fastestInterleaved, medianSeconds, T1, t1Data, T2, t2Data } from './tasks.ts';

const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: x < 100 ? 2 : 0 });
const RUNS = 15, WARMUP = 2;

async function benchT1(): Promise<void> {
  const { X, Y } = t1Data();
  const net = Network.random(T1.sizes, { hidden: 'tanh', output: 'tanh', seed: 1 });
  const examples = T1.epochsPerRun * T1.m;
  const W = net.snapshot().data;
  const base = baselineT1(W, X, Y, T1.batchSize, T1.learningRate, createRng(3));
  const blocked = blockedT1(W, X, Y, T1.batchSize, T1.learningRate, createRng(3));
  const [lib, bl, bk] = fastestInterleaved([() => {
    for (const s of train(net, { X, Y }, { learningRate: T1.learningRate, batchSize: T1.batchSize, cost: 'squared-error', epochs: T1.epochsPerRun, seed: 3 })) {
      if (s.diverged) throw new Error(s.reason);
    }
  }, () => base(T1.epochsPerRun), () => blocked(T1.epochsPerRun)], RUNS, WARMUP);
  const tfRun = tfT1(W, T1.sizes, X, Y, T1.batchSize, T1.learningRate);
  const tfEpochs = 4;
  const tfs = await medianSeconds(() => tfRun(tfEpochs), 3, 1);
  const [libR, blR, bkR, tfR] = [examples / lib, examples / bl, examples / bk, (tfEpochs * T1.m) / tfs];
  console.log('T1 playground  2-8-8-1 tanh, squared error, 500 pts, mini-batch 10, SGD α=0.03   (training examples/s)');
  report('ex/s', libR, blR, bkR, tfR);
}

async function benchT2(): Promise<void> {
  const { X, Y } = t2Data();
  const net = Network.random(T2.sizes, { hidden: 'sigmoid', output: 'sigmoid', seed: 2, epsilonInit: 0.12 });
  let J1 = 0, J2 = 0, J3 = 0, J4 = 0;
  const W = net.snapshot().data;
  const base = baselineT2(W, X, Y, T2.lambda);
  const blocked = blockedT2(W, X, Y, T2.lambda);
  const [lib, bl, bk] = fastestInterleaved([
    () => { for (let i = 0; i < T2.evalsPerRun; i++) J1 = gradients(net, X, Y, { cost: 'cross-entropy', lambda: T2.lambda }).J; },
    () => { for (let i = 0; i < T2.evalsPerRun; i++) J2 = base(); },
    () => { for (let i = 0; i < T2.evalsPerRun; i++) J4 = blocked(); },
  ], 5, 1);
  const tfRun = tfT2(W, T2.sizes, X, Y, T2.lambda);
  const tfs = await medianSeconds(() => { for (let i = 0; i < T2.evalsPerRun; i++) J3 = tfRun(); }, 3, 1);
  const [libR, blR, bkR, tfR] = [T2.evalsPerRun / lib, T2.evalsPerRun / bl, T2.evalsPerRun / bk, T2.evalsPerRun / tfs];
  console.log('\nT2 coursera    400-25-10 sigmoid, cross-entropy λ=1, 5000 examples, full batch   (cost+gradient evaluations/s)');
  console.log(`  J: library ${J1.toFixed(6)}, plain ${J2.toFixed(6)}, blocked ${J4.toFixed(6)}, TF.js ${J3.toFixed(6)} (float32)`);
  report('evals/s', libR, blR, bkR, tfR);
}

/** One task's rates and the ratios the issue asks for: library vs each baseline (≥ 1× plain, ≥ 0.8× blocked). */
function report(unit: string, lib: number, plain: number, blocked: number, tf: number): void {
  console.log(`  src/backprop              ${fmt(lib).padStart(12)} ${unit}`);
  console.log(`  plain-loop baseline       ${fmt(plain).padStart(12)} ${unit}   → library/plain   = ${(lib / plain).toFixed(2)}×`);
  console.log(`  register-blocked baseline ${fmt(blocked).padStart(12)} ${unit}   → library/blocked = ${(lib / blocked).toFixed(2)}×`);
  console.log(`  TF.js CPU backend         ${fmt(tf).padStart(12)} ${unit}   → library/TF.js   = ${(lib / tf).toFixed(1)}×`);
}

await initTf();
console.log(`Node ${process.version}, single thread, CPU time: library and baselines interleaved (fastest of several rounds), TF.js median\n`);
await benchT1();
await benchT2();
