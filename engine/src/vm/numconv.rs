//! Number ↔ string conversions (Number::toString, StringToNumber).

/// Number::toString(x) with radix 10 (§6.1.6.1.20): the shortest round-trip form.
pub fn number_to_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x == 0.0 {
        return "0".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let mut b = ryu_js::Buffer::new();
    b.format(x).to_string()
}

/// True for the code units StrWhiteSpaceChar covers (WhiteSpace and LineTerminator).
pub fn is_js_whitespace(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000
            ..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// Trims JavaScript whitespace from both ends.
pub fn trim(s: &[u16]) -> &[u16] {
    let start = s
        .iter()
        .position(|c| !is_js_whitespace(*c))
        .unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|c| !is_js_whitespace(*c))
        .map(|i| i + 1)
        .unwrap_or(start);
    &s[start..end.max(start)]
}

/// StringToNumber (§7.1.4.1.1).
pub fn string_to_number(s: &[u16]) -> f64 {
    let t = trim(s);
    if t.is_empty() {
        return 0.0;
    }
    let Ok(text) = String::from_utf16(t) else {
        return f64::NAN;
    };
    let b = text.as_bytes();
    if b.len() > 2 && b[0] == b'0' {
        let radix = match b[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if radix != 0 {
            return parse_radix_digits(&text[2..], radix);
        }
    }
    let (sign, body) = match b[0] {
        b'+' => (1.0, &text[1..]),
        b'-' => (-1.0, &text[1..]),
        _ => (1.0, &text[..]),
    };
    if body == "Infinity" {
        return sign * f64::INFINITY;
    }
    if !is_decimal_literal(body) {
        return f64::NAN;
    }
    body.parse::<f64>().map(|v| sign * v).unwrap_or(f64::NAN)
}

fn parse_radix_digits(s: &str, radix: u32) -> f64 {
    if s.is_empty() {
        return f64::NAN;
    }
    let mut v = 0.0f64;
    for c in s.chars() {
        match c.to_digit(radix) {
            Some(d) => v = v * f64::from(radix) + f64::from(d),
            None => return f64::NAN,
        }
    }
    v
}

/// StrUnsignedDecimalLiteral without `Infinity`: digits [. digits] [e[+-]digits].
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
        digits += 1;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
            digits += 1;
        }
    }
    if digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == b.len()
}

/// Number.prototype.toString(radix) for radix ≠ 10.
pub fn number_to_radix_string(x: f64, radix: u32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if x == 0.0 {
        return "0".into();
    }
    let neg = x < 0.0;
    let x = x.abs();
    let mut int = x.trunc();
    let mut frac = x - int;
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut int_part = Vec::new();
    if int == 0.0 {
        int_part.push(b'0');
    }
    while int >= 1.0 {
        let d = (int % f64::from(radix)) as usize;
        int_part.push(digits[d]);
        int = (int / f64::from(radix)).trunc();
    }
    int_part.reverse();
    let mut s = String::from_utf8(int_part).unwrap_or_default();
    if frac > 0.0 {
        s.push('.');
        // Enough digits to distinguish the double (52 bits of mantissa).
        let max = (52.0 / f64::from(radix).log2()).ceil() as usize + 1;
        let mut n = 0;
        while frac > 0.0 && n < max {
            frac *= f64::from(radix);
            let d = frac.trunc() as usize;
            s.push(digits[d] as char);
            frac -= d as f64;
            n += 1;
        }
        while s.ends_with('0') {
            s.pop();
        }
    }
    if neg {
        s.insert(0, '-');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn to_string_forms() {
        assert_eq!(number_to_string(1e21), "1e+21");
        assert_eq!(number_to_string(1e-7), "1e-7");
        assert_eq!(number_to_string(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number_to_string(-0.0), "0");
        assert_eq!(number_to_string(123.0), "123");
    }

    #[test]
    fn from_string_forms() {
        assert_eq!(string_to_number(&u(" 12 ")), 12.0);
        assert_eq!(string_to_number(&u("0x1f")), 31.0);
        assert_eq!(string_to_number(&u("0b101")), 5.0);
        assert_eq!(string_to_number(&u("0o17")), 15.0);
        assert_eq!(string_to_number(&u("1e3")), 1000.0);
        assert_eq!(string_to_number(&u("")), 0.0);
        assert!(string_to_number(&u("abc")).is_nan());
        assert!(string_to_number(&u("inf")).is_nan());
        assert_eq!(string_to_number(&u("-Infinity")), f64::NEG_INFINITY);
        assert_eq!(string_to_number(&u(".5")), 0.5);
        assert!(string_to_number(&u("-0x10")).is_nan());
    }

    #[test]
    fn radix() {
        assert_eq!(number_to_radix_string(255.0, 16), "ff");
        assert_eq!(number_to_radix_string(-8.0, 2), "-1000");
        assert_eq!(number_to_radix_string(0.5, 2), "0.1");
    }
}
