from dataclasses import dataclass


@dataclass
class Person:
    name: str
    age: int
    score: float = 0.0


def by_name(p: Person) -> str:
    return p.name


people = [Person("carol", 35, 7.5), Person("alice", 30, 9.0), Person("bob", 30, 6.25), Person("dave", 25, 9.0)]
print([p.name for p in sorted(people, key=by_name)])
print([p.name for p in sorted(people, key=lambda p: p.age)])
print([p.name for p in sorted(people, key=lambda p: p.score, reverse=True)])
people.sort(key=lambda x: x.name[-1])
print([p.name for p in people])
people.sort(key=lambda p: -p.age)
print(people)
words = ["banana", "Apple", "cherry", "fig", "date"]
print(sorted(words, key=len), sorted(words, key=lambda w: w.lower()))
words.sort(key=lambda w: (len(w) * 100) - ord(w[0]), reverse=True)
print(words)
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n % 3))


class Version:
    def __init__(self, text: str):
        self.parts = [int(x) for x in text.split(".")]
        self.text = text

    def __lt__(self, other: "Version") -> bool:
        return self.parts < other.parts

    def __repr__(self) -> str:
        return "v" + self.text


vs = [Version("1.10.0"), Version("1.2.3"), Version("0.9"), Version("1.2.10")]
print(sorted(vs), max(vs), min(vs))
pkgs = {"b": "1.2.3", "a": "1.10.0", "c": "0.9"}
names = list(pkgs.keys())
names.sort(key=lambda n: Version(pkgs[n]))
print(names)
