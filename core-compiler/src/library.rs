//! Library mode's view of a checked module: the list of entry points other
//! languages call ([`hir::Export`]), with a small *shim* function for
//! every class member that is not a plain function of its own
//! (constructing an instance, reading a field, `str()` of an instance,
//! calling a method through the method table).
//!
//! Shims are ordinary HIR functions, so codegen gives them the same thunks
//! and C wrappers as exported functions. Their names follow the native
//! naming that the host glue (`templates/npm/index.js`) relies on:
//!
//! | Python | export |
//! |---|---|
//! | `def f(...)` | `f` |
//! | `C(...)` | `C__new` |
//! | `c.m(...)` | `C_m` (dispatches like Python: an override runs) |
//! | `C.s(...)` (`@staticmethod`) | `C_s` |
//! | `c.p` / `c.p = v` (field or `@property`) | `C__get_p` / `C__set_p` |
//! | `str(c)` / `repr(c)` | `C___str__` / `C___repr__` |
//!
//! Each export also carries its Python-facing qualified name
//! (`C.__init__`, `C.m`, `C.p`), which argument errors name as CPython
//! does.
//!
//! Exported: public (no leading underscore) top-level functions and
//! classes; a class's public methods, static methods, properties and
//! fields. User exception classes cross as host errors, not as classes.

use crate::hir::{
    self, ClassId, Conv, Export, Expr, ExprKind, FuncId, Local, LocalId, MemberKind, Module, Place,
    Stmt, StmtKind,
};
use crate::source::Span;
use crate::types::{ClassTy, Ty};
use std::sync::Arc;

/// Whether a Python name is public.
pub fn is_public(name: &str) -> bool {
    !name.starts_with('_')
}

/// The classes a library exports, in source order: public classes that
/// are not exception classes.
pub fn exported_classes(m: &Module) -> Vec<ClassId> {
    m.classes
        .iter()
        .enumerate()
        .filter(|(_, c)| c.module == 0 && is_public(&c.name) && c.exc_base.is_none())
        .map(|(i, _)| ClassId(i as u32))
        .collect()
}

/// Adds the shims to `m` and records every entry point in `m.exports`.
pub fn add_exports(m: &mut Module) {
    let mut exports: Vec<Export> = m
        .exported_funcs()
        .map(|id| Export {
            name: m.funcs[id.index()].name.clone(),
            qualname: m.funcs[id.index()].name.clone(),
            func: id,
        })
        .collect();
    for class in exported_classes(m) {
        class_exports(m, class, &mut exports);
    }
    m.exports = exports;
}

fn class_exports(m: &mut Module, class: ClassId, out: &mut Vec<Export>) {
    let cname = m.classes[class.index()].name.clone();
    let cty = class_ty(m, class);
    let members = m.classes[class.index()].members.clone();
    let init = members.iter().find(|mb| mb.kind == MemberKind::Init);

    // The constructor: `C(args)` with `__init__`'s parameters (or none).
    let params: Vec<Local> = match init {
        Some(mb) => {
            let f = &m.funcs[mb.func.index()];
            f.params[1..]
                .iter()
                .map(|p| f.locals[p.index()].clone())
                .collect()
        }
        None => Vec::new(),
    };
    let args: Vec<Expr> = (0..params.len())
        .map(|i| read(LocalId(i as u32), &params[i].ty))
        .collect();
    let new = expr(
        ExprKind::New(Box::new(hir::New {
            class,
            init: init.map(|mb| mb.func),
            eval_order: (0..args.len()).collect(),
            args,
            exc_args: None,
        })),
        cty.clone(),
    );
    let defaults = init
        .map(|mb| m.funcs[mb.func.index()].defaults[1..].to_vec())
        .unwrap_or_default();
    let kinds = init
        .map(|mb| m.funcs[mb.func.index()].param_kinds[1..].to_vec())
        .unwrap_or_default();
    let doc = m.classes[class.index()].doc.clone();
    let id = push_shim(m, format!("{cname}.__new__"), params, defaults, new, doc);
    // The shim shows the constructor's signature (bindgen rejects what a
    // host cannot call).
    m.funcs[id.index()].param_kinds = kinds;
    out.push(Export {
        name: format!("{cname}__new"),
        qualname: format!("{cname}.__init__"),
        func: id,
    });

    for mb in &members {
        if !is_public(&mb.name) {
            continue;
        }
        let export_name = match mb.kind {
            MemberKind::Instance => format!("{cname}_{}", mb.name),
            MemberKind::Getter => format!("{cname}__get_{}", mb.name),
            MemberKind::Setter => format!("{cname}__set_{}", mb.name),
            MemberKind::Static => {
                out.push(Export {
                    name: format!("{cname}_{}", mb.name),
                    qualname: format!("{cname}.{}", mb.name),
                    func: mb.func,
                });
                continue;
            }
            MemberKind::Init | MemberKind::ClassMethod => continue,
        };
        // Through the method table, so a subclass's override runs, and
        // with a None check of the receiver (a host may pass null).
        let f = &m.funcs[mb.func.index()];
        let params: Vec<Local> = f
            .params
            .iter()
            .map(|p| f.locals[p.index()].clone())
            .collect();
        let args: Vec<Expr> = (0..params.len())
            .map(|i| read(LocalId(i as u32), &params[i].ty))
            .collect();
        let call = expr(
            ExprKind::MethodCall(Box::new(hir::MethodCall {
                func: mb.func,
                eval_order: (0..args.len()).collect(),
                args,
                vslot: mb.vslot,
                none_check: Some(mb.name.clone()),
            })),
            f.ret.clone(),
        );
        let (defaults, doc) = (f.defaults.clone(), f.doc.clone());
        let kinds = f.param_kinds.clone();
        let id = push_shim(
            m,
            format!("{cname}.{}", mb.name),
            params,
            defaults,
            call,
            doc,
        );
        m.funcs[id.index()].param_kinds = kinds;
        out.push(Export {
            name: export_name,
            qualname: format!("{cname}.{}", mb.name),
            func: id,
        });
    }

    // Fields: a getter and a setter each.
    let fields: Vec<(u32, String, Ty, bool)> = m.classes[class.index()]
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| is_public(&f.name))
        .filter(|(_, f)| !members.iter().any(|mb| mb.name == f.name))
        .map(|(slot, f)| (slot as u32, f.name.clone(), f.ty.clone(), f.flagged))
        .collect();
    for (slot, name, ty, flagged) in fields {
        let checked = field_read_checked(&ty, flagged);
        let this = read(LocalId(0), &cty);
        let get = expr(
            ExprKind::Field {
                obj: Box::new(this),
                class,
                slot,
                checked,
                maybe_none: true,
                class_default: None,
            },
            ty.clone(),
        );
        let self_local = local("self", &cty);
        let id = push_shim(
            m,
            format!("{cname}.{name}"),
            vec![self_local.clone()],
            vec![None],
            get,
            None,
        );
        out.push(Export {
            name: format!("{cname}__get_{name}"),
            qualname: format!("{cname}.{name}"),
            func: id,
        });
        let set = Stmt {
            kind: StmtKind::Assign(
                Place::Field {
                    obj: Box::new(read(LocalId(0), &cty)),
                    class,
                    slot,
                    maybe_none: true,
                },
                read(LocalId(1), &ty),
            ),
            span: Span::default(),
        };
        let id = push_function(
            m,
            format!("{cname}.{name}"),
            vec![self_local, local("value", &ty)],
            vec![None, None],
            vec![set],
            Ty::None,
            None,
        );
        out.push(Export {
            name: format!("{cname}__set_{name}"),
            qualname: format!("{cname}.{name}"),
            func: id,
        });
    }

    // `str()` and `repr()`, which the host's `toString()` and inspection
    // use.
    for (suffix, conv) in [("__str__", Conv::ToStr), ("__repr__", Conv::Repr)] {
        let body = expr(
            ExprKind::Conv(conv, Box::new(read(LocalId(0), &cty))),
            Ty::Str,
        );
        let id = push_shim(
            m,
            format!("{cname}.{suffix}"),
            vec![local("self", &cty)],
            vec![None],
            body,
            None,
        );
        out.push(Export {
            name: format!("{cname}_{suffix}"),
            qualname: format!("{cname}.{suffix}"),
            func: id,
        });
    }
}

/// Whether reading a field of type `ty` from outside the class must
/// check that it was assigned (AttributeError otherwise). A ref field is
/// unassigned while it is NULL, unless NULL is None for its type (classes,
/// Optional): those, like scalars, only if their mask bit says so
/// (`flagged`).
pub fn field_read_checked(ty: &Ty, flagged: bool) -> bool {
    if ty.is_ref() && !ty.null_is_none() {
        true
    } else {
        flagged
    }
}

fn class_ty(m: &Module, class: ClassId) -> Ty {
    Ty::Class(ClassTy {
        id: class,
        name: Arc::from(m.classes[class.index()].name.as_str()),
    })
}

fn local(name: &str, ty: &Ty) -> Local {
    Local {
        name: name.to_string(),
        ty: ty.clone(),
        cell: None,
    }
}

fn expr(kind: ExprKind, ty: Ty) -> Expr {
    Expr {
        kind,
        ty,
        span: Span::default(),
    }
}

fn read(id: LocalId, ty: &Ty) -> Expr {
    expr(ExprKind::Local { id, checked: false }, ty.clone())
}

/// A shim `name(params) -> value.ty: return value`.
fn push_shim(
    m: &mut Module,
    name: String,
    params: Vec<Local>,
    defaults: Vec<Option<hir::Const>>,
    value: Expr,
    doc: Option<String>,
) -> FuncId {
    let ret = value.ty.clone();
    let body = vec![Stmt {
        kind: StmtKind::Return(Some(value)),
        span: Span::default(),
    }];
    push_function(m, name, params, defaults, body, ret, doc)
}

fn push_function(
    m: &mut Module,
    name: String,
    params: Vec<Local>,
    defaults: Vec<Option<hir::Const>>,
    body: hir::Block,
    ret: Ty,
    doc: Option<String>,
) -> FuncId {
    let id = FuncId(m.funcs.len() as u32);
    m.funcs.push(hir::Function {
        name,
        params: (0..params.len() as u32).map(LocalId).collect(),
        param_kinds: vec![hir::ParamKind::Positional; defaults.len()],
        defaults,
        locals: params,
        ret,
        ret_annotated: true,
        doc,
        body,
        span: Span::default(),
        name_span: Span::default(),
        top_level: false,
        hidden_frame: false,
        module: 0,
        generator: false,
    });
    id
}
