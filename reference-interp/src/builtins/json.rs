//! The JSON object (§25.5): `JSON.parse` and `JSON.stringify`.
//!
//! `JSON.parse` validates and evaluates the text with its own parser over UTF-16 code
//! units, following the JSON grammar of ECMA-404 (§25.5.1 step 2 asks for exactly that
//! grammar; evaluating it as an ECMAScript expression then gives the plain objects,
//! arrays and primitives built here). The parser keeps its own stack of open containers,
//! so deeply nested input cannot overflow the Rust stack. Serialization and the reviver
//! walk recurse, bounded by the interpreter's call depth limit.

use crate::builtins::arg;
use crate::builtins::string::check_string_length;
use crate::interp::{Interp, JsResult};
use crate::object::{Obj, ObjectKind};
use crate::ops::objects::EnumerableKind;
use crate::string::{JsString, MAX_STRING_LENGTH};
use crate::value::{PropertyKey, Value, number_to_js_string};

/// Creates the JSON object and installs it on the global object.
pub fn init(interp: &mut Interp<'_>) {
    let json = interp.ordinary_object();
    interp.define_method(&json, "parse", 2, json_parse);
    interp.define_method(&json, "stringify", 3, json_stringify);
    // JSON [ @@toStringTag ] (§25.5.3).
    let tag = PropertyKey::Symbol(interp.well_known.to_string_tag.clone());
    interp.define_readonly(&json, tag, Value::str("JSON"));
    let global = interp.global_object.clone();
    interp.define_data(&global, "JSON", Value::Object(json));
}

/// Runs `f` one level deeper in the interpreter's recursion budget: a RangeError when the
/// call depth limit is reached, and a grown Rust stack when it runs low.
fn nested<'a, T>(
    interp: &mut Interp<'a>,
    f: impl FnOnce(&mut Interp<'a>) -> JsResult<'a, T>,
) -> JsResult<'a, T> {
    if interp.call_depth >= interp.max_call_depth {
        return Err(interp.range_error("Maximum call stack size exceeded"));
    }
    interp.call_depth += 1;
    let r = interp.with_stack(f);
    interp.call_depth -= 1;
    r
}

// ---------------------------------------------------------------------------------------
// JSON.parse (§25.5.1).
// ---------------------------------------------------------------------------------------

/// JSON.parse ( text [ , reviver ] ) (§25.5.1).
fn json_parse<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let reviver = arg(args, 1);
    // 1. Let jsonString be ? ToString(text).
    let json_string = interp.to_string(&arg(args, 0))?;
    // 2-8. Parse it as a JSON text (ECMA-404) and evaluate it.
    let unfiltered = {
        let mut parser = JsonParser {
            src: json_string.units(),
            pos: 0,
        };
        parser.parse_text(interp)?
    };
    // 9. If IsCallable(reviver) is true:
    if interp.is_callable(&reviver) {
        // a. Let root be OrdinaryObjectCreate(%Object.prototype%).
        let root = interp.ordinary_object();
        // b-c. Let rootName be the empty String; CreateDataPropertyOrThrow(root, rootName, unfiltered).
        interp.create_data_property_or_throw(&root, JsString::empty(), unfiltered)?;
        // d. Return ? InternalizeJSONProperty(root, rootName, reviver).
        return internalize_json_property(interp, &root, JsString::empty(), &reviver);
    }
    // 10. Return unfiltered.
    Ok(unfiltered)
}

/// InternalizeJSONProperty ( holder, name, reviver ) (§25.5.1.1).
fn internalize_json_property<'a>(
    interp: &mut Interp<'a>,
    holder: &Obj<'a>,
    name: JsString,
    reviver: &Value<'a>,
) -> JsResult<'a, Value<'a>> {
    // 1. Let val be ? Get(holder, name).
    let val = interp.get_prop(holder, name.clone())?;
    // 2. If val is an Object:
    if let Value::Object(obj) = &val {
        // a. Let isArray be ? IsArray(val).
        if interp.is_array(&val) {
            // b.i. Let len be ? LengthOfArrayLike(val). ii-iii. Each index, in order.
            let len = interp.length_of_array_like(obj)?;
            let mut i = 0.0;
            while i < len {
                interp.tick()?;
                let prop = JsString::from((i as u64).to_string());
                internalize_element(interp, obj, prop, reviver)?;
                i += 1.0;
            }
        } else {
            // c.i. Let keys be ? EnumerableOwnProperties(val, key).
            let keys: Vec<JsString> = interp
                .enumerable_own_properties(obj, EnumerableKind::Key)?
                .into_iter()
                .filter_map(|k| match k {
                    Value::String(s) => Some(s),
                    _ => None,
                })
                .collect();
            // c.ii. For each String P of keys:
            for p in keys {
                interp.tick()?;
                internalize_element(interp, obj, p, reviver)?;
            }
        }
    }
    // 3. Return ? Call(reviver, holder, « name, val »).
    interp.call(
        reviver,
        Value::Object(holder.clone()),
        &[Value::String(name), val],
    )
}

/// The loop body of InternalizeJSONProperty step 2.b.iii / 2.c.ii.
fn internalize_element<'a>(
    interp: &mut Interp<'a>,
    obj: &Obj<'a>,
    prop: JsString,
    reviver: &Value<'a>,
) -> JsResult<'a, ()> {
    // 1. Let newElement be ? InternalizeJSONProperty(val, prop, reviver).
    let new_element = nested(interp, |interp| {
        internalize_json_property(interp, obj, prop.clone(), reviver)
    })?;
    let key = PropertyKey::String(prop);
    if new_element.is_undefined() {
        // 2. If newElement is undefined, perform ? val.[[Delete]](prop).
        interp.delete(obj, &key);
    } else {
        // 3. Else, perform ? CreateDataProperty(val, prop, newElement).
        interp.create_data_property(obj, &key, new_element)?;
    }
    Ok(())
}

/// An open container while parsing.
enum Frame<'a> {
    /// An array and its elements so far.
    Array(Vec<Value<'a>>),
    /// An object and the key whose value is being parsed.
    Object(Obj<'a>, JsString),
}

/// A parser for the JSON grammar of ECMA-404 over UTF-16 code units.
struct JsonParser<'s> {
    src: &'s [u16],
    pos: usize,
}

impl JsonParser<'_> {
    fn peek(&self) -> Option<u16> {
        self.src.get(self.pos).copied()
    }

    /// JSON whitespace: tab, line feed, carriage return, space.
    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(0x09 | 0x0A | 0x0D | 0x20)) {
            self.pos += 1;
        }
    }

    /// A SyntaxError naming the offending token and its position.
    fn error<'a>(&self, interp: &mut Interp<'a>) -> crate::interp::Abrupt<'a> {
        match self.peek() {
            None => interp.syntax_error("Unexpected end of JSON input"),
            Some(c) => {
                let token = String::from_utf16_lossy(&[c]);
                interp.syntax_error(format!(
                    "Unexpected token '{token}' in JSON at position {}",
                    self.pos
                ))
            }
        }
    }

    fn expect<'a>(&mut self, interp: &mut Interp<'a>, c: u8) -> JsResult<'a, ()> {
        if self.peek() == Some(u16::from(c)) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(interp))
        }
    }

    /// JSONText: ws value ws, and nothing after it.
    fn parse_text<'a>(&mut self, interp: &mut Interp<'a>) -> JsResult<'a, Value<'a>> {
        let value = self.parse_value(interp)?;
        self.skip_whitespace();
        if self.pos < self.src.len() {
            return Err(interp.syntax_error(format!(
                "Unexpected non-whitespace character after JSON at position {}",
                self.pos
            )));
        }
        Ok(value)
    }

    /// One JSON value, with nested containers handled on an explicit stack.
    fn parse_value<'a>(&mut self, interp: &mut Interp<'a>) -> JsResult<'a, Value<'a>> {
        let mut stack: Vec<Frame<'a>> = Vec::new();
        'value: loop {
            interp.tick()?;
            self.skip_whitespace();
            // The start of a value: a scalar, or an empty or opened container.
            let mut value = match self.peek() {
                Some(0x7B) => {
                    // '{'
                    self.pos += 1;
                    let obj = interp.ordinary_object();
                    self.skip_whitespace();
                    if self.peek() == Some(0x7D) {
                        self.pos += 1;
                        Value::Object(obj)
                    } else {
                        let key = self.parse_member_name(interp)?;
                        stack.push(Frame::Object(obj, key));
                        continue 'value;
                    }
                }
                Some(0x5B) => {
                    // '['
                    self.pos += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(0x5D) {
                        self.pos += 1;
                        Value::Object(interp.create_array_from_list(&[]))
                    } else {
                        stack.push(Frame::Array(Vec::new()));
                        continue 'value;
                    }
                }
                Some(0x22) => Value::String(self.parse_string(interp)?),
                Some(0x74) => self.parse_literal(interp, "true", Value::Bool(true))?,
                Some(0x66) => self.parse_literal(interp, "false", Value::Bool(false))?,
                Some(0x6E) => self.parse_literal(interp, "null", Value::Null)?,
                Some(c) if c == u16::from(b'-') || (0x30..=0x39).contains(&c) => {
                    Value::Number(self.parse_number(interp)?)
                }
                _ => return Err(self.error(interp)),
            };
            // A complete value: add it to the innermost open container, closing
            // containers as their ends are reached.
            loop {
                match stack.last_mut() {
                    None => return Ok(value),
                    Some(Frame::Array(items)) => {
                        items.push(value);
                        self.skip_whitespace();
                        match self.peek() {
                            Some(0x2C) => {
                                self.pos += 1;
                                continue 'value;
                            }
                            Some(0x5D) => {
                                self.pos += 1;
                                let Some(Frame::Array(items)) = stack.pop() else {
                                    unreachable!("the innermost frame is an array")
                                };
                                value = Value::Object(interp.create_array_from_list(&items));
                            }
                            _ => return Err(self.error(interp)),
                        }
                    }
                    Some(Frame::Object(obj, key)) => {
                        // A later duplicate key overwrites an earlier one (CreateDataProperty).
                        interp.create_data_property(
                            obj,
                            &PropertyKey::String(key.clone()),
                            value,
                        )?;
                        self.skip_whitespace();
                        match self.peek() {
                            Some(0x2C) => {
                                self.pos += 1;
                                self.skip_whitespace();
                                *key = self.parse_member_name(interp)?;
                                continue 'value;
                            }
                            Some(0x7D) => {
                                self.pos += 1;
                                let Some(Frame::Object(obj, _)) = stack.pop() else {
                                    unreachable!("the innermost frame is an object")
                                };
                                value = Value::Object(obj);
                            }
                            _ => return Err(self.error(interp)),
                        }
                    }
                }
            }
        }
    }

    /// A member name and the ':' after it.
    fn parse_member_name<'a>(&mut self, interp: &mut Interp<'a>) -> JsResult<'a, JsString> {
        if self.peek() != Some(0x22) {
            return Err(self.error(interp));
        }
        let key = self.parse_string(interp)?;
        self.skip_whitespace();
        self.expect(interp, b':')?;
        Ok(key)
    }

    fn parse_literal<'a>(
        &mut self,
        interp: &mut Interp<'a>,
        word: &str,
        value: Value<'a>,
    ) -> JsResult<'a, Value<'a>> {
        for b in word.bytes() {
            self.expect(interp, b)?;
        }
        Ok(value)
    }

    /// number: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    fn parse_number<'a>(&mut self, interp: &mut Interp<'a>) -> JsResult<'a, f64> {
        let start = self.pos;
        let is_digit = |c: Option<u16>| matches!(c, Some(0x30..=0x39));
        if self.peek() == Some(u16::from(b'-')) {
            self.pos += 1;
        }
        match self.peek() {
            Some(0x30) => self.pos += 1,
            Some(0x31..=0x39) => {
                while is_digit(self.peek()) {
                    self.pos += 1;
                }
            }
            None => return Err(interp.syntax_error("Unexpected end of JSON input")),
            Some(_) => {
                return Err(interp.syntax_error(format!(
                    "No number after minus sign in JSON at position {}",
                    self.pos
                )));
            }
        }
        if self.peek() == Some(u16::from(b'.')) {
            self.pos += 1;
            if !is_digit(self.peek()) {
                return Err(match self.peek() {
                    None => interp.syntax_error("Unexpected end of JSON input"),
                    Some(_) => interp.syntax_error(format!(
                        "Unterminated fractional number in JSON at position {}",
                        self.pos
                    )),
                });
            }
            while is_digit(self.peek()) {
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some(0x45 | 0x65)) {
            self.pos += 1;
            if matches!(self.peek(), Some(0x2B | 0x2D)) {
                self.pos += 1;
            }
            if !is_digit(self.peek()) {
                return Err(match self.peek() {
                    None => interp.syntax_error("Unexpected end of JSON input"),
                    Some(_) => interp.syntax_error(format!(
                        "Exponent part is missing a number in JSON at position {}",
                        self.pos
                    )),
                });
            }
            while is_digit(self.peek()) {
                self.pos += 1;
            }
        }
        // The text is ASCII and matches Rust's float grammar, which rounds correctly.
        let text: String = self.src[start..self.pos]
            .iter()
            .map(|&c| char::from(c as u8))
            .collect();
        Ok(text.parse::<f64>().unwrap_or(f64::NAN))
    }

    /// string: '"' characters '"' with the escapes of ECMA-404; raw control characters
    /// (below U+0020) are not allowed; anything else, lone surrogates included, is kept.
    fn parse_string<'a>(&mut self, interp: &mut Interp<'a>) -> JsResult<'a, JsString> {
        let open = self.pos;
        self.pos += 1;
        let mut out: Vec<u16> = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(
                    interp.syntax_error(format!("Unterminated string in JSON at position {open}"))
                );
            };
            match c {
                0x22 => {
                    self.pos += 1;
                    return Ok(JsString::from_units(out));
                }
                0x5C => {
                    self.pos += 1;
                    let escaped = match self.peek() {
                        Some(0x22) => 0x22,
                        Some(0x5C) => 0x5C,
                        Some(0x2F) => 0x2F,
                        Some(0x62) => 0x08,
                        Some(0x66) => 0x0C,
                        Some(0x6E) => 0x0A,
                        Some(0x72) => 0x0D,
                        Some(0x74) => 0x09,
                        Some(0x75) => {
                            let digits = self.src.get(self.pos + 1..self.pos + 5);
                            let value = digits.and_then(|d| {
                                d.iter().try_fold(0u16, |acc, &u| {
                                    char::from_u32(u32::from(u))
                                        .and_then(|ch| ch.to_digit(16))
                                        .map(|v| acc * 16 + v as u16)
                                })
                            });
                            let Some(value) = value else {
                                return Err(interp.syntax_error(format!(
                                    "Bad Unicode escape in JSON at position {}",
                                    self.pos - 1
                                )));
                            };
                            self.pos += 4;
                            value
                        }
                        None => {
                            return Err(interp.syntax_error(format!(
                                "Unterminated string in JSON at position {open}"
                            )));
                        }
                        Some(_) => {
                            return Err(interp.syntax_error(format!(
                                "Bad escaped character in JSON at position {}",
                                self.pos - 1
                            )));
                        }
                    };
                    self.pos += 1;
                    out.push(escaped);
                }
                0x00..=0x1F => {
                    return Err(interp.syntax_error(format!(
                        "Bad control character in string literal in JSON at position {}",
                        self.pos
                    )));
                }
                _ => {
                    self.pos += 1;
                    out.push(c);
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// JSON.stringify (§25.5.2).
// ---------------------------------------------------------------------------------------

/// The JSON Serialization Record (§25.5.2.1, Table 74), plus the output being built: the
/// `partial` lists of the specification are written straight into `out`, and a member
/// whose value serializes to undefined is removed again.
struct Serializer<'a> {
    /// `[[ReplacerFunction]]`.
    replacer_function: Option<Value<'a>>,
    /// `[[Stack]]`: the objects being serialized, for cycle detection.
    stack: Vec<Obj<'a>>,
    /// `[[Indent]]`.
    indent: Vec<u16>,
    /// `[[Gap]]`.
    gap: Vec<u16>,
    /// `[[PropertyList]]`.
    property_list: Option<Vec<JsString>>,
    /// The text produced so far.
    out: Vec<u16>,
}

impl<'a> Serializer<'a> {
    /// Appends code units, throwing a RangeError when the result gets too long.
    fn push(&mut self, interp: &mut Interp<'a>, units: &[u16]) -> JsResult<'a, ()> {
        check_string_length(interp, self.out.len() + units.len())?;
        self.out.extend_from_slice(units);
        Ok(())
    }

    fn push_str(&mut self, interp: &mut Interp<'a>, s: &str) -> JsResult<'a, ()> {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.push(interp, &units)
    }

    /// A line break and the current indentation, when there is a gap.
    fn push_newline_indent(&mut self, interp: &mut Interp<'a>, indent: &[u16]) -> JsResult<'a, ()> {
        if !self.gap.is_empty() {
            self.push(interp, &[0x0A])?;
            self.push(interp, indent)?;
        }
        Ok(())
    }
}

/// JSON.stringify ( value [ , replacer [ , space ] ] ) (§25.5.2).
fn json_stringify<'a>(
    interp: &mut Interp<'a>,
    _this: Value<'a>,
    args: &[Value<'a>],
    _new_target: Option<Obj<'a>>,
) -> JsResult<'a, Value<'a>> {
    let value = arg(args, 0);
    let replacer = arg(args, 1);
    let mut space = arg(args, 2);
    // 1-3. stack, indent, PropertyList, ReplacerFunction.
    let mut replacer_function = None;
    let mut property_list = None;
    // 4. If replacer is an Object:
    if let Value::Object(replacer_obj) = &replacer {
        if interp.is_callable(&replacer) {
            // a. If IsCallable(replacer) is true, set ReplacerFunction to replacer.
            replacer_function = Some(replacer.clone());
        } else if interp.is_array(&replacer) {
            // b. Else if IsArray(replacer): build the PropertyList.
            let mut list: Vec<JsString> = Vec::new();
            let len = interp.length_of_array_like(replacer_obj)?;
            let mut k = 0.0;
            while k < len {
                interp.tick()?;
                let prop = PropertyKey::String(JsString::from((k as u64).to_string()));
                let v = interp.get_prop(replacer_obj, prop)?;
                let item = match &v {
                    Value::String(s) => Some(s.clone()),
                    Value::Number(n) => Some(number_to_js_string(*n)),
                    Value::Object(o) => {
                        let wrapper = matches!(
                            o.borrow().kind,
                            ObjectKind::String(_) | ObjectKind::Number(_)
                        );
                        if wrapper {
                            Some(interp.to_string(&v)?)
                        } else {
                            None
                        }
                    }
                    _ => None,
                };
                if let Some(item) = item
                    && !list.contains(&item)
                {
                    list.push(item);
                }
                k += 1.0;
            }
            property_list = Some(list);
        }
    }
    // 5. If space is an Object: unwrap Number and String objects.
    if let Value::Object(o) = &space {
        let (is_number, is_string) = {
            let b = o.borrow();
            (
                matches!(b.kind, ObjectKind::Number(_)),
                matches!(b.kind, ObjectKind::String(_)),
            )
        };
        if is_number {
            space = Value::Number(interp.to_number(&space)?);
        } else if is_string {
            space = Value::String(interp.to_string(&space)?);
        }
    }
    // 6-8. gap.
    let gap: Vec<u16> = match &space {
        Value::Number(n) => {
            let space_mv = crate::ops::conversion::integer_or_infinity(*n).min(10.0);
            if space_mv < 1.0 {
                Vec::new()
            } else {
                vec![0x20; space_mv as usize]
            }
        }
        Value::String(s) => s.units()[..s.len().min(10)].to_vec(),
        _ => Vec::new(),
    };
    // 9-10. Let wrapper be OrdinaryObjectCreate(%Object.prototype%) with "" → value.
    let wrapper = interp.ordinary_object();
    interp.create_data_property_or_throw(&wrapper, JsString::empty(), value)?;
    // 11. The state.
    let mut state = Serializer {
        replacer_function,
        stack: Vec::new(),
        indent: Vec::new(),
        gap,
        property_list,
        out: Vec::new(),
    };
    // 12. Return ? SerializeJSONProperty(state, the empty String, wrapper).
    if serialize_json_property(interp, &mut state, JsString::empty(), &wrapper)? {
        Ok(Value::String(JsString::from_units(state.out)))
    } else {
        Ok(Value::Undefined)
    }
}

/// SerializeJSONProperty ( state, key, holder ) (§25.5.2.2). Writes the serialization and
/// returns true, or writes nothing and returns false for the spec's `undefined`.
fn serialize_json_property<'a>(
    interp: &mut Interp<'a>,
    state: &mut Serializer<'a>,
    key: JsString,
    holder: &Obj<'a>,
) -> JsResult<'a, bool> {
    // 1. Let value be ? Get(holder, key).
    let mut value = interp.get_prop(holder, key.clone())?;
    // 2. If value is an Object: call its toJSON method, if it has one.
    if let Value::Object(_) = &value {
        let to_json = interp.get_v(&value, &PropertyKey::from("toJSON"))?;
        if interp.is_callable(&to_json) {
            value = interp.call(&to_json, value.clone(), &[Value::String(key.clone())])?;
        }
    }
    // 3. If state.[[ReplacerFunction]] is not undefined: value = Call(replacer, holder, « key, value »).
    if let Some(replacer) = state.replacer_function.clone() {
        value = interp.call(
            &replacer,
            Value::Object(holder.clone()),
            &[Value::String(key), value],
        )?;
    }
    // 4. If value is an Object: unwrap Number, String and Boolean objects.
    if let Value::Object(o) = &value {
        enum Wrapper {
            Number,
            String,
            Boolean(bool),
            None,
        }
        let wrapper = match &o.borrow().kind {
            ObjectKind::Number(_) => Wrapper::Number,
            ObjectKind::String(_) => Wrapper::String,
            ObjectKind::Boolean(b) => Wrapper::Boolean(*b),
            _ => Wrapper::None,
        };
        match wrapper {
            Wrapper::Number => value = Value::Number(interp.to_number(&value)?),
            Wrapper::String => value = Value::String(interp.to_string(&value)?),
            Wrapper::Boolean(b) => value = Value::Bool(b),
            Wrapper::None => {}
        }
    }
    match &value {
        // 5-7. null, true, false.
        Value::Null => state.push_str(interp, "null")?,
        Value::Bool(true) => state.push_str(interp, "true")?,
        Value::Bool(false) => state.push_str(interp, "false")?,
        // 8. If value is a String, return QuoteJSONString(value).
        Value::String(s) => {
            let Some(quoted) = quote_json_string(s) else {
                return Err(interp.range_error("Invalid string length"));
            };
            state.push(interp, &quoted)?;
        }
        // 9. If value is a Number: finite → ToString(value), else "null".
        Value::Number(n) => {
            if n.is_finite() {
                let s = number_to_js_string(*n);
                state.push(interp, s.units())?;
            } else {
                state.push_str(interp, "null")?;
            }
        }
        // 11. If value is an Object and IsCallable(value) is false: array or object.
        Value::Object(o) if !o.is_callable() => {
            let o = o.clone();
            if interp.is_array(&value) {
                nested(interp, |interp| serialize_json_array(interp, state, &o))?;
            } else {
                nested(interp, |interp| serialize_json_object(interp, state, &o))?;
            }
        }
        // 12. Return undefined.
        _ => return Ok(false),
    }
    Ok(true)
}

/// UnicodeEscape ( C ) (§25.5.2.4): `\u` and four lowercase hexadecimal digits.
fn unicode_escape(c: u16, out: &mut Vec<u16>) {
    out.extend(format!("\\u{c:04x}").encode_utf16());
}

/// QuoteJSONString ( value ) (§25.5.2.3), escaping lone surrogates (well-formed
/// JSON.stringify). `None` when the quoted string would exceed [`MAX_STRING_LENGTH`].
fn quote_json_string(value: &JsString) -> Option<Vec<u16>> {
    let units = value.units();
    let mut product = Vec::with_capacity(units.len() + 2);
    product.push(0x22);
    let mut i = 0;
    while i < units.len() {
        let (cp, count, unpaired) = value.code_point_at(i);
        match cp {
            // Table 75: the short escapes.
            0x08 => product.extend_from_slice(&[0x5C, u16::from(b'b')]),
            0x09 => product.extend_from_slice(&[0x5C, u16::from(b't')]),
            0x0A => product.extend_from_slice(&[0x5C, u16::from(b'n')]),
            0x0C => product.extend_from_slice(&[0x5C, u16::from(b'f')]),
            0x0D => product.extend_from_slice(&[0x5C, u16::from(b'r')]),
            0x22 => product.extend_from_slice(&[0x5C, 0x22]),
            0x5C => product.extend_from_slice(&[0x5C, 0x5C]),
            // Other control characters and lone surrogates.
            _ if cp < 0x20 || unpaired => unicode_escape(units[i], &mut product),
            _ => product.extend_from_slice(&units[i..i + count]),
        }
        i += count;
        if product.len() > MAX_STRING_LENGTH {
            return None;
        }
    }
    product.push(0x22);
    Some(product)
}

/// SerializeJSONObject ( state, value ) (§25.5.2.5).
fn serialize_json_object<'a>(
    interp: &mut Interp<'a>,
    state: &mut Serializer<'a>,
    value: &Obj<'a>,
) -> JsResult<'a, ()> {
    // 1. If state.[[Stack]] contains value, throw a TypeError exception because the structure is cyclical.
    if state.stack.iter().any(|o| o.ptr_eq(value)) {
        return Err(interp.type_error("Converting circular structure to JSON"));
    }
    // 2. Append value to state.[[Stack]].
    state.stack.push(value.clone());
    // 3-4. stepback and indent.
    let stepback = state.indent.clone();
    state.indent.extend_from_slice(&state.gap.clone());
    // 5-6. K: the PropertyList, or EnumerableOwnProperties(value, key).
    let k: Vec<JsString> = match &state.property_list {
        Some(list) => list.clone(),
        None => interp
            .enumerable_own_properties(value, EnumerableKind::Key)?
            .into_iter()
            .filter_map(|k| match k {
                Value::String(s) => Some(s),
                _ => None,
            })
            .collect(),
    };
    // 7-11. The members: each is QuoteJSONString(P) ":" [" "] strP, separated by "," (and a
    //       line break and indentation when there is a gap).
    state.push_str(interp, "{")?;
    let mut any = false;
    for p in k {
        interp.tick()?;
        let mark = state.out.len();
        if any {
            state.push_str(interp, ",")?;
        }
        let indent = state.indent.clone();
        state.push_newline_indent(interp, &indent)?;
        let Some(quoted) = quote_json_string(&p) else {
            return Err(interp.range_error("Invalid string length"));
        };
        state.push(interp, &quoted)?;
        state.push_str(interp, ":")?;
        if !state.gap.is_empty() {
            state.push_str(interp, " ")?;
        }
        if serialize_json_property(interp, state, p, value)? {
            any = true;
        } else {
            state.out.truncate(mark);
        }
    }
    if any {
        state.push_newline_indent(interp, &stepback)?;
    }
    state.push_str(interp, "}")?;
    // 12-13. Remove value from the stack; restore the indent.
    state.stack.pop();
    state.indent = stepback;
    Ok(())
}

/// SerializeJSONArray ( state, value ) (§25.5.2.6).
fn serialize_json_array<'a>(
    interp: &mut Interp<'a>,
    state: &mut Serializer<'a>,
    value: &Obj<'a>,
) -> JsResult<'a, ()> {
    // 1. If state.[[Stack]] contains value, throw a TypeError exception because the structure is cyclical.
    if state.stack.iter().any(|o| o.ptr_eq(value)) {
        return Err(interp.type_error("Converting circular structure to JSON"));
    }
    // 2. Append value to state.[[Stack]].
    state.stack.push(value.clone());
    // 3-4. stepback and indent.
    let stepback = state.indent.clone();
    state.indent.extend_from_slice(&state.gap.clone());
    // 6. Let len be ? LengthOfArrayLike(value).
    let len = interp.length_of_array_like(value)?;
    // 7-8. Each element, "null" for undefined.
    state.push_str(interp, "[")?;
    let mut index = 0.0;
    while index < len {
        interp.tick()?;
        if index > 0.0 {
            state.push_str(interp, ",")?;
        }
        let indent = state.indent.clone();
        state.push_newline_indent(interp, &indent)?;
        let key = JsString::from((index as u64).to_string());
        if !serialize_json_property(interp, state, key, value)? {
            state.push_str(interp, "null")?;
        }
        index += 1.0;
    }
    // 9-11. "[]" when empty; the closing line break and indentation when there is a gap.
    if len > 0.0 {
        state.push_newline_indent(interp, &stepback)?;
    }
    state.push_str(interp, "]")?;
    // 12-13. Remove value from the stack; restore the indent.
    state.stack.pop();
    state.indent = stepback;
    Ok(())
}
