// control flow across callbacks: return in a callback only leaves the callback
// spec: [language.statement.basic]
function containsNegative(arr) {
  var found = false;
  arr.forEach(function (x) {
    if (x < 0) {
      found = true;
      return; // only leaves this callback
    }
  });
  return found;
}
print(containsNegative([1, -2, 3]), containsNegative([1, 2]));
function earlyExit(arr) {
  var visited = 0;
  var r = arr.some(function (x) { visited++; return x > 2; });
  return r + ":" + visited;
}
print(earlyExit([1, 2, 3, 4, 5]));
function viaException(arr) {
  var visited = 0;
  try {
    arr.forEach(function (x) {
      visited++;
      if (x === 3) throw "stop";
    });
  } catch (signal) {
    return signal + " after " + visited;
  }
  return "completed";
}
print(viaException([1, 2, 3, 4]), viaException([1]));
