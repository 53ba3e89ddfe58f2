//! Builds the interface model from a checked module: the library's
//! exported API, or diagnostics for what cannot cross the boundary.

use crate::model::{
    Class, Constant, Exception, Function, Interface, Param, Property, Type, Value, SCHEMA_VERSION,
};
use pyaot_core::hir::{self, ClassId, Const, ExcKind, FuncId, MemberKind};
use pyaot_core::library::{exported_classes, field_read_checked, is_public};
use pyaot_core::raises::MayRaise;
use pyaot_core::types::Ty;
use pyaot_core::Diagnostic;

/// The interface of `m`: its public top-level functions, its public
/// classes (their constructor, public methods, static methods, properties
/// and fields) and its public exception classes. Everything exported must
/// be fully annotated with types that can cross the boundary.
pub fn interface(m: &hir::Module) -> Result<Interface, Vec<Diagnostic>> {
    let cx = Cx {
        m,
        classes: exported_classes(m),
        raises: MayRaise::compute(m),
    };
    let mut diags = Vec::new();
    let mut functions = Vec::new();
    for id in m.exported_funcs() {
        match cx.function(id, &m.funcs[id.index()].name, 0) {
            Ok(f) => functions.push(f),
            Err(d) => diags.push(d),
        }
    }
    let mut classes = Vec::new();
    for &id in &cx.classes {
        match cx.class(id) {
            Ok(c) => classes.push(c),
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
        classes,
        constants: constants(m),
        exceptions: exceptions(m),
    })
}

struct Cx<'m> {
    m: &'m hir::Module,
    /// The exported classes: the only class types that may cross.
    classes: Vec<ClassId>,
    raises: MayRaise,
}

impl Cx<'_> {
    fn class(&self, id: ClassId) -> Result<Class, Diagnostic> {
        let c = &self.m.classes[id.index()];
        let base = c
            .parent
            .filter(|p| self.classes.contains(p))
            .map(|p| self.m.classes[p.index()].name.clone());
        let init = c.members.iter().find(|mb| mb.kind == MemberKind::Init);
        let constructor = match init {
            Some(mb) => {
                let mut f = self.function(mb.func, "__init__", 1)?;
                f.returns = Type::Class(c.name.clone());
                f
            }
            None => Function {
                name: "__init__".into(),
                doc: None,
                params: Vec::new(),
                returns: Type::Class(c.name.clone()),
                raises: false,
            },
        };
        let mut methods = Vec::new();
        let mut static_methods = Vec::new();
        let mut properties = Vec::new();
        // Members are analysed as Python runs them, on a live instance;
        // the exported shims' check of a NULL `self` (which only a C
        // caller can pass) is the C header's to state.
        for mb in c.members.iter().filter(|mb| is_public(&mb.name)) {
            match mb.kind {
                MemberKind::Instance => methods.push(self.function(mb.func, &mb.name, 1)?),
                MemberKind::Static => static_methods.push(self.function(mb.func, &mb.name, 0)?),
                MemberKind::Getter => {
                    let getter = self.function(mb.func, &mb.name, 1)?;
                    let setter = c
                        .members
                        .iter()
                        .find(|s| s.kind == MemberKind::Setter && s.name == mb.name);
                    properties.push(Property {
                        name: mb.name.clone(),
                        ty: getter.returns,
                        writable: setter.is_some(),
                        doc: getter.doc,
                        raises: getter.raises
                            || setter.is_some_and(|s| self.raises.may_raise(s.func)),
                    });
                }
                MemberKind::Init | MemberKind::Setter | MemberKind::ClassMethod => {}
            }
        }
        // `str()` and `repr()` exist for every instance (`library.rs`
        // exports them as `C___str__` and `C___repr__`); hosts build
        // `toString()` and inspection on them. They raise if a user
        // `__str__`/`__repr__` that may run does.
        for dunder in ["__str__", "__repr__"] {
            methods.push(Function {
                name: dunder.into(),
                doc: None,
                params: Vec::new(),
                returns: Type::Str,
                raises: self.export_raises(&format!("{}_{dunder}", c.name)),
            });
        }
        for field in c.fields.iter().filter(|f| is_public(&f.name)) {
            if c.members.iter().any(|mb| mb.name == field.name) {
                continue;
            }
            let ty = self.boundary_type(&field.ty).ok_or_else(|| {
                unsupported_at(
                    c_span(self.m, id),
                    &format!("field '{}' of exported class '{}'", field.name, c.name),
                    &field.ty,
                )
            })?;
            properties.push(Property {
                name: field.name.clone(),
                ty,
                writable: true,
                doc: None,
                // A read may find it unassigned (AttributeError); a write
                // cannot fail.
                raises: field_read_checked(&field.ty, field.flagged),
            });
        }
        Ok(Class {
            name: c.name.clone(),
            doc: c.doc.clone(),
            base,
            constructor,
            methods,
            static_methods,
            properties,
        })
    }

    /// The model of function `id` under `name`, leaving out its first
    /// `skip` parameters (`self`).
    fn function(&self, id: FuncId, name: &str, skip: usize) -> Result<Function, Diagnostic> {
        let mut model = function_model(self, &self.m.funcs[id.index()], skip)?;
        model.name = name.to_string();
        model.raises = self.raises.may_raise(id);
        Ok(model)
    }

    /// Whether the entry point exported as `native` may raise (unknown
    /// ones may).
    fn export_raises(&self, native: &str) -> bool {
        self.m
            .exports
            .iter()
            .find(|e| e.name == native)
            .is_none_or(|e| self.raises.may_raise(e.func))
    }

    /// The model type of a checker type, if it can cross the boundary:
    /// scalars, str, containers of such types, and exported classes.
    fn boundary_type(&self, ty: &Ty) -> Option<Type> {
        Some(match ty {
            Ty::Int => Type::Int,
            Ty::Float => Type::Float,
            Ty::Bool => Type::Bool,
            Ty::Str => Type::Str,
            Ty::Bytes => Type::Bytes,
            Ty::None => Type::None,
            Ty::Class(c) if self.classes.contains(&c.id) => {
                Type::Class(self.m.classes[c.id.index()].name.clone())
            }
            Ty::List(e) => Type::List(Box::new(self.boundary_type(e)?)),
            Ty::Dict(k, v, pyaot_core::types::DictKind::Plain) => Type::Dict(
                Box::new(self.boundary_type(k)?),
                Box::new(self.boundary_type(v)?),
            ),
            Ty::Optional(t) => Type::Optional(Box::new(self.boundary_type(t)?)),
            // The export table spells a tuple's length with one digit.
            Ty::Tuple(items) if items.len() <= 9 => Type::Tuple(
                items
                    .iter()
                    .map(|t| self.boundary_type(t))
                    .collect::<Option<_>>()?,
            ),
            Ty::Dict(..)
            | Ty::Tuple(_)
            | Ty::Exc
            | Ty::ExcType
            | Ty::Traceback
            | Ty::Class(_)
            | Ty::Set(_)
            | Ty::VarTuple(_)
            | Ty::Func(_)
            | Ty::Iter(_)
            | Ty::Iterable(_)
            | Ty::Deque(_) => return None,
        })
    }
}

/// A class's span for diagnostics: its `__init__`, or the module start.
fn c_span(m: &hir::Module, id: ClassId) -> pyaot_core::Span {
    m.classes[id.index()]
        .members
        .first()
        .map(|mb| m.funcs[mb.func.index()].name_span)
        .unwrap_or_default()
}

/// Module constants: public globals the module's top level assigns
/// exactly once, a literal of a scalar or str type (`PI = 3.14159`,
/// `VERSION: str = "1.2"`). Hosts see the value the module starts with.
fn constants(m: &hir::Module) -> Vec<Constant> {
    use hir::{ExprKind, Place, StmtKind};
    let body = &m.funcs[m.main.index()].body;
    let mut counts = vec![0u32; m.globals.len()];
    for s in body {
        if let StmtKind::Assign(Place::Global(g), _) = &s.kind {
            counts[g.index()] += 1;
        }
    }
    body.iter()
        .filter_map(|s| {
            let StmtKind::Assign(Place::Global(g), e) = &s.kind else {
                return None;
            };
            let name = &m.globals[g.index()].name;
            if counts[g.index()] != 1 || !is_public(name) || name.contains(['.', '$']) {
                return None;
            }
            let (ty, value) = match &e.kind {
                ExprKind::Int(v) => (Type::Int, Value::Int(*v)),
                ExprKind::Float(v) => (Type::Float, Value::Float(*v)),
                ExprKind::Bool(v) => (Type::Bool, Value::Bool(*v)),
                ExprKind::Str(v) => (Type::Str, Value::Str(v.clone())),
                _ => return None,
            };
            Some(Constant {
                name: name.clone(),
                ty,
                value,
            })
        })
        .collect()
}

/// The public user exception classes, bases first.
fn exceptions(m: &hir::Module) -> Vec<Exception> {
    m.classes
        .iter()
        .filter(|c| c.exc_base.is_some() && is_public(&c.name))
        .map(|c| Exception {
            name: c.name.clone(),
            base: match c.parent {
                Some(p) => m.classes[p.index()].name.clone(),
                None => exc_name(c.exc_base.unwrap_or(ExcKind::Exception)),
            },
            doc: c.doc.clone(),
        })
        .collect()
}

fn exc_name(kind: ExcKind) -> String {
    ExcKind::RAISABLE
        .iter()
        .find(|(_, k)| *k == kind)
        .map(|(n, _)| n.to_string())
        .unwrap_or_else(|| "Exception".to_string())
}

fn function_model(cx: &Cx, f: &hir::Function, skip: usize) -> Result<Function, Diagnostic> {
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
    if let Some(kind) = f
        .param_kinds
        .iter()
        .find(|k| **k != hir::ParamKind::Positional)
    {
        let what = match kind {
            hir::ParamKind::VarArgs => "a *args parameter",
            hir::ParamKind::VarKw => "a **kwargs parameter",
            _ => "keyword-only parameters",
        };
        return Err(Diagnostic::new(
            f.name_span,
            format!("exported function '{}' has {what}", f.name),
        )
        .with_hint(format!(
            "library mode exports fixed positional signatures: give '{}' plain \
             parameters, or make it private by naming it `_{}`",
            f.name, f.name
        )));
    }
    let mut params = Vec::new();
    for (p, default) in f.params.iter().zip(&f.defaults).skip(skip) {
        let local = &f.locals[p.index()];
        let ty = cx
            .boundary_type(&local.ty)
            .ok_or_else(|| unsupported(f, &format!("parameter '{}'", local.name), &local.ty))?;
        params.push(Param {
            name: local.name.clone(),
            ty,
            default: default.as_ref().and_then(value),
        });
    }
    let returns = cx
        .boundary_type(&f.ret)
        .ok_or_else(|| unsupported(f, "return type", &f.ret))?;
    Ok(Function {
        name: f.name.clone(),
        doc: f.doc.clone(),
        params,
        returns,
        // Set by `Cx::function` from the analysis.
        raises: true,
    })
}

fn unsupported(f: &hir::Function, what: &str, ty: &Ty) -> Diagnostic {
    unsupported_at(
        f.name_span,
        &format!("{what} of exported function '{}'", f.name),
        ty,
    )
}

fn unsupported_at(span: pyaot_core::Span, what: &str, ty: &Ty) -> Diagnostic {
    Diagnostic::new(
        span,
        format!("{what} has type {ty}, which cannot cross the library boundary"),
    )
    .with_hint(
        "exported signatures may use int, float, bool, str, bytes, None, list[T], dict[K, V], tuple[...] (up to 9 items), Optional[T] and exported classes; \
         make the function private (a leading underscore) to keep it internal",
    )
}

/// A default as the model's literal; a fresh empty list or dict (from a
/// `@dataclass` `default_factory`) and a bytes literal have none, so hosts
/// must pass them.
fn value(c: &Const) -> Option<Value> {
    Some(match c {
        Const::Int(v) => Value::Int(*v),
        Const::Float(v) => Value::Float(*v),
        Const::Bool(v) => Value::Bool(*v),
        Const::Str(s) => Value::Str(s.clone()),
        Const::None => Value::None,
        Const::Bytes(_) | Const::EmptyList | Const::EmptyDict => return None,
    })
}
