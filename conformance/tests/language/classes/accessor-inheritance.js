// accessor pairs, partial overrides and static inheritance
// spec: [language.class.extends]
class Base {
  get v() { return "base get"; }
  set v(x) { this._v = "base set " + x; }
}
class OnlyGetter extends Base {
  get v() { return "child get"; }
}
var o = new OnlyGetter();
print(o.v);
o.v = 1; // child defines accessor with no setter: assignment ignored (sloppy caller)
print(o._v);
class CallsSuper extends Base {
  get v() { return "child+" + super.v; }
  set v(x) { super.v = x + "!"; }
}
var c = new CallsSuper();
c.v = "y";
print(c.v, c._v);
class Stat {
  static get tag() { return "tag of " + this.name; }
}
class SubStat extends Stat {}
print(SubStat.tag, Object.getOwnPropertyNames(SubStat).includes("tag"));
