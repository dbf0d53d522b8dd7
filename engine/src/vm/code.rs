//! The register bytecode (ARCHITECTURE.md, "Environments and the bytecode").
//!
//! A `Code` is immutable once built and shared by every thread; its inline-cache words
//! and string/template caches are data, written with atomic stores (R7).

use crate::atom::Atom;
use crate::sync::atomic::AtomicU64;
use crate::sync::{Arc, OnceLock};
use crate::value::Value;

/// Words of `Code::ics` per inline-cache site: the main word, and for a prototype
/// entry the prototype and the holder's (shape, slot) (see `vm::helpers`).
pub const IC_WORDS: u32 = 3;

/// A register index within a frame.
pub type R = u16;

/// Fixed registers of every frame.
pub const REG_THIS: R = 0;
pub const REG_ENV: R = 1;
pub const REG_CALLEE: R = 2;
pub const REG_NEW_TARGET: R = 3;
/// The first parameter register.
pub const REG_PARAMS: R = 4;

/// Binary operators with ECMAScript semantics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Exp,
    Shl,
    Shr,
    UShr,
    BitAnd,
    BitOr,
    BitXor,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    StrictEq,
    StrictNe,
    InstanceOf,
    In,
}

/// The comparisons of a fused compare-and-branch (`Op::JumpCmp`): the relational and
/// equality operators and the negations of the relational ones (`!(a < b)` is not
/// `a >= b` when an operand is NaN or a conversion gives NaN).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Gt,
    Ge,
    NotLt,
    NotLe,
    NotGt,
    NotGe,
    Eq,
    Ne,
    StrictEq,
    StrictNe,
}

impl CmpOp {
    /// The comparison of a binary operator (None for the others).
    pub fn of(op: BinOp) -> Option<CmpOp> {
        Some(match op {
            BinOp::Lt => CmpOp::Lt,
            BinOp::Le => CmpOp::Le,
            BinOp::Gt => CmpOp::Gt,
            BinOp::Ge => CmpOp::Ge,
            BinOp::Eq => CmpOp::Eq,
            BinOp::Ne => CmpOp::Ne,
            BinOp::StrictEq => CmpOp::StrictEq,
            BinOp::StrictNe => CmpOp::StrictNe,
            _ => return None,
        })
    }

    /// The comparison that holds exactly when this one does not.
    pub fn negate(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::NotLt,
            CmpOp::Le => CmpOp::NotLe,
            CmpOp::Gt => CmpOp::NotGt,
            CmpOp::Ge => CmpOp::NotGe,
            CmpOp::NotLt => CmpOp::Lt,
            CmpOp::NotLe => CmpOp::Le,
            CmpOp::NotGt => CmpOp::Gt,
            CmpOp::NotGe => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Ne,
            CmpOp::Ne => CmpOp::Eq,
            CmpOp::StrictEq => CmpOp::StrictNe,
            CmpOp::StrictNe => CmpOp::StrictEq,
        }
    }

    /// The binary operator that computes the comparison, and whether its result is
    /// negated.
    pub fn binop(self) -> (BinOp, bool) {
        match self {
            CmpOp::Lt => (BinOp::Lt, false),
            CmpOp::Le => (BinOp::Le, false),
            CmpOp::Gt => (BinOp::Gt, false),
            CmpOp::Ge => (BinOp::Ge, false),
            CmpOp::NotLt => (BinOp::Lt, true),
            CmpOp::NotLe => (BinOp::Le, true),
            CmpOp::NotGt => (BinOp::Gt, true),
            CmpOp::NotGe => (BinOp::Ge, true),
            CmpOp::Eq => (BinOp::Eq, false),
            CmpOp::Ne => (BinOp::Ne, false),
            CmpOp::StrictEq => (BinOp::StrictEq, false),
            CmpOp::StrictNe => (BinOp::StrictNe, false),
        }
    }

    /// The comparison of two numbers. (`!(x < y)` is meant: it holds for NaN.)
    #[inline(always)]
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    pub fn numbers(self, x: f64, y: f64) -> bool {
        match self {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
            CmpOp::NotLt => !(x < y),
            CmpOp::NotLe => !(x <= y),
            CmpOp::NotGt => !(x > y),
            CmpOp::NotGe => !(x >= y),
            CmpOp::Eq | CmpOp::StrictEq => x == y,
            CmpOp::Ne | CmpOp::StrictNe => x != y,
        }
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Plus,
    Not,
    BitNot,
    Typeof,
    /// ToNumeric (for `x++`'s old value).
    ToNumeric,
    Inc,
    Dec,
    ToPropertyKey,
    ToString,
    /// ToObject, throwing on null/undefined (destructuring, spread sources).
    RequireObjectCoercible,
}

/// Error constructors the VM can throw by itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrKind {
    Type,
    Reference,
    Range,
    Syntax,
}

/// One instruction. Registers are frame-relative.
#[derive(Clone, Copy, Debug)]
pub enum Op {
    Nop,
    LoadUndef(R),
    LoadNull(R),
    LoadHole(R),
    LoadUninit(R),
    LoadBool(R, bool),
    LoadNum(R, f64),
    LoadStr(R, u32),
    Mov(R, R),
    // environments
    PushEnv(u32),
    PopEnv,
    GetEnv {
        dst: R,
        hops: u16,
        idx: u32,
    },
    GetEnvChecked {
        dst: R,
        hops: u16,
        idx: u32,
        name: Atom,
    },
    SetEnv {
        src: R,
        hops: u16,
        idx: u32,
    },
    SetEnvChecked {
        src: R,
        hops: u16,
        idx: u32,
        name: Atom,
    },
    CheckInit {
        reg: R,
        name: Atom,
    },
    // globals
    GetGlobal {
        dst: R,
        name: Atom,
        ic: u32,
    },
    TypeofGlobal {
        dst: R,
        name: Atom,
    },
    /// `dst` = whether a global binding (lexical or a global-object property) named
    /// `name` exists: resolving an identifier reference ahead of a strict assignment.
    HasGlobal {
        dst: R,
        name: Atom,
    },
    SetGlobal {
        src: R,
        name: Atom,
        strict: bool,
        ic: u32,
    },
    DeclareVar {
        name: Atom,
    },
    DeclareFunc {
        name: Atom,
        src: R,
    },
    DeclareLex {
        name: Atom,
        konst: bool,
    },
    InitLex {
        name: Atom,
        src: R,
    },
    DeleteGlobal {
        dst: R,
        name: Atom,
    },
    // properties
    GetProp {
        dst: R,
        obj: R,
        key: Atom,
        ic: u32,
    },
    SetProp {
        obj: R,
        key: Atom,
        src: R,
        ic: u32,
    },
    GetElem {
        dst: R,
        obj: R,
        key: R,
    },
    SetElem {
        obj: R,
        key: R,
        src: R,
    },
    Delete {
        dst: R,
        obj: R,
        key: R,
    },
    GetSuper {
        dst: R,
        home: R,
        this: R,
        key: R,
    },
    SetSuper {
        home: R,
        this: R,
        key: R,
        src: R,
    },
    DefineField {
        obj: R,
        key: R,
        src: R,
    },
    /// `DefineField` with a key known at compile time (object literal `{ name: v }`).
    DefineNamed {
        obj: R,
        key: Atom,
        src: R,
    },
    DefineMethod {
        obj: R,
        key: R,
        func: R,
        enumerable: bool,
    },
    DefineGetter {
        obj: R,
        key: R,
        func: R,
        enumerable: bool,
    },
    DefineSetter {
        obj: R,
        key: R,
        func: R,
        enumerable: bool,
    },
    SetProtoLiteral {
        obj: R,
        src: R,
    },
    CopyDataProps {
        dst: R,
        src: R,
        excluded: R,
        nexcluded: u16,
    },
    SetFunctionName {
        func: R,
        key: R,
        prefix: u8,
    },
    // objects
    NewObject(R),
    NewArray(R),
    ArrayPush {
        arr: R,
        src: R,
    },
    ArraySpread {
        arr: R,
        src: R,
    },
    Closure {
        dst: R,
        code: u32,
    },
    MakeClass {
        dst: R,
        code: u32,
        parent: R,
        has_parent: bool,
        proto_dst: R,
    },
    SetHome {
        func: R,
        home: R,
    },
    SetFields {
        ctor: R,
        func: R,
    },
    RunFields,
    TemplateObject {
        dst: R,
        idx: u32,
    },
    CreateArguments(R),
    CreateRest {
        dst: R,
        from: u16,
    },
    // operators
    Bin {
        op: BinOp,
        dst: R,
        a: R,
        b: R,
    },
    /// `dst = a + b`, `-`, `*` and the relational and strict-equality operators: the
    /// hottest binary operators get instructions of their own (emitted through
    /// [`Op::bin`]), so the interpreter dispatches once; same semantics as `Bin`.
    Add {
        dst: R,
        a: R,
        b: R,
    },
    Sub {
        dst: R,
        a: R,
        b: R,
    },
    Mul {
        dst: R,
        a: R,
        b: R,
    },
    Lt {
        dst: R,
        a: R,
        b: R,
    },
    Le {
        dst: R,
        a: R,
        b: R,
    },
    Gt {
        dst: R,
        a: R,
        b: R,
    },
    Ge {
        dst: R,
        a: R,
        b: R,
    },
    StrictEq {
        dst: R,
        a: R,
        b: R,
    },
    StrictNe {
        dst: R,
        a: R,
        b: R,
    },
    /// `dst = a <op> k` with a number constant `k` (`k <op> a` when `k_left`).
    BinK {
        op: BinOp,
        k_left: bool,
        dst: R,
        a: R,
        k: f64,
    },
    Un {
        op: UnOp,
        dst: R,
        src: R,
    },
    // control
    /// Fused compare and branch: jumps to `t` when `a <op> b` holds.
    JumpCmp {
        op: CmpOp,
        a: R,
        b: R,
        t: u32,
    },
    /// Jumps to `t` when `a <op> k` holds, `k` a number constant.
    JumpCmpK {
        op: CmpOp,
        a: R,
        k: f64,
        t: u32,
    },
    Jump(u32),
    JumpIfTrue(R, u32),
    JumpIfFalse(R, u32),
    JumpIfNullish(R, u32),
    JumpIfNotNullish(R, u32),
    JumpIfUndefined(R, u32),
    JumpIfNotUndefined(R, u32),
    Throw(R),
    ThrowError {
        kind: ErrKind,
        msg: u32,
    },
    Return(R),
    // calls
    Call {
        dst: R,
        func: R,
        this: R,
        args: R,
        argc: u16,
    },
    CallSpread {
        dst: R,
        func: R,
        this: R,
        arr: R,
    },
    New {
        dst: R,
        func: R,
        args: R,
        argc: u16,
    },
    NewSpread {
        dst: R,
        func: R,
        arr: R,
    },
    SuperCall {
        dst: R,
        args: R,
        argc: u16,
    },
    SuperCallSpread {
        dst: R,
        arr: R,
    },
    /// `super(...)` from an arrow: explicit constructor, new.target and current this.
    SuperCallDyn {
        dst: R,
        ctor: R,
        nt: R,
        this: R,
        arr: R,
    },
    // iteration
    GetIterator {
        iter: R,
        src: R,
    },
    IterNext {
        dst: R,
        iter: R,
        done: u32,
    },
    IterClose {
        iter: R,
    },
    IterCloseQuiet {
        iter: R,
    },
    /// Array-destructuring step: if `done` is false, steps the iterator; sets `done` and
    /// `dst` (undefined once done).
    IterStep {
        dst: R,
        iter: R,
        done: R,
    },
    LoadHome(R),
    ForInStart {
        iter: R,
        src: R,
    },
    ForInNext {
        dst: R,
        iter: R,
        done: u32,
    },
    /// `dst = await src` in an async function: suspends the frame (vm/async_fn.rs).
    Await {
        dst: R,
        src: R,
    },
}

impl Op {
    /// `dst = a <op> b`, as the instruction of its own when the operator has one.
    pub fn bin(op: BinOp, dst: R, a: R, b: R) -> Op {
        match op {
            BinOp::Add => Op::Add { dst, a, b },
            BinOp::Sub => Op::Sub { dst, a, b },
            BinOp::Mul => Op::Mul { dst, a, b },
            BinOp::Lt => Op::Lt { dst, a, b },
            BinOp::Le => Op::Le { dst, a, b },
            BinOp::Gt => Op::Gt { dst, a, b },
            BinOp::Ge => Op::Ge { dst, a, b },
            BinOp::StrictEq => Op::StrictEq { dst, a, b },
            BinOp::StrictNe => Op::StrictNe { dst, a, b },
            _ => Op::Bin { op, dst, a, b },
        }
    }
}

/// An exception handler: a throw at a pc in `[start, end)` jumps to `target` with the
/// thrown value in `reg`.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub reg: R,
}

/// Function kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FnKind {
    Script,
    Normal,
    Arrow,
    Method,
    ClassCtor,
    DerivedCtor,
    Getter,
    Setter,
}

/// A template site's strings.
#[derive(Debug)]
pub struct TemplateSite {
    pub cooked: Vec<Option<Box<[u16]>>>,
    pub raw: Vec<Box<[u16]>>,
}

/// One compiled function (or the script).
#[derive(Debug)]
pub struct Code {
    pub name: Atom,
    pub kind: FnKind,
    pub strict: bool,
    /// An async function: a call returns a promise and the body may `await`.
    pub is_async: bool,
    pub ops: Vec<Op>,
    pub nregs: u32,
    /// Parameters copied into registers `REG_PARAMS..`.
    pub nparams: u32,
    /// `length` of the function object.
    pub length: u32,
    pub handlers: Vec<Handler>,
    /// (pc, line, column), sorted by pc.
    pub positions: Vec<(u32, u32, u32)>,
    pub strings: Vec<Box<[u16]>>,
    pub children: Vec<Arc<Code>>,
    pub templates: Vec<TemplateSite>,
    pub file: Arc<str>,
    /// Inline caches: `IC_WORDS` words per property or global site; the first is
    /// (shape pointer << 16 | slot) or a flagged entry (see `vm::helpers`).
    pub ics: Box<[AtomicU64]>,
    /// String constants as heap strings, made when the code is linked to a runtime.
    pub string_values: OnceLock<Box<[Value]>>,
    /// Template objects, made on first evaluation of each site (HOLE until then).
    pub template_cache: Box<[AtomicU64]>,
}

impl Code {
    /// The source position of the instruction at `pc`.
    pub fn position(&self, pc: usize) -> Option<(u32, u32)> {
        let i = self.positions.partition_point(|p| p.0 as usize <= pc);
        if i == 0 {
            None
        } else {
            let p = self.positions[i - 1];
            Some((p.1, p.2))
        }
    }

    /// A readable listing of this code and its children (one instruction per line),
    /// for `WEFT_DUMP_BYTECODE=1`.
    pub fn listing(&self) -> String {
        let mut out = String::new();
        self.list_into(&mut out);
        out
    }

    fn list_into(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = writeln!(
            out,
            "== {} ({:?}, {} registers, {} params)",
            crate::atom::display(self.name),
            self.kind,
            self.nregs,
            self.nparams
        );
        for (pc, op) in self.ops.iter().enumerate() {
            let _ = writeln!(out, "{pc:5}  {op:?}");
        }
        for h in &self.handlers {
            let _ = writeln!(
                out,
                "  handler [{}, {}) -> {} (r{})",
                h.start, h.end, h.target, h.reg
            );
        }
        for c in &self.children {
            c.list_into(out);
        }
    }

    /// Calls `f` with every value the code keeps alive.
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        if let Some(vs) = self.string_values.get() {
            for v in vs.iter() {
                f(*v);
            }
        }
        for w in self.template_cache.iter() {
            f(Value::from_bits(
                w.load(crate::sync::atomic::Ordering::Acquire),
            ));
        }
        for c in &self.children {
            c.trace(f);
        }
    }
}
