//! Calls and construction: frames for JavaScript closures, natives, bound functions.

use crate::atom;
use crate::object::shape::{Shape, ShapeRef, attr};
use crate::object::{Class, Closure, Object, flag};
use crate::sync::Arc;
use crate::sync::atomic::{AtomicU64, Ordering};
use crate::value::Value;
use crate::vm::code::{Code, FnKind, REG_CALLEE, REG_ENV, REG_NEW_TARGET, REG_PARAMS, REG_THIS};
use crate::vm::property::Key;
use crate::vm::{Frame, JsResult, ObjRef, Vm};

/// The tree shape of a new closure: `length` then `name`, both configurable only.
fn closure_shape() -> &'static Shape {
    static SHAPE: crate::sync::global::OnceLock<&'static Shape> =
        crate::sync::global::OnceLock::new();
    SHAPE.get_or_init(|| {
        let add = |s: &'static Shape, key| match s.with_added(key, attr::CONFIGURABLE) {
            ShapeRef::Shared(c) => c,
            // Additions to a tree shape stay in the tree.
            ShapeRef::Unshared(_) => unreachable!("a tree shape's child is shared"),
        };
        add(add(Shape::root(), atom::LENGTH), atom::NAME)
    })
}

impl Vm {
    /// Calls `f` with `this` and `args` from Rust (or a native).
    pub fn call_function(&mut self, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
        self.invoke(f, this, args, Value::UNDEFINED, false)
    }

    /// `new f(...args)` with `new_target`.
    pub fn construct(&mut self, f: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
        if !self.is_constructor(f) {
            let d = self.describe_callee(f);
            return Err(self.type_error(format!("{d} is not a constructor")));
        }
        self.invoke(f, Value::UNDEFINED, args, new_target, true)
    }

    pub(crate) fn describe_callee(&mut self, f: Value) -> String {
        match f.kind() {
            crate::value::Kind::Object => {
                if self.is_callable(f) {
                    "function".into()
                } else {
                    "object".into()
                }
            }
            crate::value::Kind::String => {
                format!("\"{}\"", self.display(f))
            }
            _ => self.display(f),
        }
    }

    fn invoke(
        &mut self,
        f: Value,
        this: Value,
        args: &[Value],
        new_target: Value,
        construct: bool,
    ) -> JsResult<Value> {
        let Some(o) = f.as_obj().filter(|o| o.is_callable()) else {
            let d = self.describe_callee(f);
            return Err(self.type_error(format!("{d} is not a function")));
        };
        if self.native_stack_exhausted() {
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        match &o.class {
            Class::Function(c) => {
                if !construct && o.has_flag(flag::CLASS_CTOR) {
                    return Err(
                        self.type_error("Class constructor cannot be invoked without 'new'")
                    );
                }
                let code = Arc::clone(&c.code);
                if code.is_async {
                    return self.async_call(o, code, this, args);
                }
                let floor = self.regs.len();
                self.regs.extend_from_slice(args);
                let this = if construct {
                    self.construct_this(o, &code, new_target)?
                } else {
                    self.bind_this(&code, this)?
                };
                self.native_depth += 1;
                let r = self.enter_frame(
                    o,
                    &code,
                    this,
                    new_target,
                    floor,
                    args.len(),
                    None,
                    construct,
                    floor,
                );
                let r = match r {
                    Ok(()) => {
                        let entry = self.frames.len();
                        self.run(entry)
                    }
                    Err(e) => {
                        self.regs.truncate(floor);
                        Err(e)
                    }
                };
                self.native_depth -= 1;
                r
            }
            Class::Native { f: nf, .. } => {
                let nf = *nf;
                self.native_depth += 1;
                let roots = self.roots.len();
                // The arguments stay reachable: they are in the caller's registers or
                // pushed here.
                let floor = self.regs.len();
                self.regs.extend_from_slice(args);
                let nt = if construct {
                    new_target
                } else {
                    Value::UNDEFINED
                };
                self.thread_local.callee = Some(f);
                let r = nf(self, this, args, nt);
                self.regs.truncate(floor);
                self.roots.truncate(roots);
                self.native_depth -= 1;
                r
            }
            Class::Bound(b) => {
                let mut all: Vec<Value> = b.args.to_vec();
                all.extend_from_slice(args);
                let (target, bthis) = (b.target, b.this);
                if construct {
                    let nt = if new_target == f { target } else { new_target };
                    self.invoke(target, Value::UNDEFINED, &all, nt, true)
                } else {
                    self.invoke(target, bthis, &all, Value::UNDEFINED, false)
                }
            }
            _ => {
                // Callable host objects (the Function.prototype itself).
                Ok(Value::UNDEFINED)
            }
        }
    }

    /// OrdinaryCallBindThis.
    pub(crate) fn bind_this(&mut self, code: &Code, this: Value) -> JsResult<Value> {
        if code.strict || code.kind == FnKind::Arrow {
            return Ok(this);
        }
        if this.is_nullish() {
            return Ok(self.realm().global);
        }
        if this.is_object() {
            return Ok(this);
        }
        Ok(self.to_object(this)?.value())
    }

    /// The `this` of a [[Construct]] call (uninitialised for derived constructors).
    pub(crate) fn construct_this(
        &mut self,
        f: ObjRef,
        code: &Code,
        new_target: Value,
    ) -> JsResult<Value> {
        if code.kind == FnKind::DerivedCtor {
            return Ok(Value::UNINIT);
        }
        let dflt = self.realm().object_proto;
        let proto = self.proto_from_ctor(new_target, dflt)?;
        let _ = f;
        Ok(self.new_object_with(proto, Class::Ordinary).value())
    }

    /// GetPrototypeFromConstructor.
    pub fn proto_from_ctor(&mut self, ctor: Value, dflt: Value) -> JsResult<Value> {
        if !ctor.is_object() {
            return Ok(dflt);
        }
        let p = self.get(ctor, Key::Atom(atom::PROTOTYPE))?;
        Ok(if p.is_object() { p } else { dflt })
    }

    /// Sets up a frame for a closure call. The arguments are at `argv..argv+argc`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn enter_frame(
        &mut self,
        func: ObjRef,
        code: &Arc<Code>,
        this: Value,
        new_target: Value,
        argv: usize,
        argc: usize,
        ret: Option<usize>,
        construct: bool,
        floor: usize,
    ) -> JsResult<()> {
        if self.frames.len() >= self.rt.options.max_frames {
            self.regs.truncate(floor);
            return Err(self.range_error("Maximum call stack size exceeded"));
        }
        let Class::Function(c) = &func.class else {
            return Err(self.type_error("not a function"));
        };
        let base = self.regs.len();
        let n = code.nregs as usize;
        self.regs.resize(base + n, Value::UNDEFINED);
        self.regs[base + REG_THIS as usize] = this;
        self.regs[base + REG_ENV as usize] = c.env;
        self.regs[base + REG_CALLEE as usize] = func.value();
        self.regs[base + REG_NEW_TARGET as usize] = new_target;
        let np = (code.nparams as usize).min(argc);
        for i in 0..np {
            self.regs[base + REG_PARAMS as usize + i] = self.regs[argv + i];
        }
        self.frames.push(Frame {
            code: crate::vm::CodeRef::new(code),
            pc: 0,
            base,
            argv,
            argc,
            ret,
            construct,
            floor,
        });
        if let Err(e) = self.poll() {
            self.frames.pop();
            self.regs.truncate(floor);
            return Err(e);
        }
        Ok(())
    }

    /// Creates a closure object for `code` over `env`.
    pub fn make_closure(&mut self, code: Arc<Code>, env: Value) -> ObjRef {
        let proto = if code.is_async {
            self.realm().async_function_proto
        } else {
            self.realm().function_proto
        };
        let kind = code.kind;
        let is_async = code.is_async;
        let mut flags = flag::CALLABLE;
        if !is_async
            && matches!(
                kind,
                FnKind::Normal | FnKind::ClassCtor | FnKind::DerivedCtor
            )
        {
            flags |= flag::CONSTRUCTOR;
        }
        if matches!(kind, FnKind::ClassCtor | FnKind::DerivedCtor) {
            flags |= flag::CLASS_CTOR;
        }
        let length = code.length;
        let name = code.name;
        let f = self.alloc_object(Object::new(
            proto,
            Class::Function(Box::new(Closure {
                code,
                env,
                home: AtomicU64::new(Value::UNDEFINED.to_bits()),
                fields: AtomicU64::new(Value::UNDEFINED.to_bits()),
            })),
            flags,
        ));
        let nv = self.atom_value(name);
        f.init_fresh(closure_shape(), &[Value::number(f64::from(length)), nv]);
        if kind == FnKind::Normal && !is_async {
            let p = self.new_object();
            p.define_named(&self.rt.heap, atom::CONSTRUCTOR, f.value(), attr::HIDDEN);
            f.define_named(&self.rt.heap, atom::PROTOTYPE, p.value(), attr::WRITABLE);
        }
        f
    }

    /// Runs the field initialiser of constructor `ctor` on `this`.
    pub(crate) fn run_fields(&mut self, ctor: Value, this: Value) -> JsResult<()> {
        let Some(c) = ctor.as_obj() else {
            return Ok(());
        };
        let fields = match &c.class {
            Class::Function(cl) => Value::from_bits(cl.fields.load(Ordering::Acquire)),
            _ => Value::UNDEFINED,
        };
        if fields.is_object() {
            self.call_function(fields, this, &[])?;
        }
        Ok(())
    }

    /// A native function object.
    pub fn native_fn(
        &mut self,
        name: &str,
        length: u32,
        f: crate::object::NativeFn,
        ctor: bool,
    ) -> ObjRef {
        let proto = self.realm().function_proto;
        let flags = flag::CALLABLE | if ctor { flag::CONSTRUCTOR } else { 0 };
        let o = self.alloc_object(Object::new(
            proto,
            Class::native(f, Value::UNDEFINED, Value::UNDEFINED),
            flags,
        ));
        o.define_named(
            &self.rt.heap,
            atom::LENGTH,
            Value::number(f64::from(length)),
            attr::CONFIGURABLE,
        );
        let n = self.str(name);
        o.define_named(&self.rt.heap, atom::NAME, n, attr::CONFIGURABLE);
        o
    }
}
