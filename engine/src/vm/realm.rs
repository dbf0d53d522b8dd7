//! The realm: the global object and the intrinsic prototypes, shared by all threads.

use crate::object::Class;
use crate::value::Value;
use crate::vm::Vm;

macro_rules! realm {
    ($($field:ident),* $(,)?) => {
        /// Intrinsics; every field is a heap object made once at startup.
        #[derive(Clone, Debug)]
        pub struct Realm {
            $(pub $field: Value,)*
        }

        impl Realm {
            /// Every intrinsic (for the collector).
            pub fn trace(&self, f: &mut dyn FnMut(Value)) {
                $(f(self.$field);)*
            }
        }
    };
}

realm! {
    global,
    object_proto,
    function_proto,
    array_proto,
    string_proto,
    number_proto,
    boolean_proto,
    symbol_proto,
    error_proto,
    type_error_proto,
    range_error_proto,
    reference_error_proto,
    syntax_error_proto,
    eval_error_proto,
    uri_error_proto,
    concurrent_error_proto,
    aggregate_error_proto,
    promise_proto,
    promise_ctor,
    async_function_proto,
    iterator_proto,
    array_iter_proto,
    map_proto,
    set_proto,
    weakmap_proto,
    map_iter_proto,
    set_iter_proto,
    string_iter_proto,
    thread_proto,
    lock_proto,
    condition_proto,
    thread_local_proto,
    throw_type_error,
}

/// Allocates the global object and every intrinsic prototype (empty; the built-ins
/// fill them in).
pub fn create(vm: &mut Vm) -> Realm {
    let obj = |vm: &mut Vm, proto: Value, class: Class| vm.new_object_with(proto, class).value();
    let object_proto = obj(vm, Value::NULL, Class::Ordinary);
    let function_proto = obj(
        vm,
        object_proto,
        Class::native(crate::builtins::noop, Value::UNDEFINED, Value::UNDEFINED),
    );
    if let Some(f) = function_proto.as_obj() {
        f.set_flag(crate::object::flag::CALLABLE, true);
    }
    let error_proto = obj(vm, object_proto, Class::Ordinary);
    let iterator_proto = obj(vm, object_proto, Class::Ordinary);
    let empty = vm.new_string(&[]);
    let promise_ctor = obj(
        vm,
        function_proto,
        Class::native(
            crate::builtins::promise::promise_ctor,
            Value::UNDEFINED,
            Value::UNDEFINED,
        ),
    );
    if let Some(f) = promise_ctor.as_obj() {
        f.set_flag(
            crate::object::flag::CALLABLE | crate::object::flag::CONSTRUCTOR,
            true,
        );
    }
    // %ThrowTypeError% (§10.2.4.1): one function per realm; `builtins::function`
    // gives it its properties and makes it non-extensible.
    let throw_type_error = obj(
        vm,
        function_proto,
        Class::native(
            crate::builtins::function::throw_type_error,
            Value::UNDEFINED,
            Value::UNDEFINED,
        ),
    );
    if let Some(f) = throw_type_error.as_obj() {
        f.set_flag(crate::object::flag::CALLABLE, true);
    }
    Realm {
        global: obj(vm, object_proto, Class::Ordinary),
        object_proto,
        function_proto,
        array_proto: obj(vm, object_proto, Class::Array),
        string_proto: obj(vm, object_proto, Class::Primitive(empty)),
        number_proto: obj(vm, object_proto, Class::Primitive(Value::number(0.0))),
        boolean_proto: obj(vm, object_proto, Class::Primitive(Value::FALSE)),
        symbol_proto: obj(vm, object_proto, Class::Ordinary),
        error_proto,
        type_error_proto: obj(vm, error_proto, Class::Ordinary),
        range_error_proto: obj(vm, error_proto, Class::Ordinary),
        reference_error_proto: obj(vm, error_proto, Class::Ordinary),
        syntax_error_proto: obj(vm, error_proto, Class::Ordinary),
        eval_error_proto: obj(vm, error_proto, Class::Ordinary),
        uri_error_proto: obj(vm, error_proto, Class::Ordinary),
        concurrent_error_proto: obj(vm, error_proto, Class::Ordinary),
        aggregate_error_proto: obj(vm, error_proto, Class::Ordinary),
        promise_proto: obj(vm, object_proto, Class::Ordinary),
        promise_ctor,
        async_function_proto: obj(vm, function_proto, Class::Ordinary),
        iterator_proto,
        array_iter_proto: obj(vm, iterator_proto, Class::Ordinary),
        map_proto: obj(vm, object_proto, Class::Ordinary),
        set_proto: obj(vm, object_proto, Class::Ordinary),
        weakmap_proto: obj(vm, object_proto, Class::Ordinary),
        map_iter_proto: obj(vm, iterator_proto, Class::Ordinary),
        set_iter_proto: obj(vm, iterator_proto, Class::Ordinary),
        string_iter_proto: obj(vm, iterator_proto, Class::Ordinary),
        thread_proto: obj(vm, object_proto, Class::Ordinary),
        lock_proto: obj(vm, object_proto, Class::Ordinary),
        condition_proto: obj(vm, object_proto, Class::Ordinary),
        thread_local_proto: obj(vm, object_proto, Class::Ordinary),
        throw_type_error,
    }
}
