//! Property tests of components, only through what their crates make public: the memory
//! model's relation algebra (`weft_memory_model::relation::Relation`), the engine's
//! NaN-boxed `Value`, its atom table under concurrent insertion, shape transitions and
//! segmented storage (`weft_engine::object::{shape, storage}`).

use std::collections::{BTreeSet, HashMap};

use proptest::prelude::*;
use weft_engine::Value;
use weft_engine::object::shape::{Shape, ShapeRef};
use weft_engine::object::storage::SegVec;
use weft_memory_model::relation::Relation;

const N: usize = 7;

fn relation() -> impl Strategy<Value = Relation> {
    proptest::collection::vec((0..N, 0..N), 0..20).prop_map(|pairs| Relation::from_pairs(N, pairs))
}

/// The transitive closure by Floyd–Warshall on a boolean matrix: an independent model.
fn closure_model(r: &Relation) -> BTreeSet<(usize, usize)> {
    let mut m = [[false; N]; N];
    for (a, b) in r.pairs() {
        m[a][b] = true;
    }
    for k in 0..N {
        for i in 0..N {
            for j in 0..N {
                if m[i][k] && m[k][j] {
                    m[i][j] = true;
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    for (i, row) in m.iter().enumerate() {
        for (j, &x) in row.iter().enumerate() {
            if x {
                out.insert((i, j));
            }
        }
    }
    out
}

fn set(r: &Relation) -> BTreeSet<(usize, usize)> {
    r.pairs().into_iter().collect()
}

proptest! {
    #[test]
    fn relation_set_laws(a in relation(), b in relation(), c in relation()) {
        prop_assert_eq!(a.union(&b), b.union(&a));
        prop_assert_eq!(a.intersection(&b), b.intersection(&a));
        prop_assert_eq!(a.union(&b).union(&c), a.union(&b.union(&c)));
        prop_assert_eq!(set(&a.difference(&b)), set(&a).difference(&set(&b)).copied().collect::<BTreeSet<_>>());
        prop_assert_eq!(a.inverse().inverse(), a.clone());
        prop_assert_eq!(a.union(&b).intersection(&c), a.intersection(&c).union(&b.intersection(&c)));
    }

    #[test]
    fn relation_composition(a in relation(), b in relation(), c in relation()) {
        // Associativity and the definition of `;`.
        prop_assert_eq!(a.seq(&b).seq(&c), a.seq(&b.seq(&c)));
        let mut model = BTreeSet::new();
        for (x, y) in a.pairs() {
            for (y2, z) in b.pairs() {
                if y == y2 {
                    model.insert((x, z));
                }
            }
        }
        prop_assert_eq!(set(&a.seq(&b)), model);
        // (a;b)^-1 = b^-1 ; a^-1
        prop_assert_eq!(a.seq(&b).inverse(), b.inverse().seq(&a.inverse()));
    }

    #[test]
    fn relation_closure_and_cycles(a in relation()) {
        let plus = a.plus();
        prop_assert_eq!(set(&plus), closure_model(&a));
        prop_assert_eq!(plus.plus(), plus.clone());
        prop_assert_eq!(a.is_acyclic(), plus.is_irreflexive());
        match a.find_cycle() {
            None => prop_assert!(a.is_acyclic()),
            Some(cycle) => {
                prop_assert!(!a.is_acyclic());
                prop_assert!(!cycle.is_empty());
                for i in 0..cycle.len() {
                    let (x, y) = (cycle[i], cycle[(i + 1) % cycle.len()]);
                    prop_assert!(a.contains(x, y), "cycle edge {}->{} not in the relation", x, y);
                }
            }
        }
    }

    #[test]
    fn nan_boxing_round_trips(bits in any::<u64>()) {
        let f = f64::from_bits(bits);
        let v = Value::number(f);
        prop_assert!(v.is_number());
        prop_assert!(!v.is_object() && !v.is_string() && !v.is_symbol() && !v.is_undefined());
        let back = v.as_number().expect("a number");
        if f.is_nan() {
            prop_assert!(back.is_nan());
            // Every NaN is canonicalised, so all NaNs box to one value.
            prop_assert_eq!(v, Value::number(f64::NAN));
        } else {
            prop_assert_eq!(back.to_bits(), bits);
        }
        prop_assert_eq!(Value::from_bits(v.to_bits()), v);
    }

    #[test]
    fn boxed_constants_and_symbols_are_not_numbers(atom in any::<u32>(), b in any::<bool>()) {
        let s = Value::symbol(atom);
        prop_assert!(s.is_symbol() && !s.is_number());
        prop_assert_eq!(s.as_symbol(), Some(atom));
        let v = Value::bool(b);
        prop_assert!(v.is_bool() && !v.is_number());
        for c in [Value::UNDEFINED, Value::NULL, Value::HOLE, Value::UNINIT] {
            prop_assert!(!c.is_number());
            prop_assert!(c.as_number().is_none());
        }
    }

    #[test]
    fn shape_transitions_are_shared_and_ordered(keys in proptest::collection::vec(0u32..6, 1..8), attrs in 0u8..8) {
        // Property keys: atoms interned from text unique to this test.
        let atoms: Vec<u32> = keys
            .iter()
            .map(|k| weft_engine::atom::intern_str(&format!("diff_fuzz_shape_key_{k}")))
            .collect();
        let mut distinct = Vec::new();
        for a in &atoms {
            if !distinct.contains(a) {
                distinct.push(*a);
            }
        }
        let walk = || {
            let mut s: &'static Shape = Shape::root();
            for a in &distinct {
                match s.with_added(*a, attrs) {
                    ShapeRef::Shared(next) => s = next,
                    ShapeRef::Unshared(_) => return None,
                }
            }
            Some(s)
        };
        let first = walk().expect("transitions from the root stay shared");
        let second = walk().expect("shared");
        // The same history gives the very same shape.
        prop_assert!(std::ptr::eq(first, second));
        prop_assert_eq!(first.len(), distinct.len());
        for (i, p) in first.props().iter().enumerate() {
            prop_assert_eq!(p.key, distinct[i]);
            prop_assert_eq!(p.slot as usize, i);
            prop_assert_eq!(first.find(p.key), Some(*p));
        }
        // Removing a key keeps the others' slots.
        let gone = distinct[0];
        let without = first.without(gone);
        prop_assert!(without.find(gone).is_none());
        for p in first.props().iter().skip(1) {
            prop_assert_eq!(without.find(p.key).map(|q| q.slot), Some(p.slot));
        }
        prop_assert!(without.slot_count() >= first.slot_count());
    }

    #[test]
    fn segmented_storage_behaves_like_a_map(seg0_log in 0u32..4, ops in proptest::collection::vec((0usize..200, any::<u32>()), 0..60)) {
        let seg0 = 1usize << seg0_log;
        let s = SegVec::new(seg0);
        let mut model: HashMap<usize, f64> = HashMap::new();
        for (i, n) in &ops {
            let v = Value::number(f64::from(*n));
            prop_assert!(s.store(*i, v));
            model.insert(*i, f64::from(*n));
        }
        for i in 0..200 {
            match model.get(&i) {
                Some(n) => prop_assert_eq!(s.load(i).as_number(), Some(*n)),
                None => {
                    let v = s.load(i);
                    prop_assert!(v.is_hole(), "unwritten word {} is not a hole", i);
                }
            }
        }
        // A word's address never changes as storage grows.
        if let Some(w) = s.ensure(3) {
            let before = w as *const _;
            let _ = s.ensure(190);
            prop_assert_eq!(s.get(3).map(|w| w as *const _), Some(before));
        }
    }
}

#[test]
fn atom_table_under_concurrent_insertion() {
    let texts: Vec<String> = (0..200).map(|i| format!("diff_fuzz_atom_{i}")).collect();
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let texts = texts.clone();
            std::thread::spawn(move || {
                // Each thread interns every text, in a different order.
                let mut out = vec![0u32; texts.len()];
                for k in 0..texts.len() {
                    // A rotation (reversed on odd threads): a permutation of the texts.
                    let r = (k + 37 * t) % texts.len();
                    let i = if t % 2 == 1 { texts.len() - 1 - r } else { r };
                    out[i] = weft_engine::atom::intern_str(&texts[i]);
                }
                out
            })
        })
        .collect();
    let results: Vec<Vec<u32>> = handles
        .into_iter()
        .map(|h| h.join().expect("interning thread"))
        .collect();
    for r in &results[1..] {
        assert_eq!(r, &results[0], "threads disagree on an atom");
    }
    let distinct: BTreeSet<u32> = results[0].iter().copied().collect();
    assert_eq!(distinct.len(), texts.len(), "two texts share an atom");
    for (i, a) in results[0].iter().enumerate() {
        let text = String::from_utf16_lossy(&weft_engine::atom::text(*a));
        assert_eq!(text, texts[i]);
        assert_eq!(weft_engine::atom::intern_str(&texts[i]), *a);
    }
}
