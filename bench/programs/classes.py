# Method calls and objects: a particle simulation with a small class
# hierarchy. Every step calls methods through a base-class-typed list
# (dynamic dispatch), allocates short-lived Vec objects and reads and
# writes fields. The C and Rust peers use structs, function pointers /
# trait objects and the same operation order, so all print the same.


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def add(self, o: "Vec") -> "Vec":
        return Vec(self.x + o.x, self.y + o.y)

    def scale(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def dot(self, o: "Vec") -> float:
        return self.x * o.x + self.y * o.y


class Body:
    def __init__(self, pos: Vec, vel: Vec) -> None:
        self.pos = pos
        self.vel = vel
        self.bounces = 0

    def force(self) -> Vec:
        return Vec(0.0, -1.0)

    def step(self, dt: float) -> None:
        self.vel = self.vel.add(self.force().scale(dt))
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.y < 0.0:
            self.pos = Vec(self.pos.x, -self.pos.y)
            self.vel = Vec(self.vel.x, -self.vel.y * 0.9)
            self.bounces += 1


class Spring(Body):
    def force(self) -> Vec:
        return Vec(-self.pos.x * 0.5, -self.pos.y * 0.5)


class Drag(Body):
    def force(self) -> Vec:
        return self.vel.scale(-0.1).add(Vec(0.0, -1.0))


def simulate(n: int, steps: int) -> None:
    bodies: list[Body] = []
    for i in range(n):
        p = Vec(i * 0.37 % 5.0, 1.0 + i * 0.11 % 3.0)
        v = Vec(i * 0.05 % 1.0 - 0.5, 0.0)
        kind = i % 3
        if kind == 0:
            bodies.append(Body(p, v))
        elif kind == 1:
            bodies.append(Spring(p, v))
        else:
            bodies.append(Drag(p, v))
    for _ in range(steps):
        for b in bodies:
            b.step(0.01)
    energy = 0.0
    bounces = 0
    for b in bodies:
        energy += b.vel.dot(b.vel) * 0.5 + b.pos.y
        bounces += b.bounces
    print(f"bodies={n} steps={steps} bounces={bounces} energy={energy:.6f}")


simulate(1000, 1000)
