// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: boa-only
// seed: 21 index: 83212
// swarm: throw 0/16, 11 statements, expr depth 2, block depth 2, threads 0, features arith,compare,logical,coercion,objects,arrays,maps,closures,recursion,loops,switch,try,throw,classes,spread,templates,optional-chain,nullish,update,typeof,builtins,json,symbols,delete,strict
//   --- engine
//   L16 -1
//   --- engine (gc stress)
//   L16 -1
//   --- reference
//   L16 -1
//   --- boa_engine
//   L16 0
// ---- input ----
// swarm: throw 0/16, 11 statements, expr depth 2, block depth 2, threads 0, features arith,compare,logical,coercion,objects,arrays,maps,closures,recursion,loops,switch,try,throw,classes,spread,templates,optional-chain,nullish,update,typeof,builtins,json,symbols,delete,strict
"use strict";
let __fuel = 400;
function __show(v) { if (typeof v === "function") return "function"; if (typeof v === "symbol") return v.toString(); if (typeof v === "object" && v !== null) { if (v instanceof Error) return "Error:" + v.name; try { return String(JSON.stringify(v)); } catch (e) { return "unserializable " + e.name; } } return String(v); }
try {
} catch (e13) {
} finally {
  let v15 = 0;
  print("L16", (v15 - (v15 |= 1)));
}
