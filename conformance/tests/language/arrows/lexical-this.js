// arrows take `this` from the enclosing scope
// spec: [language.function.arrow]
var obj = {
  name: "obj",
  regular: function () {
    return [1].map(function () { return this === undefined || this === globalThis; })[0];
  },
  arrow: function () {
    return [1].map(() => this.name)[0];
  },
  nested: function () {
    var inner = () => () => this.name;
    return inner()();
  },
  arrowProp: () => typeof this,
};
print(obj.regular(), obj.arrow(), obj.nested());
print(obj.arrowProp());
var f = obj.arrow;
var other = { name: "other", f: obj.arrow };
print(other.f());
function Timer() {
  this.ticks = 0;
  var tick = () => { this.ticks++; };
  tick(); tick();
}
print(new Timer().ticks);
var bound = (() => this).call({ ignored: true });
print(bound === globalThis);
