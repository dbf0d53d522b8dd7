//! Keyed collections (§24): Map, Set and WeakMap, and `%MapIteratorPrototype%` /
//! `%SetIteratorPrototype%`.
//!
//! `[[MapData]]` and `[[SetData]]` are lists in insertion order. As in the specification,
//! deleting an entry replaces it with `empty` (here `None`) instead of removing it, and
//! `clear` empties every entry, so iterators and `forEach` — which walk the list by
//! index — see entries added during iteration and skip deleted ones. Keys are compared
//! with SameValueZero and -0 is stored as +0.

use crate::builtins::arg;
use crate::interp::{Interp, JsResult};
use crate::object::{IterationKind, NativeFn, Obj, ObjectKind};
use crate::ops::compare::same_value_zero;
use crate::value::{PropertyKey, Value};

/// Creates the Map, Set and WeakMap constructors, their prototypes and the Map and Set
/// iterator prototypes.
pub fn init(interp: &mut Interp<'_>) {
    let object_prototype = interp.intrinsic("%Object.prototype%");
    let iterator_key = PropertyKey::Symbol(interp.well_known.iterator.clone());
    let tag_key = PropertyKey::Symbol(interp.well_known.to_string_tag.clone());

    // Map (§24.1).
    let map_proto = Obj::new(Some(object_prototype.clone()), ObjectKind::Ordinary);
    interp.register_intrinsic("%Map.prototype%", &map_proto);
    interp.define_global_constructor("Map", 0, map_constructor, &map_proto);
    let map_methods: [(&str, u32, NativeFn); 9] = [
        ("clear", 0, map_prototype_clear),
        ("delete", 1, map_prototype_delete),
        ("entries", 0, map_prototype_entries),
        ("forEach", 1, map_prototype_for_each),
        ("get", 1, map_prototype_get),
        ("has", 1, map_prototype_has),
        ("keys", 0, map_prototype_keys),
        ("set", 2, map_prototype_set),
        ("values", 0, map_prototype_values),
    ];
    for (name, length, f) in map_methods {
        let fobj = interp.define_method(&map_proto, name, length, f);
        if name == "entries" {
            // Map.prototype [ @@iterator ] is the same function object as entries (§24.1.3.12).
            interp.define_data(&map_proto, iterator_key.clone(), Value::Object(fobj));
        }
    }
    interp.define_accessor(&map_proto, "size", Some(map_prototype_size), None);
    interp.define_readonly(&map_proto, tag_key.clone(), Value::str("Map"));

    // Set (§24.2).
    let set_proto = Obj::new(Some(object_prototype.clone()), ObjectKind::Ordinary);
    interp.register_intrinsic("%Set.prototype%", &set_proto);
    interp.define_global_constructor("Set", 0, set_constructor, &set_proto);
    let set_methods: [(&str, u32, NativeFn); 6] = [
        ("add", 1, set_prototype_add),
        ("clear", 0, set_prototype_clear),
        ("delete", 1, set_prototype_delete),
        ("entries", 0, set_prototype_entries),
        ("forEach", 1, set_prototype_for_each),
        ("has", 1, set_prototype_has),
    ];
    for (name, length, f) in set_methods {
        interp.define_method(&set_proto, name, length, f);
    }
    interp.define_accessor(&set_proto, "size", Some(set_prototype_size), None);
    // Set.prototype.keys and Set.prototype [ @@iterator ] are the same function object as
    // Set.prototype.values (§24.2.3.8, §24.2.3.11).
    let values = interp.define_method(&set_proto, "values", 0, set_prototype_values);
    interp.define_data(&set_proto, "keys", Value::Object(values.clone()));
    interp.define_data(&set_proto, iterator_key, Value::Object(values));
    interp.define_readonly(&set_proto, tag_key.clone(), Value::str("Set"));

    // WeakMap (§24.3).
    let weak_map_proto = Obj::new(Some(object_prototype), ObjectKind::Ordinary);
    interp.register_intrinsic("%WeakMap.prototype%", &weak_map_proto);
    interp.define_global_constructor("WeakMap", 0, weak_map_constructor, &weak_map_proto);
    let weak_map_methods: [(&str, u32, NativeFn); 4] = [
        ("delete", 1, weak_map_prototype_delete),
        ("get", 1, weak_map_prototype_get),
        ("has", 1, weak_map_prototype_has),
        ("set", 2, weak_map_prototype_set),
    ];
    for (name, length, f) in weak_map_methods {
        interp.define_method(&weak_map_proto, name, length, f);
    }
    interp.define_readonly(&weak_map_proto, tag_key.clone(), Value::str("WeakMap"));

    // %MapIteratorPrototype% (§24.1.5.2) and %SetIteratorPrototype% (§24.2.5.2).
    let iterator_prototype = interp.intrinsic("%IteratorPrototype%");
    let map_iterator_proto = Obj::new(Some(iterator_prototype.clone()), ObjectKind::Ordinary);
    interp.register_intrinsic("%MapIteratorPrototype%", &map_iterator_proto);
    interp.define_method(&map_iterator_proto, "next", 0, map_iterator_next);
    interp.define_readonly(
        &map_iterator_proto,
        tag_key.clone(),
        Value::str("Map Iterator"),
    );
    let set_iterator_proto = Obj::new(Some(iterator_prototype), ObjectKind::Ordinary);
    interp.register_intrinsic("%SetIteratorPrototype%", &set_iterator_proto);
    interp.define_method(&set_iterator_proto, "next", 0, set_iterator_next);
    interp.define_readonly(&set_iterator_proto, tag_key, Value::str("Set Iterator"));
}

/// CanonicalizeKeyedCollectionKey: -0 becomes +0.
fn canonicalize_key(key: Value<'_>) -> Value<'_> {
    match key {
        Value::Number(n) if n == 0.0 && n.is_sign_negative() => Value::Number(0.0),
        other => other,
    }
}

/// Which collection a receiver must be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Collection {
    Map,
    Set,
    WeakMap,
}

impl Collection {
    fn name(self) -> &'static str {
        match self {
            Self::Map => "Map",
            Self::Set => "Set",
            Self::WeakMap => "WeakMap",
        }
    }

    fn matches(self, kind: &ObjectKind<'_>) -> bool {
        matches!(
            (self, kind),
            (Self::Map, ObjectKind::Map(_))
                | (Self::Set, ObjectKind::Set(_))
                | (Self::WeakMap, ObjectKind::WeakMap(_))
        )
    }
}

/// RequireInternalSlot(value, [[MapData]] / [[SetData]] / [[WeakMapData]]) (§7.3.27).
fn require_collection<'a>(
    interp: &mut Interp<'a>,
    value: &Value<'a>,
    which: Collection,
    method: &str,
) -> JsResult<'a, Obj<'a>> {
    if let Value::Object(o) = value
        && which.matches(&o.borrow().kind)
    {
        let o = o.clone();
        interp.collection_step(&o)?;
        return Ok(o);
    }
    let d = interp.describe(value);
    Err(interp.type_error(format!(
        "Method {}.prototype.{method} called on incompatible receiver {d}",
        which.name()
    )))
}

/// Throws a TypeError unless `f` is callable.
fn require_callable<'a>(interp: &mut Interp<'a>, f: &Value<'a>) -> JsResult<'a, ()> {
    if !interp.is_callable(f) {
        let d = interp.describe(f);
        return Err(interp.type_error(format!("{d} is not a function")));
    }
    Ok(())
}

/// AddEntriesFromIterable ( target, iterable, adder ) (§24.1.1.2).
fn add_entries_from_iterable<'a>(
    interp: &mut Interp<'a>,
    target: &Obj<'a>,
    iterable: &Value<'a>,
    adder: &Value<'a>,
) -> JsResult<'a, ()> {
    // 1. Let iteratorRecord be ? GetIterator(iterable, sync).
    let mut iterator_record = interp.get_iterator(iterable)?;
    // 2. Repeat,
    loop {
        interp.tick()?;
        // a. Let next be ? IteratorStepValue(iteratorRecord). b. If next is done, return target.
        let Some(next) = interp.iterator_step_value(&mut iterator_record)? else {
            return Ok(());
        };
        // c. If next is not an Object, throw a TypeError after closing the iterator.
        let Value::Object(next_obj) = &next else {
            let d = interp.describe(&next);
            let error = interp.type_error(format!("Iterator value {d} is not an entry object"));
            return Err(interp.iterator_close_throw(&iterator_record, error));
        };
        // d-i. k = Get(next, "0"), v = Get(next, "1"), Call(adder, target, « k, v »),
        //      each IfAbruptCloseIterator.
        let step = (|| -> JsResult<'a, ()> {
            let k = interp.get_prop(next_obj, "0")?;
            let v = interp.get_prop(next_obj, "1")?;
            interp.call(adder, Value::Object(target.clone()), &[k, v])?;
            Ok(())
        })();
        if let Err(e) = step {
            return Err(interp.iterator_close_throw(&iterator_record, e));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Map (§24.1).
// ---------------------------------------------------------------------------------------

/// Map ( [ iterable ] ) (§24.1.1.1).
fn map_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    let Some(new_target) = new_target else {
        return Err(interp.type_error("Constructor Map requires 'new'"));
    };
    // 2-3. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%Map.prototype%", « [[MapData]] »).
    let proto = interp.get_prototype_from_constructor(&new_target, "%Map.prototype%")?;
    let map = Obj::new(Some(proto), ObjectKind::Map(Vec::new()));
    // 4. If iterable is either undefined or null, return map.
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(Value::Object(map));
    }
    // 5. Let adder be ? Get(map, "set").
    let adder = interp.get_prop(&map, "set")?;
    // 6. If IsCallable(adder) is false, throw a TypeError exception.
    require_callable(interp, &adder)?;
    // 7. Return ? AddEntriesFromIterable(map, iterable, adder).
    add_entries_from_iterable(interp, &map, &iterable, &adder)?;
    Ok(Value::Object(map))
}

/// The index of the live entry of `map` whose key is SameValueZero to `key`.
fn map_find<'a>(map: &Obj<'a>, key: &Value<'a>) -> Option<usize> {
    match &map.borrow().kind {
        ObjectKind::Map(entries) => entries
            .iter()
            .position(|e| matches!(e, Some((k, _)) if same_value_zero(k, key))),
        _ => None,
    }
}

/// Map.prototype.clear ( ) (§24.1.3.1): every entry becomes empty.
fn map_prototype_clear<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let m = require_collection(interp, &this, Collection::Map, "clear")?;
    if let ObjectKind::Map(entries) = &mut m.borrow_mut().kind {
        for e in entries.iter_mut() {
            *e = None;
        }
    }
    Ok(Value::Undefined)
}

/// Map.prototype.delete ( key ) (§24.1.3.3).
fn map_prototype_delete<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let m = require_collection(interp, &this, Collection::Map, "delete")?;
    let Some(index) = map_find(&m, &arg(args, 0)) else {
        return Ok(Value::Bool(false));
    };
    if let ObjectKind::Map(entries) = &mut m.borrow_mut().kind {
        entries[index] = None;
    }
    Ok(Value::Bool(true))
}

/// CreateMapIterator ( map, kind ) (§24.1.5.1).
fn create_map_iterator<'a>(
    interp: &mut Interp<'a>,
    this: &Value<'a>,
    kind: IterationKind,
    method: &str,
) -> JsResult<'a, Value<'a>> {
    // 1. Perform ? RequireInternalSlot(map, [[MapData]]).
    let m = require_collection(interp, this, Collection::Map, method)?;
    let proto = interp.intrinsic("%MapIteratorPrototype%");
    Ok(Value::Object(Obj::new(
        Some(proto),
        ObjectKind::CollectionIterator {
            iterated: Some(m),
            next_index: 0,
            kind,
        },
    )))
}

/// Map.prototype.entries ( ) (§24.1.3.4); also Map.prototype [ @@iterator ].
fn map_prototype_entries<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    create_map_iterator(interp, &this, IterationKind::Entries, "entries")
}

/// Map.prototype.keys ( ) (§24.1.3.8).
fn map_prototype_keys<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    create_map_iterator(interp, &this, IterationKind::Keys, "keys")
}

/// Map.prototype.values ( ) (§24.1.3.11).
fn map_prototype_values<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    create_map_iterator(interp, &this, IterationKind::Values, "values")
}

/// Map.prototype.forEach ( callbackfn [ , thisArg ] ) (§24.1.3.5).
fn map_prototype_for_each<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let callback = arg(args, 0);
    let this_arg = arg(args, 1);
    // 1-2. RequireInternalSlot(M, [[MapData]]).
    let m = require_collection(interp, &this, Collection::Map, "forEach")?;
    // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
    require_callable(interp, &callback)?;
    // 4-7. Walk the entries by index; the list may grow while callbacks run.
    let mut index = 0;
    loop {
        interp.tick()?;
        let entry = match &m.borrow().kind {
            ObjectKind::Map(entries) if index < entries.len() => Some(entries[index].clone()),
            _ => None,
        };
        let Some(entry) = entry else { break };
        index += 1;
        if let Some((k, v)) = entry {
            interp.call(
                &callback,
                this_arg.clone(),
                &[v, k, Value::Object(m.clone())],
            )?;
        }
    }
    Ok(Value::Undefined)
}

/// Map.prototype.get ( key ) (§24.1.3.6).
fn map_prototype_get<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let m = require_collection(interp, &this, Collection::Map, "get")?;
    let key = arg(args, 0);
    let b = m.borrow();
    if let ObjectKind::Map(entries) = &b.kind {
        for (k, v) in entries.iter().flatten() {
            if same_value_zero(k, &key) {
                return Ok(v.clone());
            }
        }
    }
    Ok(Value::Undefined)
}

/// Map.prototype.has ( key ) (§24.1.3.7).
fn map_prototype_has<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let m = require_collection(interp, &this, Collection::Map, "has")?;
    Ok(Value::Bool(map_find(&m, &arg(args, 0)).is_some()))
}

/// Map.prototype.set ( key, value ) (§24.1.3.9).
fn map_prototype_set<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let m = require_collection(interp, &this, Collection::Map, "set")?;
    let key = arg(args, 0);
    let value = arg(args, 1);
    let existing = map_find(&m, &key);
    if let ObjectKind::Map(entries) = &mut m.borrow_mut().kind {
        match existing {
            // 4.a. If an entry has the key, set its value and return M.
            Some(i) => {
                if let Some((_, v)) = &mut entries[i] {
                    *v = value;
                }
            }
            // 5-7. Otherwise append the entry, with -0 stored as +0.
            None => entries.push(Some((canonicalize_key(key), value))),
        }
    }
    Ok(Value::Object(m))
}

/// get Map.prototype.size (§24.1.3.10).
fn map_prototype_size<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let m = require_collection(interp, &this, Collection::Map, "size")?;
    let count = match &m.borrow().kind {
        ObjectKind::Map(entries) => entries.iter().flatten().count(),
        _ => 0,
    };
    Ok(Value::from(count))
}

// ---------------------------------------------------------------------------------------
// Set (§24.2).
// ---------------------------------------------------------------------------------------

/// Set ( [ iterable ] ) (§24.2.1.1).
fn set_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    let Some(new_target) = new_target else {
        return Err(interp.type_error("Constructor Set requires 'new'"));
    };
    // 2-3. Let set be ? OrdinaryCreateFromConstructor(NewTarget, "%Set.prototype%", « [[SetData]] »).
    let proto = interp.get_prototype_from_constructor(&new_target, "%Set.prototype%")?;
    let set = Obj::new(Some(proto), ObjectKind::Set(Vec::new()));
    // 4. If iterable is either undefined or null, return set.
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(Value::Object(set));
    }
    // 5. Let adder be ? Get(set, "add").
    let adder = interp.get_prop(&set, "add")?;
    // 6. If IsCallable(adder) is false, throw a TypeError exception.
    require_callable(interp, &adder)?;
    // 7. Let iteratorRecord be ? GetIterator(iterable, sync).
    let mut iterator_record = interp.get_iterator(&iterable)?;
    // 8. Repeat,
    loop {
        interp.tick()?;
        // a. Let next be ? IteratorStepValue(iteratorRecord). b. If done, return set.
        let Some(next) = interp.iterator_step_value(&mut iterator_record)? else {
            return Ok(Value::Object(set));
        };
        // c-d. Let status be Completion(Call(adder, set, « next »)); IfAbruptCloseIterator.
        if let Err(e) = interp.call(&adder, Value::Object(set.clone()), &[next]) {
            return Err(interp.iterator_close_throw(&iterator_record, e));
        }
    }
}

/// The index of the live element of `set` that is SameValueZero to `value`.
fn set_find<'a>(set: &Obj<'a>, value: &Value<'a>) -> Option<usize> {
    match &set.borrow().kind {
        ObjectKind::Set(entries) => entries
            .iter()
            .position(|e| matches!(e, Some(v) if same_value_zero(v, value))),
        _ => None,
    }
}

/// Set.prototype.add ( value ) (§24.2.3.1).
fn set_prototype_add<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = require_collection(interp, &this, Collection::Set, "add")?;
    let value = arg(args, 0);
    if set_find(&s, &value).is_none()
        && let ObjectKind::Set(entries) = &mut s.borrow_mut().kind
    {
        entries.push(Some(canonicalize_key(value)));
    }
    Ok(Value::Object(s))
}

/// Set.prototype.clear ( ) (§24.2.3.2): every element becomes empty.
fn set_prototype_clear<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = require_collection(interp, &this, Collection::Set, "clear")?;
    if let ObjectKind::Set(entries) = &mut s.borrow_mut().kind {
        for e in entries.iter_mut() {
            *e = None;
        }
    }
    Ok(Value::Undefined)
}

/// Set.prototype.delete ( value ) (§24.2.3.4).
fn set_prototype_delete<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = require_collection(interp, &this, Collection::Set, "delete")?;
    let Some(index) = set_find(&s, &arg(args, 0)) else {
        return Ok(Value::Bool(false));
    };
    if let ObjectKind::Set(entries) = &mut s.borrow_mut().kind {
        entries[index] = None;
    }
    Ok(Value::Bool(true))
}

/// CreateSetIterator ( set, kind ) (§24.2.5.1).
fn create_set_iterator<'a>(
    interp: &mut Interp<'a>,
    this: &Value<'a>,
    kind: IterationKind,
    method: &str,
) -> JsResult<'a, Value<'a>> {
    // 1. Perform ? RequireInternalSlot(set, [[SetData]]).
    let s = require_collection(interp, this, Collection::Set, method)?;
    let proto = interp.intrinsic("%SetIteratorPrototype%");
    Ok(Value::Object(Obj::new(
        Some(proto),
        ObjectKind::CollectionIterator {
            iterated: Some(s),
            next_index: 0,
            kind,
        },
    )))
}

/// Set.prototype.entries ( ) (§24.2.3.5).
fn set_prototype_entries<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    create_set_iterator(interp, &this, IterationKind::Entries, "entries")
}

/// Set.prototype.values ( ) (§24.2.3.10); also Set.prototype.keys and [ @@iterator ].
fn set_prototype_values<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    create_set_iterator(interp, &this, IterationKind::Values, "values")
}

/// Set.prototype.forEach ( callbackfn [ , thisArg ] ) (§24.2.3.6).
fn set_prototype_for_each<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let callback = arg(args, 0);
    let this_arg = arg(args, 1);
    // 1-2. RequireInternalSlot(S, [[SetData]]).
    let s = require_collection(interp, &this, Collection::Set, "forEach")?;
    // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
    require_callable(interp, &callback)?;
    // 4-7. Walk the elements by index; the list may grow while callbacks run.
    let mut index = 0;
    loop {
        interp.tick()?;
        let entry = match &s.borrow().kind {
            ObjectKind::Set(entries) if index < entries.len() => Some(entries[index].clone()),
            _ => None,
        };
        let Some(entry) = entry else { break };
        index += 1;
        if let Some(e) = entry {
            interp.call(
                &callback,
                this_arg.clone(),
                &[e.clone(), e, Value::Object(s.clone())],
            )?;
        }
    }
    Ok(Value::Undefined)
}

/// Set.prototype.has ( value ) (§24.2.3.7).
fn set_prototype_has<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = require_collection(interp, &this, Collection::Set, "has")?;
    Ok(Value::Bool(set_find(&s, &arg(args, 0)).is_some()))
}

/// get Set.prototype.size (§24.2.3.9).
fn set_prototype_size<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let s = require_collection(interp, &this, Collection::Set, "size")?;
    let count = match &s.borrow().kind {
        ObjectKind::Set(entries) => entries.iter().flatten().count(),
        _ => 0,
    };
    Ok(Value::from(count))
}

// ---------------------------------------------------------------------------------------
// Map and Set iterators (§24.1.5, §24.2.5).
// ---------------------------------------------------------------------------------------

/// The next step of a Map or Set iterator: the closure of CreateMapIterator /
/// CreateSetIterator for one yield, skipping emptied entries.
fn collection_iterator_next<'a>(
    interp: &mut Interp<'a>,
    this: &Value<'a>,
    which: Collection,
) -> JsResult<'a, Value<'a>> {
    let state = match this {
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::CollectionIterator {
                iterated,
                next_index,
                kind,
            } => Some((o.clone(), iterated.clone(), *next_index, *kind)),
            _ => None,
        },
        _ => None,
    };
    let iterator_name = match which {
        Collection::Set => "%SetIteratorPrototype%",
        _ => "%MapIteratorPrototype%",
    };
    let incompatible = |interp: &mut Interp<'a>| {
        interp.type_error(format!(
            "{iterator_name}.next called on an incompatible receiver"
        ))
    };
    let Some((it, iterated, mut index, kind)) = state else {
        return Err(incompatible(interp));
    };
    // An exhausted iterator stays exhausted.
    let Some(collection) = iterated else {
        return Ok(interp.create_iter_result_object(Value::Undefined, true));
    };
    if !which.matches(&collection.borrow().kind) {
        return Err(incompatible(interp));
    }
    // Find the next live entry at or after index.
    let found: Option<(Value<'a>, Value<'a>)> = {
        let b = collection.borrow();
        let mut found = None;
        match &b.kind {
            ObjectKind::Map(entries) => {
                while index < entries.len() {
                    let e = &entries[index];
                    index += 1;
                    if let Some((k, v)) = e {
                        found = Some((k.clone(), v.clone()));
                        break;
                    }
                }
            }
            ObjectKind::Set(entries) => {
                while index < entries.len() {
                    let e = &entries[index];
                    index += 1;
                    if let Some(v) = e {
                        found = Some((v.clone(), v.clone()));
                        break;
                    }
                }
            }
            _ => {}
        }
        found
    };
    let Some((k, v)) = found else {
        // The end of the list: the iterator is done for good.
        if let ObjectKind::CollectionIterator {
            iterated,
            next_index,
            ..
        } = &mut it.borrow_mut().kind
        {
            *iterated = None;
            *next_index = index;
        }
        return Ok(interp.create_iter_result_object(Value::Undefined, true));
    };
    if let ObjectKind::CollectionIterator { next_index, .. } = &mut it.borrow_mut().kind {
        *next_index = index;
    }
    let result = match kind {
        IterationKind::Keys => k,
        IterationKind::Values => v,
        IterationKind::Entries => Value::Object(interp.create_array_from_list(&[k, v])),
    };
    Ok(interp.create_iter_result_object(result, false))
}

/// %MapIteratorPrototype%.next ( ) (§24.1.5.2.1).
fn map_iterator_next<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    collection_iterator_next(interp, &this, Collection::Map)
}

/// %SetIteratorPrototype%.next ( ) (§24.2.5.2.1).
fn set_iterator_next<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    _args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    collection_iterator_next(interp, &this, Collection::Set)
}

// ---------------------------------------------------------------------------------------
// WeakMap (§24.3). Nothing is ever collected here, so entries are held strongly; since a
// WeakMap cannot be iterated, deleted entries are simply removed.
// ---------------------------------------------------------------------------------------

/// WeakMap ( [ iterable ] ) (§24.3.1.1).
fn weak_map_constructor<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    // 1. If NewTarget is undefined, throw a TypeError exception.
    let Some(new_target) = new_target else {
        return Err(interp.type_error("Constructor WeakMap requires 'new'"));
    };
    // 2-3. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakMap.prototype%", « [[WeakMapData]] »).
    let proto = interp.get_prototype_from_constructor(&new_target, "%WeakMap.prototype%")?;
    let map = Obj::new(Some(proto), ObjectKind::WeakMap(Vec::new()));
    // 4. If iterable is either undefined or null, return map.
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(Value::Object(map));
    }
    // 5. Let adder be ? Get(map, "set").
    let adder = interp.get_prop(&map, "set")?;
    // 6. If IsCallable(adder) is false, throw a TypeError exception.
    require_callable(interp, &adder)?;
    // 7. Return ? AddEntriesFromIterable(map, iterable, adder).
    add_entries_from_iterable(interp, &map, &iterable, &adder)?;
    Ok(Value::Object(map))
}

/// The index of `key`'s entry in a WeakMap.
fn weak_map_find<'a>(map: &Obj<'a>, key: &Obj<'a>) -> Option<usize> {
    match &map.borrow().kind {
        ObjectKind::WeakMap(entries) => entries.iter().position(|(k, _)| k.ptr_eq(key)),
        _ => None,
    }
}

/// WeakMap.prototype.delete ( key ) (§24.3.3.2).
fn weak_map_prototype_delete<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let m = require_collection(interp, &this, Collection::WeakMap, "delete")?;
    // 3. If CanBeHeldWeakly(key) is false, return false.
    let Value::Object(key) = arg(args, 0) else {
        return Ok(Value::Bool(false));
    };
    let Some(index) = weak_map_find(&m, &key) else {
        return Ok(Value::Bool(false));
    };
    if let ObjectKind::WeakMap(entries) = &mut m.borrow_mut().kind {
        entries.remove(index);
    }
    Ok(Value::Bool(true))
}

/// WeakMap.prototype.get ( key ) (§24.3.3.3).
fn weak_map_prototype_get<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let m = require_collection(interp, &this, Collection::WeakMap, "get")?;
    let Value::Object(key) = arg(args, 0) else {
        return Ok(Value::Undefined);
    };
    let index = weak_map_find(&m, &key);
    Ok(match (&m.borrow().kind, index) {
        (ObjectKind::WeakMap(entries), Some(i)) => entries[i].1.clone(),
        _ => Value::Undefined,
    })
}

/// WeakMap.prototype.has ( key ) (§24.3.3.4).
fn weak_map_prototype_has<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let m = require_collection(interp, &this, Collection::WeakMap, "has")?;
    let Value::Object(key) = arg(args, 0) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(weak_map_find(&m, &key).is_some()))
}

/// WeakMap.prototype.set ( key, value ) (§24.3.3.5).
fn weak_map_prototype_set<'a>(
    interp: &mut Interp<'a>,
    this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let m = require_collection(interp, &this, Collection::WeakMap, "set")?;
    let value = arg(args, 1);
    // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception.
    let Value::Object(key) = arg(args, 0) else {
        let d = interp.describe(&arg(args, 0));
        return Err(interp.type_error(format!("Invalid value used as weak map key: {d}")));
    };
    let index = weak_map_find(&m, &key);
    if let ObjectKind::WeakMap(entries) = &mut m.borrow_mut().kind {
        match index {
            Some(i) => entries[i].1 = value,
            None => entries.push((key, value)),
        }
    }
    Ok(Value::Object(m))
}
