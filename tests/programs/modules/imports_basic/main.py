print("main start")
import helper
import helper as h2
from helper import add, Point, LIMIT, bump
from pkg.sub import deep
import pkg.sub.deep
from pkg import util
print(__name__)
print(helper.add(2, 3), add(4, 5), h2.LIMIT, LIMIT)
p = helper.Point(1, 2)
q = Point(3, 4)
print(p.x + q.y, isinstance(p, Point))
print(helper.counter)
bump()
helper.bump()
print(helper.counter)
print(deep.depth(), pkg.sub.deep.depth(), util.twice(4))
class P3(helper.Point):
    def __init__(self, x: int, y: int, z: int) -> None:
        super().__init__(x, y)
        self.z = z
r = P3(1, 2, 3)
print(r.x, r.z, isinstance(r, helper.Point))
try:
    helper.fail("boom")
except helper.HelperError as e:
    print("caught", e)
helper.fail("uncaught")
