/**
 * The two fixed benchmark tasks of issue 3 and a small timing helper (median of runs after warm-up).
 */
import { createRng, gaussian, pack, type PackedMatrix } from '../src/backprop/advanced.ts';

/** T1 "playground": 2 → 8 tanh → 8 tanh → 1 tanh, squared error, 500 points, mini-batch 10, SGD α = 0.03. */
export const T1 = { sizes: [2, 8, 8, 1], m: 500, batchSize: 10, learningRate: 0.03, epochsPerRun: 100 };
/** T2 "coursera": 400 → 25 sigmoid → 10 sigmoid, cross-entropy, λ = 1, 5000 examples, full batch. */
export const T2 = { sizes: [400, 25, 10], m: 5000, lambda: 1, evalsPerRun: 3 };

/** 500 noisy XOR-like points in [-1, 1]², targets ±1 for a tanh output. */
export function t1Data(): { X: PackedMatrix; Y: PackedMatrix } {
  const rng = createRng(11), X: number[][] = [], Y: number[][] = [];
  for (let i = 0; i < T1.m; i++) {
    const a = 2 * rng() - 1, b = 2 * rng() - 1;
    X.push([a + 0.05 * gaussian(rng), b + 0.05 * gaussian(rng)]);
    Y.push([a * b < 0 ? 1 : -1]);
  }
  return { X: pack(X, 'X'), Y: pack(Y, 'Y') };
}

/** 5000 "digit-like" examples: 400 pixel intensities in [0, 1], one-hot labels over 10 classes. */
export function t2Data(): { X: PackedMatrix; Y: PackedMatrix } {
  const rng = createRng(22), X: number[][] = [], Y: number[][] = [];
  for (let i = 0; i < T2.m; i++) {
    X.push(Array.from({ length: 400 }, () => rng()));
    Y.push(Array.from({ length: 10 }, (_, k) => (k === i % 10 ? 1 : 0)));
  }
  return { X: pack(X, 'X'), Y: pack(Y, 'Y') };
}

/**
 * Median CPU seconds (user + system, this process) of `runs` calls of `f` after `warmup` calls. CPU time
 * rather than wall time, so that time spent waiting for a core on a shared, loaded machine is not counted.
 */
export async function medianSeconds(f: () => unknown, runs: number, warmup: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    await f();
    const { user, system } = process.cpuUsage(t0);
    times.push((user + system) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Fastest CPU seconds of each of `fs` over `runs` rounds after `warmup` rounds. The candidates take turns
 * within every round, so a burst of load from other processes hits all of them alike, and the fastest run
 * is the one least disturbed: the ratios between candidates are what this is for.
 */
export function fastestInterleaved(fs: (() => unknown)[], runs: number, warmup: number): number[] {
  const best = fs.map(() => Infinity);
  for (let round = 0; round < warmup + runs; round++) {
    fs.forEach((f, i) => {
      const t0 = process.cpuUsage();
      f();
      const { user, system } = process.cpuUsage(t0);
      if (round >= warmup) best[i] = Math.min(best[i], (user + system) / 1e6);
    });
  }
  return best;
}
