import random
from random import randint, choice


def draws(seed: int) -> list[float]:
    random.seed(seed)
    return [random.random() for _ in range(3)]


print(draws(42))
print(draws(-42) == draws(42))
print(draws(2**40 + 7))
random.seed(0)
print([randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 7) for _ in range(10)])
print([random.randrange(50, 5, -3) for _ in range(10)])
print([random.randrange(-9223372036854775807 - 1, 9223372036854775807) for _ in range(3)])
print(random.randint(-9223372036854775807 - 1, 9223372036854775807))
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63)])

xs = list(range(20))
random.shuffle(xs)
print(xs)
names = ["ann", "bob", "cy", "dee"]
random.shuffle(names)
print(names)
print(choice(names), choice("hello"), choice((1.5, 2.5, 3.5)), choice(range(100, 200)))
print(random.sample(range(100), 10))
print(random.sample(range(1000), 30))
print(random.sample(names, 4), random.sample("abcdefg", 3), random.sample((1, 2, 3), 0))
print(random.choices(names, k=5))
print(random.choices(names, [1, 2, 3, 4], k=6))
print(random.choices(names, weights=[0.5, 0.1, 0.1, 3.0], k=6))
print(random.choices(names, cum_weights=[1, 2, 3, 10], k=6))
print(random.choices("xyz"))
print(random.uniform(1, 10), random.uniform(-2.5, 2.5))
print(random.gauss(), random.gauss(10.0, 2.0), random.gauss(0, 1))
print(random.normalvariate(), random.normalvariate(5, 0.5))

random.seed("hello")
print(random.random())
random.seed("")
print(random.random())
random.seed("ünïcödé \U0001f600")
print(random.randint(1, 1000))
random.seed(True)
print(random.random())
random.seed(0)
a = random.gauss()
random.seed(0)
print(a == random.gauss())


def big_sample() -> None:
    random.seed(7)
    pool = [i * i for i in range(500)]
    s = random.sample(pool, 200)
    print(len(s), len(set(s)), s[:8])


big_sample()
random.seed()
r = random.random()
print(0.0 <= r < 1.0)
random.seed(None)
print(1 <= random.randint(1, 3) <= 3)
