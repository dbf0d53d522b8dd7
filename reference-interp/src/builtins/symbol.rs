//! Symbol objects (§20.4).

use super::arg;
use crate::interp::{Interp, JsResult};
use crate::object::{Obj, ObjectKind};
use crate::string::JsString;
use crate::value::{PropertyKey, Symbol, Value};

type R<'a> = JsResult<'a, Value<'a>>;

/// Registers `%Symbol%` and `%Symbol.prototype%`.
pub fn init(interp: &mut Interp<'_>) {
    let proto = interp.new_prototype_object("%Symbol.prototype%", ObjectKind::Ordinary);
    let c = interp.define_global_constructor("Symbol", 0, symbol_constructor, &proto);
    let wk = interp.well_known.clone();
    for (name, s) in [
        ("asyncIterator", &wk.async_iterator),
        ("hasInstance", &wk.has_instance),
        ("iterator", &wk.iterator),
        ("toPrimitive", &wk.to_primitive),
        ("toStringTag", &wk.to_string_tag),
        ("unscopables", &wk.unscopables),
    ] {
        interp.define_constant(&c, name, Value::Symbol(s.clone()));
    }
    interp.define_method(&c, "for", 1, symbol_for);
    interp.define_method(&c, "keyFor", 1, symbol_key_for);
    interp.define_method(&proto, "toString", 0, symbol_to_string);
    interp.define_method(&proto, "valueOf", 0, symbol_value_of);
    interp.define_accessor(&proto, "description", Some(symbol_description), None);
    let tp = PropertyKey::Symbol(wk.to_primitive.clone());
    let f = interp.create_builtin_function(
        JsString::from("[Symbol.toPrimitive]"),
        1,
        symbol_value_of,
        false,
    );
    interp.define_readonly(&proto, tp, Value::Object(f));
    let tag = PropertyKey::Symbol(wk.to_string_tag.clone());
    interp.define_readonly(&proto, tag, Value::str("Symbol"));
}

/// Symbol ( [ description ] ) (§20.4.1.1).
fn symbol_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    nt: Option<Obj<'a>>,
) -> R<'a> {
    if nt.is_some() {
        return Err(interp.type_error("Symbol is not a constructor"));
    }
    let d = arg(args, 0);
    let desc = if d.is_undefined() {
        None
    } else {
        Some(interp.to_string(&d)?)
    };
    Ok(Value::Symbol(Symbol::new(desc)))
}

/// Symbol.for (§20.4.2.2).
fn symbol_for<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let key = interp.to_string(&arg(args, 0))?;
    if let Some((_, s)) = interp.symbol_registry.iter().find(|(k, _)| *k == key) {
        return Ok(Value::Symbol(s.clone()));
    }
    let s = Symbol::new(Some(key.clone()));
    interp.symbol_registry.push((key, s.clone()));
    Ok(Value::Symbol(s))
}

/// Symbol.keyFor (§20.4.2.6).
fn symbol_key_for<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let Value::Symbol(sym) = arg(args, 0) else {
        return Err(interp.type_error("Symbol.keyFor requires a symbol"));
    };
    Ok(interp
        .symbol_registry
        .iter()
        .find(|(_, s)| *s == sym)
        .map_or(Value::Undefined, |(k, _)| Value::String(k.clone())))
}

/// ThisSymbolValue (§20.4.3.4.1).
fn this_symbol_value<'a>(interp: &mut Interp<'a>, v: &Value<'a>) -> JsResult<'a, Symbol> {
    match v {
        Value::Symbol(s) => Ok(s.clone()),
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::Symbol(s) => Ok(s.clone()),
            _ => Err(interp.type_error("not a Symbol")),
        },
        _ => Err(interp.type_error("not a Symbol")),
    }
}

/// Symbol.prototype.toString (§20.4.3.3).
fn symbol_to_string<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let s = this_symbol_value(interp, &this)?;
    Ok(Value::String(s.descriptive_string()))
}

/// Symbol.prototype.valueOf (§20.4.3.4) and [@@toPrimitive] (§20.4.3.5).
fn symbol_value_of<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    Ok(Value::Symbol(this_symbol_value(interp, &this)?))
}

/// get Symbol.prototype.description (§20.4.3.2).
fn symbol_description<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let s = this_symbol_value(interp, &this)?;
    Ok(s.0
        .description
        .clone()
        .map_or(Value::Undefined, Value::String))
}
