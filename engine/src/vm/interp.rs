//! The interpreter loop.

use crate::atom::{self, Atom};
use crate::object::shape::attr;
use crate::object::{Class, flag};
use crate::sync::Arc;
use crate::sync::atomic::Ordering;
use crate::value::Value;
use crate::vm::code::*;
use crate::vm::ops::{numeric_fast, strict_equals, to_boolean};
use crate::vm::property::Key;
use crate::vm::{JsResult, Vm};

/// What an instruction asks the loop to do next.
enum Flow {
    Next,
    /// A frame was pushed or popped: reload the locals.
    Switch,
    /// The entry frame returned this value.
    Done(Value),
}

impl Vm {
    /// Runs frames until the frame at depth `entry` (1-based count) returns.
    pub(crate) fn run(&mut self, entry: usize) -> JsResult<Value> {
        loop {
            match self.run_inner(entry) {
                Ok(v) => return Ok(v),
                Err(e) => {
                    // Unwind to a handler, or out of the entry frame.
                    if !self.unwind(e, entry)? {
                        continue;
                    }
                }
            }
        }
    }

    /// Finds a handler for `e`; returns Ok(false) when execution can resume, or the
    /// error when it leaves the entry frame.
    pub(crate) fn unwind(&mut self, e: Value, entry: usize) -> JsResult<bool> {
        let mut first = true;
        loop {
            let Some(f) = self.frames.last() else {
                return Err(e);
            };
            let fault = f.pc.saturating_sub(1) as u32;
            if first
                && self.throw_pos.is_none()
                && let Some((l, c)) = f.code.position(fault as usize)
            {
                self.throw_pos = Some((Arc::clone(&f.code.file), l, c));
            }
            first = false;
            let h = f
                .code
                .handlers
                .iter()
                .find(|h| h.start <= fault && fault < h.end)
                .copied();
            if let Some(h) = h {
                let base = f.base;
                self.regs[base + h.reg as usize] = e;
                let last = self.frames.len() - 1;
                self.frames[last].pc = h.target as usize;
                self.throw_pos = None;
                return Ok(false);
            }
            let f = self.frames.pop().expect("frame");
            self.regs.truncate(f.floor);
            if self.frames.len() < entry {
                return Err(e);
            }
        }
    }

    fn run_inner(&mut self, entry: usize) -> JsResult<Value> {
        'frames: loop {
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code;
            let base = self.frames[fi].base;
            let mut pc = self.frames[fi].pc;
            macro_rules! r {
                ($x:expr) => {
                    self.regs[base + $x as usize]
                };
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(err) => {
                            self.frames[fi].pc = pc;
                            return Err(err);
                        }
                    }
                };
            }
            // A binary operator with a number fast path: `$f(p, q)` when both operands
            // are numbers, else the full operator (which may call into JavaScript).
            macro_rules! arith {
                ($dst:expr, $a:expr, $b:expr, $op:expr, $f:expr) => {{
                    let (x, y) = (r!($a), r!($b));
                    if let (Some(p), Some(q)) = (x.as_number(), y.as_number()) {
                        r!($dst) = $f(p, q);
                    } else {
                        self.frames[fi].pc = pc;
                        let v = tri!(self.binary($op, x, y));
                        r!($dst) = v;
                    }
                }};
            }
            loop {
                let op = code.ops[pc];
                pc += 1;
                match op {
                    Op::Nop => {}
                    Op::LoadUndef(d) => r!(d) = Value::UNDEFINED,
                    Op::LoadNull(d) => r!(d) = Value::NULL,
                    Op::LoadHole(d) => r!(d) = Value::HOLE,
                    Op::LoadUninit(d) => r!(d) = Value::UNINIT,
                    Op::LoadBool(d, b) => r!(d) = Value::bool(b),
                    Op::LoadNum(d, n) => r!(d) = Value::number(n),
                    Op::LoadStr(d, i) => {
                        r!(d) = code
                            .string_values
                            .get()
                            .and_then(|v| v.get(i as usize).copied())
                            .unwrap_or(Value::UNDEFINED)
                    }
                    Op::Mov(d, s) => r!(d) = r!(s),
                    Op::PushEnv(n) => {
                        let parent = r!(REG_ENV);
                        let e = self.new_env(parent, n as usize);
                        r!(REG_ENV) = e;
                    }
                    Op::PopEnv => {
                        let e = r!(REG_ENV);
                        r!(REG_ENV) = e.as_env().map(|e| e.parent()).unwrap_or(Value::UNDEFINED);
                    }
                    Op::GetEnv { dst, hops, idx } => {
                        r!(dst) = env_at(r!(REG_ENV), hops)
                            .map(|e| e.get(idx as usize))
                            .unwrap_or(Value::UNDEFINED);
                    }
                    Op::GetEnvChecked {
                        dst,
                        hops,
                        idx,
                        name,
                    } => {
                        let v = env_at(r!(REG_ENV), hops)
                            .map(|e| e.get(idx as usize))
                            .unwrap_or(Value::UNDEFINED);
                        if v.is_uninit() {
                            tri!(Err(self.tdz_error(name)));
                        }
                        r!(dst) = v;
                    }
                    Op::SetEnv { src, hops, idx } => {
                        if let Some(e) = env_at(r!(REG_ENV), hops) {
                            e.set(idx as usize, r!(src));
                        }
                    }
                    Op::SetEnvChecked {
                        src,
                        hops,
                        idx,
                        name,
                    } => {
                        if let Some(e) = env_at(r!(REG_ENV), hops) {
                            if e.get(idx as usize).is_uninit() {
                                tri!(Err(self.tdz_error(name)));
                            }
                            e.set(idx as usize, r!(src));
                        }
                    }
                    Op::CheckInit { reg, name } => {
                        if r!(reg).is_uninit() {
                            tri!(Err(self.tdz_error(name)));
                        }
                    }
                    Op::GetGlobal { dst, name, ic } => {
                        let v = tri!(self.get_global_ic(name, &code, ic));
                        r!(dst) = v;
                    }
                    Op::HasGlobal { dst, name } => {
                        let found = tri!(self.has_global(name));
                        r!(dst) = Value::bool(found);
                    }
                    Op::TypeofGlobal { dst, name } => {
                        let v = tri!(self.get_global(name, true));
                        let t = self.typeof_atom(v);
                        r!(dst) = self.atom_value(t);
                    }
                    Op::SetGlobal {
                        src,
                        name,
                        strict,
                        ic,
                    } => {
                        let v = r!(src);
                        tri!(self.set_global_ic(name, v, strict, &code, ic));
                    }
                    Op::DeclareVar { name } => tri!(self.declare_var(name)),
                    Op::DeclareFunc { name, src } => {
                        let v = r!(src);
                        tri!(self.declare_func(name, v));
                    }
                    Op::DeclareLex { name, konst } => tri!(self.declare_lex(name, konst)),
                    Op::InitLex { name, src } => {
                        let v = r!(src);
                        self.init_lex(name, v);
                    }
                    Op::DeleteGlobal { dst, name } => {
                        let v = tri!(self.delete_global(name));
                        r!(dst) = Value::bool(v);
                    }
                    Op::GetProp { dst, obj, key, ic } => {
                        let o = r!(obj);
                        let v = tri!(self.get_prop_ic(o, key, &code, ic));
                        r!(dst) = v;
                    }
                    Op::SetProp { obj, key, src, ic } => {
                        let (o, v) = (r!(obj), r!(src));
                        tri!(self.set_prop_ic(o, key, v, &code, ic));
                    }
                    Op::GetElem { dst, obj, key } => {
                        let (o, k) = (r!(obj), r!(key));
                        let v = tri!(self.get_elem(o, k));
                        r!(dst) = v;
                    }
                    Op::SetElem { obj, key, src } => {
                        let (o, k, v) = (r!(obj), r!(key), r!(src));
                        tri!(self.set_elem(o, k, v, code.strict));
                    }
                    Op::Delete { dst, obj, key } => {
                        let (o, k) = (r!(obj), r!(key));
                        let v = tri!(self.delete_op(o, k, code.strict));
                        r!(dst) = Value::bool(v);
                    }
                    Op::GetSuper {
                        dst,
                        home,
                        this,
                        key,
                    } => {
                        let (h, t, k) = (r!(home), r!(this), r!(key));
                        let v = tri!(self.get_super(h, t, k));
                        r!(dst) = v;
                    }
                    Op::SetSuper {
                        home,
                        this,
                        key,
                        src,
                    } => {
                        let (h, t, k, v) = (r!(home), r!(this), r!(key), r!(src));
                        tri!(self.set_super(h, t, k, v, code.strict));
                    }
                    Op::DefineNamed { obj, key, src } => {
                        let (o, v) = (r!(obj), r!(src));
                        // Only object literals emit DefineNamed, on the ordinary object
                        // their NewObject made: nothing else can reach it yet, so a
                        // plain named key is added without the object's lock.
                        let done = o.as_obj().is_some_and(|ob| {
                            matches!(ob.class, Class::Ordinary)
                                && atom::index(key).is_none()
                                && ob.define_named_fresh(&self.rt.heap, key, v, attr::DEFAULT)
                        });
                        if !done {
                            tri!(self.define_named_op(o, key, v));
                        }
                    }
                    Op::DefineField { obj, key, src } => {
                        let (o, k, v) = (r!(obj), r!(key), r!(src));
                        tri!(self.define_field(o, k, v));
                    }
                    Op::DefineMethod {
                        obj,
                        key,
                        func,
                        enumerable,
                    } => {
                        let (o, k, f) = (r!(obj), r!(key), r!(func));
                        let a = if enumerable {
                            attr::DEFAULT
                        } else {
                            attr::HIDDEN
                        };
                        tri!(self.define_with_attrs(o, k, f, a));
                    }
                    Op::DefineGetter {
                        obj,
                        key,
                        func,
                        enumerable,
                    }
                    | Op::DefineSetter {
                        obj,
                        key,
                        func,
                        enumerable,
                    } => {
                        let (o, k, f) = (r!(obj), r!(key), r!(func));
                        let is_get = matches!(op, Op::DefineGetter { .. });
                        tri!(self.define_accessor_op(o, k, f, is_get, enumerable));
                    }
                    Op::SetProtoLiteral { obj, src } => {
                        let v = r!(src);
                        if (v.is_object() || v.is_null())
                            && let Some(o) = r!(obj).as_obj()
                        {
                            o.set_proto(v);
                        }
                    }
                    Op::CopyDataProps {
                        dst,
                        src,
                        excluded,
                        nexcluded,
                    } => {
                        let ex: Vec<Value> = (0..nexcluded).map(|i| r!(excluded + i)).collect();
                        let (d, s) = (r!(dst), r!(src));
                        tri!(self.copy_data_props(d, s, &ex));
                    }
                    Op::SetFunctionName { func, key, prefix } => {
                        let (f, k) = (r!(func), r!(key));
                        tri!(self.set_function_name(f, k, prefix));
                    }
                    Op::NewObject(d) => r!(d) = self.new_object().value(),
                    Op::NewArray(d) => r!(d) = self.new_array().value(),
                    Op::ArrayPush { arr, src } => {
                        if let Some(a) = r!(arr).as_obj() {
                            let v = r!(src);
                            let n = a.array_len();
                            if v.is_hole() {
                                a.set_array_len_raw(n + 1);
                            } else if !a.set_element(n, v) {
                                tri!(self.add_own(a, Key::Index(n), v, attr::DEFAULT));
                            }
                        }
                    }
                    Op::ArraySpread { arr, src } => {
                        let (a, s) = (r!(arr), r!(src));
                        self.frames[fi].pc = pc;
                        tri!(self.array_spread(a, s));
                    }
                    Op::Closure { dst, code: ci } => {
                        let c = Arc::clone(&code.children[ci as usize]);
                        let env = r!(REG_ENV);
                        r!(dst) = self.make_closure(c, env).value();
                    }
                    Op::MakeClass {
                        dst,
                        code: ci,
                        parent,
                        has_parent,
                        proto_dst,
                    } => {
                        let c = Arc::clone(&code.children[ci as usize]);
                        let env = r!(REG_ENV);
                        let p = if has_parent { Some(r!(parent)) } else { None };
                        let (f, proto) = tri!(self.make_class(c, env, p));
                        r!(dst) = f;
                        r!(proto_dst) = proto;
                    }
                    Op::SetHome { func, home } => {
                        if let Some(f) = r!(func).as_obj()
                            && let Class::Function(c) = &f.class
                        {
                            c.home.store(r!(home).to_bits(), Ordering::Release);
                        }
                    }
                    Op::SetFields { ctor, func } => {
                        if let Some(f) = r!(ctor).as_obj()
                            && let Class::Function(c) = &f.class
                        {
                            c.fields.store(r!(func).to_bits(), Ordering::Release);
                        }
                    }
                    Op::RunFields => {
                        let (c, t) = (r!(REG_CALLEE), r!(REG_THIS));
                        self.frames[fi].pc = pc;
                        tri!(self.run_fields(c, t));
                    }
                    Op::LoadHome(d) => {
                        let c = r!(REG_CALLEE);
                        r!(d) = match c.as_obj() {
                            Some(o) => match &o.class {
                                Class::Function(cl) => {
                                    Value::from_bits(cl.home.load(Ordering::Acquire))
                                }
                                _ => Value::UNDEFINED,
                            },
                            None => Value::UNDEFINED,
                        };
                    }
                    Op::TemplateObject { dst, idx } => {
                        let v = self.template_object(&code, idx as usize);
                        r!(dst) = v;
                    }
                    Op::CreateArguments(d) => {
                        let (argv, argc) = (self.frames[fi].argv, self.frames[fi].argc);
                        let args: Vec<Value> = self.regs[argv..argv + argc].to_vec();
                        let callee = r!(REG_CALLEE);
                        r!(d) = self.create_arguments(&args, callee, code.strict);
                    }
                    Op::CreateRest { dst, from } => {
                        let (argv, argc) = (self.frames[fi].argv, self.frames[fi].argc);
                        let from = (from as usize).min(argc);
                        let args: Vec<Value> = self.regs[argv + from..argv + argc].to_vec();
                        r!(dst) = self.new_array_from(&args).value();
                    }
                    Op::Bin { op, dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        if let (Some(p), Some(q)) = (x.as_number(), y.as_number())
                            && let Some(v) = numeric_fast(op, p, q)
                        {
                            r!(dst) = v;
                        } else {
                            self.frames[fi].pc = pc;
                            let v = tri!(self.binary(op, x, y));
                            r!(dst) = v;
                        }
                    }
                    Op::Add { dst, a, b } => {
                        arith!(dst, a, b, BinOp::Add, |p: f64, q: f64| Value::number(p + q))
                    }
                    Op::Sub { dst, a, b } => {
                        arith!(dst, a, b, BinOp::Sub, |p: f64, q: f64| Value::number(p - q))
                    }
                    Op::Mul { dst, a, b } => {
                        arith!(dst, a, b, BinOp::Mul, |p: f64, q: f64| Value::number(p * q))
                    }
                    Op::Lt { dst, a, b } => {
                        arith!(dst, a, b, BinOp::Lt, |p: f64, q: f64| Value::bool(p < q))
                    }
                    Op::Le { dst, a, b } => {
                        arith!(dst, a, b, BinOp::Le, |p: f64, q: f64| Value::bool(p <= q))
                    }
                    Op::Gt { dst, a, b } => {
                        arith!(dst, a, b, BinOp::Gt, |p: f64, q: f64| Value::bool(p > q))
                    }
                    Op::Ge { dst, a, b } => {
                        arith!(dst, a, b, BinOp::Ge, |p: f64, q: f64| Value::bool(p >= q))
                    }
                    Op::StrictEq { dst, a, b } => {
                        r!(dst) = Value::bool(strict_equals(r!(a), r!(b)));
                    }
                    Op::StrictNe { dst, a, b } => {
                        r!(dst) = Value::bool(!strict_equals(r!(a), r!(b)));
                    }
                    Op::BinK {
                        op,
                        k_left,
                        dst,
                        a,
                        k,
                    } => {
                        let x = r!(a);
                        if let Some(p) = x.as_number()
                            && let Some(v) = if k_left {
                                numeric_fast(op, k, p)
                            } else {
                                numeric_fast(op, p, k)
                            }
                        {
                            r!(dst) = v;
                        } else {
                            self.frames[fi].pc = pc;
                            let kv = Value::number(k);
                            let (l, rr) = if k_left { (kv, x) } else { (x, kv) };
                            let v = tri!(self.binary(op, l, rr));
                            r!(dst) = v;
                        }
                    }
                    Op::JumpCmp { op, a, b, t } => {
                        let (x, y) = (r!(a), r!(b));
                        let holds = if let (Some(p), Some(q)) = (x.as_number(), y.as_number()) {
                            op.numbers(p, q)
                        } else {
                            self.frames[fi].pc = pc;
                            tri!(self.compare_slow(op, x, y))
                        };
                        if holds {
                            if (t as usize) < pc {
                                self.frames[fi].pc = t as usize;
                                tri!(self.poll());
                            }
                            pc = t as usize;
                        }
                    }
                    Op::JumpCmpK { op, a, k, t } => {
                        let x = r!(a);
                        let holds = if let Some(p) = x.as_number() {
                            op.numbers(p, k)
                        } else {
                            self.frames[fi].pc = pc;
                            tri!(self.compare_slow(op, x, Value::number(k)))
                        };
                        if holds {
                            if (t as usize) < pc {
                                self.frames[fi].pc = t as usize;
                                tri!(self.poll());
                            }
                            pc = t as usize;
                        }
                    }
                    Op::Un { op, dst, src } => {
                        let x = r!(src);
                        if let Some(v) = unary_fast(op, x) {
                            r!(dst) = v;
                        } else {
                            self.frames[fi].pc = pc;
                            let v = tri!(self.unary(op, x));
                            r!(dst) = v;
                        }
                    }
                    Op::Jump(t) => {
                        if (t as usize) < pc {
                            self.frames[fi].pc = t as usize;
                            tri!(self.poll());
                        }
                        pc = t as usize;
                    }
                    Op::JumpIfTrue(c, t) => {
                        if to_boolean(r!(c)) {
                            if (t as usize) < pc {
                                self.frames[fi].pc = t as usize;
                                tri!(self.poll());
                            }
                            pc = t as usize;
                        }
                    }
                    Op::JumpIfFalse(c, t) => {
                        if !to_boolean(r!(c)) {
                            if (t as usize) < pc {
                                self.frames[fi].pc = t as usize;
                                tri!(self.poll());
                            }
                            pc = t as usize;
                        }
                    }
                    Op::JumpIfNullish(c, t) => {
                        if r!(c).is_nullish() {
                            pc = t as usize;
                        }
                    }
                    Op::JumpIfNotNullish(c, t) => {
                        if !r!(c).is_nullish() {
                            pc = t as usize;
                        }
                    }
                    Op::JumpIfUndefined(c, t) => {
                        if r!(c).is_undefined() {
                            pc = t as usize;
                        }
                    }
                    Op::JumpIfNotUndefined(c, t) => {
                        if !r!(c).is_undefined() {
                            pc = t as usize;
                        }
                    }
                    Op::Throw(s) => {
                        let v = r!(s);
                        self.throw_pos = None;
                        tri!(Err(v));
                    }
                    Op::ThrowError { kind, msg } => {
                        let m = String::from_utf16_lossy(&code.strings[msg as usize]);
                        let e = match kind {
                            ErrKind::Type => self.type_error(m),
                            ErrKind::Reference => self.reference_error(m),
                            ErrKind::Range => self.range_error(m),
                            ErrKind::Syntax => self.syntax_error(m),
                        };
                        self.throw_pos = None;
                        tri!(Err(e));
                    }
                    Op::Return(s) => {
                        let v = r!(s);
                        self.frames[fi].pc = pc;
                        match tri!(self.do_return(v, entry)) {
                            Flow::Done(v) => return Ok(v),
                            _ => continue 'frames,
                        }
                    }
                    Op::Call {
                        dst,
                        func,
                        this,
                        args,
                        argc,
                    } => {
                        self.frames[fi].pc = pc;
                        let (f, t) = (r!(func), r!(this));
                        let argv = base + args as usize;
                        match tri!(self.call_op(f, t, argv, argc as usize, base + dst as usize)) {
                            Flow::Switch => continue 'frames,
                            Flow::Next | Flow::Done(_) => {}
                        }
                    }
                    Op::CallSpread {
                        dst,
                        func,
                        this,
                        arr,
                    } => {
                        self.frames[fi].pc = pc;
                        let (f, t, a) = (r!(func), r!(this), r!(arr));
                        let args = self.array_values(a);
                        let v = tri!(self.call_function(f, t, &args));
                        r!(dst) = v;
                    }
                    Op::New {
                        dst,
                        func,
                        args,
                        argc,
                    } => {
                        self.frames[fi].pc = pc;
                        let f = r!(func);
                        let a: Vec<Value> = self.regs
                            [base + args as usize..base + args as usize + argc as usize]
                            .to_vec();
                        let v = tri!(self.construct(f, &a, f));
                        r!(dst) = v;
                    }
                    Op::NewSpread { dst, func, arr } => {
                        self.frames[fi].pc = pc;
                        let (f, a) = (r!(func), r!(arr));
                        let args = self.array_values(a);
                        let v = tri!(self.construct(f, &args, f));
                        r!(dst) = v;
                    }
                    Op::SuperCall { dst, args, argc } => {
                        self.frames[fi].pc = pc;
                        let a: Vec<Value> = self.regs
                            [base + args as usize..base + args as usize + argc as usize]
                            .to_vec();
                        let v = tri!(self.super_call(base, &a));
                        r!(dst) = v;
                    }
                    Op::SuperCallSpread { dst, arr } => {
                        self.frames[fi].pc = pc;
                        let a = r!(arr);
                        let args = self.array_values(a);
                        let v = tri!(self.super_call(base, &args));
                        r!(dst) = v;
                    }
                    Op::SuperCallDyn {
                        dst,
                        ctor,
                        nt,
                        this,
                        arr,
                    } => {
                        self.frames[fi].pc = pc;
                        let (c, n, t, a) = (r!(ctor), r!(nt), r!(this), r!(arr));
                        let args = self.array_values(a);
                        let v = tri!(self.super_call_with(c, n, t, &args));
                        r!(dst) = v;
                    }
                    Op::GetIterator { iter, src } => {
                        self.frames[fi].pc = pc;
                        let s = r!(src);
                        let (it, next) = tri!(self.get_iterator(s));
                        r!(iter) = it;
                        r!(iter + 1) = next;
                    }
                    Op::IterNext { dst, iter, done } => {
                        self.frames[fi].pc = pc;
                        let (it, next) = (r!(iter), r!(iter + 1));
                        match tri!(self.iter_step(it, next)) {
                            Some(v) => r!(dst) = v,
                            None => pc = done as usize,
                        }
                    }
                    Op::IterStep { dst, iter, done } => {
                        if r!(done) == Value::TRUE {
                            r!(dst) = Value::UNDEFINED;
                        } else {
                            self.frames[fi].pc = pc;
                            r!(done) = Value::TRUE;
                            let (it, next) = (r!(iter), r!(iter + 1));
                            match tri!(self.iter_step(it, next)) {
                                Some(v) => {
                                    r!(dst) = v;
                                    r!(done) = Value::FALSE;
                                }
                                None => r!(dst) = Value::UNDEFINED,
                            }
                        }
                    }
                    Op::IterClose { iter } => {
                        self.frames[fi].pc = pc;
                        let it = r!(iter);
                        tri!(self.iter_close(it));
                    }
                    Op::IterCloseQuiet { iter } => {
                        self.frames[fi].pc = pc;
                        let it = r!(iter);
                        let saved = self.throw_pos.take();
                        let _ = self.iter_close(it);
                        self.throw_pos = saved;
                    }
                    Op::ForInStart { iter, src } => {
                        let s = r!(src);
                        let v = tri!(self.for_in_start(s));
                        r!(iter) = v;
                    }
                    Op::ForInNext { dst, iter, done } => {
                        let it = r!(iter);
                        match tri!(self.for_in_next(it)) {
                            Some(v) => r!(dst) = v,
                            None => pc = done as usize,
                        }
                    }
                    Op::Await { dst, src } => {
                        // The async driver (vm/async_fn.rs) saves this frame.
                        self.frames[fi].pc = pc;
                        let v = r!(src);
                        tri!(self.request_await(v, dst, fi + 1 == entry));
                        return Ok(Value::UNDEFINED);
                    }
                }
            }
        }
    }

    fn tdz_error(&mut self, name: Atom) -> Value {
        let n = atom::display(name);
        self.reference_error(format!("Cannot access '{n}' before initialization"))
    }

    /// Returns from the current frame.
    fn do_return(&mut self, v: Value, entry: usize) -> JsResult<Flow> {
        let f = self.frames.last().expect("frame");
        let mut result = v;
        if f.construct && !v.is_object() {
            let this = self.regs[f.base + REG_THIS as usize];
            if f.code.kind == FnKind::DerivedCtor && !v.is_undefined() {
                return Err(
                    self.type_error("Derived constructors may only return object or undefined")
                );
            }
            if this.is_uninit() {
                return Err(self.reference_error(
                    "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
                ));
            }
            result = this;
        }
        let f = self.frames.pop().expect("frame");
        self.regs.truncate(f.floor);
        if self.frames.len() < entry {
            return Ok(Flow::Done(result));
        }
        if let Some(ret) = f.ret {
            self.regs[ret] = result;
        }
        Ok(Flow::Switch)
    }

    /// A call from bytecode: closures get a new frame (no Rust recursion).
    fn call_op(
        &mut self,
        f: Value,
        this: Value,
        argv: usize,
        argc: usize,
        ret: usize,
    ) -> JsResult<Flow> {
        if let Some(o) = f.as_obj()
            && let Class::Function(c) = &o.class
            && !c.code.is_async
        {
            if o.has_flag(flag::CLASS_CTOR) {
                return Err(self.type_error("Class constructor cannot be invoked without 'new'"));
            }
            let code = &c.code;
            let this = self.bind_this(code, this)?;
            let floor = self.regs.len();
            self.enter_frame(
                o,
                code,
                this,
                Value::UNDEFINED,
                argv,
                argc,
                Some(ret),
                false,
                floor,
            )?;
            return Ok(Flow::Switch);
        }
        // A native with few arguments: called directly with a stack copy of them (the
        // originals stay rooted in this frame's registers), without `invoke`'s second
        // copy onto the register stack.
        if argc <= 8
            && let Some(o) = f.as_obj()
            && o.is_callable()
            && let Class::Native { f: nf, .. } = &o.class
        {
            let nf = *nf;
            if self.native_stack_exhausted() {
                return Err(self.range_error("Maximum call stack size exceeded"));
            }
            let mut buf = [Value::UNDEFINED; 8];
            buf[..argc].copy_from_slice(&self.regs[argv..argv + argc]);
            self.native_depth += 1;
            let roots = self.roots.len();
            let floor = self.regs.len();
            self.thread_local.callee = Some(f);
            let r = nf(self, this, &buf[..argc], Value::UNDEFINED);
            self.regs.truncate(floor);
            self.roots.truncate(roots);
            self.native_depth -= 1;
            self.regs[ret] = r?;
            return Ok(Flow::Next);
        }
        // Natives and the rest get a copy of the arguments (they receive `&[Value]`
        // next to `&mut Vm`); a small call copies to the stack, not the heap.
        let v = if argc <= 8 {
            let mut buf = [Value::UNDEFINED; 8];
            buf[..argc].copy_from_slice(&self.regs[argv..argv + argc]);
            self.call_function(f, this, &buf[..argc])?
        } else {
            let args: Vec<Value> = self.regs[argv..argv + argc].to_vec();
            self.call_function(f, this, &args)?
        };
        self.regs[ret] = v;
        Ok(Flow::Next)
    }

    /// `super(...args)` in the derived constructor whose frame starts at `base`.
    fn super_call(&mut self, base: usize, args: &[Value]) -> JsResult<Value> {
        let callee = self.regs[base + REG_CALLEE as usize];
        let nt = self.regs[base + REG_NEW_TARGET as usize];
        let parent = callee.as_obj().map(|o| o.proto()).unwrap_or(Value::NULL);
        if !self.is_constructor(parent) {
            return Err(self.type_error("Super constructor is not a constructor"));
        }
        let this = self.construct(parent, args, nt)?;
        if !self.regs[base + REG_THIS as usize].is_uninit() {
            return Err(self.reference_error("Super constructor may only be called once"));
        }
        self.regs[base + REG_THIS as usize] = this;
        self.run_fields(callee, this)?;
        Ok(this)
    }

    /// `super(...)` with an explicit constructor (from an arrow function).
    fn super_call_with(
        &mut self,
        callee: Value,
        nt: Value,
        this_now: Value,
        args: &[Value],
    ) -> JsResult<Value> {
        let parent = callee.as_obj().map(|o| o.proto()).unwrap_or(Value::NULL);
        if !self.is_constructor(parent) {
            return Err(self.type_error("Super constructor is not a constructor"));
        }
        let this = self.construct(parent, args, nt)?;
        if !this_now.is_uninit() {
            return Err(self.reference_error("Super constructor may only be called once"));
        }
        self.roots.push(this);
        let r = self.run_fields(callee, this);
        self.roots.pop();
        r?;
        Ok(this)
    }

    /// The values of an array (for spread calls).
    pub(crate) fn array_values(&mut self, a: Value) -> Vec<Value> {
        match a.as_obj() {
            Some(o) => (0..o.array_len())
                .map(|i| {
                    let v = o.element(i);
                    if v.is_hole() { Value::UNDEFINED } else { v }
                })
                .collect(),
            None => Vec::new(),
        }
    }
}

/// The unary operators on a number (and `!` on anything), without a call.
#[inline(always)]
fn unary_fast(op: UnOp, x: Value) -> Option<Value> {
    if op == UnOp::Not {
        return Some(Value::bool(!to_boolean(x)));
    }
    let n = x.as_number()?;
    Some(match op {
        UnOp::Inc => Value::number(n + 1.0),
        UnOp::Dec => Value::number(n - 1.0),
        UnOp::Neg => Value::number(-n),
        UnOp::Plus | UnOp::ToNumeric => x,
        UnOp::BitNot => Value::number(f64::from(!crate::vm::ops::f64_to_int32(n))),
        _ => return None,
    })
}

impl Vm {
    /// A fused comparison whose operands are not both numbers: the operator with
    /// every conversion, then ToBoolean (and the negation for `NotLt` …).
    #[inline(never)]
    fn compare_slow(&mut self, op: CmpOp, x: Value, y: Value) -> JsResult<bool> {
        match op {
            CmpOp::StrictEq => Ok(strict_equals(x, y)),
            CmpOp::StrictNe => Ok(!strict_equals(x, y)),
            _ => {
                let (bop, negated) = op.binop();
                let v = self.binary(bop, x, y)?;
                Ok(to_boolean(v) != negated)
            }
        }
    }
}

/// The environment `hops` levels up from `env`.
#[inline]
fn env_at(mut env: Value, hops: u16) -> Option<&'static crate::heap::Env> {
    for _ in 0..hops {
        env = env.as_env()?.parent();
    }
    env.as_env()
}
