# f-string format specs: fill, align, sign, grouping, zero padding, and width on ints and floats.


def row(n: int, x: float) -> str:
    return f"|{n:*^9}|{n:+,}|{n:_}|{n:>+8}|{n:<6}|{n:=+8}|{x:010.2f}|{x:+.3e}|{x:,.1f}|"


for n, x in zip([0, 7, -1234567, 1000, -5], [0.0, 3.14159, -98765.4321, 1e6, -0.005]):
    print(row(n, x))
w = 12
p = 3
print(f"{3.14159:{w}.{p}f}|{'hi':>{w}}|{42:0{w}d}")
print(f"{255:#x} {255:#o} {255:#b} {255:X} {-255:#x} {255:08b} {65535:_x}")
print(f"{0.5:%} {0.125:.1%} {-0.25:>10.0%}")
print(f"{1e-7:g} {123456789.0:g} {0.0001:g} {1.5:g} {100.0:.2g} {-0.0:g}")
print(f"{'abc':~<7}{'abc':~>7}{'abc':~^8}|{'':-^4}|")
print(f"{True:>6}|{None!s:>6}|{3:5}|{'x':5}|{2.5:5}|")
print(f"{-7:05d} {7: d} {-7: d} {7:+05d} {1234567.891:,.2f} {-0.0:+.1f}")
print(f"{12345.6789:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-2.5:.0f}")
