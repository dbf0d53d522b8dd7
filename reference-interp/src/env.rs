//! Environment Records (§9.1). Bindings are keyed by the parser's interned symbol;
//! the global object record (§9.1.1.4) converts names to property keys.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use boa_interner::Sym;

use crate::object::Obj;
use crate::value::Value;

/// A shared reference to an Environment Record.
pub type Env<'a> = Rc<RefCell<Environment<'a>>>;

/// One binding of a declarative record.
#[derive(Clone, Debug)]
pub struct Binding<'a> {
    /// `None` while uninitialized (the temporal dead zone).
    pub value: Option<Value<'a>>,
    /// `let`/`var`/function bindings are mutable; `const` and class inner names are not.
    pub mutable: bool,
    /// Immutable strict bindings throw on assignment even in sloppy code.
    pub strict: bool,
    /// Created by `var`/function in a function's var scope (may be deleted: never here).
    pub deletable: bool,
    /// The binding cell's memory-model location, once it had an event.
    pub location: Option<usize>,
}

/// `[[ThisBindingStatus]]` of a Function Environment Record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThisStatus {
    /// Arrow functions have no `this` binding of their own.
    Lexical,
    /// Derived constructors before `super()` returns.
    Uninitialized,
    /// `this` is bound.
    Initialized,
}

/// Kind-specific parts of an Environment Record.
#[derive(Debug)]
pub enum EnvKind<'a> {
    /// A Declarative Environment Record (§9.1.1.1).
    Declarative,
    /// A Function Environment Record (§9.1.1.3).
    Function {
        /// `[[ThisValue]]`.
        this_value: Value<'a>,
        /// `[[ThisBindingStatus]]`.
        this_status: ThisStatus,
        /// `[[FunctionObject]]`.
        function_object: Obj<'a>,
        /// `[[NewTarget]]`.
        new_target: Option<Obj<'a>>,
    },
    /// A Global Environment Record (§9.1.1.4): the declarative part is `bindings`.
    Global {
        /// `[[ObjectRecord]]`'s binding object: the global object.
        global_object: Obj<'a>,
        /// `[[GlobalThisValue]]`.
        global_this: Obj<'a>,
    },
}

/// An Environment Record: its bindings, its kind and `[[OuterEnv]]`.
#[derive(Debug)]
pub struct Environment<'a> {
    /// Declarative bindings (all of them, for declarative and function records;
    /// the `[[DeclarativeRecord]]` part for the global record).
    pub bindings: HashMap<Sym, Binding<'a>>,
    /// The record's kind.
    pub kind: EnvKind<'a>,
    /// `[[OuterEnv]]`.
    pub outer: Option<Env<'a>>,
}

/// NewDeclarativeEnvironment (§9.1.2.2).
pub fn new_declarative_environment<'a>(outer: Option<Env<'a>>) -> Env<'a> {
    Rc::new(RefCell::new(Environment {
        bindings: HashMap::new(),
        kind: EnvKind::Declarative,
        outer,
    }))
}

/// NewFunctionEnvironment (§9.1.2.4).
pub fn new_function_environment<'a>(
    function_object: Obj<'a>,
    lexical_this: bool,
    new_target: Option<Obj<'a>>,
    outer: Env<'a>,
) -> Env<'a> {
    Rc::new(RefCell::new(Environment {
        bindings: HashMap::new(),
        kind: EnvKind::Function {
            this_value: Value::Undefined,
            this_status: if lexical_this {
                ThisStatus::Lexical
            } else {
                ThisStatus::Uninitialized
            },
            function_object,
            new_target,
        },
        outer: Some(outer),
    }))
}

/// NewGlobalEnvironment (§9.1.2.5).
pub fn new_global_environment<'a>(global_object: Obj<'a>) -> Env<'a> {
    Rc::new(RefCell::new(Environment {
        bindings: HashMap::new(),
        kind: EnvKind::Global {
            global_object: global_object.clone(),
            global_this: global_object,
        },
        outer: None,
    }))
}

impl<'a> Environment<'a> {
    /// HasThisBinding (§9.1.1.3.2 and friends).
    pub fn has_this_binding(&self) -> bool {
        match &self.kind {
            EnvKind::Declarative => false,
            EnvKind::Function { this_status, .. } => *this_status != ThisStatus::Lexical,
            EnvKind::Global { .. } => true,
        }
    }

    /// HasSuperBinding (§9.1.1.3.3): whether the function has a home object is
    /// checked by the caller, which holds the function object.
    pub fn is_function_with_this(&self) -> bool {
        matches!(&self.kind, EnvKind::Function { this_status, .. } if *this_status != ThisStatus::Lexical)
    }
}
