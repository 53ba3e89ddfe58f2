from typing import Optional
class K:
    kind = "k"
    @staticmethod
    def hello() -> str:
        return "hi"
x: Optional[K] = None
print(K().hello(), K().kind)
try:
    print(x.hello())
except AttributeError as e:
    print("AE", e)
try:
    print(x.kind)
except AttributeError as e:
    print("AE", e)
