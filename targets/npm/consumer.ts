// Type-checks the kitchen-sink package's index.d.ts from a user's point of
// view (check-types.sh copies it beside the generated package). Each
// `@ts-expect-error` line must be an error: the declarations are precise,
// not merely permissive.
import * as ks from './index';
import { Point, Point3, PythonError, ValueError, GeometryError, DegenerateError } from './index';

const sum: number = ks.add(1, 2n);
const scaled: number = ks.scale(1.5) + ks.scale(1.5, 3);
const even: boolean = ks.is_even(4);
const hello: string = ks.greet('Ada') + ks.greet('Ada', 'Hi');
const nothing: void = ks.log('x');
const mean: number = ks.mean([1, 2.5]);
const counts: Record<string, number> = ks.word_counts('a b a');
const inverted: Record<string, number[]> = ks.invert(new Map<number | bigint, string>([[1, 'a'], [2n, 'b']]));
const [lo, hi]: [number, number] = ks.min_max([3, 1n, 2]);
const found: number | null = ks.find(['a'], 'a') ?? ks.find(['a'], 'a', null) ?? ks.find(['a'], 'a', 1);
const sum2: Buffer = ks.checksum(new Uint8Array([1, 2]));
const sum3: Uint8Array = ks.checksum(Buffer.from('ab'));
ks.delete(1);
ks.delete(1, 'y', 2.5);
const f: string = ks.function(['a'], 2n, true);
const n: number = ks.native(1, null) + ks.native(1);
const d: string = ks.default() + ks.default('c');
const p: Point = ks.make_point(1, 2);
const near: Point | null = ks.nearest([p]);

const q = new Point(1);
q.x = 3;
const norm: number = q.norm + q.distance_to(new Point(0, 0));
const moved: Point = q.translate(1).translate(1, 2);
q.delete();
const origin: Point = Point.origin();
const pts: Point[] = Point.from_pairs([[1, 2]]);
const text: string = q.toString();
const p3: Point = new Point3(1, 2, 3);
const z: number = new Point3(1, 2, 3).z;
const m = new ks.Map();
const size: number = m.size;
const got: string | null = m.get('k');
const byName: Record<string, Point> = m.points();
const builtIn: Map<string, number> = new Map();

const version: string = ks.VERSION;
const max: number = ks.MAX_POINTS + ks.EPSILON;
const debug: boolean = ks.DEBUG;

try {
  ks.mean([]);
} catch (err) {
  if (err instanceof ValueError) {
    const t: string = err.pythonType;
    const msg: string = err.message;
  }
  if (err instanceof DegenerateError) {
    const g: GeometryError = err;
    const v: ValueError = err;
  }
  if (err instanceof ks.TypeError) {
    const e: PythonError = err;
  }
}

// @ts-expect-error: str parameters take strings only
ks.greet(1);
// @ts-expect-error: results are numbers, never bigint
const big: bigint = ks.add(1, 2);
// @ts-expect-error: required parameters are required
ks.add(1);
// @ts-expect-error: norm is read-only
q.norm = 2;
// @ts-expect-error: pythonType is read-only
new PythonError('m').pythonType = 'x';
// @ts-expect-error: dict[str, V] is a plain object, not a Map
ks.word_counts('a') satisfies Map<string, number>;
// @ts-expect-error: bytes parameters take a Uint8Array, not a string
ks.checksum('ab');
// @ts-expect-error: bytes results are Buffers, not strings
const notText: string = ks.checksum(new Uint8Array(0));
// @ts-expect-error: a tuple has a fixed length
const three: [number, number, number] = ks.min_max([1]);

export {};
