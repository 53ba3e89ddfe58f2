/* Peer of classes.py: the same particle simulation with value structs and
 * a function pointer per body kind (dynamic dispatch), same operation
 * order. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct { double x, y; } Vec;

static Vec vadd(Vec a, Vec b) { return (Vec){a.x + b.x, a.y + b.y}; }
static Vec vscale(Vec a, double k) { return (Vec){a.x * k, a.y * k}; }
static double vdot(Vec a, Vec b) { return a.x * b.x + a.y * b.y; }

typedef struct Body Body;
struct Body {
    Vec pos, vel;
    long bounces;
    Vec (*force)(const Body *);
};

static Vec gravity(const Body *b) { (void)b; return (Vec){0.0, -1.0}; }
static Vec spring(const Body *b) { return (Vec){-b->pos.x * 0.5, -b->pos.y * 0.5}; }
static Vec drag(const Body *b) { return vadd(vscale(b->vel, -0.1), (Vec){0.0, -1.0}); }

static void step(Body *b, double dt) {
    b->vel = vadd(b->vel, vscale(b->force(b), dt));
    b->pos = vadd(b->pos, vscale(b->vel, dt));
    if (b->pos.y < 0.0) {
        b->pos = (Vec){b->pos.x, -b->pos.y};
        b->vel = (Vec){b->vel.x, -b->vel.y * 0.9};
        b->bounces += 1;
    }
}

static void simulate(long n, long steps) {
    Body *bodies = malloc(sizeof(Body) * (size_t)n);
    for (long i = 0; i < n; i++) {
        Vec p = {fmod(i * 0.37, 5.0), 1.0 + fmod(i * 0.11, 3.0)};
        Vec v = {fmod(i * 0.05, 1.0) - 0.5, 0.0};
        Vec (*f)(const Body *) = i % 3 == 0 ? gravity : i % 3 == 1 ? spring : drag;
        bodies[i] = (Body){p, v, 0, f};
    }
    for (long s = 0; s < steps; s++)
        for (long i = 0; i < n; i++) step(&bodies[i], 0.01);
    double energy = 0.0;
    long bounces = 0;
    for (long i = 0; i < n; i++) {
        energy += vdot(bodies[i].vel, bodies[i].vel) * 0.5 + bodies[i].pos.y;
        bounces += bodies[i].bounces;
    }
    printf("bodies=%ld steps=%ld bounces=%ld energy=%.6f\n", n, steps, bounces, energy);
    free(bodies);
}

int main(void) {
    simulate(1000, 1000);
    return 0;
}
