//! The bytecode compiler: `boa_ast` → register bytecode (`vm::code`).
//!
//! Every identifier is resolved here to a register, an environment coordinate
//! `(hops, slot)` or a global name. A binding lives in an environment cell only if its
//! name appears inside a nested function (a conservative capture analysis), so most
//! locals stay in registers.

mod analysis;
mod class;
mod expr;
mod fast;
mod function;
mod operators;
mod pattern;
mod stmt;

use std::collections::{HashMap, HashSet};

use boa_ast::Position;
use boa_interner::{Interner, Sym};

use crate::atom::{self, Atom};
use crate::sync::Arc;
use crate::sync::atomic::AtomicU64;
use crate::vm::code::*;

/// A compile-time error: an unsupported feature or an early error, with its position.
#[derive(Debug, Clone)]
pub struct CompileError {
    pub message: String,
    pub pos: Option<(u32, u32)>,
}

type CResult<T> = Result<T, CompileError>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BindKind {
    Var,
    Let,
    Const,
    /// A class's inner name binding: const-like.
    ClassInner,
    /// A pseudo binding (`this`, `new.target`, the home object): never in TDZ checks.
    Pseudo,
    /// A named function expression's own name: assignments are ignored (sloppy) or
    /// throw (strict).
    FnName,
}

#[derive(Clone, Copy, Debug)]
enum Loc {
    Reg(R),
    Env(u32),
}

#[derive(Clone, Copy, Debug)]
struct Bind {
    loc: Loc,
    kind: BindKind,
    /// A register let/const whose initialisation has been emitted, in a scope where
    /// every later-compiled instruction runs after it (see `mark_initialized`): reads
    /// need no TDZ check.
    init: bool,
}

#[derive(Default)]
struct Scope {
    names: HashMap<Atom, Bind>,
    has_env: bool,
    env_size: u32,
    /// A switch statement's case block: a case may be entered by a jump past another
    /// case's declarations, so its bindings always keep their TDZ checks.
    switch: bool,
}

/// Where an identifier resolved.
#[derive(Clone, Copy, Debug)]
enum Resolved {
    Reg(R, BindKind),
    Env(u16, u32, BindKind),
    Global,
}

struct JumpTarget {
    labels: Vec<Atom>,
    is_loop: bool,
    /// Whether an unlabelled `break` targets it (loops and switch).
    breakable: bool,
    breaks: Vec<usize>,
    continues: Vec<usize>,
    env_depth: u32,
    finalizers: usize,
    /// Finalizers a `continue` must not run (a for-of loop's own iterator close).
    cont_finalizers: usize,
    tries: usize,
    scopes: usize,
}

enum Finalizer<'ast> {
    Finally(&'ast boa_ast::statement::Block),
    IterClose(R),
}

struct FinalizerEntry<'ast> {
    f: Finalizer<'ast>,
    env_depth: u32,
    tries: usize,
    scopes: usize,
    /// Jump targets (loops, switches, labels) around the statement that registered
    /// it: a `break`/`continue` in a `finally` block compiled inline at an exit
    /// resolves among these, not among the targets inside the `try` block.
    jumps: usize,
}

struct TryRegion {
    ranges: Vec<(u32, u32)>,
    open: Option<u32>,
}

struct FnState<'ast> {
    kind: FnKind,
    strict: bool,
    is_async: bool,
    ops: Vec<Op>,
    positions: Vec<(u32, u32, u32)>,
    last_pos: Option<(u32, u32)>,
    handlers: Vec<Handler>,
    strings: Vec<Box<[u16]>>,
    string_ix: HashMap<Box<[u16]>, u32>,
    children: Vec<Arc<Code>>,
    templates: Vec<TemplateSite>,
    nics: u32,
    next_reg: u32,
    max_reg: u32,
    scopes: Vec<Scope>,
    captured: HashSet<Atom>,
    jumps: Vec<JumpTarget>,
    finalizers: Vec<FinalizerEntry<'ast>>,
    tries: Vec<TryRegion>,
    env_depth: u32,
    #[allow(dead_code)]
    is_script: bool,
    /// Pending label set for the next loop/switch statement.
    pending_labels: Vec<Atom>,
}

impl FnState<'_> {
    fn new(kind: FnKind, strict: bool, is_script: bool) -> Self {
        FnState {
            kind,
            strict,
            is_async: false,
            ops: Vec::new(),
            positions: Vec::new(),
            last_pos: None,
            handlers: Vec::new(),
            strings: Vec::new(),
            string_ix: HashMap::new(),
            children: Vec::new(),
            templates: Vec::new(),
            nics: 0,
            next_reg: u32::from(REG_PARAMS),
            max_reg: u32::from(REG_PARAMS),
            scopes: Vec::new(),
            captured: HashSet::new(),
            jumps: Vec::new(),
            finalizers: Vec::new(),
            tries: Vec::new(),
            env_depth: 0,
            is_script,
            pending_labels: Vec::new(),
        }
    }
}

/// The compiler of one script.
pub struct Compiler<'ast> {
    interner: &'ast Interner,
    file: Arc<str>,
    funcs: Vec<FnState<'ast>>,
    sym_arguments: Sym,
    /// Names the script declares at its top level (var, function, let, const, class):
    /// a reference to one of them cannot be unresolvable, so strict assignments to
    /// them skip the resolve-before-the-right-side check.
    script_globals: std::collections::HashSet<Atom>,
}

/// Compiles a parsed script.
pub fn compile_script(
    script: &boa_ast::Script,
    interner: &Interner,
    file: &str,
) -> Result<Arc<Code>, CompileError> {
    let mut c = Compiler {
        interner,
        file: Arc::from(file),
        funcs: Vec::new(),
        sym_arguments: interner.get("arguments").unwrap_or(Sym::EMPTY_STRING),
        script_globals: std::collections::HashSet::new(),
    };
    c.script(script)
}

pub(crate) fn err<T>(message: impl Into<String>, pos: Option<Position>) -> CResult<T> {
    Err(CompileError {
        message: message.into(),
        pos: pos.map(|p| (p.line_number(), p.column_number())),
    })
}

impl<'ast> Compiler<'ast> {
    fn f(&mut self) -> &mut FnState<'ast> {
        self.funcs.last_mut().expect("a function is being compiled")
    }
    fn fr(&self) -> &FnState<'ast> {
        self.funcs.last().expect("a function is being compiled")
    }

    // ---- names and constants ----

    fn sym_atom(&self, s: Sym) -> Atom {
        atom::intern(self.interner.resolve_expect(s).utf16())
    }
    fn sym_units(&self, s: Sym) -> Box<[u16]> {
        self.interner.resolve_expect(s).utf16().into()
    }
    fn string_const(&mut self, units: &[u16]) -> u32 {
        let f = self.f();
        if let Some(&i) = f.string_ix.get(units) {
            return i;
        }
        let i = f.strings.len() as u32;
        f.strings.push(units.into());
        f.string_ix.insert(units.into(), i);
        i
    }
    fn str_const(&mut self, s: &str) -> u32 {
        let u: Vec<u16> = s.encode_utf16().collect();
        self.string_const(&u)
    }

    // ---- emission ----

    fn pc(&self) -> u32 {
        self.fr().ops.len() as u32
    }
    fn emit(&mut self, op: Op) -> usize {
        let f = self.f();
        let pc = f.ops.len();
        if let Some((l, c)) = f.last_pos.take() {
            f.positions.push((pc as u32, l, c));
        }
        f.ops.push(op);
        pc
    }
    fn set_pos(&mut self, p: Position) {
        self.f().last_pos = Some((p.line_number(), p.column_number()));
    }
    fn patch(&mut self, at: usize, target: u32) {
        let op = &mut self.f().ops[at];
        match op {
            Op::Jump(t)
            | Op::JumpIfTrue(_, t)
            | Op::JumpIfFalse(_, t)
            | Op::JumpIfNullish(_, t)
            | Op::JumpIfNotNullish(_, t)
            | Op::JumpIfUndefined(_, t)
            | Op::JumpIfNotUndefined(_, t)
            | Op::JumpCmp { t, .. }
            | Op::JumpCmpK { t, .. }
            | Op::IterNext { done: t, .. }
            | Op::ForInNext { done: t, .. } => *t = target,
            _ => {}
        }
    }
    fn patch_here(&mut self, at: usize) {
        let pc = self.pc();
        self.patch(at, pc);
    }
    /// A new inline-cache site: `IC_WORDS` consecutive words of `Code::ics`.
    fn new_ic(&mut self) -> u32 {
        let f = self.f();
        f.nics += crate::vm::code::IC_WORDS;
        f.nics - crate::vm::code::IC_WORDS
    }

    // ---- registers ----

    fn reg(&mut self) -> R {
        let f = self.f();
        let r = f.next_reg;
        f.next_reg += 1;
        f.max_reg = f.max_reg.max(f.next_reg);
        r as R
    }
    fn regs(&mut self, n: u32) -> R {
        let f = self.f();
        let r = f.next_reg;
        f.next_reg += n;
        f.max_reg = f.max_reg.max(f.next_reg);
        r as R
    }
    fn mark(&self) -> u32 {
        self.fr().next_reg
    }
    fn release(&mut self, m: u32) {
        self.f().next_reg = m;
    }
    fn check_regs(&self, pos: Option<Position>) -> CResult<()> {
        if self.fr().max_reg > 60_000 {
            return err("function too large (register limit)", pos);
        }
        Ok(())
    }

    // ---- scopes ----

    /// Opens a scope declaring `decls` (name, kind). Captured names go to a fresh
    /// environment (pushed at runtime); the others get registers.
    fn push_scope(&mut self, decls: &[(Atom, BindKind)]) {
        let mut scope = Scope::default();
        let captured: Vec<bool> = decls
            .iter()
            .map(|(n, _)| self.fr().captured.contains(n))
            .collect();
        for ((name, kind), cap) in decls.iter().zip(captured) {
            if scope.names.contains_key(name) {
                // `var x; var x;` or a parameter redeclared by var: one binding.
                continue;
            }
            let loc = if cap {
                scope.env_size += 1;
                Loc::Env(scope.env_size - 1)
            } else {
                Loc::Reg(self.reg())
            };
            scope.names.insert(
                *name,
                Bind {
                    loc,
                    kind: *kind,
                    init: false,
                },
            );
        }
        scope.has_env = scope.env_size > 0;
        if scope.has_env {
            let n = scope.env_size;
            self.emit(Op::PushEnv(n));
            self.f().env_depth += 1;
        }
        // Registers of lexical bindings start uninitialised (TDZ).
        for b in scope.names.values() {
            if let (Loc::Reg(r), BindKind::Let | BindKind::Const | BindKind::ClassInner) =
                (b.loc, b.kind)
            {
                self.f().ops.push(Op::LoadUninit(r));
            } else if let (Loc::Reg(r), BindKind::Var) = (b.loc, b.kind) {
                self.f().ops.push(Op::LoadUndef(r));
            }
        }
        self.f().scopes.push(scope);
    }

    fn pop_scope(&mut self) {
        let s = self.f().scopes.pop().expect("scope stack");
        if s.has_env {
            self.emit(Op::PopEnv);
            self.f().env_depth -= 1;
        }
    }

    /// Leaves a scope at compile time without emitting `PopEnv` (the caller does it on
    /// every path, e.g. per-iteration copies).
    fn resolve(&self, name: Atom) -> Resolved {
        let mut hops: u16 = 0;
        for (fi, f) in self.funcs.iter().enumerate().rev() {
            for s in f.scopes.iter().rev() {
                if let Some(b) = s.names.get(&name) {
                    return match b.loc {
                        Loc::Reg(r) if fi == self.funcs.len() - 1 => Resolved::Reg(r, b.kind),
                        Loc::Reg(_) => Resolved::Global, // unreachable with the analysis
                        Loc::Env(i) => Resolved::Env(hops, i, b.kind),
                    };
                }
                if s.has_env {
                    hops += 1;
                }
            }
        }
        Resolved::Global
    }

    /// Whether a register binding of the current function is known to be initialised
    /// wherever code compiled from now on runs (no TDZ check needed).
    fn reg_initialized(&self, name: Atom) -> bool {
        for s in self.fr().scopes.iter().rev() {
            if let Some(b) = s.names.get(&name) {
                return b.init;
            }
        }
        false
    }

    /// Records that a register let/const binding was just initialised. Code of the
    /// same function compiled after this point runs after the initialisation: code is
    /// emitted in source order, control reaches a later point of a block only through
    /// the earlier ones (a loop re-entering the block re-runs its `LoadUninit`s first),
    /// a `finally` inlined at a later exit runs after it, and a binding is visible to
    /// other functions only through an environment (never a register). The exception is
    /// a switch's case block, whose cases are entered by jumps (`Scope::switch`).
    fn mark_initialized(&mut self, name: Atom) {
        for s in self.f().scopes.iter_mut().rev() {
            if let Some(b) = s.names.get_mut(&name) {
                if !s.switch && matches!(b.loc, Loc::Reg(_)) {
                    b.init = true;
                }
                return;
            }
        }
    }

    /// Emits the initialisation of a declared binding from `src` (`lexical`: a
    /// let/const/class declaration, which at the script's top level is a global
    /// lexical binding).
    fn init_binding(&mut self, name: Atom, src: R, lexical: bool) {
        match self.resolve(name) {
            Resolved::Reg(r, kind) => {
                if r != src {
                    self.emit(Op::Mov(r, src));
                }
                if lexical && matches!(kind, BindKind::Let | BindKind::Const) {
                    self.mark_initialized(name);
                }
            }
            Resolved::Env(hops, idx, _) => {
                self.emit(Op::SetEnv { src, hops, idx });
            }
            Resolved::Global => {
                if lexical {
                    self.emit(Op::InitLex { name, src });
                } else {
                    let ic = self.new_ic();
                    self.emit(Op::SetGlobal {
                        src,
                        name,
                        strict: false,
                        ic,
                    });
                }
            }
        }
    }

    /// Reads an identifier into `dst`.
    fn load_name(&mut self, name: Atom, dst: R) {
        match self.resolve(name) {
            Resolved::Reg(r, kind) => {
                if matches!(kind, BindKind::Let | BindKind::Const | BindKind::ClassInner)
                    && !self.reg_initialized(name)
                {
                    self.emit(Op::CheckInit { reg: r, name });
                }
                if r != dst {
                    self.emit(Op::Mov(dst, r));
                }
            }
            Resolved::Env(hops, idx, kind) => {
                if matches!(kind, BindKind::Let | BindKind::Const | BindKind::ClassInner) {
                    self.emit(Op::GetEnvChecked {
                        dst,
                        hops,
                        idx,
                        name,
                    });
                } else {
                    self.emit(Op::GetEnv { dst, hops, idx });
                }
            }
            Resolved::Global => {
                let ic = self.new_ic();
                self.emit(Op::GetGlobal { dst, name, ic });
            }
        }
    }

    /// Assigns `src` to an identifier (not an initialisation).
    fn store_name(&mut self, name: Atom, src: R) {
        match self.resolve(name) {
            Resolved::Reg(_, BindKind::FnName) | Resolved::Env(_, _, BindKind::FnName) => {
                if self.fr().strict {
                    self.throw_const(name);
                }
            }
            Resolved::Reg(r, kind) => match kind {
                BindKind::Const | BindKind::ClassInner => {
                    self.emit(Op::CheckInit { reg: r, name });
                    self.throw_const(name);
                }
                BindKind::Let => {
                    if !self.reg_initialized(name) {
                        self.emit(Op::CheckInit { reg: r, name });
                    }
                    if r != src {
                        self.emit(Op::Mov(r, src));
                    }
                }
                _ => {
                    if r != src {
                        self.emit(Op::Mov(r, src));
                    }
                }
            },
            Resolved::Env(hops, idx, kind) => match kind {
                BindKind::Const | BindKind::ClassInner => {
                    let t = self.reg();
                    self.emit(Op::GetEnvChecked {
                        dst: t,
                        hops,
                        idx,
                        name,
                    });
                    self.throw_const(name);
                }
                BindKind::Let => {
                    self.emit(Op::SetEnvChecked {
                        src,
                        hops,
                        idx,
                        name,
                    });
                }
                _ => {
                    self.emit(Op::SetEnv { src, hops, idx });
                }
            },
            Resolved::Global => {
                let strict = self.fr().strict;
                let ic = self.new_ic();
                self.emit(Op::SetGlobal {
                    src,
                    name,
                    strict,
                    ic,
                });
            }
        }
    }

    fn throw_const(&mut self, _name: Atom) {
        let msg = self.str_const("Assignment to constant variable.");
        self.emit(Op::ThrowError {
            kind: ErrKind::Type,
            msg,
        });
    }

    // ---- building code ----

    fn finish(&mut self, name: Atom, nparams: u32, length: u32) -> Arc<Code> {
        let f = self.funcs.pop().expect("function state");
        let nics = f.nics as usize;
        let ntemplates = f.templates.len();
        Arc::new(Code {
            name,
            kind: f.kind,
            strict: f.strict,
            is_async: f.is_async,
            ops: f.ops,
            nregs: f.max_reg + 1,
            nparams,
            length,
            handlers: f.handlers,
            positions: f.positions,
            strings: f.strings,
            children: f.children,
            templates: f.templates,
            file: Arc::clone(&self.file),
            ics: (0..nics).map(|_| AtomicU64::new(0)).collect(),
            string_values: Default::default(),
            template_cache: (0..ntemplates)
                .map(|_| AtomicU64::new(crate::value::Value::HOLE.to_bits()))
                .collect(),
        })
    }

    fn script(&mut self, script: &'ast boa_ast::Script) -> CResult<Arc<Code>> {
        let items = script.statements().statements();
        let strict = script.strict();
        let mut f = FnState::new(FnKind::Script, strict, true);
        let refs: Vec<&boa_ast::StatementListItem> = items.iter().collect();
        let caps = analysis::captures(&refs, self.sym_arguments);
        f.captured = caps.names.iter().map(|s| self.sym_atom(*s)).collect();
        let mut scope = Scope::default();
        let this = function::this_atom();
        let this_loc = if caps.this {
            scope.env_size = 1;
            scope.has_env = true;
            Loc::Env(0)
        } else {
            Loc::Reg(REG_THIS)
        };
        scope.names.insert(
            this,
            Bind {
                loc: this_loc,
                kind: BindKind::Pseudo,
                init: false,
            },
        );
        f.scopes.push(scope);
        self.funcs.push(f);
        if caps.this {
            self.emit(Op::PushEnv(1));
            self.f().env_depth += 1;
            self.emit(Op::SetEnv {
                src: REG_THIS,
                hops: 0,
                idx: 0,
            });
        }
        // Global declaration instantiation: vars and functions are global-object
        // properties; let/const/class are global lexical bindings.
        for id in analysis::var_names(items) {
            let name = self.sym_atom(id.sym());
            self.script_globals.insert(name);
            self.emit(Op::DeclareVar { name });
        }
        let lex = self.lexical_decls(items);
        self.script_globals
            .extend(lex.iter().map(|(name, _)| *name));
        for (name, kind) in &lex {
            if matches!(kind, BindKind::Let | BindKind::Const) {
                self.emit(Op::DeclareLex {
                    name: *name,
                    konst: *kind == BindKind::Const,
                });
            }
        }
        self.hoist_functions(items, true)?;
        let result = self.reg();
        self.emit(Op::LoadUndef(result));
        for item in items {
            self.statement_list_item(item)?;
        }
        self.emit(Op::Return(result));
        self.check_regs(None)?;
        Ok(self.finish(atom::EMPTY, 0, 0))
    }

    /// The lexical declarations (let/const/class, and function declarations when
    /// `functions` is set) directly in a statement list.
    fn lexical_decls(&self, items: &[boa_ast::StatementListItem]) -> Vec<(Atom, BindKind)> {
        use boa_ast::{Declaration, StatementListItem};
        let mut out = Vec::new();
        for item in items {
            if let StatementListItem::Declaration(d) = item {
                match &**d {
                    Declaration::Lexical(l) => {
                        let kind = if l.is_const() {
                            BindKind::Const
                        } else {
                            BindKind::Let
                        };
                        for v in l.variable_list().as_ref() {
                            let mut names = Vec::new();
                            analysis::binding_names(v.binding(), &mut names);
                            for n in names {
                                out.push((self.sym_atom(n.sym()), kind));
                            }
                        }
                    }
                    Declaration::ClassDeclaration(c) => {
                        out.push((self.sym_atom(c.name().sym()), BindKind::Let));
                    }
                    Declaration::FunctionDeclaration(fd) => {
                        out.push((self.sym_atom(fd.name().sym()), BindKind::Var));
                    }
                    Declaration::AsyncFunctionDeclaration(fd) => {
                        out.push((self.sym_atom(fd.name().sym()), BindKind::Var));
                    }
                    _ => {}
                }
            }
        }
        out
    }

    /// Creates the closures of the function declarations directly in `items` and binds
    /// them (hoisting).
    fn hoist_functions(
        &mut self,
        items: &'ast [boa_ast::StatementListItem],
        global: bool,
    ) -> CResult<()> {
        use boa_ast::StatementListItem;
        for item in items {
            if let StatementListItem::Declaration(d) = item
                && let Some((name, decl)) = self.hoistable(d)
            {
                {
                    let m = self.mark();
                    let r = self.reg();
                    let code = self.compile_function(decl)?;
                    self.emit_closure(code, r);
                    if global {
                        self.emit(Op::DeclareFunc { name, src: r });
                    } else {
                        self.init_binding(name, r, false);
                    }
                    self.release(m);
                }
            }
        }
        Ok(())
    }
}
