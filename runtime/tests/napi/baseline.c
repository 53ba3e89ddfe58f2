/* The yardstick for the adapter's per-call cost: add(int, int) -> int as a
 * hand-written N-API addon does it, in two variants: `add` the usual way
 * (napi_get_value_int64, which silently truncates 1.5 and saturates huge
 * numbers) and `add_checked` rejecting what is not a safe integer, as the
 * adapter must. Built by bench.sh; not part of the tests. */
#include <math.h>
#include <node_api.h>
#include <stdint.h>

static napi_value Add(napi_env env, napi_callback_info info) {
    size_t argc = 2;
    napi_value args[2];
    napi_get_cb_info(env, info, &argc, args, NULL, NULL);
    if (argc != 2) {
        napi_throw_type_error(env, NULL, "add() takes 2 arguments");
        return NULL;
    }
    int64_t a, b;
    if (napi_get_value_int64(env, args[0], &a) != napi_ok ||
        napi_get_value_int64(env, args[1], &b) != napi_ok) {
        napi_throw_type_error(env, NULL, "add(): arguments must be numbers");
        return NULL;
    }
    napi_value r;
    napi_create_int64(env, a + b, &r);
    return r;
}

static int safe_int(napi_env env, napi_value v, int64_t *out) {
    double x;
    if (napi_get_value_double(env, v, &x) != napi_ok || !(fabs(x) <= 9007199254740991.0))
        return 0;
    *out = (int64_t)x;
    return (double)*out == x;
}

static napi_value AddChecked(napi_env env, napi_callback_info info) {
    size_t argc = 2;
    napi_value args[2];
    napi_get_cb_info(env, info, &argc, args, NULL, NULL);
    if (argc != 2) {
        napi_throw_type_error(env, NULL, "add() takes 2 arguments");
        return NULL;
    }
    int64_t a, b;
    if (!safe_int(env, args[0], &a) || !safe_int(env, args[1], &b)) {
        napi_throw_type_error(env, NULL, "add(): arguments must be safe integers");
        return NULL;
    }
    napi_value r;
    napi_create_int64(env, a + b, &r);
    return r;
}

static napi_value Noop(napi_env env, napi_callback_info info) {
    (void)info;
    napi_value r;
    napi_get_undefined(env, &r);
    return r;
}

NAPI_MODULE_INIT() {
    napi_property_descriptor props[] = {
        {"add", NULL, Add, NULL, NULL, NULL, napi_default_jsproperty, NULL},
        {"add_checked", NULL, AddChecked, NULL, NULL, NULL, napi_default_jsproperty, NULL},
        {"nothing", NULL, Noop, NULL, NULL, NULL, napi_default_jsproperty, NULL},
    };
    napi_define_properties(env, exports, 3, props);
    return exports;
}
