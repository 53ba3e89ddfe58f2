class ParseError(Exception):
    def __init__(self, line: int, msg: str):
        super().__init__(f"line {line}: {msg}")
        self.line = line


class LimitError(Exception):
    def __init__(self, limit: int):
        super().__init__("limit", limit)
        self.limit = limit


def parse(text: str, limit: int) -> int:
    total = 0
    for i, line in enumerate(text.split("\n")):
        if not line.isdigit():
            raise ParseError(i + 1, f"not a number: {line!r}")
        total += int(line)
        if total > limit:
            raise LimitError(limit)
    return total


for text in ["1\n2\n3", "4\nx\n5", "50\n60"]:
    try:
        print("total", parse(text, 100))
    except ParseError as e:
        print("parse error at", e.line, "-", e)
    except LimitError as e:
        print("limit", e.limit, repr(e), str(e))
    except Exception as e:
        print("other", e)
