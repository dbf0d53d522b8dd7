//! The interpreter state: the realm's intrinsics, the running execution context,
//! abrupt completions, and the `[[Call]]`/`[[Construct]]` dispatch (§7.3.14, §7.3.15).

use std::collections::HashMap;

use boa_ast::Position;
use boa_interner::{Interner, Sym};

use crate::env::Env;
use crate::object::{Obj, ObjectKind, Property};
use crate::string::JsString;
use crate::value::{PropertyKey, Symbol, Value};

/// Why a run was stopped from outside the language (not catchable by `try`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Termination {
    /// `RunOptions::fuel` ran out.
    FuelExhausted,
    /// The execution is not allowed by the memory model (exploration prunes it).
    Infeasible,
}

/// An abrupt completion that unwinds Rust frames: a throw, or a termination.
/// (`break`, `continue` and `return` are statement completions, see `eval::stmt`.)
#[derive(Debug, Clone)]
pub enum Abrupt<'a> {
    /// A throw completion with the thrown value and where it was thrown.
    Throw(Value<'a>, Option<Position>),
    /// The run is being stopped.
    Terminate(Termination),
}

/// The result of an operation that may throw.
pub type JsResult<'a, T> = Result<T, Abrupt<'a>>;

/// The native error constructors (§20.5.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `Error`.
    Error,
    /// `TypeError`.
    Type,
    /// `RangeError`.
    Range,
    /// `ReferenceError`.
    Reference,
    /// `SyntaxError`.
    Syntax,
    /// `EvalError`.
    Eval,
    /// `URIError`.
    Uri,
}

impl ErrorKind {
    /// The constructor's name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Error => "Error",
            Self::Type => "TypeError",
            Self::Range => "RangeError",
            Self::Reference => "ReferenceError",
            Self::Syntax => "SyntaxError",
            Self::Eval => "EvalError",
            Self::Uri => "URIError",
        }
    }

    /// The intrinsic name of the prototype, e.g. `%TypeError.prototype%`.
    pub fn prototype_intrinsic(self) -> &'static str {
        match self {
            Self::Error => "%Error.prototype%",
            Self::Type => "%TypeError.prototype%",
            Self::Range => "%RangeError.prototype%",
            Self::Reference => "%ReferenceError.prototype%",
            Self::Syntax => "%SyntaxError.prototype%",
            Self::Eval => "%EvalError.prototype%",
            Self::Uri => "%URIError.prototype%",
        }
    }

    /// All kinds, `Error` first.
    pub const ALL: [ErrorKind; 7] = [
        Self::Error,
        Self::Type,
        Self::Range,
        Self::Reference,
        Self::Syntax,
        Self::Eval,
        Self::Uri,
    ];
}

/// The well-known symbols (§6.1.5.1) this interpreter supports.
#[derive(Debug, Clone)]
pub struct WellKnownSymbols {
    /// `@@iterator`.
    pub iterator: Symbol,
    /// `@@hasInstance`.
    pub has_instance: Symbol,
    /// `@@toPrimitive`.
    pub to_primitive: Symbol,
    /// `@@toStringTag`.
    pub to_string_tag: Symbol,
    /// `@@asyncIterator` (exists as a value; async iteration is not supported yet).
    pub async_iterator: Symbol,
    /// `@@unscopables`.
    pub unscopables: Symbol,
}

/// An execution context (§9.4): the parts the evaluator consults.
#[derive(Debug, Clone)]
pub struct ExecutionContext<'a> {
    /// The LexicalEnvironment component.
    pub lex_env: Env<'a>,
    /// The VariableEnvironment component.
    pub var_env: Env<'a>,
    /// The function being evaluated (`None` for script code).
    pub function: Option<Obj<'a>>,
    /// Is the code being evaluated strict mode code?
    pub strict: bool,
}

/// The interpreter: one realm, one agent, one running script.
pub struct Interp<'a> {
    /// Names of identifiers and string literals of the parsed script.
    pub interner: &'a Interner,
    /// The realm's intrinsics by their specification names (`%Array.prototype%` …).
    pub intrinsics: HashMap<&'static str, Obj<'a>>,
    /// The global object.
    pub global_object: Obj<'a>,
    /// The global Environment Record.
    pub global_env: Env<'a>,
    /// The running execution context.
    pub ctx: ExecutionContext<'a>,
    /// What `print`/`console.log` wrote.
    pub printed: String,
    /// Steps left before termination (`None`: unlimited).
    pub fuel: Option<u64>,
    /// Current depth of nested `[[Call]]`/`[[Construct]]`.
    pub call_depth: usize,
    /// Depth at which a RangeError is thrown.
    pub max_call_depth: usize,
    /// The script's file name, for locations.
    pub file_name: String,
    /// Start of the expression being evaluated (for error locations).
    pub position: Option<Position>,
    /// The GlobalSymbolRegistry (§20.4.2.2).
    pub symbol_registry: Vec<(JsString, Symbol)>,
    /// Well-known symbols.
    pub well_known: WellKnownSymbols,
    /// `[[TemplateMap]]` of the realm (§13.2.8.4 GetTemplateObject), by parse node identity.
    pub template_map: Vec<(u64, Obj<'a>)>,
    /// How often `Date.now` has been read (the deterministic clock).
    pub clock_reads: u64,
    /// The threads of the run, the memory graph and the scheduler's chooser.
    pub rt: crate::threads::runtime::ThreadsRuntime<'a>,
    /// The `Yielder`s of the fibers on the current resume chain (innermost last).
    pub fiber_yielders: Vec<usize>,
    /// The running fiber's lowest usable stack address (`None` off fibers).
    pub stack_limit: Option<usize>,
    /// Inside a step that was already announced (a write's internal reads and writes).
    pub in_step: bool,
}

impl<'a> Interp<'a> {
    /// Resolves an interned name to a JavaScript string.
    pub fn sym_to_js(&self, sym: Sym) -> JsString {
        JsString::from_units(self.interner.resolve_expect(sym).utf16().to_vec())
    }

    /// Resolves an interned name to Rust text (for messages).
    pub fn sym_to_string(&self, sym: Sym) -> String {
        self.interner.resolve_expect(sym).to_string()
    }

    /// The intrinsic named `name` (e.g. `%Object.prototype%`). Every name used by the
    /// interpreter is registered by `realm::create_intrinsics`, so a miss is a bug.
    pub fn intrinsic(&self, name: &str) -> Obj<'a> {
        match self.intrinsics.get(name) {
            Some(o) => o.clone(),
            None => panic!("intrinsic {name} is not registered"),
        }
    }

    /// Takes one step of fuel.
    pub fn tick(&mut self) -> JsResult<'a, ()> {
        if self.rt.infeasible {
            return Err(Abrupt::Terminate(Termination::Infeasible));
        }
        if let Some(e) = self.rt.me().pending_throw.take() {
            return Err(e);
        }
        if let Some(f) = &mut self.fuel {
            if *f == 0 {
                return Err(Abrupt::Terminate(Termination::FuelExhausted));
            }
            *f -= 1;
        }
        Ok(())
    }

    /// Creates an instance of a native error (§20.5.6.1.1 NativeError) without throwing it.
    pub fn create_error(&mut self, kind: ErrorKind, message: &str) -> Obj<'a> {
        let proto = self.intrinsic(kind.prototype_intrinsic());
        let o = Obj::new(Some(proto), ObjectKind::Error);
        o.borrow_mut().properties.insert(
            PropertyKey::from("message"),
            Property::Data {
                value: Value::str(message),
                writable: true,
                enumerable: false,
                configurable: true,
            },
        );
        o
    }

    /// An exception an internal method raised while it could not throw
    /// ([`ThreadRecord::pending_throw`](crate::threads::runtime::ThreadRecord)) replaces
    /// the result of the operation it happened in.
    pub fn raise_pending<T>(&mut self, r: JsResult<'a, T>) -> JsResult<'a, T> {
        match self.rt.me().pending_throw.take() {
            Some(e) => Err(e),
            None => r,
        }
    }

    /// Creates an error object with the given prototype and message.
    pub fn create_error_with_proto(&mut self, proto: Obj<'a>, message: &str) -> Obj<'a> {
        let o = Obj::new(Some(proto), ObjectKind::Error);
        o.borrow_mut().properties.insert(
            PropertyKey::from("message"),
            Property::Data {
                value: Value::str(message),
                writable: true,
                enumerable: false,
                configurable: true,
            },
        );
        o
    }

    /// A throw completion carrying `v`, at the current position.
    pub fn throw_value(&mut self, v: Value<'a>) -> Abrupt<'a> {
        Abrupt::Throw(v, self.position)
    }

    /// A throw completion carrying a new native error.
    pub fn throw(&mut self, kind: ErrorKind, message: impl AsRef<str>) -> Abrupt<'a> {
        let e = self.create_error(kind, message.as_ref());
        Abrupt::Throw(Value::Object(e), self.position)
    }

    /// A throw completion carrying a new TypeError.
    pub fn type_error(&mut self, message: impl AsRef<str>) -> Abrupt<'a> {
        self.throw(ErrorKind::Type, message)
    }

    /// A throw completion carrying a new RangeError.
    pub fn range_error(&mut self, message: impl AsRef<str>) -> Abrupt<'a> {
        self.throw(ErrorKind::Range, message)
    }

    /// A throw completion carrying a new ReferenceError.
    pub fn reference_error(&mut self, message: impl AsRef<str>) -> Abrupt<'a> {
        self.throw(ErrorKind::Reference, message)
    }

    /// A throw completion carrying a new SyntaxError.
    pub fn syntax_error(&mut self, message: impl AsRef<str>) -> Abrupt<'a> {
        self.throw(ErrorKind::Syntax, message)
    }

    /// The error for a feature outside the supported subset (`spec/language.md`).
    pub fn unsupported(&mut self, feature: &str) -> Abrupt<'a> {
        self.syntax_error(format!(
            "{feature} is not supported by the reference interpreter yet"
        ))
    }

    /// Call (§7.3.14).
    pub fn call(
        &mut self,
        f: &Value<'a>,
        this: Value<'a>,
        args: &[Value<'a>],
    ) -> JsResult<'a, Value<'a>> {
        let Value::Object(fobj) = f else {
            return Err(self.type_error(format!("{} is not a function", self.describe(f))));
        };
        if !fobj.is_callable() {
            return Err(self.type_error(format!("{} is not a function", self.describe(f))));
        }
        let fobj = fobj.clone();
        self.enter_call()?;
        let r = self.with_stack(|me| me.call_object(&fobj, this, args));
        self.call_depth -= 1;
        self.raise_pending(r)
    }

    fn call_object(
        &mut self,
        f: &Obj<'a>,
        this: Value<'a>,
        args: &[Value<'a>],
    ) -> JsResult<'a, Value<'a>> {
        enum Target<'a> {
            Source,
            Native(crate::object::NativeFn),
            Bound(Obj<'a>, Value<'a>, Vec<Value<'a>>),
        }
        let target = match &f.borrow().kind {
            ObjectKind::Function(_) => Target::Source,
            ObjectKind::Native(n) => Target::Native(n.behaviour),
            ObjectKind::Bound(b) => Target::Bound(b.target.clone(), b.this.clone(), b.args.clone()),
            _ => unreachable!("call_object on a non-callable object"),
        };
        match target {
            Target::Source => self.ecmascript_function_call(f, this, args),
            Target::Native(behaviour) => {
                let saved = self.ctx.function.replace(f.clone());
                let r = behaviour(self, this, args, None);
                self.ctx.function = saved;
                r
            }
            // [[Call]] of a bound function exotic object (§10.4.1.1).
            Target::Bound(target, bound_this, mut bound_args) => {
                bound_args.extend_from_slice(args);
                self.call(&Value::Object(target), bound_this, &bound_args)
            }
        }
    }

    /// Construct (§7.3.15). `new_target` defaults to `f`.
    pub fn construct(
        &mut self,
        f: &Obj<'a>,
        args: &[Value<'a>],
        new_target: Option<&Obj<'a>>,
    ) -> JsResult<'a, Value<'a>> {
        if !f.is_constructor() {
            let d = self.describe(&Value::Object(f.clone()));
            return Err(self.type_error(format!("{d} is not a constructor")));
        }
        let new_target = new_target.cloned().unwrap_or_else(|| f.clone());
        self.enter_call()?;
        let r = self.with_stack(|me| me.construct_object(f, args, new_target));
        self.call_depth -= 1;
        self.raise_pending(r)
    }

    fn construct_object(
        &mut self,
        f: &Obj<'a>,
        args: &[Value<'a>],
        new_target: Obj<'a>,
    ) -> JsResult<'a, Value<'a>> {
        enum Target<'a> {
            Source,
            Native(crate::object::NativeFn),
            Bound(Obj<'a>, Vec<Value<'a>>),
        }
        let target = match &f.borrow().kind {
            ObjectKind::Function(_) => Target::Source,
            ObjectKind::Native(n) => Target::Native(n.behaviour),
            ObjectKind::Bound(b) => Target::Bound(b.target.clone(), b.args.clone()),
            _ => unreachable!("construct_object on a non-constructor"),
        };
        match target {
            Target::Source => self.ecmascript_function_construct(f, args, new_target),
            Target::Native(behaviour) => {
                let saved = self.ctx.function.replace(f.clone());
                let r = behaviour(self, Value::Undefined, args, Some(new_target));
                self.ctx.function = saved;
                r
            }
            // [[Construct]] of a bound function exotic object (§10.4.1.2).
            Target::Bound(target, mut bound_args) => {
                bound_args.extend_from_slice(args);
                let nt = if new_target.ptr_eq(f) {
                    target.clone()
                } else {
                    new_target
                };
                self.construct(&target, &bound_args, Some(&nt))
            }
        }
    }

    fn enter_call(&mut self) -> JsResult<'a, ()> {
        self.tick()?;
        if self.call_depth >= self.max_call_depth {
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        self.call_depth += 1;
        Ok(())
    }

    /// A short description of a value for error messages (never calls user code).
    pub fn describe(&self, v: &Value<'a>) -> String {
        match v {
            Value::Undefined => "undefined".into(),
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => crate::value::number_to_js_string(*n).to_rust_string(),
            Value::String(s) => format!("\"{s}\""),
            Value::Symbol(s) => s.descriptive_string().to_rust_string(),
            Value::Object(o) => {
                if o.is_callable() {
                    "function".into()
                } else if o.is_array_exotic() {
                    "array".into()
                } else {
                    "object".into()
                }
            }
        }
    }
}
