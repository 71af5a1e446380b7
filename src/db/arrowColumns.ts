/**
 * Arrow vectors built directly from typed arrays. apache-arrow's builders (vectorFromArray) compile
 * a null check with `Function(...)`, which a strict Content-Security-Policy forbids; this does not.
 */
import { Bool, Float64, Int32, makeData, makeVector, Utf8, type Vector } from 'apache-arrow';

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

export function float64Vector(values: Values): Vector<Float64> {
  const { bitmap, nullCount } = validity(values);
  const data = values instanceof Float64Array ? values : Float64Array.from(values as ArrayLike<number>, (v) => (v == null ? 0 : Number(v)));
  return makeVector(makeData({ type: new Float64(), length: values.length, nullCount, nullBitmap: bitmap, data }));
}

export function int32Vector(values: Values): Vector<Int32> {
  const { bitmap, nullCount } = validity(values);
  const data = values instanceof Int32Array ? values : Int32Array.from(values as ArrayLike<number>, (v) => (v == null ? 0 : Number(v)));
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
  const encoded = Array.from(values, (v) => (v == null ? null : encoder.encode(String(v))));
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
