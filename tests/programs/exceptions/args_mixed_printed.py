# Arguments of several types: printing e.args whole needs no item type.
class Failure(Exception):
    def __init__(self, msg: str, code: int):
        super().__init__(msg, code)
        self.code = code


nums = ArithmeticError(1, 2.5, True, None)
print(nums, repr(nums), str(nums.args), repr(nums.args))
try:
    raise Failure("disk full", 28)
except Failure as e:
    print(e.args, str(e), repr(e), e.code)
try:
    raise ValueError([1, 2], {"a": 1}, (3, "x"))
except ValueError as e:
    print(e.args)
    print(e)
raise Failure("fatal", 2)
