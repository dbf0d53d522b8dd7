// exits that cross several finally blocks, and finally blocks whose own exits
// (return/break/throw inside the finally, or inside a try nested in it) end the jump
// spec: [language.statement.try]
var log = [];
function p(s) { log.push(s); }
function show(name, f) {
  log = [];
  var r;
  try { r = "=" + f(); } catch (e) { r = "!" + (e && e.name ? e.name : e); }
  print(name, r, log.join(","));
}
show("return through two", function () {
  try { try { return "a"; } finally { p("f1"); } } finally { p("f2"); }
});
show("inner finally throws, outer catch", function () {
  try { try { return "a"; } finally { p("f1"); throw "t1"; } } catch (e) { p("c " + e); } finally { p("f2"); }
  return "after";
});
show("finally with a return inside a dead branch throws", function () {
  try { return "a"; } finally {
    switch (0) { case 1: return "never"; default: p("f"); }
    undefinedName;
  }
});
show("finally with a loop and break, then throws", function () {
  try { return "a"; } finally {
    for (var k = 0; k < 3; k++) { if (k === 1) break; p("k" + k); }
    throw "late";
  }
});
show("try nested in finally returns", function () {
  try { return "a"; } finally {
    try { p("inner try"); return "b"; } finally { p("inner finally"); }
  }
});
show("try nested in finally catches", function () {
  try { return "a"; } finally {
    try { throw "x"; } catch (e) { p("inner catch " + e); }
    p("still in finally");
  }
});
show("labelled break across two finally", function () {
  outer: for (var i = 0; i < 2; i++) {
    for (var j = 0; j < 2; j++) {
      try { try { if (j === 1) break outer; p("body" + i + j); } finally { p("f1-" + i + j); } } finally { p("f2-" + i + j); }
    }
  }
  return "i=" + i + " j=" + j;
});
show("labelled continue across two finally, second throws", function () {
  outer: for (var i = 0; i < 3; i++) {
    try {
      for (var j = 0; j < 2; j++) {
        try { try { continue outer; } finally { p("f1-" + i + j); } } finally { p("f2-" + i + j); if (i === 1) throw "stop" + i; }
      }
    } catch (e) { p("caught " + e); }
  }
  return "end";
});
show("break out of a switch in a finally", function () {
  try { return "a"; } finally {
    switch (1) { case 1: p("case"); break; }
    p("after switch");
  }
});
show("return in catch, finally throws, caught outside", function () {
  try {
    try { throw "e"; } catch (e) { p("catch " + e); return "c"; } finally { p("finally"); throw "f"; }
  } catch (e) { p("outer " + e); }
  return "fell";
});
show("for-of: break runs finally and closes once", function () {
  var it = { i: 0, next: function () { this.i++; return { done: this.i > 3, value: this.i }; },
    return: function () { p("close"); return {}; } };
  var iterable = {}; iterable[Symbol.iterator] = function () { return it; };
  for (var v of iterable) {
    try { if (v === 2) break; p("v" + v); } finally { p("fin" + v); }
  }
  return "out";
});
show("for-of: finally throws on return, iterator closed quietly", function () {
  var it = { next: function () { return { done: false, value: 1 }; },
    return: function () { p("close"); return {}; } };
  var iterable = {}; iterable[Symbol.iterator] = function () { return it; };
  for (var v of iterable) {
    try { return "r"; } finally { p("fin"); throw "boom"; }
  }
});
show("finally overrides throw with break", function () {
  var n = 0;
  while (true) { try { throw "lost"; } finally { n++; break; } }
  return "n=" + n;
});
show("generator-free deep nesting", function () {
  for (var i = 0; i < 2; i++) {
    try {
      try {
        try { if (i === 0) continue; return "r" + i; } finally { p("a" + i); }
      } finally { p("b" + i); if (i === 1) throw "t" + i; }
    } catch (e) { p("c " + e); } finally { p("d" + i); }
  }
  return "end";
});
show("continue inside a switch, finally breaks the loop", function () {
  var k = 0;
  while (k < 3) {
    k++;
    try {
      switch (1) { default: continue; }
    } finally {
      p("fin" + k);
      if (k > 0) break;
    }
  }
  return "k=" + k;
});
show("break inside a switch, finally continues the loop", function () {
  var k = 0;
  for (; k < 3; k++) {
    try {
      switch (k) { case 1: break; default: p("case" + k); }
      if (k === 1) break;
    } finally {
      p("fin" + k);
      if (k === 1) continue;
    }
  }
  return "k=" + k;
});
show("labelled break from a finally inside an inner loop", function () {
  var log2 = [];
  outer: for (var i = 0; i < 3; i++) {
    for (var j = 0; j < 3; j++) {
      try {
        if (j === 1) continue;
      } finally {
        p(i + "" + j);
        if (i === 1 && j === 1) break outer;
      }
    }
  }
  return "i=" + i + " j=" + j;
});
