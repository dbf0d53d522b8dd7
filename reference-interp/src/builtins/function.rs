//! The Function constructor and Function.prototype (§20.2).

use super::arg;
use crate::interp::{Interp, JsResult};
use crate::object::{BoundFunction, Obj, ObjectKind, Property};
use crate::string::JsString;
use crate::value::{PropertyKey, Value};

type R<'a> = JsResult<'a, Value<'a>>;

/// Registers `%Function%` and fills `%Function.prototype%`.
pub fn init(interp: &mut Interp<'_>) {
    let proto = interp.intrinsic("%Function.prototype%");
    {
        let mut b = proto.borrow_mut();
        b.properties.insert(
            PropertyKey::from("length"),
            Property::Data {
                value: Value::from(0u32),
                writable: false,
                enumerable: false,
                configurable: true,
            },
        );
        b.properties.insert(
            PropertyKey::from("name"),
            Property::Data {
                value: Value::str(""),
                writable: false,
                enumerable: false,
                configurable: true,
            },
        );
    }
    let c = interp.define_global_constructor("Function", 1, function_constructor, &proto);
    interp.register_intrinsic("%Function%", &c);
    interp.define_method(&proto, "apply", 2, function_apply);
    interp.define_method(&proto, "bind", 1, function_bind);
    interp.define_method(&proto, "call", 1, function_call);
    interp.define_method(&proto, "toString", 0, function_to_string);
    let key = PropertyKey::Symbol(interp.well_known.has_instance.clone());
    let f = interp.create_builtin_function(
        JsString::from("[Symbol.hasInstance]"),
        1,
        function_has_instance,
        false,
    );
    interp.define_constant(&proto, key, Value::Object(f));
    // AddRestrictedFunctionProperties (§10.2.4): `caller` and `arguments` of
    // %Function.prototype% are accessors that throw.
    let thrower = interp.intrinsic("%ThrowTypeError%");
    for name in ["caller", "arguments"] {
        proto.borrow_mut().properties.insert(
            PropertyKey::from(name),
            Property::Accessor {
                get: Some(thrower.clone()),
                set: Some(thrower.clone()),
                enumerable: false,
                configurable: true,
            },
        );
    }
}

/// Function ( ...parameterArgs, bodyArg ) (§20.2.1.1): dynamic functions are outside
/// the supported subset.
fn function_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    Err(interp.unsupported("the Function constructor"))
}

/// Function.prototype.apply (§20.2.3.1).
fn function_apply<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    if !interp.is_callable(&this) {
        return Err(interp.type_error("Function.prototype.apply was called on a non-function"));
    }
    let arg_array = arg(args, 1);
    if arg_array.is_nullish() {
        return interp.call(&this, arg(args, 0), &[]);
    }
    let list = interp.create_list_from_array_like(&arg_array)?;
    interp.call(&this, arg(args, 0), &list)
}

/// Function.prototype.bind (§20.2.3.2) with BoundFunctionCreate (§10.4.1.3).
fn function_bind<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let Value::Object(target) = &this else {
        return Err(interp.type_error("Bind must be called on a function"));
    };
    if !target.is_callable() {
        return Err(interp.type_error("Bind must be called on a function"));
    }
    let proto = interp.get_prototype_of(target);
    let f = Obj::new(
        proto,
        ObjectKind::Bound(Box::new(BoundFunction {
            target: target.clone(),
            this: arg(args, 0),
            args: args.iter().skip(1).cloned().collect(),
        })),
    );
    let arg_count = args.len().saturating_sub(1) as f64;
    let mut l = 0.0;
    if interp.has_own_property(target, &PropertyKey::from("length")) {
        let target_len = interp.get_prop(target, "length")?;
        if let Value::Number(n) = target_len {
            if n == f64::INFINITY {
                l = f64::INFINITY;
            } else if n.is_finite() {
                let int = crate::ops::conversion::integer_or_infinity(n);
                l = (int - arg_count).max(0.0);
            }
        }
    }
    f.borrow_mut().properties.insert(
        PropertyKey::from("length"),
        Property::Data {
            value: Value::Number(l),
            writable: false,
            enumerable: false,
            configurable: true,
        },
    );
    let target_name = interp.get_prop(target, "name")?;
    let name = match target_name {
        Value::String(s) => s,
        _ => JsString::empty(),
    };
    interp.set_function_name(&f, &PropertyKey::String(name), Some("bound"));
    Ok(Value::Object(f))
}

/// Function.prototype.call (§20.2.3.3).
fn function_call<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    if !interp.is_callable(&this) {
        return Err(interp.type_error("Function.prototype.call was called on a non-function"));
    }
    let rest: Vec<Value<'a>> = args.iter().skip(1).cloned().collect();
    interp.call(&this, arg(args, 0), &rest)
}

/// Function.prototype.toString (§20.2.3.5). Source text is not retained, so every
/// function renders in the NativeFunction form (see spec/language.md).
fn function_to_string<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let Value::Object(f) = &this else {
        return Err(
            interp.type_error("Function.prototype.toString requires that 'this' be a Function")
        );
    };
    if !f.is_callable() {
        return Err(
            interp.type_error("Function.prototype.toString requires that 'this' be a Function")
        );
    }
    let name = match f.borrow().properties.get(&PropertyKey::from("name")) {
        Some(Property::Data {
            value: Value::String(s),
            ..
        }) => s.to_rust_string(),
        _ => String::new(),
    };
    Ok(Value::String(JsString::from(format!(
        "function {name}() {{ [native code] }}"
    ))))
}

/// Function.prototype [ @@hasInstance ] (§20.2.3.6).
fn function_has_instance<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    Ok(Value::Bool(
        interp.ordinary_has_instance(&this, &arg(args, 0))?,
    ))
}
