// observable results of control flow through functions and expressions
// spec: [language.statement.basic]
function abs(x) { if (x < 0) { return -x; } return x; }
print(abs(-3), abs(3));
function sign(x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }
print([5, -2, 0].map(sign).join());
function firstTruthy() {
  for (var i = 0; i < arguments.length; i++) if (arguments[i]) return arguments[i];
}
print(firstTruthy(0, "", "x", "y"), firstTruthy(0, null));
function collatz(n) {
  var steps = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps++;
  }
  return steps;
}
print(collatz(27), collatz(1), collatz(97));
