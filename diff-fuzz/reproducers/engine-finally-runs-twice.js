// weft-fuzz reproducer (replay: weft-fuzz replay FILE)
// oracle: seq
// kind: engine-vs-reference
// seed: 1 index: 4118
// swarm: throw 1/16, 10 statements, expr depth 2, block depth 3, threads 0, features bitwise,compare,logical,coercion,objects,arrays,maps,closures,functions,recursion,loops,for-in-of,labels,switch,try,throw,classes,spread,templates,optional-chain,update,typeof,json,symbols,accessors,strict
//   engine differs from reference (boa agrees with the reference)
//   --- engine
//   L21 {}
//   L21 {}
//   Uncaught ReferenceError
//   --- engine (gc stress)
//   L21 {}
//   L21 {}
//   Uncaught ReferenceError
//   --- reference
//   L21 {}
//   Uncaught ReferenceError
//   --- boa_engine
//   L21 {}
//   Uncaught ReferenceError
// ---- input ----
// swarm: throw 1/16, 10 statements, expr depth 2, block depth 3, threads 0, features bitwise,compare,logical,coercion,objects,arrays,maps,closures,functions,recursion,loops,for-in-of,labels,switch,try,throw,classes,spread,templates,optional-chain,update,typeof,json,symbols,accessors,strict
"use strict";
let __fuel = 400;
function __show(v) { if (typeof v === "function") return "function"; if (typeof v === "symbol") return v.toString(); if (typeof v === "object" && v !== null) { if (v instanceof Error) return "Error:" + v.name; try { return String(JSON.stringify(v)); } catch (e) { return "unserializable " + e.name; } } return String(v); }
const f6 = (a7) => {
  if (--__fuel < 0) throw new RangeError("out of fuel");
  try {
    if (--__fuel < 0) throw new RangeError("out of fuel");
    if (!false) return "";
  } catch (e13) {
  } finally {
    switch (undefined) {
case -0: {
    }
case -0: {
      if (false) return "";
    } break;
default: {
      print("L21", __show(({})));
      undefinedFunction();
    }
}
  }
};
for (const x23 of f6(0)) {
  if (--__fuel < 0) throw new RangeError("out of fuel");
}
