/**
 * Arrow vectors built directly from typed arrays. apache-arrow's builders (vectorFromArray) compile
 * a null check with `Function(...)`, which a strict Content-Security-Policy forbids; this does not.
 */
import { Float64, Int32, makeData, makeVector, Utf8, type Vector } from 'apache-arrow';

function validity(values: readonly unknown[]): { bitmap: Uint8Array; nullCount: number } {
  const bitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v == null || (typeof v === 'number' && Number.isNaN(v))) nullCount++;
    else bitmap[i >> 3]! |= 1 << (i & 7);
  });
  return { bitmap, nullCount };
}

export function float64Vector(values: readonly (number | string | null)[]): Vector<Float64> {
  const { bitmap, nullCount } = validity(values);
  const data = new Float64Array(values.length);
  values.forEach((v, i) => (data[i] = v == null ? 0 : Number(v)));
  return makeVector(makeData({ type: new Float64(), length: values.length, nullCount, nullBitmap: bitmap, data }));
}

export function int32Vector(values: readonly (number | string | null)[]): Vector<Int32> {
  const { bitmap, nullCount } = validity(values);
  const data = new Int32Array(values.length);
  values.forEach((v, i) => (data[i] = v == null ? 0 : Number(v)));
  return makeVector(makeData({ type: new Int32(), length: values.length, nullCount, nullBitmap: bitmap, data }));
}

const encoder = new TextEncoder();

export function utf8Vector(values: readonly (number | string | null)[]): Vector<Utf8> {
  const { bitmap, nullCount } = validity(values);
  const encoded = values.map((v) => (v == null ? null : encoder.encode(String(v))));
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
