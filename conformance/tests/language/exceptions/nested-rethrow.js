// nested try statements and rethrowing
// spec: [language.statement.try]
function level3() { throw new RangeError("deep"); }
function level2() {
  try {
    level3();
  } catch (e) {
    e.message += " (seen by level2)";
    throw e;
  }
}
function level1() {
  try {
    level2();
  } catch (e) {
    return e.name + ": " + e.message;
  }
}
print(level1());
var log = [];
try {
  try {
    try {
      throw "a";
    } catch (e) {
      log.push("c1 " + e);
      throw e + "b";
    } finally {
      log.push("f1");
    }
  } catch (e) {
    log.push("c2 " + e);
    throw new Error(e + "c");
  } finally {
    log.push("f2");
  }
} catch (e) {
  log.push("c3 " + e.message);
}
print(log.join(" | "));
