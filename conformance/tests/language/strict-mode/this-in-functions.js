// `this` in plain calls: undefined in strict functions, globalThis in sloppy ones
// spec: [language.strict.errors] [language.this.binding]
function sloppy() { return this === globalThis; }
function strict() { "use strict"; return this; }
print(sloppy(), strict());
var o = { sloppy, strict };
print(o.sloppy(), o.strict() === o);
print(typeof strict.call(7), typeof sloppy.call(7));
function outerStrict() {
  "use strict";
  function inner() { return this; }
  return inner();
}
print(outerStrict());
class K {
  m() { return this; }
  static s() { return this; }
}
var m = new K().m;
var s = K.s;
print(m(), s());
var arrowInStrict = (function () { "use strict"; return () => this; })();
print(arrowInStrict());
