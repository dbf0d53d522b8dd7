//! The Object constructor and Object.prototype (§20.1).

use super::arg;
use crate::interp::{Interp, JsResult};
use crate::object::{Obj, ObjectKind};
use crate::ops::objects::{EnumerableKind, IntegrityLevel};
use crate::string::JsString;
use crate::value::{PropertyKey, Value};

type R<'a> = JsResult<'a, Value<'a>>;

/// Registers `%Object%` and fills `%Object.prototype%`.
pub fn init(interp: &mut Interp<'_>) {
    let proto = interp.intrinsic("%Object.prototype%");
    let c = interp.define_global_constructor("Object", 1, object_constructor, &proto);
    interp.register_intrinsic("%Object%", &c);
    let statics: [(&str, u32, crate::object::NativeFn); 22] = [
        ("assign", 2, object_assign),
        ("create", 2, object_create),
        ("defineProperties", 2, object_define_properties),
        ("defineProperty", 3, object_define_property),
        ("entries", 1, object_entries),
        ("freeze", 1, object_freeze),
        ("fromEntries", 1, object_from_entries),
        (
            "getOwnPropertyDescriptor",
            2,
            object_get_own_property_descriptor,
        ),
        (
            "getOwnPropertyDescriptors",
            1,
            object_get_own_property_descriptors,
        ),
        ("getOwnPropertyNames", 1, object_get_own_property_names),
        ("getOwnPropertySymbols", 1, object_get_own_property_symbols),
        ("getPrototypeOf", 1, object_get_prototype_of),
        ("hasOwn", 2, object_has_own),
        ("is", 2, object_is),
        ("isExtensible", 1, object_is_extensible),
        ("isFrozen", 1, object_is_frozen),
        ("isSealed", 1, object_is_sealed),
        ("keys", 1, object_keys),
        ("preventExtensions", 1, object_prevent_extensions),
        ("seal", 1, object_seal),
        ("setPrototypeOf", 2, object_set_prototype_of),
        ("values", 1, object_values),
    ];
    for (name, len, f) in statics {
        interp.define_method(&c, name, len, f);
    }
    let methods: [(&str, u32, crate::object::NativeFn); 6] = [
        ("hasOwnProperty", 1, proto_has_own_property),
        ("isPrototypeOf", 1, proto_is_prototype_of),
        ("propertyIsEnumerable", 1, proto_property_is_enumerable),
        ("toLocaleString", 0, proto_to_locale_string),
        ("toString", 0, proto_to_string),
        ("valueOf", 0, proto_value_of),
    ];
    for (name, len, f) in methods {
        interp.define_method(&proto, name, len, f);
    }
    interp.define_accessor(
        &proto,
        "__proto__",
        Some(proto_get_proto),
        Some(proto_set_proto),
    );
}

/// Object ( [ value ] ) (§20.1.1.1).
fn object_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    nt: Option<Obj<'a>>,
) -> R<'a> {
    if let (Some(nt), Some(active)) = (&nt, &interp.ctx.function)
        && !nt.ptr_eq(active)
    {
        let proto = interp.get_prototype_from_constructor(nt, "%Object.prototype%")?;
        return Ok(Value::Object(Obj::new(Some(proto), ObjectKind::Ordinary)));
    }
    let value = arg(args, 0);
    if value.is_nullish() {
        return Ok(Value::Object(interp.ordinary_object()));
    }
    Ok(Value::Object(interp.to_object(&value)?))
}

/// Object.assign (§20.1.2.1).
fn object_assign<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let to = interp.to_object(&arg(args, 0))?;
    for source in args.iter().skip(1) {
        if source.is_nullish() {
            continue;
        }
        let from = interp.to_object(source)?;
        for key in interp.own_property_keys(&from) {
            if let Some(desc) = interp.get_own_property(&from, &key)
                && desc.enumerable == Some(true)
            {
                let v = interp.get_prop(&from, key.clone())?;
                interp.set_prop(&to, key, v)?;
            }
        }
    }
    Ok(Value::Object(to))
}

/// Object.create (§20.1.2.2).
fn object_create<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let proto = match arg(args, 0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return Err(interp.type_error("Object prototype may only be an Object or null")),
    };
    let o = Obj::new(proto, ObjectKind::Ordinary);
    let props = arg(args, 1);
    if !props.is_undefined() {
        object_define_properties_impl(interp, &o, &props)?;
    }
    Ok(Value::Object(o))
}

/// ObjectDefineProperties (§20.1.2.3.1).
fn object_define_properties_impl<'a>(
    interp: &mut Interp<'a>,
    o: &Obj<'a>,
    properties: &Value<'a>,
) -> JsResult<'a, ()> {
    let props = interp.to_object(properties)?;
    let mut descriptors = Vec::new();
    for key in interp.own_property_keys(&props) {
        if let Some(pd) = interp.get_own_property(&props, &key)
            && pd.enumerable == Some(true)
        {
            let desc_obj = interp.get_prop(&props, key.clone())?;
            let desc = interp.to_property_descriptor(&desc_obj)?;
            descriptors.push((key, desc));
        }
    }
    for (key, desc) in descriptors {
        interp.define_property_or_throw(o, &key, desc)?;
    }
    Ok(())
}

/// Object.defineProperties (§20.1.2.3).
fn object_define_properties<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let Value::Object(o) = arg(args, 0) else {
        return Err(interp.type_error("Object.defineProperties called on non-object"));
    };
    object_define_properties_impl(interp, &o, &arg(args, 1))?;
    Ok(Value::Object(o))
}

/// Object.defineProperty (§20.1.2.4).
fn object_define_property<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let Value::Object(o) = arg(args, 0) else {
        return Err(interp.type_error("Object.defineProperty called on non-object"));
    };
    let key = interp.to_property_key(&arg(args, 1))?;
    let desc = interp.to_property_descriptor(&arg(args, 2))?;
    interp.define_property_or_throw(&o, &key, desc)?;
    Ok(Value::Object(o))
}

fn enumerable_list<'a>(interp: &mut Interp<'a>, args: &[Value<'a>], kind: EnumerableKind) -> R<'a> {
    let o = interp.to_object(&arg(args, 0))?;
    let list = interp.enumerable_own_properties(&o, kind)?;
    Ok(Value::Object(interp.create_array_from_list(&list)))
}

/// Object.entries (§20.1.2.5).
fn object_entries<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    enumerable_list(interp, args, EnumerableKind::KeyValue)
}

/// Object.keys (§20.1.2.18).
fn object_keys<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    enumerable_list(interp, args, EnumerableKind::Key)
}

/// Object.values (§20.1.2.23).
fn object_values<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    enumerable_list(interp, args, EnumerableKind::Value)
}

/// Object.freeze (§20.1.2.6).
fn object_freeze<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let o = arg(args, 0);
    if let Value::Object(obj) = &o
        && !interp.set_integrity_level(obj, IntegrityLevel::Frozen)?
    {
        return Err(interp.type_error("Cannot freeze"));
    }
    Ok(o)
}

/// Object.seal (§20.1.2.21).
fn object_seal<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let o = arg(args, 0);
    if let Value::Object(obj) = &o
        && !interp.set_integrity_level(obj, IntegrityLevel::Sealed)?
    {
        return Err(interp.type_error("Cannot seal"));
    }
    Ok(o)
}

/// Object.preventExtensions (§20.1.2.19).
fn object_prevent_extensions<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let o = arg(args, 0);
    if let Value::Object(obj) = &o {
        interp.prevent_extensions(obj);
    }
    Ok(o)
}

/// Object.isExtensible (§20.1.2.15).
fn object_is_extensible<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    Ok(Value::Bool(match arg(args, 0) {
        Value::Object(o) => interp.is_extensible(&o),
        _ => false,
    }))
}

/// Object.isFrozen (§20.1.2.16).
fn object_is_frozen<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    Ok(Value::Bool(match arg(args, 0) {
        Value::Object(o) => interp.test_integrity_level(&o, IntegrityLevel::Frozen),
        _ => true,
    }))
}

/// Object.isSealed (§20.1.2.17).
fn object_is_sealed<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    Ok(Value::Bool(match arg(args, 0) {
        Value::Object(o) => interp.test_integrity_level(&o, IntegrityLevel::Sealed),
        _ => true,
    }))
}

/// Object.fromEntries (§20.1.2.7).
fn object_from_entries<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let iterable = arg(args, 0);
    interp.require_object_coercible(&iterable)?;
    let obj = interp.ordinary_object();
    let mut rec = interp.get_iterator(&iterable)?;
    while let Some(entry) = interp.iterator_step_value(&mut rec)? {
        interp.with_iterator_close(&rec.clone(), |interp| {
            let Value::Object(e) = &entry else {
                return Err(interp.type_error("Iterator value is not an entry object"));
            };
            let k = interp.get_prop(e, 0u32)?;
            let v = interp.get_prop(e, 1u32)?;
            let key = interp.to_property_key(&k)?;
            interp.create_data_property_or_throw(&obj, key, v)
        })?;
    }
    Ok(Value::Object(obj))
}

/// Object.getOwnPropertyDescriptor (§20.1.2.8).
fn object_get_own_property_descriptor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let o = interp.to_object(&arg(args, 0))?;
    let key = interp.to_property_key(&arg(args, 1))?;
    match interp.get_own_property(&o, &key) {
        Some(d) => Ok(Value::Object(interp.from_property_descriptor(&d))),
        None => Ok(Value::Undefined),
    }
}

/// Object.getOwnPropertyDescriptors (§20.1.2.9).
fn object_get_own_property_descriptors<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let o = interp.to_object(&arg(args, 0))?;
    let result = interp.ordinary_object();
    for key in interp.own_property_keys(&o) {
        if let Some(d) = interp.get_own_property(&o, &key) {
            let d = interp.from_property_descriptor(&d);
            interp.create_data_property_or_throw(&result, key, Value::Object(d))?;
        }
    }
    Ok(Value::Object(result))
}

/// GetOwnPropertyKeys (§20.1.2.11.1).
fn own_keys_of_type<'a>(interp: &mut Interp<'a>, v: &Value<'a>, strings: bool) -> R<'a> {
    let o = interp.to_object(v)?;
    let keys: Vec<Value<'a>> = interp
        .own_property_keys(&o)
        .into_iter()
        .filter(|k| matches!(k, PropertyKey::String(_)) == strings)
        .map(|k| k.to_value())
        .collect();
    Ok(Value::Object(interp.create_array_from_list(&keys)))
}

/// Object.getOwnPropertyNames (§20.1.2.10).
fn object_get_own_property_names<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    own_keys_of_type(interp, &arg(args, 0), true)
}

/// Object.getOwnPropertySymbols (§20.1.2.11).
fn object_get_own_property_symbols<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    own_keys_of_type(interp, &arg(args, 0), false)
}

/// Object.getPrototypeOf (§20.1.2.12).
fn object_get_prototype_of<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let o = interp.to_object(&arg(args, 0))?;
    Ok(interp
        .get_prototype_of(&o)
        .map_or(Value::Null, Value::Object))
}

/// Object.hasOwn (§20.1.2.13).
fn object_has_own<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let o = interp.to_object(&arg(args, 0))?;
    let key = interp.to_property_key(&arg(args, 1))?;
    Ok(Value::Bool(interp.has_own_property(&o, &key)))
}

/// Object.is (§20.1.2.14).
fn object_is<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    Ok(Value::Bool(interp.same_value(&arg(args, 0), &arg(args, 1))))
}

/// Object.setPrototypeOf (§20.1.2.22).
fn object_set_prototype_of<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let o = arg(args, 0);
    interp.require_object_coercible(&o)?;
    let proto = match arg(args, 1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return Err(interp.type_error("Object prototype may only be an Object or null")),
    };
    let Value::Object(obj) = &o else {
        return Ok(o);
    };
    if !interp.set_prototype_of(obj, proto) {
        return Err(interp.type_error("Cannot set prototype (cyclic or not extensible)"));
    }
    Ok(o)
}

/// Object.prototype.hasOwnProperty (§20.1.3.2).
fn proto_has_own_property<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let key = interp.to_property_key(&arg(args, 0))?;
    let o = interp.to_object(&this)?;
    Ok(Value::Bool(interp.has_own_property(&o, &key)))
}

/// Object.prototype.isPrototypeOf (§20.1.3.3).
fn proto_is_prototype_of<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let Value::Object(v) = arg(args, 0) else {
        return Ok(Value::Bool(false));
    };
    let o = interp.to_object(&this)?;
    let mut cur = interp.get_prototype_of(&v);
    while let Some(p) = cur {
        if p.ptr_eq(&o) {
            return Ok(Value::Bool(true));
        }
        cur = interp.get_prototype_of(&p);
    }
    Ok(Value::Bool(false))
}

/// Object.prototype.propertyIsEnumerable (§20.1.3.4).
fn proto_property_is_enumerable<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let key = interp.to_property_key(&arg(args, 0))?;
    let o = interp.to_object(&this)?;
    Ok(Value::Bool(
        interp
            .get_own_property(&o, &key)
            .is_some_and(|d| d.enumerable == Some(true)),
    ))
}

/// Object.prototype.toLocaleString (§20.1.3.5).
fn proto_to_locale_string<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    interp.invoke(&this, &PropertyKey::from("toString"), &[])
}

/// Object.prototype.toString (§20.1.3.6).
fn proto_to_string<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    match this {
        Value::Undefined => return Ok(Value::str("[object Undefined]")),
        Value::Null => return Ok(Value::str("[object Null]")),
        _ => {}
    }
    let o = interp.to_object(&this)?;
    let builtin_tag = if o.is_array_exotic() {
        "Array"
    } else {
        match &o.borrow().kind {
            ObjectKind::Arguments => "Arguments",
            ObjectKind::Function(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => "Function",
            ObjectKind::Error => "Error",
            ObjectKind::Boolean(_) => "Boolean",
            ObjectKind::Number(_) => "Number",
            ObjectKind::String(_) => "String",
            _ => "Object",
        }
    };
    let key = PropertyKey::Symbol(interp.well_known.to_string_tag.clone());
    let tag = interp.get_prop(&o, key)?;
    let tag = match tag {
        Value::String(s) => s,
        _ => JsString::from(builtin_tag),
    };
    Ok(Value::String(
        JsString::from("[object ")
            .concat(&tag)
            .concat(&JsString::from("]")),
    ))
}

/// Object.prototype.valueOf (§20.1.3.7).
fn proto_value_of<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    Ok(Value::Object(interp.to_object(&this)?))
}

/// get Object.prototype.__proto__ (§B.2.2.1.1).
fn proto_get_proto<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    let o = interp.to_object(&this)?;
    Ok(interp
        .get_prototype_of(&o)
        .map_or(Value::Null, Value::Object))
}

/// set Object.prototype.__proto__ (§B.2.2.1.2).
fn proto_set_proto<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _nt: Option<Obj<'a>>,
) -> R<'a> {
    interp.require_object_coercible(&this)?;
    let proto = match arg(args, 0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return Ok(Value::Undefined),
    };
    let Value::Object(o) = &this else {
        return Ok(Value::Undefined);
    };
    if !interp.set_prototype_of(o, proto) {
        return Err(interp.type_error("Object.prototype.__proto__ setter failed"));
    }
    Ok(Value::Undefined)
}
