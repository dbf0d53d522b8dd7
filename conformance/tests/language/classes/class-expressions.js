// class expressions, named and anonymous
// spec: [language.class.definitions]
var Anon = class {
  who() { return "anon"; }
};
var Named = class Inner {
  who() { return typeof Inner + ":" + Inner.name; }
};
print(Anon.name, new Anon().who());
print(Named.name, new Named().who(), typeof Inner);
function factory(base) {
  return class extends base {
    extra() { return "extra"; }
  };
}
var Made = factory(Anon);
var m = new Made();
print(m.who(), m.extra(), m instanceof Anon, Made.name === "");
var instances = [1, 2].map((n) => new (class { constructor() { this.n = n; } })());
print(instances[0].n + instances[1].n, instances[0].constructor === instances[1].constructor);
var obj = { K: class {} };
print(obj.K.name);
