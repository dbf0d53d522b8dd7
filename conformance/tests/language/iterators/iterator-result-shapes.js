// values of done and value are read from whatever object next() returns
// spec: [language.iteration.protocol]
var log = [];
var it = {
  [Symbol.iterator]() { return this; },
  n: 0,
  next() {
    this.n++;
    var self = this;
    return {
      get done() { log.push("done" + self.n); return self.n > 2; },
      get value() { log.push("value" + self.n); return self.n; },
    };
  },
};
var out = [];
for (var v of it) out.push(v);
print(out.join(","), log.join(","));
var truthyDone = { [Symbol.iterator]() { return { next() { return { done: "yes", value: 1 }; } }; } };
print([...truthyDone].length);
var zeroDone = { c: 0, [Symbol.iterator]() { var c = 0; return { next() { c++; return { done: c > 2 ? 1 : 0, value: c }; } }; } };
print([...zeroDone].join(""));
