# float repr corner cases: shortest round-trip, exponent thresholds, negative zero, and arithmetic artifacts.


def show(label: str, x: float) -> None:
    print(label, x, repr(x), str(x))


show("tenth", 0.1 + 0.2)
show("third", 1.0 / 3.0)
show("negzero", -0.0)
show("negzero2", 0.0 * -1.0)
show("big", 1e16)
show("below", 1e15)
show("edge", 9999999999999998.0)
show("small", 1e-4)
show("smaller", 1e-5)
show("tiny", 5e-324)
show("huge", 1.7976931348623157e308)
show("half", 0.5)
show("exp22", 1e22)
show("exp23", 1e23)
show("round", 2.675)
show("mult", 1.1 * 3.0)
vals = [1.0, 10.0, 100.0, 123456789.0, 1234567890123456.0, 12345678901234567.0, 0.001, 0.0001, 0.00001]
print(vals)
print([x / 7.0 for x in [1.0, 2.0, 22.0]])
acc = 0.0
for i in range(10):
    acc += 0.1
print(acc, acc == 1.0, round(acc, 10) == 1.0)
print(float(7), float(-0), -float(0), 3 / 2, -3 / 2, 7 / 7)
print(2.0 ** 0.5, 10.0 ** -3, 2.0 ** 60, 2.0 ** 70)
