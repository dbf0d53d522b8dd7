// the iterator objects returned by array methods
// spec: [language.iteration.protocol]
var it = ["a", "b"][Symbol.iterator]();
print(typeof it.next, it[Symbol.iterator]() === it);
var r1 = it.next(), r2 = it.next(), r3 = it.next(), r4 = it.next();
print(r1.value, r1.done, r2.value, r3.value, r3.done, r4.done);
print(Object.keys(r1).join(","));
var e = [10, 20].entries();
print(JSON.stringify(e.next().value), JSON.stringify(e.next().value), e.next().done);
print(Object.prototype.toString.call([].values()));
var arr = [1];
var vi = arr.values();
arr.push(2);
print(vi.next().value, vi.next().value, vi.next().done);
var live = [1, 2, 3];
var li = live.keys();
li.next();
live.length = 1;
print(li.next().done);
