/* Float kernel: count the points of a 600x400 grid that stay bounded for 200
 * iterations (same operation order as mandelbrot.py, IEEE double). */
#include <stdint.h>
#include <stdio.h>

static void mandelbrot(int64_t width, int64_t height, int64_t max_iter) {
    int64_t inside = 0;
    int64_t iterations = 0;
    for (int64_t py = 0; py < height; py++) {
        double y0 = (double)py * 2.0 / (double)height - 1.0;
        for (int64_t px = 0; px < width; px++) {
            double x0 = (double)px * 3.0 / (double)width - 2.0;
            double x = 0.0;
            double y = 0.0;
            int64_t i = 0;
            while (i < max_iter && x * x + y * y <= 4.0) {
                double xt = x * x - y * y + x0;
                y = 2.0 * x * y + y0;
                x = xt;
                i += 1;
            }
            iterations += i;
            if (i == max_iter) {
                inside += 1;
            }
        }
    }
    printf("inside=%lld iterations=%lld\n", (long long)inside, (long long)iterations);
}

int main(void) {
    mandelbrot(600, 400, 200);
    return 0;
}
