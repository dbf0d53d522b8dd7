// uncaught runaway recursion ends the script with RangeError
function tail(n) { return tail(n + 1); }
print("about to overflow");
tail(0);
print("unreachable");
