// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: boa-only
// seed: 7 index: 44268
// swarm: throw 0/16, 6 statements, expr depth 2, block depth 3, threads 0, features bitwise,strings,compare,logical,coercion,arrays,maps,closures,functions,params,loops,try,throw,classes,templates,optional-chain,typeof,builtins,json,symbols,accessors,delete,strict
//   --- engine
//   Uncaught RangeError
//   --- engine (gc stress)
//   Uncaught RangeError
//   --- reference
//   Uncaught RangeError
//   --- boa_engine
// ---- input ----
// swarm: throw 0/16, 6 statements, expr depth 2, block depth 3, threads 0, features bitwise,strings,compare,logical,coercion,arrays,maps,closures,functions,params,loops,try,throw,classes,templates,optional-chain,typeof,builtins,json,symbols,accessors,delete,strict
"use strict";
let __fuel = 400;
function __show(v) { if (typeof v === "function") return "function"; if (typeof v === "symbol") return v.toString(); if (typeof v === "object" && v !== null) { if (v instanceof Error) return "Error:" + v.name; try { return String(JSON.stringify(v)); } catch (e) { return "unserializable " + e.name; } } return String(v); }
try {
  while ((0 >= 0)) {
    if (--__fuel < 0) throw new RangeError("out of fuel");
  }
} catch (e13) {
  if (--__fuel < 0) throw new RangeError("out of fuel");
} finally {
  try {
    print("L24", new C1(0).sum(), __show(new C1(2)), C1.name, typeof C1.make);
  } catch (e25) {
  } finally {
  }
}
