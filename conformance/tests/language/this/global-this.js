// `this` at the top level and in sloppy plain calls is the global object
// spec: [language.host.script] [language.this.binding]
print(this === globalThis);
function sloppy() { return this; }
print(sloppy() === globalThis);
var topVar = "tv";
print(this.topVar, globalThis.topVar);
function strictFn() { "use strict"; return this; }
print(strictFn());
print(typeof globalThis, globalThis.globalThis === globalThis);
var o = { m: sloppy };
print(o.m() === o);
var detached = o.m;
print(detached() === globalThis);
print((0, o.m)() === globalThis, (o.m)() === o);
