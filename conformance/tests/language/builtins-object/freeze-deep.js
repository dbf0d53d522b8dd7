// building a deep freeze out of the primitives
// spec: [language.builtin.object]
function deepFreeze(o) {
  Object.freeze(o); // freeze first so that cycles terminate
  Object.getOwnPropertyNames(o).forEach(function (k) {
    var v = o[k];
    if (typeof v === "object" && v !== null && !Object.isFrozen(v)) deepFreeze(v);
  });
  return o;
}
var config = deepFreeze({ db: { hosts: ["a", "b"], port: 5432 }, name: "app" });
config.db.port = 1;
config.db.hosts.length = 0;
config.db.extra = true;
print(config.db.port, config.db.hosts.length, config.db.extra);
print(Object.isFrozen(config.db.hosts), Object.isFrozen(config.db));
var copy = JSON.parse(JSON.stringify(config));
copy.db.port = 1;
print(copy.db.port, Object.isFrozen(copy));
var cyc = { name: "cyc" };
cyc.self = cyc;
deepFreeze(cyc);
print(Object.isFrozen(cyc.self));
