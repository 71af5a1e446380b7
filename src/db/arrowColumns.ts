/**
 * Arrow vectors built directly from typed arrays. apache-arrow's builders (vectorFromArray) compile
 * a null check with `Function(...)`, which a strict Content-Security-Policy forbids; this does not.
 */
import { Bool, Dictionary, Float64, Int32, makeData, makeVector, Utf8, type Vector } from 'apache-arrow';

type Values = ArrayLike<string | number | boolean | null>;

function validity(values: Values): { bitmap: Uint8Array; nullCount: number } {
  const bitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v == null || (typeof v === 'number' && Number.isNaN(v))) nullCount++;
    else bitmap[i >> 3]! |= 1 << (i & 7);
  }
  return { bitmap, nullCount };
}

/** Values and validity in one pass (plain loops: typed-array `from` with a callback is several times slower). */
function numbers<T extends Float64Array | Int32Array>(values: Values, data: T): { data: T; bitmap: Uint8Array; nullCount: number } {
  const bitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const n = v == null ? NaN : Number(v);
    if (Number.isNaN(n)) nullCount++;
    else {
      data[i] = n;
      bitmap[i >> 3]! |= 1 << (i & 7);
    }
  }
  return { data, bitmap, nullCount };
}

export function float64Vector(values: Values): Vector<Float64> {
  const { data, bitmap, nullCount } = numbers(values, new Float64Array(values.length));
  return makeVector(makeData({ type: new Float64(), length: values.length, nullCount, nullBitmap: bitmap, data }));
}

export function int32Vector(values: Values): Vector<Int32> {
  const { data, bitmap, nullCount } = numbers(values, new Int32Array(values.length));
  return makeVector(makeData({ type: new Int32(), length: values.length, nullCount, nullBitmap: bitmap, data }));
}

const encoder = new TextEncoder();

export function boolVector(values: Values): Vector<Bool> {
  const { bitmap, nullCount } = validity(values);
  const data = new Uint8Array(Math.ceil(values.length / 8));
  for (let i = 0; i < values.length; i++) if (values[i]) data[i >> 3]! |= 1 << (i & 7);
  return makeVector(makeData({ type: new Bool(), length: values.length, nullCount, nullBitmap: bitmap, data }));
}

export function utf8Vector(values: Values): Vector<Utf8> {
  const { bitmap, nullCount } = validity(values);
  // columns repeat the same few strings (ids, statuses, file names): each is encoded once
  const seen = new Map<string, Uint8Array>();
  const encoded = Array.from(values, (v) => {
    if (v == null) return null;
    const s = String(v);
    let b = seen.get(s);
    if (!b) seen.set(s, (b = encoder.encode(s)));
    return b;
  });
  const valueOffsets = new Int32Array(values.length + 1);
  let total = 0;
  encoded.forEach((b, i) => {
    total += b?.length ?? 0;
    valueOffsets[i + 1] = total;
  });
  const data = new Uint8Array(total);
  encoded.forEach((b, i) => b && data.set(b, valueOffsets[i]!));
  return makeVector(makeData({ type: new Utf8(), length: values.length, nullCount, nullBitmap: bitmap, valueOffsets, data }));
}

/**
 * Text as a dictionary (distinct strings once, an index per row) when it repeats enough: ids,
 * statuses, units and file names of a snapshot table shrink several times over, and DuckDB reads it
 * as plain VARCHAR. Falls back to `utf8Vector` for text that is mostly distinct.
 */
export function textVector(values: Values): Vector<Utf8> | Vector<Dictionary<Utf8, Int32>> {
  const index = new Map<string, number>();
  const indices = new Int32Array(values.length);
  const bitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v == null) {
      nullCount++;
      continue;
    }
    const s = String(v);
    let at = index.get(s);
    if (at === undefined) {
      at = index.size;
      index.set(s, at);
      if (index.size > values.length / 2) return utf8Vector(values);
    }
    indices[i] = at;
    bitmap[i >> 3]! |= 1 << (i & 7);
  }
  const dictionary = utf8Vector([...index.keys()]);
  return makeVector(makeData({ type: new Dictionary(new Utf8(), new Int32()), length: values.length, nullCount, nullBitmap: bitmap, data: indices, dictionary }));
}
