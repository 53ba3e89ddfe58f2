"""Import-time side effects run once, in CPython's order; names are per module."""
print("main: before imports")
import first
import second
import first as again
from second import helper as second_helper
from first import count, Point
print("main: after imports")
print(first.helper(), second.helper(), second_helper())
print(first.Point(1).describe(), second.Point("a", "b").describe(), Point(7).describe())
print(count, first.count)
first.incr()
first.incr()
print(count, first.count, again.count)
print("names:", first.NAME, second.NAME)
if __name__ == "__main__":
    print("main guard runs in the script")
