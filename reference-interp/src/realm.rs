//! Realm creation (§9.3): CreateIntrinsics, the global object and the global environment.

use std::collections::HashMap;

use boa_interner::Interner;

use crate::builtins;
use crate::env::new_global_environment;
use crate::interp::{ExecutionContext, Interp, JsResult, WellKnownSymbols};
use crate::object::{NativeFunction, Obj, ObjectKind};
use crate::value::{Symbol, Value};

/// `%Function.prototype%` is itself a built-in function that accepts any arguments and
/// returns undefined (§20.2.3).
fn function_prototype_behaviour<'a>(
    _: &mut Interp<'a>,
    _: Value<'a>,
    _: &[Value<'a>],
    _: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    Ok(Value::Undefined)
}

/// InitializeHostDefinedRealm (§9.6): a fresh interpreter with every intrinsic installed.
pub fn create_interpreter<'a>(
    interner: &'a Interner,
    file_name: &str,
    fuel: Option<u64>,
    max_call_depth: usize,
) -> Interp<'a> {
    let object_prototype = Obj::new(None, ObjectKind::Ordinary);
    let function_prototype = Obj::new(
        Some(object_prototype.clone()),
        ObjectKind::Native(NativeFunction {
            behaviour: function_prototype_behaviour,
            constructor: false,
            captures: Vec::new(),
        }),
    );
    let global_object = Obj::new(Some(object_prototype.clone()), ObjectKind::Ordinary);
    let global_env = new_global_environment(global_object.clone());
    let mut intrinsics = HashMap::new();
    intrinsics.insert("%Object.prototype%", object_prototype);
    intrinsics.insert("%Function.prototype%", function_prototype);
    let sym = |d: &str| Symbol::new(Some(d.into()));
    let mut interp = Interp {
        interner,
        intrinsics,
        global_object,
        global_env: global_env.clone(),
        ctx: ExecutionContext {
            lex_env: global_env.clone(),
            var_env: global_env,
            function: None,
            strict: false,
        },
        printed: String::new(),
        fuel,
        call_depth: 0,
        max_call_depth,
        file_name: file_name.to_owned(),
        position: None,
        symbol_registry: Vec::new(),
        well_known: WellKnownSymbols {
            iterator: sym("Symbol.iterator"),
            has_instance: sym("Symbol.hasInstance"),
            to_primitive: sym("Symbol.toPrimitive"),
            to_string_tag: sym("Symbol.toStringTag"),
            async_iterator: sym("Symbol.asyncIterator"),
            unscopables: sym("Symbol.unscopables"),
        },
        template_map: Vec::new(),
        clock_reads: 0,
        rt: crate::threads::runtime::ThreadsRuntime::new(
            weft_memory_model::online::OnlineModel::Sc,
            Box::new(crate::threads::runtime::SeededChooser::new(0)),
            u64::MAX,
        ),
        fiber_yielders: Vec::new(),
        stack_limit: None,
        in_step: false,
    };
    // Order matters only where one family reads another's intrinsics at init time.
    builtins::error::init(&mut interp);
    builtins::object::init(&mut interp);
    builtins::function::init(&mut interp);
    builtins::iterator::init(&mut interp);
    builtins::symbol::init(&mut interp);
    builtins::boolean::init(&mut interp);
    builtins::number::init(&mut interp);
    builtins::math::init(&mut interp);
    builtins::string::init(&mut interp);
    builtins::array::init(&mut interp);
    builtins::map_set::init(&mut interp);
    builtins::json::init(&mut interp);
    builtins::global::init(&mut interp);
    builtins::promise::init(&mut interp);
    builtins::threads::init(&mut interp);
    builtins::atomics::init(&mut interp);
    interp
}
