/**
 * Every fixed piece of text the exercises show: the `<Exercise>` widget's labels and the fixed parts of
 * the check messages. One table, so the Chinese edition translates one file. Values and names of the
 * mathematics (δ(2), Θ(1)_10, numbers) are filled in by the functions.
 */
export const EXERCISE_STRINGS = {
  // <Exercise> widget
  exerciseTitle: (title: string) => `Exercise: ${title}`,
  hintSummary: (n: number, of: number) => `Hint ${n} of ${of}`,
  hintsLabel: 'Hints',
  solutionSummary: 'Show the solution (try the hints first)',
  useSolution: 'Put the solution in the editor',
  notAvailable: (names: string) => `Not available inside your function here (the module would do the exercise for you): ${names}.`,
  cellLabel: (title: string) => `exercise “${title}”`,

  // Check messages: "expected X, got Y for input Z"
  expectedGot: (expected: string, got: string) => `expected ${expected}, got ${got}`,
  forInput: (input: string) => ` for input ${input}`,
  correctFor: (input: string) => `correct for input ${input}`,
  threw: (error: string, input: string) => `threw ${error} for input ${input}`,
  ok: 'ok',
  expectedNumber: (got: string) => `expected a number, got ${got}`,
  expectedArray: (n: number, got: string) => `expected an array of length ${n}, got ${got}`,
  expectedLength: (n: number, got: number) => `expected length ${n}, got length ${got}`,

  // The runner
  definesName: (entry: string) => `defines ${entry}`,
  expectedFunction: (entry: string, got: string) => `expected a function named ${entry}, got ${got}`,
  checksName: 'checks',
  noChecks: 'no checks ran',
  yourCodeThrew: (error: string) => `your code threw ${error}`,

  // Reference functions the reader may not use (guard.ts)
  allowedName: 'uses only allowed functions',
  forbiddenCall: (name: string, why: string) =>
    `${name} is not available in this exercise: ${why}. Compute it yourself.`,
  forbiddenUsed: (entry: string, names: string, whys: string) =>
    `expected ${entry} to compute it itself, got a call of ${names} (${whys})`,

  /** Why a reference function may not be used (references.ts). */
  reasons: {
    backprop: 'it runs backpropagation and returns δ(l) and D(l) for you',
    backpropBatch: 'it runs backpropagation for every example and returns δ(l) and D(l) for you',
    gradients: 'it returns D(l) = ∂J/∂Θ(l), whose bias column is δ(l+1)',
    numericalGradient: 'it returns ∂J/∂Θ(l) by central differences',
    gradientCheck: 'it computes ∂J/∂Θ(l) both ways',
    chainRule: 'it returns the chain-rule factors of ∂J/∂Θ(l)_ij, δ included',
    networkGraph: 'its graph differentiates J by reverse mode',
    reverseMode: 'it runs the reverse sweep itself',
    forwardMode: 'it differentiates the graph itself',
    dualPass: 'it differentiates the graph itself',
    forward: 'it computes the forward pass and h_Θ(x) itself',
    forwardBatch: 'it computes the forward pass itself',
    predict: 'it computes h_Θ(x) itself',
    cost: 'it computes J itself',
    fit: 'it runs the whole training loop',
    train: 'it runs the whole training loop',
    sigmoidGradient: "it is g'(z) itself",
    activationGradient: "it computes g'(z) itself",
    softmax: 'it computes h = softmax(z) stably for you',
  },

  // Diagnosis: the first wrong intermediate (diagnose.ts)
  entryDiffers: (what: string, expected: string, got: string) => `${what} differs: expected ${expected}, got ${got}`,
  sizeDiffers: (what: string, expected: string, got: string) => `${what} has ${got}, expected ${expected}`,
  matrices: (n: number) => `${n} ${n === 1 ? 'matrix' : 'matrices'}`,
  entries: (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`,
  rowsCols: (r: number, c: number) => `${r} × ${c} entries`,
  notAnArray: (what: string, got: string) => `${what}: expected an array, got ${got}`,
  likely: (why: string) => ` — ${why}`,

  // Fixed parts of particular checks
  gcNumerical: (limit: string, diff: string) => `expected a relative difference to the numerical gradient below ${limit}, got ${diff}`,
  gcNumericalPass: (diff: string) => `relative difference to the numerical gradient ${diff}`,
  gcBackprop: (limit: string, diff: string) => `expected a relative difference to backpropagation’s gradient below ${limit}, got ${diff}`,
  gcBackpropPass: (diff: string) => `relative difference to backpropagation’s gradient ${diff}`,
  gcCentral: (limit: string, diff: string) => `expected a relative difference to central differences below ${limit}, got ${diff}`,
  gcCentralPass: (diff: string) => `relative difference to central differences ${diff}`,
  thetaChanged: 'expected Theta to be left as it was, got changed weights',
  expectedNetwork: (sizes: string, got: string) => `expected a ${sizes} Network, got ${got}`,
  costAbove: (limit: string, J: string) => `expected J < ${limit}, got ${J}`,
  costIs: (J: string) => `J = ${J}`,
  xorWrong: (got: string) => `expected outputs rounding to [0, 1, 1, 0], got [${got}]`,
  xorRight: 'all four points right',
  ownSweep: 'expected your own sweep, not out.backward()',
  stepAlpha: (alpha: string) => `α = ${alpha}`,

  /** Inputs in words, where they need words. */
  inputs: {
    deltaHidden: (l: number, network: string) => `Θ(${l}), δ(${l + 1}) and a(${l}) of ${network}`,
  },

  /** The networks and graphs the checks run on, as messages name them. */
  net: {
    classicAt: (x: string) => `the 2-2-2 network, x = ${x}`,
    randomAt: (sizes: string, seed: number) => `a random ${sizes} network (seed ${seed})`,
    classic: '2-2-2 network',
    random: (sizes: string) => `random ${sizes} network`,
  },
  graphs: {
    lesson3: 'e = (a + b)(b + 1) at a = 2, b = 1',
    lesson3Check: (which: string) => `∂e/∂${which} on e = (a+b)(b+1)`,
    repeated: 'f = xy(x + y) + x·x at x = 0.5, y = −1.5 (x·x gives two edges)',
    repeatedCheck: '∂f/∂x on f = xy(x+y) + x·x',
    hidden: 'J of the classic network as a function of a(2)_1 = 0.593270',
    hiddenCheck: '∂J/∂a(2)_1 in the 2-2-2 network',
    deep: 'a 10-layer graph with two nodes per layer, x = 0.3',
    deepCheck: '∂out/∂x with 1024 paths',
    sigmoid: 'f = σ(x·x + x) at x = 3',
    networkCost: 'the 2-2-2 network’s cost J, all 12 weights',
  },
  /** The inputs of the softmax δ exercise (lesson 9). */
  softmaxCases: {
    lesson9: 'lesson 9’s z(3)',
    fourClasses: 'four classes',
    softTargets: 'soft targets',
    hugeZ: 'huge z',
  },

  /** The blank-page passes of lesson 11 (`digits-passes`). */
  passes: {
    classicBatch: (m: number) => `the 2-2-2 network, m = ${m}`,
    name: (input: string) => `passes, ${input}`,
    quantitiesName: (input: string) => `a, z, δ and D, ${input}`,
    allMatch: 'every a(l), z(l), δ(l) and D(l) matches',
    expectedObject: (got: string) => `expected an object { a, z, delta, D }, got ${got}`,
    expectedShape: (name: string, key: string, l: number, shape: string, got: string) =>
      `${name} (${key}[${l}]): expected a ${shape} matrix, got ${got}`,
    row: (name: string, r: number) => `${name} row ${r}`,
    ragged: (rows: number) => `${rows} rows of unequal or wrong lengths`,
  },

  /** Names of checks (the first column of the result list). */
  names: {
    forNetwork: (symbol: string, network: string) => `${symbol} for ${network}`,
    of: (symbol: string, network: string) => `${symbol}, ${network}`,
    withLambda: (symbol: string, network: string, lambda: number) => `${symbol}, ${network}, λ = ${lambda}`,
    gradientCheck: (network: string, lambda: number) => `gradient check, ${network}, λ = ${lambda}`,
    gradientCheckOf: (what: string) => `gradient check, ${what}`,
    gradientCheckBackprop: (network: string) => `gradient check against backprop, ${network}`,
    numericalGradient: (network: string) => `numerical gradient, ${network}`,
    thetaUnchanged: (network: string) => `Theta unchanged, ${network}`,
    seed: (seed: number) => `seed ${seed}`,
    costAfter: (seed: number) => `cost after training, seed ${seed}`,
    xorClassified: (seed: number) => `XOR classified, seed ${seed}`,
    biasTrained: (seed: number) => `bias weights trained, seed ${seed}`,
    oneStep: (seed: number) => `one step Θ(l) := Θ(l) − αD(l), seed ${seed}`,
    stepResult: (l: number, k: number) => `Θ(${l}) after step ${k}`,
  },

  /** What a recognised mistake means, per exercise. */
  why: {
    deltaOutput: {
      noGPrime: 'that is ∂E/∂a(L); δ(L) = ∂E/∂z(L) also needs the factor g′(z(L)) = a(1 − a)',
      gPrimeOfA: 'that is g′ applied to a; g′(z) = g(z)(1 − g(z)) = a(1 − a)',
      sign: 'the sign is flipped: ∂E/∂a = a − y',
    },
    deltaHidden: {
      biasAndNoGPrime: (l: number) => `that is (Θ(${l}))ᵀδ(${l + 1}) with its bias row and without ⊙ g′(z(${l}))`,
      biasKept: (l: number) => `row 0 of (Θ(${l}))ᵀδ(${l + 1}) belongs to the bias unit, which has no error to pass back: drop it`,
      noGPrime: (l: number) => `that is (Θ(${l}))ᵀδ(${l + 1}) without ⊙ g′(z(${l})) = a(1 − a)`,
      shiftedA: 'g′ of the wrong unit: once the bias row is dropped, unit j + 1 of a (which keeps its bias) goes with entry j',
      shiftedColumn: (l: number) => `unit j was read from column j − 1 of Θ(${l}); column 0 multiplies the bias, so unit j's weights are column j`,
      gPrimeOfA: 'that is g′ applied to a; g′(z) = g(z)(1 − g(z)) = a(1 − a)',
    },
    gradientD: {
      notDivided: (l: number) => `Δ(${l}) is the sum over the m examples: divide it by m`,
      noBiasColumn: (l: number) => `column j = 0 (the bias unit a(${l})_0 = 1) is missing`,
      biasRegularised: (l: number) => `the bias column j = 0 of Θ(${l}) was regularised: it gets no (λ/m)Θ term`,
      noRegularisation: (l: number) => `the term (λ/m)Θ(${l})_ij for j ≥ 1 is missing`,
      halfLambda: 'λ/(2m) belongs to the cost; its derivative is (λ/m)Θ',
      lambdaNotDivided: 'the regularisation term is (λ/m)Θ, divided by m',
    },
    numericalGradient: {
      oneSided: 'that is a one-sided difference, accurate only to O(ε): use (J(Θ + εe) − J(Θ − εe)) / (2ε)',
      notTwoEpsilon: 'the central difference spans 2ε: divide by 2ε, not ε',
    },
    softmaxDelta: {
      dJdh: 'that is ∂J/∂h = −y/h; δ = ∂J/∂z also needs the softmax Jacobian ∂h_k/∂z_j = h_k(δ_kj − h_j), summed over k',
      diagonalOnly: 'that keeps only the diagonal k = j of the softmax Jacobian; every h_k depends on every z_j, so sum over k',
      noMinusY: 'that is h = softmax(z) itself; δ = h − y',
      sign: 'the sign is flipped: δ = h − y',
      overflow: 'e^z overflowed: subtract max_k z_k from every z_k before exponentiating (the softmax does not change)',
    },
    batchGradient: {
      notDivided: (l: number) => `(E(${l + 1}))ᵀA(${l}) is the sum over the m examples: divide it by m`,
      transposed: (l: number) => `that is (A(${l}))ᵀE(${l + 1}), the transpose: D(${l}) has the shape of Θ(${l}), so (E(${l + 1}))ᵀA(${l})`,
    },
    trainXor: {
      biasNeverMoved: 'expected the bias weights Θ(l)_i0 to be trained, got every one of them still at its random start: the update must cover column j = 0 too',
      nothingMoved: 'expected trained weights, got every weight still at its random start',
      biasNotUpdated: (l: number) => `the bias weights Θ(${l})_i0 (column j = 0) were not updated: every weight takes the step`,
      neverStepped: 'expected the weights to change between calls of gradients, got the same weights every time',
      uphill: (alpha: string) => `expected a step downhill, Θ − αD with α > 0, got α = ${alpha}`,
    },
  },
} as const;

/** Shorter name inside this folder. */
export const S = EXERCISE_STRINGS;
