// exceptions thrown by callbacks propagate through built-ins
// spec: [language.statement.try]
function tryIt(label, f) {
  try {
    f();
    print(label, "no error");
  } catch (e) {
    print(label, e instanceof Error ? e.message : String(e));
  }
}
tryIt("map", () => [1, 2].map((x) => { if (x === 2) throw new Error("map cb"); return x; }));
tryIt("sort", () => [3, 1, 2].sort(() => { throw "sort cb"; }));
tryIt("getter", () => JSON.stringify({ get x() { throw new Error("getter"); } }));
tryIt("toJSON", () => JSON.stringify({ toJSON() { throw new Error("toJSON"); } }));
tryIt("reviver", () => JSON.parse("[1]", () => { throw new Error("reviver"); }));
tryIt("forEach map", () => new Map([[1, 1]]).forEach(() => { throw new Error("map forEach"); }));
tryIt("replace fn", () => "abc".replace("b", () => { throw new Error("replacer"); }));
tryIt("valueOf", () => 1 + { valueOf() { throw new Error("valueOf"); } });
