//! Error objects (§20.5): `Error`, the NativeError constructors and `%ThrowTypeError%`.

use super::arg;
use crate::interp::{ErrorKind, Interp, JsResult};
use crate::object::{Obj, ObjectKind, Property};
use crate::string::JsString;
use crate::value::{PropertyKey, Value};

/// Registers `%Error%`, the native errors, their prototypes and `%ThrowTypeError%`.
pub fn init(interp: &mut Interp<'_>) {
    let error_proto = interp.new_prototype_object("%Error.prototype%", ObjectKind::Ordinary);
    let mut error_ctor = None;
    for (i, kind) in ErrorKind::ALL.iter().enumerate() {
        let proto = if *kind == ErrorKind::Error {
            error_proto.clone()
        } else {
            let p = Obj::new(Some(error_proto.clone()), ObjectKind::Ordinary);
            interp.register_intrinsic(kind.prototype_intrinsic(), &p);
            p
        };
        let c = interp.create_builtin_function_with_captures(
            JsString::from(kind.name()),
            1,
            error_constructor,
            true,
            vec![Value::from(i)],
        );
        interp.define_constant(&c, "prototype", Value::Object(proto.clone()));
        interp.define_data(&proto, "constructor", Value::Object(c.clone()));
        interp.define_data(&proto, "name", Value::str(kind.name()));
        interp.define_data(&proto, "message", Value::str(""));
        let global = interp.global_object.clone();
        interp.define_data(&global, kind.name(), Value::Object(c.clone()));
        match &error_ctor {
            None => {
                interp.register_intrinsic("%Error%", &c);
                error_ctor = Some(c);
            }
            // The NativeError constructors inherit from %Error% (§20.5.6.2).
            Some(e) => c.borrow_mut().prototype = Some(e.clone()),
        }
    }
    interp.define_method(&error_proto, "toString", 0, error_to_string);
    // %ThrowTypeError% (§10.2.4.1): frozen — its `length` and `name` are not
    // configurable and it is not extensible.
    let thrower = interp.create_builtin_function(JsString::empty(), 0, throw_type_error, false);
    for (key, p) in thrower.borrow_mut().properties.iter_mut() {
        if let Property::Data { configurable, .. } = p {
            debug_assert!(matches!(key, PropertyKey::String(_)));
            *configurable = false;
        }
    }
    interp.prevent_extensions(&thrower);
    interp.register_intrinsic("%ThrowTypeError%", &thrower);
}

/// Error (§20.5.1.1) and NativeError (§20.5.6.1.1) constructors; the capture says which.
fn error_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let kind_index = match interp.native_captures().first() {
        Some(Value::Number(n)) => *n as usize,
        _ => 0,
    };
    let kind = ErrorKind::ALL[kind_index.min(ErrorKind::ALL.len() - 1)];
    let new_target = match new_target {
        Some(nt) => nt,
        None => interp
            .ctx
            .function
            .clone()
            .expect("a built-in runs with its function object active"),
    };
    let proto = interp.get_prototype_from_constructor(&new_target, kind.prototype_intrinsic())?;
    let o = Obj::new(Some(proto), ObjectKind::Error);
    let message = arg(args, 0);
    if !message.is_undefined() {
        let msg = interp.to_string(&message)?;
        interp.define_data(&o, "message", Value::String(msg));
    }
    // InstallErrorCause (§20.5.8.1).
    if let Value::Object(options) = arg(args, 1) {
        let key = PropertyKey::from("cause");
        if interp.has_property(&options, &key)? {
            let cause = interp.get_prop(&options, key)?;
            interp.define_data(&o, "cause", cause);
        }
    }
    Ok(Value::Object(o))
}

/// Error.prototype.toString (§20.5.3.4).
fn error_to_string<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let Value::Object(o) = &this else {
        return Err(interp.type_error("Error.prototype.toString called on non-object"));
    };
    let name = interp.get_prop(o, "name")?;
    let name = if name.is_undefined() {
        JsString::from("Error")
    } else {
        interp.to_string(&name)?
    };
    let msg = interp.get_prop(o, "message")?;
    let msg = if msg.is_undefined() {
        JsString::empty()
    } else {
        interp.to_string(&msg)?
    };
    if name.is_empty() {
        return Ok(Value::String(msg));
    }
    if msg.is_empty() {
        return Ok(Value::String(name));
    }
    let s = name.concat(&JsString::from(": ")).concat(&msg);
    Ok(Value::String(s))
}

/// %ThrowTypeError% (§10.2.4.1).
fn throw_type_error<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    Err(interp.type_error(
        "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them",
    ))
}
