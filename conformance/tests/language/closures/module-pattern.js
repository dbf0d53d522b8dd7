// the module pattern: private state behind an IIFE
// spec: [language.function.closures]
var Stack = (function () {
  var instances = 0;
  function create() {
    var items = [];
    instances++;
    return {
      push: function (x) { items.push(x); return this; },
      pop: function () { return items.pop(); },
      size: function () { return items.length; },
    };
  }
  return { create: create, count: function () { return instances; } };
})();
var s = Stack.create();
s.push(1).push(2).push(3);
print(s.size(), s.pop(), s.size());
var t = Stack.create();
print(t.size(), Stack.count(), typeof items, typeof instances);
print(Object.keys(s).join(","));
