// `this` in accessors is the receiver, even when inherited
// spec: [language.object.prototypes] [language.this.binding]
var proto = {
  get full() { return this.first + " " + this.last; },
  set full(v) {
    var parts = v.split(" ");
    this.first = parts[0];
    this.last = parts[1];
  },
};
var p = Object.create(proto);
p.full = "Ada Lovelace";
print(p.first, p.last, p.full);
print(Object.keys(p).join(","), proto.first);
var q = Object.create(p);
q.full = "Grace Hopper";
print(q.full, p.full, Object.keys(q).join(","));
var counter = {
  _n: 0,
  get next() { return ++this._n; },
};
print(counter.next, counter.next, counter._n);
