// which methods mutate the receiver and which return new arrays
// spec: [language.builtin.array-prototype]
var base = [3, 1, 2];
var calls = {
  slice: (a) => a.slice(1),
  concat: (a) => a.concat([4]),
  map: (a) => a.map((x) => x * 2),
  filter: (a) => a.filter((x) => x > 1),
  flat: (a) => a.flat(),
  join: (a) => a.join("-"),
  indexOf: (a) => a.indexOf(1),
  at: (a) => a.at(-1),
  sort: (a) => a.sort(),
  reverse: (a) => a.reverse(),
  push: (a) => a.push(0),
  pop: (a) => a.pop(),
  shift: (a) => a.shift(),
  unshift: (a) => a.unshift(0),
  splice: (a) => a.splice(0, 1),
  fill: (a) => a.fill(7),
  copyWithin: (a) => a.copyWithin(0, 1),
};
var changed = [], unchanged = [];
for (var name of Object.keys(calls)) {
  var copy = base.slice();
  calls[name](copy);
  (copy.join("") === "312" ? unchanged : changed).push(name);
}
print("pure:", unchanged.join(","));
print("mutating:", changed.join(","));
var s = base.slice();
print(s.sort() === s, s.reverse() === s, s.map((x) => x) !== s);
