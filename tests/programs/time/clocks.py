# time.time(), perf_counter() and monotonic() advance across time.sleep();
# only signs and differences are printed, never the values.
import time
from time import perf_counter, sleep

t0 = time.time()
p0 = perf_counter()
m0 = time.monotonic()
sleep(0.02)
time.sleep(0)
time.sleep(1 // 100)
print(time.time() - t0 > 0.01, perf_counter() - p0 >= 0.02, time.monotonic() - m0 >= 0.02)
print(t0 > 1.6e9, p0 == p0)
for bad in [-1.0, float("nan"), 1e300]:
    try:
        time.sleep(bad)
    except ValueError as e:
        print("ValueError", e)
    except OverflowError as e:
        print("OverflowError", e)
