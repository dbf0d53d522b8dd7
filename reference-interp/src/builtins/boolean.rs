//! Boolean objects (§20.3): the `Boolean` constructor and `%Boolean.prototype%`.

use crate::builtins::arg;
use crate::interp::{Interp, JsResult};
use crate::object::{Obj, ObjectKind};
use crate::value::Value;

/// Creates `%Boolean.prototype%` (itself a Boolean object whose `[[BooleanData]]` is
/// false, §20.3.3) and the `Boolean` constructor.
pub fn init(interp: &mut Interp<'_>) {
    let object_prototype = interp.intrinsic("%Object.prototype%");
    let proto = Obj::new(Some(object_prototype), ObjectKind::Boolean(false));
    interp.register_intrinsic("%Boolean.prototype%", &proto);
    interp.define_global_constructor("Boolean", 1, boolean_constructor, &proto);
    interp.define_method(&proto, "toString", 0, boolean_prototype_to_string);
    interp.define_method(&proto, "valueOf", 0, boolean_prototype_value_of);
}

/// Boolean ( value ) (§20.3.1.1).
fn boolean_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let b be ToBoolean(value).
    let b = interp.to_boolean(&arg(args, 0));
    // 2. If NewTarget is undefined, return b.
    let Some(new_target) = new_target else {
        return Ok(Value::Bool(b));
    };
    // 3. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Boolean.prototype%", « [[BooleanData]] »).
    let proto = interp.get_prototype_from_constructor(&new_target, "%Boolean.prototype%")?;
    // 4. Set O.[[BooleanData]] to b.
    Ok(Value::Object(Obj::new(Some(proto), ObjectKind::Boolean(b))))
}

/// thisBooleanValue ( value ) (§20.3.3.3.1).
fn this_boolean_value<'a>(interp: &mut Interp<'a>, value: &Value<'a>) -> JsResult<'a, bool> {
    match value {
        Value::Bool(b) => Ok(*b),
        Value::Object(o) => {
            match &o.borrow().kind {
                ObjectKind::Boolean(b) => Ok(*b),
                _ => Err(interp
                    .type_error("Boolean.prototype method called on an incompatible receiver")),
            }
        }
        _ => Err(interp.type_error("Boolean.prototype method called on an incompatible receiver")),
    }
}

/// Boolean.prototype.toString ( ) (§20.3.3.2).
fn boolean_prototype_to_string<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let b = this_boolean_value(interp, &this)?;
    Ok(Value::str(if b { "true" } else { "false" }))
}

/// Boolean.prototype.valueOf ( ) (§20.3.3.3).
fn boolean_prototype_value_of<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    Ok(Value::Bool(this_boolean_value(interp, &this)?))
}
