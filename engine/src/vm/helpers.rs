//! Instruction helpers: globals, property instructions with inline caches, object and
//! class construction.

use crate::atom::{self, Atom};
use crate::object::shape::{Shape, attr};
use crate::object::{Class, flag};
use crate::sync::Arc;
use crate::sync::atomic::Ordering;
use crate::value::Value;
use crate::vm::code::{Code, UnOp};
use crate::vm::ops::{Hint, f64_to_int32, to_boolean};
use crate::vm::property::Key;
use crate::vm::{JsResult, ObjRef, Vm};

const IC_SLOT_BITS: u64 = 16;
/// Inline-cache word flag: a global lexical binding (index in the high 32 bits). Bit 16
/// is the lowest bit of the shape pointer in a (shape, slot) word, always 0 there since
/// shapes are 8-byte aligned.
const IC_LEX: u64 = 1 << 16;
/// First-word flag of a prototype entry of a get site (`proto_hit`).
const IC_PROTO: u64 = 1 << 17;
/// Word-2 flag of a prototype entry: the holder's slot holds an accessor pair.
const IC_GETTER: u64 = 1 << 17;

/// The polymorphic own-property check of a cached (shape, slot) word whose shape is not
/// the receiver's: the receiver's shape has `key` as a data property (writable for a
/// write) in exactly that slot. Several shapes sharing a prefix (a class and its
/// subclasses, objects built in the same order) then share one cache word. The shape
/// reference is the receiver's current one and is not kept (R8).
#[inline]
fn own_at_slot(shape: &Shape, word: u64, key: Atom, write: bool) -> bool {
    let slot = (word & 0xFFFF) as u32;
    let need = if write { attr::WRITABLE } else { 0 };
    shape.props().get(slot as usize).is_some_and(|p| {
        p.key == key && p.slot == slot && p.attrs & (attr::ACCESSOR | need) == need
    })
}

impl Vm {
    // ---- globals ----

    pub(crate) fn get_global(&mut self, name: Atom, for_typeof: bool) -> JsResult<Value> {
        {
            let lex = self.rt.lex.read().unwrap_or_else(|e| e.into_inner());
            if let Some(&(i, _)) = lex.names.get(&name) {
                drop(lex);
                let v = self.rt.lex_words.load(i as usize);
                if v.is_uninit() {
                    let n = atom::display(name);
                    return Err(
                        self.reference_error(format!("Cannot access '{n}' before initialization"))
                    );
                }
                return Ok(v);
            }
        }
        let g = self.realm().global;
        let go = g.as_obj().expect("global object");
        let key = Key::from_atom(name);
        if self.has_property(go, key)? {
            return self.get_from(go, key, g);
        }
        if for_typeof {
            return Ok(Value::UNDEFINED);
        }
        let n = atom::display(name);
        Err(self.reference_error(format!("{n} is not defined")))
    }

    /// Whether an identifier reference to `name` resolves at the global scope: a
    /// global lexical binding or a property of the global object (HasBinding of the
    /// global Environment Record, §9.1.1.4.1).
    pub(crate) fn has_global(&mut self, name: Atom) -> JsResult<bool> {
        {
            let lex = self.rt.lex.read().unwrap_or_else(|e| e.into_inner());
            if lex.names.contains_key(&name) {
                return Ok(true);
            }
        }
        let go = self.realm().global.as_obj().expect("global object");
        self.has_property(go, Key::from_atom(name))
    }

    pub(crate) fn set_global(&mut self, name: Atom, v: Value, strict: bool) -> JsResult<()> {
        {
            let lex = self.rt.lex.read().unwrap_or_else(|e| e.into_inner());
            if let Some(&(i, is_const)) = lex.names.get(&name) {
                drop(lex);
                if self.rt.lex_words.load(i as usize).is_uninit() {
                    let n = atom::display(name);
                    return Err(
                        self.reference_error(format!("Cannot access '{n}' before initialization"))
                    );
                }
                if is_const {
                    return Err(self.type_error("Assignment to constant variable."));
                }
                self.rt.lex_words.store(i as usize, v);
                return Ok(());
            }
        }
        let g = self.realm().global;
        let go = g.as_obj().expect("global object");
        let key = Key::from_atom(name);
        if strict && !self.has_property(go, key)? {
            let n = atom::display(name);
            return Err(self.reference_error(format!("{n} is not defined")));
        }
        self.put(g, key, v, strict)
    }

    pub(crate) fn declare_var(&mut self, name: Atom) -> JsResult<()> {
        let go = self.realm().global.as_obj().expect("global object");
        let key = Key::from_atom(name);
        if self.get_own(go, key).is_none() {
            self.define_value(go, key, Value::UNDEFINED, attr::WRITABLE | attr::ENUMERABLE)?;
        }
        Ok(())
    }

    pub(crate) fn declare_func(&mut self, name: Atom, f: Value) -> JsResult<()> {
        let go = self.realm().global.as_obj().expect("global object");
        let key = Key::from_atom(name);
        match self.get_own(go, key) {
            Some(p) if p.attrs & attr::CONFIGURABLE == 0 => {
                self.put(go.value(), key, f, false)?;
            }
            _ => {
                self.define_value(go, key, f, attr::WRITABLE | attr::ENUMERABLE)?;
            }
        }
        Ok(())
    }

    pub(crate) fn declare_lex(&mut self, name: Atom, konst: bool) -> JsResult<()> {
        let mut lex = self.rt.lex.write().unwrap_or_else(|e| e.into_inner());
        if lex.names.contains_key(&name) {
            drop(lex);
            let n = atom::display(name);
            return Err(self.syntax_error(format!("Identifier '{n}' has already been declared")));
        }
        let i = lex.names.len() as u32;
        // The word holds UNINIT before the name that reveals it is published.
        self.rt.lex_words.store(i as usize, Value::UNINIT);
        lex.names.insert(name, (i, konst));
        drop(lex);
        // A global object property of the same name is shadowed from now on: inline
        // caches that hold it (global shape + slot) must stop hitting. Moving the global
        // object to dictionary mode (an unshared shape) does that; it is never cached
        // again. Only a later script shadowing a configurable property gets here.
        let go = self.realm().global.as_obj().expect("global object");
        if go.find(name).is_some() {
            go.map_attrs(&self.rt.heap, |a| a);
        }
        Ok(())
    }

    pub(crate) fn init_lex(&mut self, name: Atom, v: Value) {
        let lex = self.rt.lex.read().unwrap_or_else(|e| e.into_inner());
        if let Some(&(i, _)) = lex.names.get(&name) {
            drop(lex);
            self.rt.lex_words.store(i as usize, v);
        }
    }

    pub(crate) fn delete_global(&mut self, name: Atom) -> JsResult<bool> {
        if self
            .rt
            .lex
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .names
            .contains_key(&name)
        {
            return Ok(false);
        }
        let go = self.realm().global.as_obj().expect("global object");
        self.delete(go, Key::from_atom(name))
    }

    /// A global read with an inline cache: the word holds either a global lexical
    /// binding's index (`IC_LEX` set; such a binding shadows everything and never goes
    /// away) or a global object (shape, slot) as for properties.
    pub(crate) fn get_global_ic(&mut self, name: Atom, code: &Code, ic: u32) -> JsResult<Value> {
        let word = code.ics[ic as usize].load(Ordering::Relaxed);
        if word & IC_LEX != 0 {
            let v = self.rt.lex_words.load((word >> 32) as usize);
            if !v.is_uninit() && !v.is_hole() {
                self.ic_hits += 1;
                return Ok(v);
            }
        } else if word != 0 {
            let go = self.realm().global.as_obj().expect("global object");
            if word >> IC_SLOT_BITS == go.shape_ptr() as u64
                && go.owner.load(Ordering::Relaxed) == 0
            {
                let v = go.slot((word & 0xFFFF) as u32);
                if !v.is_hole() {
                    self.ic_hits += 1;
                    return Ok(v);
                }
            }
        }
        self.ic_misses += 1;
        let v = self.get_global(name, false)?;
        self.cache_global(name, code, ic, false);
        Ok(v)
    }

    /// A global write with an inline cache (see `get_global_ic`); only writable
    /// bindings are cached.
    pub(crate) fn set_global_ic(
        &mut self,
        name: Atom,
        v: Value,
        strict: bool,
        code: &Code,
        ic: u32,
    ) -> JsResult<()> {
        let word = code.ics[ic as usize].load(Ordering::Relaxed);
        if word & IC_LEX != 0 {
            let i = (word >> 32) as usize;
            if !self.rt.lex_words.load(i).is_uninit() {
                self.ic_hits += 1;
                self.rt.lex_words.store(i, v);
                return Ok(());
            }
        } else if word != 0 {
            let go = self.realm().global.as_obj().expect("global object");
            if word >> IC_SLOT_BITS == go.shape_ptr() as u64
                && go.owner.load(Ordering::Relaxed) == 0
            {
                self.ic_hits += 1;
                go.set_slot((word & 0xFFFF) as u32, v);
                return Ok(());
            }
        }
        self.ic_misses += 1;
        self.set_global(name, v, strict)?;
        self.cache_global(name, code, ic, true);
        Ok(())
    }

    /// Fills a global site's inline cache after a successful slow-path access.
    fn cache_global(&mut self, name: Atom, code: &Code, ic: u32, write: bool) {
        let lex = self.rt.lex.read().unwrap_or_else(|e| e.into_inner());
        if let Some(&(i, konst)) = lex.names.get(&name) {
            drop(lex);
            if !(write && konst) {
                code.ics[ic as usize].store(u64::from(i) << 32 | IC_LEX, Ordering::Relaxed);
            }
            return;
        }
        drop(lex);
        if atom::index(name).is_none() {
            let go = self.realm().global.as_obj().expect("global object");
            let _ = self.maybe_cache(go, name, code, ic, write);
        }
    }

    // ---- properties ----

    pub(crate) fn get_prop_ic(
        &mut self,
        o: Value,
        key: Atom,
        code: &Code,
        ic: u32,
    ) -> JsResult<Value> {
        if let Some(obj) = o.as_obj() {
            let word = code.ics[ic as usize].load(Ordering::Relaxed);
            if word != 0 && obj.owner.load(Ordering::Relaxed) == 0 {
                let shape = obj.shape();
                let sp = shape as *const Shape as u64;
                if word & IC_PROTO == 0 {
                    if word >> IC_SLOT_BITS == sp || own_at_slot(shape, word, key, false) {
                        let v = obj.slot((word & 0xFFFF) as u32);
                        if !v.is_hole() {
                            self.ic_hits += 1;
                            return Ok(v);
                        }
                    }
                } else if word == sp << IC_SLOT_BITS | IC_PROTO
                    && let Some(v) = self.proto_hit(obj, code, ic)?
                {
                    self.ic_hits += 1;
                    return Ok(v);
                }
            }
            if key == atom::LENGTH && obj.is_array() && obj.owner.load(Ordering::Relaxed) == 0 {
                return Ok(Value::number(f64::from(obj.array_len())));
            }
            self.ic_misses += 1;
            let k = Key::from_atom(key);
            let v = self.get_from(obj, k, o)?;
            if !self.maybe_cache(obj, key, code, ic, false) {
                self.maybe_cache_proto(obj, key, code, ic);
            }
            return Ok(v);
        }
        if key == atom::LENGTH
            && let Some(s) = o.as_str()
        {
            return Ok(Value::number(s.len() as f64));
        }
        self.get(o, Key::from_atom(key))
    }

    /// A prototype entry of a get site (its first word matched the receiver's shape):
    /// word 1 is the prototype the receiver must have, word 2 the prototype's (shape,
    /// slot) with `IC_GETTER` when the slot holds an accessor pair. Each word is
    /// checked against the live objects on its own, so words of different publications
    /// (a racing refill) can only combine into a correct lookup or a miss: every
    /// first word names a receiver shape without the key, every word 2 a holder shape
    /// with the key at that slot.
    fn proto_hit(&mut self, obj: ObjRef, code: &Code, ic: u32) -> JsResult<Option<Value>> {
        let i = ic as usize;
        let p = obj.proto();
        if p.to_bits() != code.ics[i + 1].load(Ordering::Relaxed) {
            return Ok(None);
        }
        let Some(h) = p.as_obj() else {
            return Ok(None);
        };
        let w2 = code.ics[i + 2].load(Ordering::Relaxed);
        if (w2 & !IC_GETTER) >> IC_SLOT_BITS != h.shape_ptr() as u64
            || h.owner.load(Ordering::Relaxed) != 0
        {
            return Ok(None);
        }
        let v = h.slot((w2 & 0xFFFF) as u32);
        if v.is_hole() {
            return Ok(None);
        }
        if w2 & IC_GETTER == 0 {
            return Ok(Some(v));
        }
        let getter = crate::vm::property::accessor_parts(v).0;
        if getter.is_undefined() {
            return Ok(Some(Value::UNDEFINED));
        }
        self.call_function(getter, obj.value(), &[]).map(Some)
    }

    /// Caches a property found on the receiver's prototype (see `proto_hit`).
    fn maybe_cache_proto(&self, obj: ObjRef, key: Atom, code: &Code, ic: u32) {
        if key == atom::LENGTH || atom::index(key).is_some() {
            return;
        }
        let shape = obj.shape();
        if !shape.is_shared() || shape.find(key).is_some() || obj.owner.load(Ordering::Relaxed) != 0
        {
            return;
        }
        let p = obj.proto();
        let Some(h) = p.as_obj() else { return };
        let hs = h.shape();
        if !hs.is_shared() || h.owner.load(Ordering::Relaxed) != 0 {
            return;
        }
        let Some(info) = hs.find(key) else { return };
        let (sp, hp) = (shape as *const Shape as u64, hs as *const Shape as u64);
        if info.slot >= 0xFFFF || sp >= 1 << 48 || hp >= 1 << 48 {
            return;
        }
        let getter = if info.attrs & attr::ACCESSOR != 0 {
            IC_GETTER
        } else {
            0
        };
        let i = ic as usize;
        code.ics[i + 1].store(p.to_bits(), Ordering::Relaxed);
        code.ics[i + 2].store(
            hp << IC_SLOT_BITS | getter | u64::from(info.slot),
            Ordering::Relaxed,
        );
        code.ics[i].store(sp << IC_SLOT_BITS | IC_PROTO, Ordering::Relaxed);
    }

    /// Caches an own data property of `obj`; true when it did.
    fn maybe_cache(
        &self,
        obj: ObjRef,
        key: Atom,
        code: &Code,
        ic: u32,
        need_writable: bool,
    ) -> bool {
        let shape = obj.shape();
        if !shape.is_shared() || obj.is_array() && key == atom::LENGTH {
            return false;
        }
        if let Some(p) = shape.find(key) {
            let ok = p.attrs & attr::ACCESSOR == 0
                && (!need_writable || p.attrs & attr::WRITABLE != 0)
                && p.slot < 0xFFFF;
            let addr = obj.shape_ptr() as u64;
            if ok && addr < (1 << 48) {
                // One word, published with one store (R7).
                code.ics[ic as usize]
                    .store(addr << IC_SLOT_BITS | u64::from(p.slot), Ordering::Relaxed);
                return true;
            }
        }
        false
    }

    pub(crate) fn set_prop_ic(
        &mut self,
        o: Value,
        key: Atom,
        v: Value,
        code: &Code,
        ic: u32,
    ) -> JsResult<()> {
        if let Some(obj) = o.as_obj() {
            let word = code.ics[ic as usize].load(Ordering::Relaxed);
            if word != 0 && word & IC_PROTO == 0 && obj.owner.load(Ordering::Relaxed) == 0 {
                let shape = obj.shape();
                if word >> IC_SLOT_BITS == shape as *const Shape as u64
                    || own_at_slot(shape, word, key, true)
                {
                    obj.set_slot((word & 0xFFFF) as u32, v);
                    return Ok(());
                }
            }
            let k = Key::from_atom(key);
            let ok = self.set(obj, k, v, o)?;
            if !ok && code.strict {
                let n = atom::display(key);
                return Err(self.type_error(format!(
                    "Cannot assign to read only property '{n}' of object"
                )));
            }
            let _ = self.maybe_cache(obj, key, code, ic, true);
            return Ok(());
        }
        self.put(o, Key::from_atom(key), v, code.strict)
    }

    pub(crate) fn get_elem(&mut self, o: Value, k: Value) -> JsResult<Value> {
        if let (Some(obj), Some(n)) = (o.as_obj(), k.as_number())
            && let i = n as u32
            && f64::from(i) == n
            && i != u32::MAX
            && obj.owner.load(Ordering::Relaxed) == 0
        {
            let v = obj.element(i);
            if !v.is_hole() {
                return Ok(v);
            }
        }
        if o.is_nullish() {
            let key = self.to_property_key(k)?;
            return self.get(o, key);
        }
        let key = self.to_property_key(k)?;
        self.get(o, key)
    }

    pub(crate) fn set_elem(&mut self, o: Value, k: Value, v: Value, strict: bool) -> JsResult<()> {
        // Fast path: overwrite an existing element of an ordinary array (what the slow
        // path's own-data-property shortcut in `set` does, without building a key).
        if let (Some(obj), Some(n)) = (o.as_obj(), k.as_number())
            && let i = n as u32
            && f64::from(i) == n
            && i != u32::MAX
            && obj.is_array()
            && obj.owner.load(Ordering::Relaxed) == 0
            && !obj.element(i).is_hole()
            && obj.set_element(i, v)
        {
            return Ok(());
        }
        if o.is_nullish() {
            let key = self.to_property_key(k)?;
            return self.put(o, key, v, strict);
        }
        let key = self.to_property_key(k)?;
        self.put(o, key, v, strict)
    }

    pub(crate) fn delete_op(&mut self, o: Value, k: Value, strict: bool) -> JsResult<bool> {
        if o.is_nullish() {
            self.to_object(o)?;
        }
        let key = self.to_property_key(k)?;
        let obj = self.to_object(o)?;
        let ok = self.delete(obj, key)?;
        if !ok && strict {
            let n = self.key_display(key);
            return Err(self.type_error(format!("Cannot delete property '{n}'")));
        }
        Ok(ok)
    }

    pub(crate) fn get_super(&mut self, home: Value, this: Value, k: Value) -> JsResult<Value> {
        let key = self.to_property_key(k)?;
        let Some(h) = home.as_obj() else {
            return Err(self.syntax_error("'super' keyword unexpected here"));
        };
        if this.is_uninit() {
            return Err(self.reference_error(
                "Must call super constructor in derived class before accessing 'this'",
            ));
        }
        match h.proto().as_obj() {
            Some(p) => self.get_from(p, key, this),
            None => Ok(Value::UNDEFINED),
        }
    }

    pub(crate) fn set_super(
        &mut self,
        home: Value,
        this: Value,
        k: Value,
        v: Value,
        strict: bool,
    ) -> JsResult<()> {
        let key = self.to_property_key(k)?;
        let Some(h) = home.as_obj() else {
            return Err(self.syntax_error("'super' keyword unexpected here"));
        };
        if let Some(p) = h.proto().as_obj() {
            let ok = self.set(p, key, v, this)?;
            if !ok && strict {
                return Err(self.type_error("Cannot assign to read only property"));
            }
        }
        Ok(())
    }

    pub(crate) fn define_field(&mut self, o: Value, k: Value, v: Value) -> JsResult<()> {
        self.define_with_attrs(o, k, v, attr::DEFAULT)
    }

    /// CreateDataPropertyOrThrow with a compile-time key (object literals).
    pub(crate) fn define_named_op(&mut self, o: Value, key: Atom, v: Value) -> JsResult<()> {
        let Some(obj) = o.as_obj() else { return Ok(()) };
        let k = Key::from_atom(key);
        if !self.define_value(obj, k, v, attr::DEFAULT)? {
            let n = self.key_display(k);
            return Err(self.type_error(format!("Cannot define property {n}")));
        }
        Ok(())
    }

    pub(crate) fn define_with_attrs(
        &mut self,
        o: Value,
        k: Value,
        v: Value,
        a: u8,
    ) -> JsResult<()> {
        let Some(obj) = o.as_obj() else { return Ok(()) };
        let key = self.to_property_key(k)?;
        if !self.define_value(obj, key, v, a)? {
            let n = self.key_display(key);
            return Err(self.type_error(format!("Cannot define property {n}")));
        }
        Ok(())
    }

    pub(crate) fn define_accessor_op(
        &mut self,
        o: Value,
        k: Value,
        f: Value,
        is_get: bool,
        enumerable: bool,
    ) -> JsResult<()> {
        let Some(obj) = o.as_obj() else { return Ok(()) };
        let key = self.to_property_key(k)?;
        let a = if enumerable {
            attr::ENUMERABLE | attr::CONFIGURABLE
        } else {
            attr::CONFIGURABLE
        };
        let (g, s) = if is_get {
            (Some(f), None)
        } else {
            (None, Some(f))
        };
        self.define_accessor(obj, key, g, s, a)?;
        Ok(())
    }

    /// CopyDataProperties (§7.3.25) with excluded keys.
    pub fn copy_data_props(&mut self, dst: Value, src: Value, excluded: &[Value]) -> JsResult<()> {
        if src.is_nullish() {
            return Ok(());
        }
        let Some(d) = dst.as_obj() else { return Ok(()) };
        let from = self.to_object(src)?;
        self.roots.push(from.value());
        let mut ex = Vec::new();
        for e in excluded {
            ex.push(self.to_property_key(*e)?);
        }
        for key in self.own_keys(from) {
            if ex.contains(&key) {
                continue;
            }
            if let Some(p) = self.get_own(from, key)
                && p.attrs & attr::ENUMERABLE != 0
            {
                let v = self.get_from(from, key, from.value())?;
                self.define_value(d, key, v, attr::DEFAULT)?;
            }
        }
        Ok(())
    }

    /// SetFunctionName with a key (and "get "/"set " prefix).
    pub(crate) fn set_function_name(&mut self, f: Value, k: Value, prefix: u8) -> JsResult<()> {
        let Some(fo) = f.as_obj() else { return Ok(()) };
        let mut name: Vec<u16> = match k.as_symbol() {
            Some(s) => match atom::description(s) {
                Some(d) => {
                    let mut v: Vec<u16> = "[".encode_utf16().collect();
                    v.extend_from_slice(&d);
                    v.push(u16::from(b']'));
                    v
                }
                None => Vec::new(),
            },
            None => self.to_units(k)?,
        };
        let p: &str = match prefix {
            1 => "get ",
            2 => "set ",
            _ => "",
        };
        if !p.is_empty() {
            let mut v: Vec<u16> = p.encode_utf16().collect();
            v.extend_from_slice(&name);
            name = v;
        }
        let nv = self.new_string_owned(name);
        fo.define_named(&self.rt.heap, atom::NAME, nv, attr::CONFIGURABLE);
        Ok(())
    }

    /// Creates a class constructor and its prototype.
    pub(crate) fn make_class(
        &mut self,
        code: Arc<Code>,
        env: Value,
        parent: Option<Value>,
    ) -> JsResult<(Value, Value)> {
        let (proto_parent, ctor_parent) = match parent {
            None => (self.realm().object_proto, self.realm().function_proto),
            Some(p) if p.is_null() => (Value::NULL, self.realm().function_proto),
            Some(p) => {
                if !self.is_constructor(p) {
                    return Err(self.type_error("Class extends value is not a constructor or null"));
                }
                let pp = self.get(p, Key::Atom(atom::PROTOTYPE))?;
                if !pp.is_object() && !pp.is_null() {
                    return Err(self
                        .type_error("Class extends value does not have valid prototype property"));
                }
                (pp, p)
            }
        };
        let proto = self.new_object_with(proto_parent, Class::Ordinary);
        let f = self.make_closure(code, env);
        f.set_proto(ctor_parent);
        f.define_named(&self.rt.heap, atom::PROTOTYPE, proto.value(), 0);
        proto.define_named(&self.rt.heap, atom::CONSTRUCTOR, f.value(), attr::HIDDEN);
        Ok((f.value(), proto.value()))
    }

    /// The template object of a tagged template site (made once per site).
    pub(crate) fn template_object(&mut self, code: &Code, idx: usize) -> Value {
        let cached = Value::from_bits(code.template_cache[idx].load(Ordering::Acquire));
        if !cached.is_hole() {
            return cached;
        }
        let site = &code.templates[idx];
        let cooked: Vec<Value> = site
            .cooked
            .iter()
            .map(|c| match c {
                Some(u) => self.new_string(u),
                None => Value::UNDEFINED,
            })
            .collect();
        let arr = self.new_array_from(&cooked);
        let raws: Vec<Value> = site.raw.iter().map(|u| self.new_string(u)).collect();
        let raw = self.new_array_from(&raws);
        freeze_array(self, raw);
        arr.define_named(&self.rt.heap, atom::RAW, raw.value(), 0);
        freeze_array(self, arr);
        code.template_cache[idx].store(arr.value().to_bits(), Ordering::Release);
        arr.value()
    }

    pub(crate) fn create_arguments(
        &mut self,
        args: &[Value],
        callee: Value,
        strict: bool,
    ) -> Value {
        // Read before allocating: a getter may run (and collect).
        let it = self
            .get(self.realm().array_proto, Key::Atom(atom::SYM_ITERATOR))
            .unwrap_or(Value::UNDEFINED);
        let p = self.realm().object_proto;
        let o = self.new_object_with(p, Class::Arguments);
        for (i, v) in args.iter().enumerate() {
            o.set_element(i as u32, *v);
        }
        o.define_named(
            &self.rt.heap,
            atom::LENGTH,
            Value::number(args.len() as f64),
            attr::HIDDEN,
        );
        if strict {
            // %ThrowTypeError% as getter and setter of `callee`.
            let t = self.realm().throw_type_error;
            let _ = self.define_accessor(o, Key::Atom(atom::CALLEE), Some(t), Some(t), 0);
        } else {
            o.define_named(&self.rt.heap, atom::CALLEE, callee, attr::HIDDEN);
        }
        o.define_named(&self.rt.heap, atom::SYM_ITERATOR, it, attr::HIDDEN);
        o.value()
    }

    /// Unary operators.
    pub(crate) fn unary(&mut self, op: UnOp, x: Value) -> JsResult<Value> {
        Ok(match op {
            UnOp::Neg => Value::number(-self.to_number(x)?),
            UnOp::Plus | UnOp::ToNumeric => Value::number(self.to_number(x)?),
            UnOp::Not => Value::bool(!to_boolean(x)),
            UnOp::BitNot => Value::number(f64::from(!f64_to_int32(self.to_number(x)?))),
            UnOp::Typeof => {
                let t = self.typeof_atom(x);
                self.atom_value(t)
            }
            UnOp::Inc => Value::number(self.to_number(x)? + 1.0),
            UnOp::Dec => Value::number(self.to_number(x)? - 1.0),
            UnOp::ToPropertyKey => {
                if x.is_string() || x.is_symbol() || x.is_number() {
                    x
                } else {
                    let p = self.to_primitive(x, Hint::String)?;
                    if p.is_symbol() { p } else { self.to_string(p)? }
                }
            }
            UnOp::ToString => self.to_string(x)?,
            UnOp::RequireObjectCoercible => {
                if x.is_nullish() {
                    return Err(self.type_error(format!(
                        "Cannot destructure '{}' as it is {}.",
                        if x.is_null() { "null" } else { "undefined" },
                        if x.is_null() { "null" } else { "undefined" }
                    )));
                }
                x
            }
        })
    }
}

/// Freezes an array (template objects).
pub(crate) fn freeze_array(vm: &mut Vm, a: ObjRef) {
    a.set_flag(flag::ELEMENTS_FROZEN | flag::LENGTH_READONLY, true);
    a.set_flag(flag::EXTENSIBLE, false);
    a.map_attrs(&vm.rt.heap, |x| x & !(attr::WRITABLE | attr::CONFIGURABLE));
}
