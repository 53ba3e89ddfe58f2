# Float kernel: count the points of a 600x400 grid over [-2, 1) x [-1, 1)
# that stay bounded for 200 iterations of z = z*z + c. Every operation is
# written in the same order in the C and Rust peers so all give identical
# results (IEEE double, no fused multiply-add).


def mandelbrot(width: int, height: int, max_iter: int) -> None:
    inside = 0
    iterations = 0
    for py in range(height):
        y0 = py * 2.0 / height - 1.0
        for px in range(width):
            x0 = px * 3.0 / width - 2.0
            x = 0.0
            y = 0.0
            i = 0
            while i < max_iter and x * x + y * y <= 4.0:
                xt = x * x - y * y + x0
                y = 2.0 * x * y + y0
                x = xt
                i += 1
            iterations += i
            if i == max_iter:
                inside += 1
    print(f"inside={inside} iterations={iterations}")


mandelbrot(600, 400, 200)
