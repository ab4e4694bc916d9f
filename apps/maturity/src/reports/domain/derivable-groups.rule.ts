/**
 * What a reader can work out from released figures (ADR 0052). A released group figure is a
 * mean with its count, so it gives the sum over the group's agencies; any linear combination of
 * released sums is a sum a reader can compute (a difference of two, a total less a few parts…).
 * `singledOut` lists every set of one or two agencies whose values some combination isolates, so
 * an empty answer means no combination describes fewer than three agencies.
 *
 * How: agencies that every figure treats alike form one cell (no combination can split a cell).
 * A combination of the figures' rows lands on a set Q of cells exactly when the rows of a
 * null-space basis for those cells are linearly dependent: for one cell, its row is zero; for two,
 * their rows are parallel. The null space is read off a reduced row echelon form, kept exactly in
 * integers (BigInt) as figures are added one at a time, so no rounding decides a disclosure.
 */
export class DerivableSums {
  private constructor(
    private readonly cells: readonly string[][],
    private readonly cellOf: ReadonlyMap<string, number>,
    private readonly rows: readonly bigint[][],
    private readonly pivots: readonly number[],
  ) {}

  /** Nothing known yet about `population`; every figure added later must be one of `figures`. */
  static over(population: readonly string[], figures: ReadonlyArray<readonly string[]>): DerivableSums {
    const signatures = new Map<string, number[]>(population.map((agency) => [agency, []]));
    figures.forEach((figure, f) => new Set(figure).forEach((agency) => signatures.get(agency)?.push(f)));
    const bySignature = new Map<string, string[]>();
    for (const [agency, signature] of signatures) {
      const key = signature.join();
      const cell = bySignature.get(key);
      if (cell) cell.push(agency);
      else bySignature.set(key, [agency]);
    }
    const cells = [...bySignature.values()];
    const cellOf = new Map(cells.flatMap((cell, c) => cell.map((agency) => [agency, c] as const)));
    return new DerivableSums(cells, cellOf, [], []);
  }

  /** What is known once the sum over `figure`'s agencies is known too. */
  with(figure: readonly string[]): DerivableSums {
    let row = this.cells.map(() => 0n);
    for (const agency of figure) {
      const c = this.cellOf.get(agency);
      if (c !== undefined) row[c] = 1n;
    }
    this.pivots.forEach((p, r) => (row = eliminate(row, this.rows[r], p)));
    const pivot = row.findIndex((value) => value !== 0n);
    if (pivot < 0) return this;
    const rows = this.rows.map((other) => eliminate(other, row, pivot));
    return new DerivableSums(this.cells, this.cellOf, [...rows, row], [...this.pivots, pivot]);
  }

  /** The sets of one or two agencies some combination of the known sums describes alone. */
  singledOut(): string[][] {
    const isPivot = new Set(this.pivots);
    const free = this.cells.map((_, c) => c).filter((c) => !isPivot.has(c));
    // The direction of each small cell's row in the null-space basis, as a canonical string
    // ('' is zero); a free cell's row is its own unit vector.
    const direction = this.cells.map((_, c) => `${c}:1`);
    this.rows.forEach((row, r) => {
      const c = this.pivots[r];
      if (this.cells[c].length <= 2) direction[c] = canonical(free.map((f) => [f, row[f]] as const));
    });
    const singledOut = this.cells.filter((cell, c) => cell.length <= 2 && direction[c] === '');
    const single = new Map<string, string[]>();
    this.cells.forEach((cell, c) => {
      if (cell.length !== 1 || direction[c] === '') return;
      const twin = single.get(direction[c]);
      if (twin) singledOut.push([...twin, cell[0]]);
      else single.set(direction[c], cell);
    });
    return singledOut;
  }
}

/** The sets of one or two agencies that some combination of the figures' sums describes alone. */
export function agenciesSingledOut(
  population: readonly string[],
  figures: ReadonlyArray<readonly string[]>,
): string[][] {
  return figures
    .reduce((known, figure) => known.with(figure), DerivableSums.over(population, figures))
    .singledOut();
}

/** `row` with column `p` cleared by a multiple of `pivotRow` (whose entry at `p` is not zero). */
function eliminate(row: bigint[], pivotRow: readonly bigint[], p: number): bigint[] {
  if (row[p] === 0n) return row;
  const factor = row[p];
  return reduce(row.map((value, k) => value * pivotRow[p] - pivotRow[k] * factor));
}

function reduce(row: bigint[]): bigint[] {
  const divisor = row.reduce((g, value) => gcd(g, value < 0n ? -value : value), 0n);
  return divisor > 1n ? row.map((value) => value / divisor) : row;
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** A sparse vector scaled to integers with the first entry positive; '' for the zero vector. */
function canonical(entries: ReadonlyArray<readonly [number, bigint]>): string {
  const nonZero = entries.filter(([, value]) => value !== 0n);
  if (nonZero.length === 0) return '';
  const sign = nonZero[0][1] < 0n ? -1n : 1n;
  const scaled = reduce(nonZero.map(([, value]) => value * sign));
  return nonZero.map(([c], i) => `${c}:${scaled[i]}`).join(',');
}
