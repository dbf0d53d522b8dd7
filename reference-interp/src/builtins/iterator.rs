//! %IteratorPrototype% (§27.1.2).

use crate::interp::{Interp, JsResult};
use crate::object::{Obj, ObjectKind};
use crate::value::{PropertyKey, Value};

/// Registers `%IteratorPrototype%`.
pub fn init(interp: &mut Interp<'_>) {
    let proto = interp.new_prototype_object("%IteratorPrototype%", ObjectKind::Ordinary);
    let key = PropertyKey::Symbol(interp.well_known.iterator.clone());
    interp.define_method(&proto, key, 0, iterator_prototype_iterator);
}

/// %IteratorPrototype% [ @@iterator ] () (§27.1.2.1): returns `this`.
fn iterator_prototype_iterator<'a>(
    _: &mut Interp<'a>,
    this: Value<'a>,
    _: &[Value<'a>],
    _: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    Ok(this)
}
