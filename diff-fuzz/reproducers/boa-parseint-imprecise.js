// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: boa-only
// seed: 21 index: 573644
// swarm: throw 1/16, 5 statements, expr depth 3, block depth 1, threads 0, features arith,strings,compare,logical,coercion,objects,arrays,closures,functions,recursion,params,loops,labels,try,throw,destructuring,spread,optional-chain,nullish,update,typeof,json,symbols,accessors,delete,strict
//   --- engine
//   final v1 2.14748364790072e+27
//   --- engine (gc stress)
//   final v1 2.14748364790072e+27
//   --- reference
//   final v1 2.14748364790072e+27
//   --- boa_engine
//   final v1 2.1474836479007207e+27
// ---- input ----
// swarm: throw 1/16, 5 statements, expr depth 3, block depth 1, threads 0, features arith,strings,compare,logical,coercion,objects,arrays,closures,functions,recursion,params,loops,labels,try,throw,destructuring,spread,optional-chain,nullish,update,typeof,json,symbols,accessors,delete,strict
"use strict";
let __fuel = 400;
function __show(v) { if (typeof v === "function") return "function"; if (typeof v === "symbol") return v.toString(); if (typeof v === "object" && v !== null) { if (v instanceof Error) return "Error:" + v.name; try { return String(JSON.stringify(v)); } catch (e) { return "unserializable " + e.name; } } return String(v); }
const v1 = parseInt(([2147483647, 9007199254740993, 0, 0]).join(""));
print("final v1", __show(v1));
