/**
 * Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations, accurate to
 * machine precision. Used on the symmetrised compartment matrix (at most 3 × 3).
 * @internal
 */
export interface SymmetricEigen {
  /** Eigenvalues. */
  values: number[];
  /** Eigenvectors as columns, row-major: `vectors[i * n + j]` is component i of vector j. */
  vectors: number[];
}

const MAX_SWEEPS = 50;

/** Decomposes the symmetric `n × n` row-major matrix `m` (not modified). */
export function symmetricEigen(m: ArrayLike<number>, n: number): SymmetricEigen {
  const a: number[] = [];
  const v: number[] = [];
  for (let i = 0; i < n * n; i++) {
    a.push(m[i] as number);
    v.push(i % (n + 1) === 0 ? 1 : 0);
  }
  let diag = 0;
  for (let i = 0; i < n; i++) diag += (a[i * n + i] as number) ** 2;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < n - 1; p++)
      for (let q = p + 1; q < n; q++) off += (a[p * n + q] as number) ** 2;
    if (off <= Number.EPSILON * Number.EPSILON * diag) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) rotate(a, v, n, p, q);
    }
  }
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(a[i * n + i] as number);
  return { values, vectors: v };
}

/** One Jacobi rotation zeroing a[p][q]. */
function rotate(a: number[], v: number[], n: number, p: number, q: number): void {
  const apq = a[p * n + q] as number;
  if (apq === 0) return;
  const app = a[p * n + p] as number;
  const aqq = a[q * n + q] as number;
  const theta = (aqq - app) / (2 * apq);
  const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p] as number;
    const akq = a[k * n + q] as number;
    a[k * n + p] = c * akp - s * akq;
    a[k * n + q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k] as number;
    const aqk = a[q * n + k] as number;
    a[p * n + k] = c * apk - s * aqk;
    a[q * n + k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p] as number;
    const vkq = v[k * n + q] as number;
    v[k * n + p] = c * vkp - s * vkq;
    v[k * n + q] = s * vkp + c * vkq;
  }
}
