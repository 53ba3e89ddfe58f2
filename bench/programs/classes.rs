// Peer of classes.py: the same particle simulation with value structs and
// a trait object per body kind (dynamic dispatch), same operation order.

#[derive(Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
    fn scale(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
    fn dot(self, o: Vec2) -> f64 {
        self.x * o.x + self.y * o.y
    }
}

trait Force {
    fn force(&self, pos: Vec2, vel: Vec2) -> Vec2;
}

struct Gravity;
struct Spring;
struct Drag;

impl Force for Gravity {
    fn force(&self, _pos: Vec2, _vel: Vec2) -> Vec2 {
        Vec2 { x: 0.0, y: -1.0 }
    }
}

impl Force for Spring {
    fn force(&self, pos: Vec2, _vel: Vec2) -> Vec2 {
        Vec2 { x: -pos.x * 0.5, y: -pos.y * 0.5 }
    }
}

impl Force for Drag {
    fn force(&self, _pos: Vec2, vel: Vec2) -> Vec2 {
        vel.scale(-0.1).add(Vec2 { x: 0.0, y: -1.0 })
    }
}

struct Body {
    pos: Vec2,
    vel: Vec2,
    bounces: i64,
    kind: Box<dyn Force>,
}

impl Body {
    fn step(&mut self, dt: f64) {
        self.vel = self.vel.add(self.kind.force(self.pos, self.vel).scale(dt));
        self.pos = self.pos.add(self.vel.scale(dt));
        if self.pos.y < 0.0 {
            self.pos = Vec2 { x: self.pos.x, y: -self.pos.y };
            self.vel = Vec2 { x: self.vel.x, y: -self.vel.y * 0.9 };
            self.bounces += 1;
        }
    }
}

fn simulate(n: i64, steps: i64) {
    let mut bodies: Vec<Body> = (0..n)
        .map(|i| {
            let f = i as f64;
            let pos = Vec2 { x: (f * 0.37) % 5.0, y: 1.0 + (f * 0.11) % 3.0 };
            let vel = Vec2 { x: (f * 0.05) % 1.0 - 0.5, y: 0.0 };
            let kind: Box<dyn Force> = match i % 3 {
                0 => Box::new(Gravity),
                1 => Box::new(Spring),
                _ => Box::new(Drag),
            };
            Body { pos, vel, bounces: 0, kind }
        })
        .collect();
    for _ in 0..steps {
        for b in bodies.iter_mut() {
            b.step(0.01);
        }
    }
    let mut energy = 0.0;
    let mut bounces = 0;
    for b in &bodies {
        energy += b.vel.dot(b.vel) * 0.5 + b.pos.y;
        bounces += b.bounces;
    }
    println!("bodies={n} steps={steps} bounces={bounces} energy={energy:.6}");
}

fn main() {
    simulate(1000, 1000);
}
