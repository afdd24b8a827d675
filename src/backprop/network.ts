/**
 * The network: sizes [s(1), …, s(L)], an activation per layer, and the weights Θ(l)
 * (s(l+1) × (s(l)+1), column 0 multiplies the bias unit), packed in Float64Arrays that only this
 * module reaches (through {@link packedWeights}); readers use the 1-based accessors.
 */
import { type Activation, checkActivation } from './activations.ts';
import { BackpropError, requireFinite, requireIndex, describe } from './errors.ts';
import { adjacent, type Matrix, pack, shapeOf, unpack } from './matrix.ts';
import { createRng } from './rng.ts';

/** Module-private access to a network's packed weights, opened once by {@link Network}'s static block. */
const door: { packed?: (net: Network) => Float64Array[] } = {};

/**
 * Activations of a network: `hidden` for every hidden layer (or one per hidden layer), `output` for layer L.
 * @example
 * ```ts
 * const opts: NetworkOptions = { hidden: ['tanh', 'relu'], output: 'softmax' };
 * ```
 */
export interface NetworkOptions {
  /** Hidden activation, or one per hidden layer (layers 2..L−1). Default `'sigmoid'`. */
  hidden?: Activation | Activation[];
  /** Output activation (layer L). Default `'sigmoid'`. */
  output?: Activation;
}

/**
 * Options of {@link Network.random}: activations plus the seed and $\varepsilon_{init}$.
 * @example
 * ```ts
 * Network.random([400, 25, 10], { seed: 1, epsilonInit: 0.12 });
 * ```
 */
export interface RandomNetworkOptions extends NetworkOptions {
  /** Seed of the PRNG (default 1). */
  seed?: number;
  /** Weights are uniform in $[-\varepsilon, \varepsilon]$; default $\sqrt6/\sqrt{s_l + s_{l+1}}$ per layer. */
  epsilonInit?: number;
}

/**
 * A fully connected feed-forward network with the lessons' numbering: layer 1 is the input,
 * $\Theta^{(l)}$ maps layer $l$ to $l+1$, and $z^{(l+1)} = \Theta^{(l)} a^{(l)}$.
 * @example
 * ```ts
 * const net = Network.fromWeights([[[0.35, 0.15, 0.20], [0.35, 0.25, 0.30]],
 *                                  [[0.60, 0.40, 0.45], [0.60, 0.50, 0.55]]]);
 * net.sizes;     // [2, 2, 2]
 * net.Theta(2);  // [[0.6, 0.4, 0.45], [0.6, 0.5, 0.55]]
 * ```
 */
export class Network {
  /** Units per layer, [s(1), …, s(L)], without bias units. */
  readonly sizes: number[];
  /** Number of layers L (input and output included). */
  readonly L: number;
  /** Θ(l) packed row-major at `[l-1]`: entry (i, j) (i = 1.., j = 0..) is at `(i-1)(s(l)+1) + j`. */
  readonly #params: Float64Array[];
  /** Activation of layer l at `[l-1]` (`[0]`, the input, is `'linear'`). */
  readonly #acts: Activation[];

  /**
   * A network of the given sizes with all weights 0 (set them with {@link Network.setWeight}); prefer
   * {@link Network.fromWeights} or {@link Network.random}. Throws a {@link BackpropError} for sizes below 1,
   * unknown activations, softmax on a hidden layer, or a `hidden` list of the wrong length.
   * @example
   * ```ts
   * new Network([2, 1], { output: 'linear' }).Theta(1); // [[0, 0, 0]]
   * ```
   */
  constructor(sizes: number[], opts: NetworkOptions = {}) {
    if (!Array.isArray(sizes)) throw new BackpropError(`sizes is ${describe(sizes)}, expected an array like [2, 3, 1]`);
    if (sizes.length < 2) throw new BackpropError(`sizes has ${sizes.length} layer(s): a network needs at least 2 (input and output)`);
    sizes.forEach((s, i) => {
      if (!Number.isInteger(s) || s < 1) throw new BackpropError(`sizes[${i}] = ${String(s)}: every layer needs at least 1 unit`);
    });
    this.sizes = sizes.slice();
    this.L = sizes.length;
    const nh = this.L - 2;
    const hidden = opts.hidden ?? 'sigmoid';
    if (Array.isArray(hidden) && hidden.length !== nh) {
      throw new BackpropError(`hidden lists ${hidden.length} activation(s) but the network has ${nh} hidden layer(s)`);
    }
    this.#acts = ['linear'];
    for (let h = 0; h < nh; h++) {
      const act = checkActivation(Array.isArray(hidden) ? hidden[h] : hidden, `hidden layer ${h + 2}`);
      if (act === 'softmax') throw new BackpropError(`softmax is only allowed on the output layer, not hidden layer ${h + 2}`);
      this.#acts.push(act);
    }
    this.#acts.push(checkActivation(opts.output ?? 'sigmoid', 'the output layer'));
    this.#params = adjacent(sizes.slice(1).map((s, i) => s * (sizes[i] + 1))).parts; // one buffer: see the kernel
  }

  static {
    door.packed = (net) => net.#params;
  }

  /**
   * Build a network from weights as nested arrays: `weights[l-1]` is $\Theta^{(l)}$, rows of columns.
   * Sizes are read from the shapes, which must chain: $\Theta^{(l+1)}$ has $s_{l+1} + 1$ columns.
   * @example
   * ```ts
   * const net = Network.fromWeights([[[0, 1, 1]]], { output: 'linear' }); // 2 → 1, z = x1 + x2
   * ```
   */
  static fromWeights(weights: Matrix[], opts: NetworkOptions = {}): Network {
    if (!Array.isArray(weights) || weights.length === 0) {
      throw new BackpropError(`weights is ${describe(weights)}: expected a non-empty array of matrices Θ(1), Θ(2), …`);
    }
    const packed = weights.map((W, i) => pack(W, `Θ(${i + 1})`));
    const sizes = [packed[0].cols - 1];
    packed.forEach((P, i) => {
      if (P.cols !== sizes[i] + 1) {
        throw new BackpropError(`Θ(${i + 1}) is ${shapeOf(P.rows, P.cols)} but Θ(${i}) is ${shapeOf(packed[i - 1].rows, packed[i - 1].cols)}, so Θ(${i + 1}) needs ${sizes[i] + 1} columns (= s(${i + 1})+1)`);
      }
      sizes.push(P.rows);
    });
    if (sizes[0] < 1) throw new BackpropError('Θ(1) has 1 column (only the bias): the input layer needs at least 1 unit');
    const net = new Network(sizes, opts);
    net.#params.forEach((T, l) => T.set(packed[l].data));
    return net;
  }

  /**
   * A network with weights uniform in $[-\varepsilon_{init}, \varepsilon_{init}]$ from a seeded PRNG,
   * which breaks the symmetry between hidden units.
   * @example
   * ```ts
   * const net = Network.random([2, 8, 1], { hidden: 'tanh', output: 'tanh', seed: 3 });
   * ```
   */
  static random(sizes: number[], opts: RandomNetworkOptions = {}): Network {
    const net = new Network(sizes, opts);
    const rng = createRng(opts.seed ?? 1);
    if (opts.epsilonInit !== undefined) requireFinite(opts.epsilonInit, 'epsilonInit');
    net.#params.forEach((P, i) => {
      const eps = opts.epsilonInit ?? Math.sqrt(6) / Math.sqrt(sizes[i] + sizes[i + 1]);
      for (let k = 0; k < P.length; k++) P[k] = (2 * rng() - 1) * eps;
    });
    return net;
  }

  /**
   * The activation function of layer `l` (2..L).
   * @example
   * ```ts
   * Network.random([2, 3, 1], { hidden: 'relu' }).activation(2); // 'relu'
   * ```
   */
  activation(l: number): Activation {
    requireIndex(l, 2, this.L, 'layer l');
    return this.#acts[l - 1];
  }

  /**
   * A copy of $\Theta^{(l)}$ (l = 1..L−1) as rows of columns.
   * @example
   * ```ts
   * Network.fromWeights([[[0, 1, 1]]]).Theta(1); // [[0, 1, 1]]
   * ```
   */
  Theta(l: number): Matrix {
    requireIndex(l, 1, this.L - 1, 'Θ(l): l');
    return unpack(this.#params[l - 1], this.sizes[l], this.sizes[l - 1] + 1);
  }

  /**
   * Set $\Theta^{(l)}_{ij}$ with the math's indices: $i = 1..s_{l+1}$, $j = 0..s_l$ (0 is the bias column).
   * @example
   * ```ts
   * const net = Network.fromWeights([[[0, 1, 1]]]);
   * net.setWeight(1, 1, 0, 0.5); // bias weight of unit 1 in layer 2
   * ```
   */
  setWeight(l: number, i: number, j: number, value: number): void {
    requireIndex(l, 1, this.L - 1, 'Θ(l): l');
    requireIndex(i, 1, this.sizes[l], `Θ(${l}) row i`);
    requireIndex(j, 0, this.sizes[l - 1], `Θ(${l}) column j`);
    requireFinite(value, `Θ(${l})[${i}][${j}]`);
    this.#params[l - 1][(i - 1) * (this.sizes[l - 1] + 1) + j] = value;
  }

  /**
   * Read $\Theta^{(l)}_{ij}$ with the math's indices ($i \ge 1$, $j \ge 0$).
   * @example
   * ```ts
   * Network.fromWeights([[[0.5, 1, 2]]]).weight(1, 1, 2); // 2
   * ```
   */
  weight(l: number, i: number, j: number): number {
    requireIndex(l, 1, this.L - 1, 'Θ(l): l');
    requireIndex(i, 1, this.sizes[l], `Θ(${l}) row i`);
    requireIndex(j, 0, this.sizes[l - 1], `Θ(${l}) column j`);
    return this.#params[l - 1][(i - 1) * (this.sizes[l - 1] + 1) + j];
  }

  /**
   * All weights in the form {@link Network.fromWeights} accepts: `weights()[l-1]` is $\Theta^{(l)}$.
   * @example
   * ```ts
   * const copy = Network.fromWeights(net.weights(), net.options());
   * ```
   */
  weights(): Matrix[] {
    return this.#params.map((_, i) => this.Theta(i + 1));
  }

  /**
   * The activations as {@link NetworkOptions}, to rebuild an equal network.
   * @example
   * ```ts
   * Network.random([2, 3, 1]).options(); // { hidden: ['sigmoid'], output: 'sigmoid' }
   * ```
   */
  options(): { hidden: Activation[]; output: Activation } {
    return { hidden: this.#acts.slice(1, -1), output: this.#acts[this.L - 1] };
  }

  /**
   * A deep copy (weights included) that can be trained without changing this one.
   * @example
   * ```ts
   * const before = net.clone();
   * ```
   */
  clone(): Network {
    const copy = new Network(this.sizes, this.options());
    copy.restore(this.snapshot());
    return copy;
  }

  /**
   * The number of weights $W = \sum_l s_{l+1}(s_l + 1)$, bias weights included: the length of the vector
   * a numerical gradient perturbs one entry at a time.
   * @example
   * ```ts
   * Network.random([2, 3, 1]).W; // 3·3 + 1·4 = 13
   * ```
   */
  get W(): number {
    return this.#params.reduce((sum, T) => sum + T.length, 0);
  }

  /**
   * A copy of the current weights, to {@link Network.restore} later (a lesson's "before", a widget's rewind).
   * @example
   * ```ts
   * const before = net.snapshot();
   * fit(net, xor(), { learningRate: 1 });
   * net.restore(before); // the weights are as they were
   * ```
   */
  snapshot(): WeightSnapshot {
    return { sizes: this.sizes.slice(), data: this.#params.map((T) => T.slice()) };
  }

  /**
   * Put back weights taken by {@link Network.snapshot} of a network with the same sizes (this one or an
   * equal one); the snapshot itself is not changed, so it can be restored again.
   * Throws a {@link BackpropError} when the sizes differ.
   * @example
   * ```ts
   * const start = net.snapshot();
   * net.setWeight(1, 1, 0, 5);
   * net.restore(start);
   * ```
   */
  restore(snapshot: WeightSnapshot): void {
    const ok = snapshot?.sizes?.length === this.L && snapshot.sizes.every((s, l) => s === this.sizes[l])
      && snapshot.data?.length === this.L - 1 && snapshot.data.every((T, l) => T.length === this.#params[l].length);
    if (!ok) {
      const got = Array.isArray(snapshot?.sizes) ? `[${snapshot.sizes.join(', ')}]` : describe(snapshot);
      throw new BackpropError(`the snapshot is of a network with sizes ${got}, but this network has sizes [${this.sizes.join(', ')}]`);
    }
    this.#params.forEach((T, l) => T.set(snapshot.data[l]));
  }
}

/**
 * The weights of a network at one moment, from {@link Network.snapshot}; treat it as opaque.
 * @example
 * ```ts
 * const s: WeightSnapshot = net.snapshot();
 * ```
 */
export interface WeightSnapshot {
  /** The sizes of the network it came from. */
  readonly sizes: readonly number[];
  /** Θ(l) packed row-major at `data[l-1]`. */
  readonly data: readonly Float64Array[];
}

/** The network's packed weights Θ(l) at `[l-1]`, the live arrays (not copies). Internal helper. */
export function packedWeights(net: Network): Float64Array[] {
  return door.packed!(net);
}
