//! Builds the interface model from a checked module: the library's
//! exported API, or diagnostics for what cannot cross the boundary.

use crate::model::{Function, Interface, Param, Type, Value, SCHEMA_VERSION};
use pyaot_core::hir::{self, Const};
use pyaot_core::types::Ty;
use pyaot_core::Diagnostic;

/// The interface of `m`, whose exported functions (public top-level ones)
/// must be fully annotated with types that can cross the boundary.
pub fn interface(m: &hir::Module) -> Result<Interface, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut functions = Vec::new();
    for id in m.exported_funcs() {
        match function(&m.funcs[id.index()]) {
            Ok(f) => functions.push(f),
            Err(d) => diags.push(d),
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    Ok(Interface {
        schema: SCHEMA_VERSION,
        module: m.name.clone(),
        doc: m.funcs[m.main.index()].doc.clone(),
        functions,
        classes: Vec::new(),
        constants: Vec::new(),
        exceptions: Vec::new(),
    })
}

fn function(f: &hir::Function) -> Result<Function, Diagnostic> {
    if !f.ret_annotated {
        return Err(Diagnostic::new(
            f.name_span,
            format!(
                "exported function '{}' needs a return type annotation",
                f.name
            ),
        )
        .with_hint(format!(
            "other languages see the signature: write e.g. `def {}(...) -> int:` \
             (or `-> None`), or make it private by naming it `_{}`",
            f.name, f.name
        )));
    }
    let mut params = Vec::new();
    for (p, default) in f.params.iter().zip(&f.defaults) {
        let local = &f.locals[p.index()];
        let ty = boundary_type(&local.ty)
            .ok_or_else(|| unsupported(f, &format!("parameter '{}'", local.name), &local.ty))?;
        params.push(Param {
            name: local.name.clone(),
            ty,
            default: default.as_ref().and_then(value),
        });
    }
    let returns = boundary_type(&f.ret).ok_or_else(|| unsupported(f, "return type", &f.ret))?;
    Ok(Function {
        name: f.name.clone(),
        doc: f.doc.clone(),
        params,
        returns,
        // Conservative: any call can raise (overflow, MemoryError, ...).
        raises: true,
    })
}

fn unsupported(f: &hir::Function, what: &str, ty: &Ty) -> Diagnostic {
    Diagnostic::new(
        f.name_span,
        format!(
            "{what} of exported function '{}' has type {ty}, which cannot cross the library boundary",
            f.name
        ),
    )
    .with_hint(
        "exported signatures may use int, float, bool, str, None, list[T], dict[K, V], tuple[...] (up to 9 items) and Optional[T]; \
         make the function private (a leading underscore) to keep it internal",
    )
}

/// The model type of a checker type, if it can cross the boundary.
pub fn boundary_type(ty: &Ty) -> Option<Type> {
    Some(match ty {
        Ty::Int => Type::Int,
        Ty::Float => Type::Float,
        Ty::Bool => Type::Bool,
        Ty::Str => Type::Str,
        Ty::None => Type::None,
        Ty::List(e) => Type::List(Box::new(boundary_type(e)?)),
        Ty::Dict(k, v) => Type::Dict(Box::new(boundary_type(k)?), Box::new(boundary_type(v)?)),
        Ty::Optional(t) => Type::Optional(Box::new(boundary_type(t)?)),
        // The export table spells a tuple's length with one digit.
        Ty::Tuple(items) if items.len() <= 9 => {
            Type::Tuple(items.iter().map(boundary_type).collect::<Option<_>>()?)
        }
        Ty::Tuple(_) | Ty::Exc | Ty::Class(_) => return None,
    })
}

/// A default as the model's literal; a fresh empty list or dict (from a
/// `@dataclass` `default_factory`) has none, so hosts must pass it.
fn value(c: &Const) -> Option<Value> {
    Some(match c {
        Const::Int(v) => Value::Int(*v),
        Const::Float(v) => Value::Float(*v),
        Const::Bool(v) => Value::Bool(*v),
        Const::Str(s) => Value::Str(s.clone()),
        Const::None => Value::None,
        Const::EmptyList | Const::EmptyDict => return None,
    })
}
