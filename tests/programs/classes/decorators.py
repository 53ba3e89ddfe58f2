class Temperature:
    scale = "C"

    def __init__(self, celsius: float):
        self._celsius = celsius
        self.reads = 0

    @property
    def celsius(self) -> float:
        self.reads += 1
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._celsius = value

    @property
    def fahrenheit(self) -> float:
        return self.celsius * 9 / 5 + 32

    @staticmethod
    def c_to_f(c: float) -> float:
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temperature":
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls) -> str:
        return "Temperature in " + cls.scale


t = Temperature(20.0)
print(t.celsius, t.fahrenheit, t.reads)
t.celsius = 37.5
print(t.celsius, t.reads)
t.celsius += 1.0
print(t.celsius, t.reads)
try:
    t.celsius = -300.0
except ValueError as e:
    print("ValueError:", e)
print(Temperature.c_to_f(100.0), t.c_to_f(0.0))
u = Temperature.from_fahrenheit(212.0)
print(u.celsius, Temperature.describe())


class Vector:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    @classmethod
    def zero(cls) -> "Vector":
        return cls(0.0, 0.0)

    @classmethod
    def unit_x(cls) -> "Vector":
        v = cls.zero()
        v.x = 1.0
        return v

    @property
    def length(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __repr__(self) -> str:
        return f"{type_name()}({self.x}, {self.y})"


class Vector3(Vector):
    def __init__(self, x: float, y: float, z: float = 0.0):
        super().__init__(x, y)
        self.z = z

    @property
    def length(self) -> float:
        return (self.x ** 2 + self.y ** 2 + self.z ** 2) ** 0.5


def type_name() -> str:
    return "Vec"


vs: list[Vector] = [Vector(3.0, 4.0), Vector3(1.0, 2.0, 2.0), Vector.zero(), Vector3.unit_x()]
for v in vs:
    print(v, v.length)
print(isinstance(Vector3.zero(), Vector3), isinstance(Vector.zero(), Vector3))
