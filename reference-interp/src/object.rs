//! Objects (§6.1.7, §10): property storage, property descriptors and the kinds of
//! exotic and built-in objects. The internal methods themselves live in
//! `ops::internal` because they may call back into JavaScript (accessors).

use std::cell::{Ref, RefCell, RefMut};
use std::fmt;
use std::rc::Rc;

use boa_ast::expression::Expression;
use boa_ast::function::{FormalParameterList, FunctionBody};
use indexmap::IndexMap;

use crate::env::Env;
use crate::interp::{Interp, JsResult};
use crate::string::JsString;
use crate::value::{PropertyKey, Symbol, Value};

/// A reference to a heap object. Equality is identity.
#[derive(Clone)]
pub struct Obj<'a>(Rc<RefCell<ObjectData<'a>>>);

/// The objects one exploration allocated, with their AST lifetime erased (see
/// [`track_objects`]).
type Tracked = Vec<std::rc::Weak<RefCell<ObjectData<'static>>>>;

thread_local! {
    /// Objects alive on this OS thread (allocated and not yet dropped).
    static LIVE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// How many objects are alive on this OS thread: after a run has ended, anything above
/// what there was before it is a leak.
pub fn live_objects() -> usize {
    LIVE.with(|l| l.get())
}

impl Drop for ObjectData<'_> {
    fn drop(&mut self) {
        LIVE.with(|l| l.set(l.get().saturating_sub(1)));
    }
}

thread_local! {
    /// While an exploration runs, every object it allocates, so that the reference
    /// cycles of an execution's realm can be broken when the execution ends (the
    /// interpreter never collects; one execution's leak is fine, thousands are not).
    static TRACKED: RefCell<Option<Tracked>> = const { RefCell::new(None) };
}

/// Starts recording the objects allocated on this OS thread.
pub fn track_objects() {
    TRACKED.with(|t| *t.borrow_mut() = Some(Vec::new()));
}

/// Starts recording the objects allocated on this OS thread unless a recording is
/// already under way (an exploration running this run); whether it started one, which
/// the caller then ends with [`release_tracked_objects`].
pub fn track_objects_if_idle() -> bool {
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        if t.is_some() {
            return false;
        }
        *t = Some(Vec::new());
        true
    })
}

/// Breaks the reference cycles of every recorded object that is still alive — clears
/// its properties, prototype and internal slots — and keeps recording if `again`.
///
/// # Safety
///
/// The AST the recorded objects borrow (their `'a`) must still be alive, and no code
/// may use those objects afterwards: the caller's execution is over.
pub unsafe fn release_tracked_objects(again: bool) {
    let objects = TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        let list = t.take();
        if again {
            *t = Some(Vec::new());
        }
        list
    });
    for weak in objects.into_iter().flatten() {
        if let Some(cell) = weak.upgrade()
            && let Ok(mut data) = cell.try_borrow_mut()
        {
            data.properties.clear();
            data.locations.clear();
            data.prototype = None;
            data.kind = ObjectKind::Ordinary;
        }
    }
}

impl<'a> Obj<'a> {
    /// Allocates an object (MakeBasicObject, §7.3.1).
    pub fn new(prototype: Option<Obj<'a>>, kind: ObjectKind<'a>) -> Self {
        let o = Self::allocate(prototype, kind);
        TRACKED.with(|t| {
            if let Some(list) = t.borrow_mut().as_mut() {
                let weak = Rc::downgrade(&o.0);
                // SAFETY: only the lifetime parameter changes (same layout). The erased
                // pointer is upgraded only by `release_tracked_objects`, whose contract
                // is that the borrowed AST is still alive then.
                let weak = unsafe {
                    std::mem::transmute::<
                        std::rc::Weak<RefCell<ObjectData<'a>>>,
                        std::rc::Weak<RefCell<ObjectData<'static>>>,
                    >(weak)
                };
                list.push(weak);
            }
        });
        o
    }

    fn allocate(prototype: Option<Obj<'a>>, kind: ObjectKind<'a>) -> Self {
        LIVE.with(|l| l.set(l.get() + 1));
        Self(Rc::new(RefCell::new(ObjectData {
            prototype,
            extensible: true,
            properties: IndexMap::new(),
            kind,
            identity: None,
            locations: std::collections::HashMap::new(),
            restricted_to: None,
            creating: false,
        })))
    }

    /// Shared access to the object's fields.
    pub fn borrow(&self) -> Ref<'_, ObjectData<'a>> {
        self.0.borrow()
    }

    /// Exclusive access to the object's fields.
    pub fn borrow_mut(&self) -> RefMut<'_, ObjectData<'a>> {
        self.0.borrow_mut()
    }

    /// Same object?
    pub fn ptr_eq(&self, other: &Obj<'a>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }

    /// Is this object callable (has a `[[Call]]` internal method)?
    pub fn is_callable(&self) -> bool {
        matches!(
            self.borrow().kind,
            ObjectKind::Function(_) | ObjectKind::Native(_) | ObjectKind::Bound(_)
        )
    }

    /// Is this object a constructor (has `[[Construct]]`, §7.2.4 IsConstructor)?
    pub fn is_constructor(&self) -> bool {
        match &self.borrow().kind {
            ObjectKind::Function(f) => f.is_constructor,
            ObjectKind::Native(n) => n.constructor,
            ObjectKind::Bound(b) => b.target.is_constructor(),
            _ => false,
        }
    }

    /// Is this an Array exotic object?
    pub fn is_array_exotic(&self) -> bool {
        matches!(self.borrow().kind, ObjectKind::Array)
    }
}

impl fmt::Debug for Obj<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Obj({:p})", Rc::as_ptr(&self.0))
    }
}

/// The fields every object has, plus its kind-specific internal slots.
pub struct ObjectData<'a> {
    /// `[[Prototype]]`.
    pub prototype: Option<Obj<'a>>,
    /// `[[Extensible]]`.
    pub extensible: bool,
    /// Own properties in creation order (OrdinaryOwnPropertyKeys sorts indices first).
    pub properties: IndexMap<PropertyKey, Property<'a>>,
    /// Internal slots of the particular kind of object.
    pub kind: ObjectKind<'a>,
    /// A run-unique identity, once something needed one (threads).
    pub identity: Option<usize>,
    /// The memory-model location of each own property that had an event.
    pub locations: std::collections::HashMap<PropertyKey, usize>,
    /// `Thread.restrict`: the only thread allowed to touch the object.
    pub restricted_to: Option<usize>,
    /// Set while a literal creates the object: its properties are Init writes.
    pub creating: bool,
}

/// A property as stored (a fully populated descriptor, §6.1.7.1).
#[derive(Clone, Debug)]
pub enum Property<'a> {
    /// A data property.
    Data {
        /// `[[Value]]`.
        value: Value<'a>,
        /// `[[Writable]]`.
        writable: bool,
        /// `[[Enumerable]]`.
        enumerable: bool,
        /// `[[Configurable]]`.
        configurable: bool,
    },
    /// An accessor property.
    Accessor {
        /// `[[Get]]` (undefined when `None`).
        get: Option<Obj<'a>>,
        /// `[[Set]]` (undefined when `None`).
        set: Option<Obj<'a>>,
        /// `[[Enumerable]]`.
        enumerable: bool,
        /// `[[Configurable]]`.
        configurable: bool,
    },
}

impl<'a> Property<'a> {
    /// A writable, enumerable, configurable data property.
    pub fn data(value: Value<'a>) -> Self {
        Self::Data {
            value,
            writable: true,
            enumerable: true,
            configurable: true,
        }
    }

    /// `[[Enumerable]]`.
    pub fn enumerable(&self) -> bool {
        match self {
            Self::Data { enumerable, .. } | Self::Accessor { enumerable, .. } => *enumerable,
        }
    }

    /// `[[Configurable]]`.
    pub fn configurable(&self) -> bool {
        match self {
            Self::Data { configurable, .. } | Self::Accessor { configurable, .. } => *configurable,
        }
    }

    /// The complete Property Descriptor for this property.
    pub fn to_descriptor(&self) -> PropertyDescriptor<'a> {
        match self {
            Self::Data {
                value,
                writable,
                enumerable,
                configurable,
            } => PropertyDescriptor {
                value: Some(value.clone()),
                writable: Some(*writable),
                get: None,
                set: None,
                enumerable: Some(*enumerable),
                configurable: Some(*configurable),
            },
            Self::Accessor {
                get,
                set,
                enumerable,
                configurable,
            } => PropertyDescriptor {
                value: None,
                writable: None,
                get: Some(get.clone().map_or(Value::Undefined, Value::Object)),
                set: Some(set.clone().map_or(Value::Undefined, Value::Object)),
                enumerable: Some(*enumerable),
                configurable: Some(*configurable),
            },
        }
    }
}

/// The Property Descriptor specification type (§6.2.6); absent fields are `None`.
#[derive(Clone, Debug, Default)]
pub struct PropertyDescriptor<'a> {
    /// `[[Value]]`.
    pub value: Option<Value<'a>>,
    /// `[[Writable]]`.
    pub writable: Option<bool>,
    /// `[[Get]]`: `undefined` or a callable object.
    pub get: Option<Value<'a>>,
    /// `[[Set]]`: `undefined` or a callable object.
    pub set: Option<Value<'a>>,
    /// `[[Enumerable]]`.
    pub enumerable: Option<bool>,
    /// `[[Configurable]]`.
    pub configurable: Option<bool>,
}

impl<'a> PropertyDescriptor<'a> {
    /// A data descriptor with all attributes given.
    pub fn data(value: Value<'a>, writable: bool, enumerable: bool, configurable: bool) -> Self {
        Self {
            value: Some(value),
            writable: Some(writable),
            enumerable: Some(enumerable),
            configurable: Some(configurable),
            ..Self::default()
        }
    }

    /// IsAccessorDescriptor (§6.2.6.1).
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }

    /// IsDataDescriptor (§6.2.6.2).
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }

    /// IsGenericDescriptor (§6.2.6.3).
    pub fn is_generic(&self) -> bool {
        !self.is_accessor() && !self.is_data()
    }
}

/// The signature of a built-in function's behaviour: (interpreter, this, arguments,
/// NewTarget — `None` for `[[Call]]`).
pub type NativeFn = for<'a> fn(
    &mut Interp<'a>,
    Value<'a>,
    &[Value<'a>],
    Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>>;

/// Internal slots of a built-in function object (§10.3).
#[derive(Clone)]
pub struct NativeFunction<'a> {
    /// The behaviour.
    pub behaviour: NativeFn,
    /// Does it have `[[Construct]]`?
    pub constructor: bool,
    /// Values captured by this particular function (e.g. a `release` closure's state).
    pub captures: Vec<Value<'a>>,
}

/// `[[ThisMode]]` of an ECMAScript function object (§10.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThisMode {
    /// Arrow functions: `this` comes from the enclosing environment.
    Lexical,
    /// Strict functions: `this` is used as given.
    Strict,
    /// Sloppy functions: undefined/null become the global object, primitives are boxed.
    Global,
}

/// `[[ConstructorKind]]` (§10.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstructorKind {
    /// A base class or ordinary function: allocates `this`.
    Base,
    /// A derived class: `this` comes from `super(...)`.
    Derived,
}

/// `[[ECMAScriptCode]]` and `[[FormalParameters]]` of a function.
#[derive(Clone, Copy)]
pub enum FunctionCode<'a> {
    /// A function, method, arrow or class constructor with source code.
    Source {
        /// `[[FormalParameters]]`.
        params: &'a FormalParameterList,
        /// `[[ECMAScriptCode]]`.
        body: &'a FunctionBody,
        /// Is the body a concise arrow body (`x => x + 1`)? boa models it as a return.
        arrow: bool,
    },
    /// The default constructor of a class without one (§15.7.14 step 14.a).
    DefaultConstructor,
    /// A class field initializer (§15.7.10 ClassFieldDefinitionEvaluation).
    FieldInitializer(&'a Expression),
}

/// A class field record (§6.2.11 ClassFieldDefinition).
#[derive(Clone)]
pub struct ClassField<'a> {
    /// `[[Name]]`.
    pub name: PropertyKey,
    /// `[[Initializer]]`: a method whose body is the field's initializer.
    pub initializer: Option<Obj<'a>>,
}

/// Internal slots of an ECMAScript function object (§10.2, Table 30).
#[derive(Clone)]
pub struct FunctionData<'a> {
    /// The code to run.
    pub code: FunctionCode<'a>,
    /// `[[Environment]]`.
    pub environment: Env<'a>,
    /// `[[ThisMode]]`.
    pub this_mode: ThisMode,
    /// `[[Strict]]`.
    pub strict: bool,
    /// `[[HomeObject]]`.
    pub home_object: Option<Obj<'a>>,
    /// `[[ConstructorKind]]`.
    pub constructor_kind: ConstructorKind,
    /// `[[IsClassConstructor]]`.
    pub is_class_constructor: bool,
    /// Whether `[[Construct]]` exists.
    pub is_constructor: bool,
    /// `[[Fields]]`.
    pub fields: Vec<ClassField<'a>>,
    /// Is it an async function (§15.8): its `[[Call]]` runs the body on a fiber of its
    /// own and returns a promise (`eval::async_fn`).
    pub is_async: bool,
}

/// Internal slots of a bound function exotic object (§10.4.1).
#[derive(Clone)]
pub struct BoundFunction<'a> {
    /// `[[BoundTargetFunction]]`.
    pub target: Obj<'a>,
    /// `[[BoundThis]]`.
    pub this: Value<'a>,
    /// `[[BoundArguments]]`.
    pub args: Vec<Value<'a>>,
}

/// Which of keys/values/entries an iterator produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IterationKind {
    /// Keys (indices for arrays).
    Keys,
    /// Values.
    Values,
    /// `[key, value]` pairs.
    Entries,
}

/// The kind of an object and its kind-specific internal slots.
pub enum ObjectKind<'a> {
    /// An ordinary object with no extra slots.
    Ordinary,
    /// An Array exotic object (§10.4.2); `length` is an ordinary own data property.
    Array,
    /// An ECMAScript function object.
    Function(Box<FunctionData<'a>>),
    /// A built-in function object.
    Native(NativeFunction<'a>),
    /// A bound function exotic object.
    Bound(Box<BoundFunction<'a>>),
    /// An Error instance (`[[ErrorData]]`).
    Error,
    /// A Boolean object (`[[BooleanData]]`).
    Boolean(bool),
    /// A Number object (`[[NumberData]]`).
    Number(f64),
    /// A String exotic object (`[[StringData]]`, §10.4.3).
    String(JsString),
    /// A Symbol object (`[[SymbolData]]`).
    Symbol(Symbol),
    /// An unmapped arguments object (`[[ParameterMap]]` undefined, §10.4.4).
    Arguments,
    /// A Map: `[[MapData]]`, deleted entries left as `None` so live iterators stay valid.
    Map(Vec<Option<(Value<'a>, Value<'a>)>>),
    /// A Set: `[[SetData]]`, deleted entries left as `None`.
    Set(Vec<Option<Value<'a>>>),
    /// A `Thread` object: the thread's id.
    Thread(usize),
    /// A `Lock`: its runtime id.
    Lock(usize),
    /// A `Condition`: its runtime id.
    Condition(usize),
    /// A `ThreadLocal`: its runtime id.
    ThreadLocal(usize),
    /// A Promise instance (§27.2.6): `[[PromiseState]]`, `[[PromiseResult]]`, the
    /// reaction lists and `[[PromiseIsHandled]]`.
    Promise(Box<crate::builtins::promise::PromiseData<'a>>),
    /// A WeakMap: `[[WeakMapData]]` (the reference interpreter never collects, so it is strong).
    WeakMap(Vec<(Obj<'a>, Value<'a>)>),
    /// %ArrayIteratorPrototype% instances (§23.1.5).
    ArrayIterator {
        /// The iterated object; `None` once exhausted.
        iterated: Option<Obj<'a>>,
        /// Next index.
        next_index: usize,
        /// What to produce.
        kind: IterationKind,
    },
    /// %MapIteratorPrototype% and %SetIteratorPrototype% instances.
    CollectionIterator {
        /// The Map or Set; `None` once exhausted.
        iterated: Option<Obj<'a>>,
        /// Next entry index.
        next_index: usize,
        /// What to produce.
        kind: IterationKind,
    },
    /// %StringIteratorPrototype% instances (§22.1.5).
    StringIterator {
        /// The string; `None` once exhausted.
        iterated: Option<JsString>,
        /// Next code unit position.
        position: usize,
    },
}
