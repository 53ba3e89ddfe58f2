/* The geometry example's classes through the C ABI: constructors, methods,
 * properties, fields, str(), handles released with pyaot_object_release,
 * and a Python exception of a user class. Run under valgrind by run.sh. */
#include "geometry.h"

#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


int main(void) {
    PyaotStatus st = {0};

    void *r = pyaot_geometry_Rectangle__new(1.0, 2.0, 3.0, 4.0, &st);
    CHECK(r != NULL && st.code == 0);
    CHECK(pyaot_geometry_Rectangle__get_area(r, &st) == 12.0);
    CHECK(pyaot_geometry_Polygon__get_perimeter(r, &st) == 14.0);
    CHECK(pyaot_geometry_Rectangle_is_square(r, &st) == false);
    CHECK(pyaot_geometry_Rectangle__get_width(r, &st) == 3.0);
    pyaot_geometry_Rectangle__set_width(r, 4.0, &st);
    CHECK(pyaot_geometry_Rectangle_is_square(r, &st) == true && st.code == 0);

    /* A method inherited from Polygon, called on the Rectangle handle. */
    void *c = pyaot_geometry_Polygon_centroid(r, &st);
    CHECK(c != NULL && st.code == 0);
    CHECK(pyaot_geometry_Point__get_x(c, &st) == 2.5);
    CHECK(pyaot_geometry_Point__get_y(c, &st) == 4.0);

    size_t len = 0;
    char *text = pyaot_geometry_Point___repr__(c, &len, &st);
    CHECK(text != NULL && strcmp(text, "Point(2.5, 4.0)") == 0 && len == 15);
    pyaot_free(text);
    text = pyaot_geometry_Polygon___str__(r, NULL, &st);
    CHECK(text != NULL && strcmp(text, "rectangle with 4 vertices, area 16.00") == 0);
    pyaot_free(text);

    void *o = pyaot_geometry_Point__new(0.0, 0.0, &st);
    void *moved = pyaot_geometry_Point_translated(o, 3.0, 4.0, &st);
    CHECK(pyaot_geometry_Point_distance_to(o, moved, &st) == 5.0);
    CHECK(pyaot_geometry_Polygon_contains(r, moved, &st) == true);

    /* A user exception class reaches C under its own name. */
    void *bad = pyaot_geometry_Rectangle__new(0.0, 0.0, -1.0, 2.0, &st);
    CHECK(bad == NULL && st.code == 1);
    CHECK(st.exc_type && strcmp(st.exc_type, "GeometryError") == 0);
    CHECK(st.message && strcmp(st.message, "a rectangle needs a positive size, got -1.0 x 2.0") == 0);
    pyaot_status_clear(&st);

    /* A method called on None raises AttributeError, as in Python, with
     * the Python member's name, even for members that never raise. */
    CHECK(pyaot_geometry_Point_distance_to(NULL, o, &st) == 0.0 && st.code == 1);
    CHECK(st.exc_type && strcmp(st.exc_type, "AttributeError") == 0);
    CHECK(st.message && strcmp(st.message, "'NoneType' object has no attribute 'distance_to'") == 0);
    pyaot_status_clear(&st);
    CHECK(pyaot_geometry_Point_translated(NULL, 1.0, 1.0, &st) == NULL && st.code == 1);
    CHECK(st.message && strcmp(st.message, "'NoneType' object has no attribute 'translated'") == 0);
    pyaot_status_clear(&st);
    CHECK(pyaot_geometry_Point__get_x(NULL, &st) == 0.0 && st.code == 1);
    CHECK(st.message && strcmp(st.message, "'NoneType' object has no attribute 'x'") == 0);
    pyaot_status_clear(&st);

    /* The default repr names the library's module, as CPython does for an
     * imported module (not __main__). */
    static const char prefix[] = "<geometry.Rectangle object at 0x";
    text = pyaot_geometry_Rectangle___repr__(r, NULL, &st);
    CHECK(text != NULL && strncmp(text, prefix, sizeof prefix - 1) == 0);
    if (text && strncmp(text, prefix, sizeof prefix - 1) != 0) fprintf(stderr, "  got %s\n", text);
    pyaot_free(text);

    pyaot_object_release(moved);
    pyaot_object_release(o);
    pyaot_object_release(c);
    pyaot_object_release(r);

    /* Functions on lists: the lists are built with the container API. */
    {
        const double corners[4][2] = {{0, 0}, {4, 0}, {4, 3}, {0, 3}};
        void *xs = pyaot_list_create(PYAOT_FLOAT), *ys = pyaot_list_create(PYAOT_FLOAT);
        for (int i = 0; i < 4; i++) {
            PyaotValue x = {0}, y = {0};
            x.kind = y.kind = PYAOT_FLOAT;
            x.f = corners[i][0];
            y.f = corners[i][1];
            CHECK(pyaot_list_push(xs, &x, &st) && pyaot_list_push(ys, &y, &st));
        }
        CHECK(pyaot_geometry_polygon_area(xs, ys, &st) == 12.0 && st.code == 0);
        CHECK(pyaot_geometry_polygon_perimeter(xs, ys, &st) == 14.0 && st.code == 0);
        pyaot_object_release(xs);
        pyaot_object_release(ys);
    }

    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("geometry: all checks passed\n");
    return 0;
}
