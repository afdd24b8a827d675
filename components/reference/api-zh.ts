import type { TranslatedSummary } from '../../src/site/api-translation';

/**
 * The API reference's doc comments in Chinese, for /zh/reference/api/: per export, per paragraph of its English summary
 * (the doc comment, then one paragraph per public member), the key of the English it translates and the Chinese.
 * When a doc comment changes, its paragraph shows in English (marked) until its Chinese is brought up to date here,
 * and api-zh.test.ts names it. Code (`…`) and math ($…$) are kept as in the English; terms as docs/zh-terms.md decides.
 */
export const API_ZH: Readonly<Record<string, TranslatedSummary>> = {
  Network: [
    ['fa2fe5d918', '全连接前馈网络，层的编号与课程一致：第 1 层是输入层，$\\Theta^{(l)}$ 把第 $l$ 层映射到第 $l+1$ 层，且 $z^{(l+1)} = \\Theta^{(l)} a^{(l)}$。'],
    ['34f7911e60', '`readonly sizes: number[]`：各层的单元数 [s(1), …, s(L)]，不含偏置单元。'],
    ['3b7b39f1bf', '`readonly L: number`：层数 L（含输入层和输出层）。'],
    ['163a347b81', '`new Network(sizes: number[], opts: NetworkOptions = {})`：按给定的各层单元数构造网络，所有权重均为 0（用 `Network.setWeight` 设置）；通常应改用 `Network.fromWeights` 或 `Network.random`。以下情况抛出 `BackpropError`：某层单元数小于 1、激活函数未知、在隐藏层上使用 softmax，或 `hidden` 列表的长度不对。'],
    ['602c8d1d0c', '`static fromWeights(weights: Matrix[], opts: NetworkOptions = {}): Network`：由嵌套数组形式的权重构造网络：`weights[l-1]` 就是 $\\Theta^{(l)}$，按行组织。各层单元数从矩阵的形状读出，这些形状必须前后衔接：$\\Theta^{(l+1)}$ 有 $s_{l+1} + 1$ 列。'],
    ['c35c2af9a9', '`static random(sizes: number[], opts: RandomNetworkOptions = {}): Network`：构造一个网络，其权重由带种子的伪随机数生成器（PRNG）产生，在 $[-\\varepsilon_{init}, \\varepsilon_{init}]$ 上均匀分布，从而打破隐藏单元之间的对称性。'],
    ['e83e6365c7', '`activation(l: number): Activation`：第 `l` 层（2..L）的激活函数。'],
    ['6a07c703f7', '`Theta(l: number): Matrix`：$\\Theta^{(l)}$（l = 1..L−1）的副本，按行组织。'],
    ['e31951066f', '`setWeight(l: number, i: number, j: number, value: number): void`：设置 $\\Theta^{(l)}_{ij}$，下标与数学中一致：$i = 1..s_{l+1}$，$j = 0..s_l$（0 是偏置列）。'],
    ['3f6a1cbdfa', '`weight(l: number, i: number, j: number): number`：读取 $\\Theta^{(l)}_{ij}$，下标与数学中一致（$i \\ge 1$，$j \\ge 0$）。'],
    ['829000e889', '`weights(): Matrix[]`：以 `Network.fromWeights` 接受的形式返回全部权重：`weights()[l-1]` 就是 $\\Theta^{(l)}$。'],
    ['9daba2f498', '`options(): { hidden: Activation[]; output: Activation }`：以 `NetworkOptions` 的形式返回各层的激活函数，可用来重建一个相同的网络。'],
    ['26070a0043', '`clone(): Network`：深拷贝（包括权重），训练这个副本不会改变原网络。'],
    ['a13c36b0cd', '`get W(): number`：权重的个数 $W = \\sum_l s_{l+1}(s_l + 1)$，含偏置权重；这也是数值梯度逐个扰动分量时所用向量的长度。'],
    ['6d365364f5', '`snapshot(): WeightSnapshot`：当前权重的副本，供以后用 `Network.restore` 恢复（例如课文中的“之前”、交互组件的回退）。'],
    ['297d54c4eb', '`restore(snapshot: WeightSnapshot): void`：放回由 `Network.snapshot` 取得的权重，快照须来自各层单元数相同的网络（本网络或与之相同的网络）；快照本身不会改变，因此可以再次恢复。各层单元数不同时抛出 `BackpropError`。'],
  ],
  NetworkOptions: [
    ['b3bc090b37', '网络的激活函数：`hidden` 用于所有隐藏层（或为每个隐藏层各指定一个），`output` 用于第 L 层。'],
    ['e4177a3668', '`hidden?: Activation | Activation[]`：隐藏层的激活函数，或为每个隐藏层（第 2..L−1 层）各指定一个。默认为 `\'sigmoid\'`。'],
    ['52bf5b7783', '`output?: Activation`：输出层（第 L 层）的激活函数。默认为 `\'sigmoid\'`。'],
  ],
  RandomNetworkOptions: [
    ['9e7c76173e', '`Network.random` 的选项：激活函数，外加种子和 $\\varepsilon_{init}$。'],
    ['6e016be793', '`seed?: number`：PRNG 的种子（默认为 1）。'],
    ['0585032264', '`epsilonInit?: number`：权重在 $[-\\varepsilon, \\varepsilon]$ 上均匀分布；默认逐层取 $\\sqrt6/\\sqrt{s_l + s_{l+1}}$。'],
  ],
  WeightSnapshot: [
    ['c86b8ed8d1', '网络在某一时刻的权重，由 `Network.snapshot` 得到；请把它当作不透明的对象。'],
    ['a6b050e022', '`readonly sizes: readonly number[]`：它所来自的网络的各层单元数。'],
    ['ab2a3f655f', '`readonly data: readonly Float64Array[]`：Θ(l) 按行优先顺序打包存放在 `data[l-1]` 中。'],
  ],
  Matrix: [
    ['b216ef6a5b', '按行组织的矩阵：`M[i][j]`。'],
  ],
  Vector: [
    ['b4c9a46f73', '由数构成的向量。'],
  ],
  Activation: [
    ['9d3ebd6c94', '激活函数的名称。`softmax` 只能用于输出层。'],
  ],
  sigmoid: [
    ['96fe79a2ca', 'sigmoid 函数 $g(z) = \\frac{1}{1+e^{-z}}$，可作用于单个数，也可逐元素作用于数组。取自 `ACTIVATION.sigmoid.g`。'],
  ],
  tanh: [
    ['b88e864a3d', '双曲正切 $\\tanh z = \\frac{e^z - e^{-z}}{e^z + e^{-z}}$。'],
  ],
  relu: [
    ['d9e76f2ce0', 'ReLU（修正线性单元）$\\max(0, z)$。'],
  ],
  softmax: [
    ['ff29e62dfb', 'softmax 函数 $a_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}$，计算时先减去 $\\max_j z_j$，以保证数值稳定。'],
  ],
  ForwardPass: [
    ['9208e183cb', '对一个样本做一遍前向传播的结果。'],
    ['f1c960067a', '`a(l: number): Vector`：$a^{(l)}$，l = 1..L：$l < L$ 时最前面是偏置单元 $a_0 = 1$，$l = L$ 时不含偏置单元。'],
    ['67b18ab256', '`z(l: number): Vector`：$z^{(l)} = \\Theta^{(l-1)} a^{(l-1)}$，l = 2..L。'],
    ['b09b880d2c', '`readonly h: Vector`：输出 $h_\\Theta(x) = a^{(L)}$。'],
  ],
  forward: [
    ['abc60a3f31', '对一个样本做前向传播：$a^{(1)} = x$，$z^{(l+1)} = \\Theta^{(l)} a^{(l)}$，$a^{(l+1)} = g(z^{(l+1)})$。'],
  ],
  predict: [
    ['1e89f14188', '对 `X`（m × s(1)，嵌套数组或打包形式）的每一行计算输出 h_Θ(x)，结果为 m × s(L) 矩阵。比 `forwardBatch` 快：不为每一层复制数据，而且每次 4 行一起送入计算内核。'],
  ],
  CostName: [
    ['7cda98efca', '代价函数的名称。'],
  ],
  CostOptions: [
    ['ea793fe562', '选用哪种代价，以及正则化强度 $\\lambda$（默认为 0）。'],
    ['4fc256eb52', '`cost?: CostName`：代价函数；默认由输出层的激活函数决定（见 `defaultCost`）。'],
    ['47a88fd657', '`lambda?: number`：L2 正则化，$\\lambda \\ge 0$；偏置列从不参与正则化。'],
  ],
  cost: [
    ['02d2ce7196', '代价 $J(\\Theta) = \\frac1m\\sum_{i=1}^m \\text{cost}(h_\\Theta(x^{(i)}), y^{(i)}) + \\frac{\\lambda}{2m}\\sum_{l,i,j\\ge1}(\\Theta^{(l)}_{ij})^2$。'],
  ],
  ChainRuleFactors: [
    ['c08e3716b7', '某个权重在一个样本上的链式法则各因子。'],
    ['e5c26cbf5b', '`dJda: number`：① $\\partial J/\\partial a^{(l+1)}_i$。对隐藏单元，它是 `paths` 各项之和。对输出单元，它由 $z$ 算出（sigmoid 用 $1/h = 1 + e^{-z}$，softmax 用 $1/h_i = e^{\\log\\sum_k e^{z_k} - z_i}$），因此即使 $h$ 被舍入为 0 或 1，它仍然有限且正确；只有当真实值超出双精度范围（$|z| > 709$）时，它才是 $\\pm\\infty$。'],
    ['a545f785ba', '`dadz: number`：② $\\partial a^{(l+1)}_i/\\partial z^{(l+1)}_i = g\'(z^{(l+1)}_i)$，由 $z$ 算出（softmax 取对角元 $a_i(1-a_i)$）。'],
    ['fce7a38a96', '`dzdTheta: number`：③ $\\partial z^{(l+1)}_i/\\partial\\Theta^{(l)}_{ij} = a^{(l)}_j$（对偏置，即 $j = 0$，该值 $= 1$）。'],
    ['aa91022391', '`delta: number`：$\\delta^{(l+1)}_i = \\partial J/\\partial z^{(l+1)}_i$；除 softmax 输出外，它等于 ①·②。'],
    ['a52c8c9d5a', '`value: number`：$\\partial J/\\partial\\Theta^{(l)}_{ij} = \\delta^{(l+1)}_i\\,a^{(l)}_j$（激活函数逐元素作用时，它 = ①·②·③）。'],
    ['7647ab708a', '`paths?: PathTerm[]`：对隐藏单元，是各项 $\\Theta^{(l+1)}_{ki}\\,\\delta^{(l+2)}_k$，其和为 ①。对 softmax 输出，是各项 $\\frac{\\partial J}{\\partial a_k}\\frac{\\partial a_k}{\\partial z_i}$，其和为 $\\delta_i$（softmax 函数的雅可比矩阵不是对角矩阵，所以单凭 ①·② 得不到 $\\delta_i$）。其他情况下没有这个字段。'],
  ],
  PathTerm: [
    ['0ac5fd2cb3', '一条路径的贡献：经过下一层的单元 `k`（或 softmax 的输出 `k`）。'],
  ],
  chainRule: [
    ['e63bb4f5c6', '单个样本的 $\\partial J/\\partial\\Theta^{(l)}_{ij}$ 的因子 ①②③，使用数学中的下标：$l = 1..L-1$，$i = 1..s_{l+1}$，$j = 0..s_l$。'],
  ],
  sigmoidGradient: [
    ['48bfb439ea', 'sigmoid 函数的导数 $g\'(z) = g(z)\\,(1 - g(z)) = \\sigma(z)\\,\\sigma(-z)$，按第二种形式计算，因此在 $\\sigma(z)$ 舍入为 1 时仍能保住有效数字。等同于 `ACTIVATION.sigmoid.gPrime`。'],
  ],
  tanhGradient: [
    ['0ba645b35b', 'tanh 的导数 $1 - \\tanh^2 z = 1/\\cosh^2 z$，按第二种形式计算（$\\tanh z$ 舍入为 ±1 之后也不会出现相减相消）。等同于 `ACTIVATION.tanh.gPrime`。'],
  ],
  reluGradient: [
    ['7fc43c1a9d', 'ReLU 的导数：$z > 0$ 时为 $1$，否则为 $0$（在 $z = 0$ 处取 $0$）。'],
  ],
  BackpropTrace: [
    ['15ecddeea0', '对单个样本先做前向传播、再做反向传播的全过程。'],
    ['cc9b6de0b1', '`delta(l: number): Vector`：$\\delta^{(l)} = \\partial J/\\partial z^{(l)}$，l = 2..L。'],
    ['e02eb4bfba', '`D(l: number): Matrix`：这一个样本的 $D^{(l)} = \\delta^{(l+1)}(a^{(l)})^T = \\partial J/\\partial\\Theta^{(l)}$（不含正则化），l = 1..L−1。'],
    ['ceed6810d2', '`readonly J: number`：这个样本的代价。'],
  ],
  backprop: [
    ['c777d37240', '单个样本的反向传播：先由代价得到 $\\delta^{(L)}$，再依次求出 $\\delta^{(l)} = (\\Theta^{(l)})^T\\delta^{(l+1)} \\odot g\'(z^{(l)})$ 和 $D^{(l)} = \\delta^{(l+1)} (a^{(l)})^T$。'],
  ],
  backpropBatch: [
    ['db8062ca8f', '对每一行做反向传播：每个样本对应一个 `BackpropTrace`（供逐个样本显示 $\\delta$ 的交互组件使用）。'],
  ],
  Gradients: [
    ['b4fd6149f8', '数据集上的代价及其梯度。各矩阵存放在数组中（可以序列化为 JSON，而且与 `numericalGradient` 的返回形式相同，两者可以直接比较）：第 l 层位于下标 `[l-1]` 处。'],
    ['e9da593d4a', '`J: number`：J(Θ)，对 m 个样本取平均，并含正则化。'],
    ['6a517164ca', '`D: Matrix[]`：`D[l-1]` 即 D(l) = (1/m) Δ(l) + (λ/m) Θ(l) = ∂J/∂Θ(l)，其中偏置列 j = 0 不参与正则化。'],
    ['aadd9466c0', '`Delta: Matrix[]`：`Delta[l-1]` 是累加器 Δ(l) = Σ δ(l+1) a(l)ᵀ，对 m 个样本求和（不含正则化）。'],
  ],
  gradients: [
    ['0ba32f71b4', 'X、Y 全部行上（全批量）的 J 和 D(l) = ∂J/∂Θ(l)。X 和 Y 可以是嵌套数组，也可以是打包的形式。'],
  ],
  NumericalGradientOptions: [
    ['dcce8de8ce', '`numericalGradient` 的选项：代价的各项选项，外加步长 $\\varepsilon$（默认为 $10^{-4}$）。'],
  ],
  numericalGradient: [
    ['014a204282', '用中心差分求梯度，$\\frac{\\partial J}{\\partial\\Theta_{ij}} \\approx \\frac{J(\\Theta + \\varepsilon e_{ij}) - J(\\Theta - \\varepsilon e_{ij})}{2\\varepsilon}$，形式与 `gradients(...).D` 相同。每个权重都要完整地计算两次 J：只用作检验工具。'],
  ],
  relativeDifference: [
    ['d77a7f63bb', '两个形状相同的梯度（向量、矩阵或矩阵列表）的相对差 $\\frac{\\lVert a - b\\rVert}{\\lVert a + b\\rVert}$；低于约 $10^{-9}$ 说明反向传播是正确的。两者都为零时返回 0。对单个极小的导数，它没有意义（两个噪声量级的数会给出约 1）：这类导数应当用 `derivativeAgrees` 判断，它另加了一个绝对下限。'],
  ],
  gradientCheck: [
    ['6b3cd8415f', '反向传播给出的梯度、数值梯度、两者的相对差，以及 `derivativeAgrees` 对每个权重的判定（相对差 $\\le$ `rtol` 或绝对差 $\\le$ `atol`）。'],
  ],
  Op: [
    ['8f6f6c95f6', '生成一个节点的运算；`input` 和 `const` 是叶节点。'],
  ],
  DerivativeReport: [
    ['35fd9f9847', '一个输出对选定输入的梯度，以及求它所花的计算量。'],
    ['d174d6218f', '`gradient: number[]`：$\\partial\\,\\text{out}/\\partial\\,\\text{inputs}[i]$。'],
    ['dfef666ae4', '`passes: number`：对计算图的扫描遍数：前向模式每个输入一遍，反向模式一遍前向扫描加一遍反向扫描。'],
    ['8916a2a74e', '`operations: number`：初等运算的次数，两种模式按同样的方式计数：每次节点求值记一次，沿一条边每做一次乘加记一次（向前传切向值，向后传伴随值）。'],
  ],
  Value: [
    ['f8a575ca10', '计算图中的一个节点：它的值 `data`（立即求值，即前向传播）、它是如何得到的，以及调用 `Value.backward` 之后的 `grad` $= \\partial\\,\\text{out}/\\partial\\,\\text{this}$。'],
    ['d5b4cf90e4', '`grad = 0`：$\\partial\\,\\text{out}/\\partial\\,\\text{this}$，由 `Value.backward` 填入（此前为 0）。'],
    ['a1975588cc', '`readonly exponent: number`：`pow` 节点的指数。'],
    ['353ded2097', '`add(o: Value | number): Value`：$\\text{this} + o$。'],
    ['eea5248902', '`mul(o: Value | number): Value`：$\\text{this} \\cdot o$。'],
    ['531905decc', '`neg(): Value`：$-\\text{this}$。'],
    ['33bbe4fde4', '`sub(o: Value | number): Value`：$\\text{this} - o$。'],
    ['9e44640a2a', '`div(o: Value | number): Value`：$\\text{this} / o$。'],
    ['b740ad8b1f', '`pow(n: number): Value`：$\\text{this}^n$，$n$ 为常数（局部导数为 $n\\,\\text{this}^{n-1}$，$n = 0$ 时取 0：$\\text{this}^0 \\equiv 1$）。'],
    ['a012a38628', '`exp(): Value`：$e^{\\text{this}}$。'],
    ['3a5dbc3c7f', '`log(): Value`：$\\ln \\text{this}$。'],
    ['ebddc07e20', '`log1p(): Value`：$\\ln(1 + \\text{this})$，对极小的自变量（$1 + \\text{this}$ 会舍入为 1）也是精确的；用于数值稳定的代价，例如 $\\log(1 + e^{-z})$。'],
    ['e85129ff79', '`tanh(): Value`：$\\tanh \\text{this}$。'],
    ['76fd299fc9', '`sigmoid(): Value`：$\\sigma(\\text{this})$。'],
    ['c3f87f7c69', '`relu(): Value`：$\\max(0, \\text{this})$。'],
    ['596a94d6fc', '`backward(): number`：从这个节点开始做反向模式：为它所依赖的每个节点设置 `grad`；返回局部导数乘加的次数（每条边一次）。'],
  ],
  topoSort: [
    ['7893f6ca71', '`out` 所依赖的全部节点，运算数排在其后继节点之前（即拓扑顺序）。'],
  ],
  localDerivatives: [
    ['e9546b06da', '`v` 的每个运算数 $p$ 的 $\\partial v/\\partial p$，由各运算数的值算出。σ′ 和 tanh′ 由输入 $z$ 求得（`ACTIVATION`），因此在单元饱和时仍能保住有效数字。幂法则 $n\\,a^{n-1}$ 在 $n = 0$ 时取 0（$a^0 \\equiv 1$，在 $a = 0$ 处也是如此，而按乘积形式那里会得到 $0\\cdot\\infty$）；当 $0 < n < 1$ 且 $a = 0$ 时它为 $+\\infty$，即真实的单侧斜率。'],
  ],
  reverseMode: [
    ['35387292b8', '反向模式微分：一遍前向扫描（各节点求值）加一遍反向扫描，一次得到对所有输入的 $\\partial\\,\\text{out}/\\partial x_i$。'],
  ],
  Dual: [
    ['8728cea53c', '对偶数 $v + t\\varepsilon$：`value` $v$，以及对选定输入 $x$ 的 `tangent` $t = dv/dx$。'],
    ['d2f169fd3d', '`add(o: Dual): Dual`：和法则。'],
    ['2613a44882', '`mul(o: Dual): Dual`：乘积法则。'],
    ['b556774053', '`neg(): Dual`：取负。'],
    ['c30e314c1e', '`div(o: Dual): Dual`：商法则。'],
    ['16a8c1ba03', '`pow(n: number): Dual`：常数 n 的幂法则：切向值为 $n v^{n-1} t$。零切向值保持为精确的 0（这个输入不改变 $v$，$v^n$ 也就不变，即使在 $n v^{n-1} = \\infty$ 处也是如此）；$n = 0$ 时给出 0（$v^0 \\equiv 1$）。'],
    ['edb4b89514', '`exp(): Dual`：$e^v$。'],
    ['1a81818c86', '`log(): Dual`：$\\ln v$。'],
    ['663430b26d', '`log1p(): Dual`：$\\ln(1 + v)$，对极小的 v 也是精确的。'],
    ['3e3af095c8', '`tanh(): Dual`：tanh，其中 tanh′ 由 v 求得（tanh v 舍入为 ±1 时仍能保住有效数字）。'],
    ['d8ca95c687', '`sigmoid(): Dual`：σ，其中 σ′ = σ(v)σ(−v) 由 v 求得（σ(v) 舍入为 1 时仍能保住有效数字）。'],
    ['7c84abd818', '`relu(): Dual`：ReLU。'],
  ],
  forwardMode: [
    ['1812368854', '前向模式微分：每个输入做一遍对偶数扫描。有 $n$ 个输入、一个输出时，它需要 $n$ 遍扫描和 $n(N + E)$ 次运算，而 `reverseMode` 只需 2 遍扫描和 $N + E$ 次运算（$N$ 为运算节点数，$E$ 为边数）——课中正是以此说明反向传播为何是反向模式。只有一个输入时，两种模式打平；对只有一个输出的函数，前向模式永远胜不过反向模式。'],
  ],
  NetworkGraph: [
    ['d5b97fb525', '把网络对单个样本的代价表示为计算图：输出节点 `J`、各权重叶节点，以及各输出 `h`。'],
    ['7f56365b54', '`J: Value`：该样本的代价 $J$，作为计算图中的一个节点。'],
    ['5059662a35', '`Theta: Value[][][]`：`Theta[l-1][i-1][j]` 是 $\\Theta^{(l)}_{ij}$ 对应的叶节点。'],
    ['89c42ec851', '`weights: Value[]`：全部权重叶节点，顺序与展平后的 `net.weights()` 相同（先 l，再 i，后 j）。'],
    ['571b226a77', '`weightRefs: { l: number; i: number; j: number; }[]`：`weightRefs[n]` 指明 `weights[n]` 是哪个权重：以 `{ l, i, j }` 表示的 $\\Theta^{(l)}_{ij}$（数学下标）。'],
    ['ac896b4db5', '`x: Value[]`：输入叶节点 $x_j$（常数：`x[j-1]` 即 $x_j$）。'],
    ['d0b24f92fb', '`h: Value[]`：输出节点 $h_k$。'],
  ],
  networkGraph: [
    ['ba88595c78', '把一个样本的代价（不含正则化项）构建成标量计算图，每个权重对应一个叶节点。'],
    ['f2f5cf3323', '平方误差按各课的写法构建：$\\tfrac12\\sum_k (h_k - y_k)^2$。基于对数的代价则与矩阵代码的计算方式一样，从 $z^{(L)}$ 出发构建，因此只要 $J$ 及其梯度是有限数，即使某个概率被舍入为 0 或 1，计算图也能给出它们。sigmoid 输出的交叉熵是 $y\\,\\mathrm{softplus}(-z) + (1-y)\\,\\mathrm{softplus}(z)$，其中 $-\\log\\sigma(z) = \\mathrm{softplus}(-z)$，而 $\\mathrm{softplus}(x) = \\max(x,0) + \\log(1 + e^{-|x|})$ 借助 `log1p` 计算。softmax 记 $m$ 为最大 logit 的位置，用 $d_k = z_k - z_m$ 和 $s = \\log(1 + \\sum_{k \\ne m} e^{d_k})$（减去了最大值，所以 `exp` 不会溢出，且和 $\\ge 1$）：$h_k = e^{d_k - s}$，$J = \\sum_k y_k(s - d_k) = \\sum_k y_k(\\log\\sum_j e^{z_j} - z_k)$。'],
    ['7b86825ed7', '输出节点 `h` 总会被构建；但使用基于对数的代价时，$J$ 并不经过它们。'],
  ],
  TrainOptions: [
    ['9a04676a57', '训练设置。$\\lambda > 0$ 时，每次更新都使用完整正则化梯度的小批量估计 $D_B = \\frac1b\\sum_{i\\in B}\\delta^{(l+1)}(a^{(l)})^T + \\frac{\\lambda}{m}\\Theta^{(l)}$（第 8 课式 (8.10)），其中 $b$ 是批量的大小，$m$ 是全部训练样本的个数（偏置列不受惩罚），因此按见过的样本数计，权重衰减在任何批量大小下都相同。'],
    ['93a9ab173f', '`learningRate: number`：学习率 $\\alpha > 0$。'],
    ['b44c161665', '`batchSize?: number`：每次更新所用的样本数；默认为 m（也是上限），即全批量。每轮（epoch）的最后一个批量可能较小。'],
    ['b009376226', '`momentum?: number`：动量 $\\mu \\in [0, 1)$：$v \\leftarrow \\mu v - \\alpha D$，$\\Theta \\leftarrow \\Theta + v$。默认为 0。'],
    ['e24251d17e', '`shuffle?: boolean`：在每轮（epoch）开始时打乱样本（默认为 `true`；只在 `batchSize` < m 时才有影响）。`false` 则保持固定的顺序：每一轮都按给定的行序，划分成相同的批量。'],
    ['b7302e7710', '`seed?: number`：各轮之间打乱样本所用的随机种子（默认为 1）。'],
    ['bc98d670f3', '`epochs?: number`：遍历数据的轮数（默认为 100；取 `Infinity` 时一直运行，直到调用方不再索取下一步为止）。'],
  ],
  TrainStep: [
    ['b56402c540', '一次更新的结果。'],
    ['659202ea5d', '`step: number`：本次更新的序号，从 1 开始。'],
    ['1a922ad057', '`epoch: number`：本次更新所属的轮（epoch），从 1 开始计数。'],
    ['ec8e52132c', '`lossBefore: number`：本次更新所要降低的目标函数，在本步的批量 $B$ 上、用更新之前的权重计算：$\\frac1b\\sum_{i\\in B}\\mathrm{cost}(h_\\Theta(x^{(i)}), y^{(i)}) + \\frac{\\lambda}{2m}\\sum_{l,i,j\\ge1}(\\Theta^{(l)}_{ij})^2$，其中 $m$ 为全部训练样本的个数。全批量时，它就是经过 `step − 1` 次更新之后的 $J(\\Theta)$，所以第一步报告的是初始权重处的 $J$。它的梯度恰好就是本次更新所用的 $D_B$。'],
    ['b2ae3ce406', '`loss: number`：已弃用：与 `TrainStep.lossBefore` 是同一个数（为兼容已有的调用代码而保留）。'],
    ['9ca0947296', '`diverged: boolean`：若损失、梯度或更新后的权重将不再是有限数，则为真；训练在这一步结束，且这一步的更新不会被应用。'],
    ['4812eda8e4', '`reason?: string`：训练发散的原因（仅在 `diverged` 时给出）。'],
  ],
  Dataset: [
    ['56bd4781d7', '带标签的数据集：X 的每一行是一个输入，Y 的每一行是对应的目标值。'],
  ],
  FitResult: [
    ['2efee8a66d', '`fit` 结束后的汇总。'],
    ['d845ed6a65', '`steps: number`：执行的更新次数（若 `diverged`，最后一次计入次数，但未被应用）。'],
    ['ca3cb1990e', '`loss: number`：训练结束之后在全部数据上的目标函数值，$J(\\Theta) = \\frac1m\\sum\\mathrm{cost} + \\frac{\\lambda}{2m}\\sum\\Theta^2$（若 `diverged`：则为最后一步的 `TrainStep.lossBefore`，它不是有限数，或只在批量上计算）。'],
    ['f0fd6212c6', '`losses: number[]`：`losses[s − 1]` 是第 s 步的 `TrainStep.lossBefore`，即在第 s 次更新之前测得的值。全批量时，`losses[0]` 是初始权重处的 $J$，`losses[e − 1]` 是经过 e − 1 次更新之后的 $J$；`loss` 则是全部更新完成之后的 $J$。'],
  ],
  train: [
    ['2ee6b7ed60', '用（小）批量梯度下降（可选动量）就地训练 `net`，每次更新之后产出一个 `TrainStep`。种子给定时，结果是确定的。每一步在其批量上计算目标函数及其梯度 $D_B$（见 `TrainOptions`），然后写入新的权重（以及速度），同时保留旧值；除非每个新值都是有限数，否则就把旧值放回。训练在 `epochs` 轮之后停止，或者在某一步给出 `diverged: true` 之后立即停止：这时损失、梯度或新权重不是有限数，这次更新不会被应用，`net` 保留更新之前的有限权重。'],
  ],
  fit: [
    ['b707a920c0', '把 `train` 运行到底并给出汇总：更新次数、全部数据上的最终损失，以及每一步的损失（各在该步更新之前测得）。'],
  ],
  DataOptions: [
    ['82bf3db593', '公共选项：点的个数、高斯噪声（标准差）和随机种子。'],
  ],
  xor: [
    ['bd1a4a090c', '异或（XOR）。不给出 `n` 时：$\\{0,1\\}^2$ 的四个角点，$y = x_1 \\oplus x_2$。给出 `n` 时：在 $[-1,1]^2$ 中均匀分布的点，$x_1 x_2 < 0$ 时标签为 1（即 Playground 中的 XOR），输入上另加噪声。'],
  ],
  circles: [
    ['df47e862f7', '两个同心圆：半径为 1 的圆上标签为 0，半径为 `factor`（默认 0.5）的圆上标签为 1。'],
  ],
  spirals: [
    ['adebee59a6', '两条相互交错的螺旋线（标签为 0 和 1），每条旋转 `turns` 圈（默认 1.5），向外延伸到半径 1。'],
  ],
  blobs: [
    ['4bf3388bfd', '高斯团簇：`classes` 个（默认 3 个）中心位于半径为 2 的圆上，散布程度为 `noise`（默认 0.4），目标值 $Y$ 采用独热编码（供 softmax 输出层使用）。'],
  ],
  curve1d: [
    ['7e7a1030b9', '一维回归曲线：$x$ 在 $[-1, 1]$ 上均匀分布（已排序），$y = f(x) + \\text{noise}$，默认 $f(x) = \\sin(\\pi x)$。'],
  ],
  split: [
    ['9f429292e9', '（按种子）打乱数据集，并把它划分为训练集和测试集；测试集含 $\\lfloor m \\cdot \\text{testFraction} \\rceil$ 个样本，两部分都至少有一个样本。'],
  ],
  Rng: [
    ['bb9ebe189d', '生成 $[0, 1)$ 上均匀分布随机数的生成器。'],
  ],
  createRng: [
    ['790ea9db40', '确定性的伪随机数生成器（PRNG，mulberry32），返回 $[0, 1)$ 上均匀分布的数；同一个种子在任何机器上都给出相同的序列。每次调用都创建一个独立的生成器（不共享状态）。'],
  ],
  BackpropError: [
    ['284fe7d2e0', '遇到任何错误输入时抛出：形状不对（消息中给出两个形状）、非有限数、空数据、未知的激活函数名或代价名、层的大小小于 1、层号超出范围。'],
  ],
};

/**
 * The comments in words of the entries' examples, in Chinese (the examples themselves are code and stay as written;
 * comments that show a value, such as `// [0.5, 1]`, need none). Keyed by the comment's English text.
 */
export const API_ZH_EXAMPLE_COMMENTS: Readonly<Record<string, string>> = {
  'equals gradients(...).D flattened': '等于 gradients(...).D 展平后的结果',
  'rows in data order, every epoch': '每一轮都按数据中的行序',
  '200 noisy points': '200 个带噪声的点',
  'always the same first number for seed 42': '种子为 42 时，第一个数总是同一个',
  '4.248354255291589e-18 (not 0)': '4.248354255291589e-18（不是 0）',
  '1.6993417021166355e-17 (not 0)': '1.6993417021166355e-17（不是 0）',
};
