// Rule: th.outcome.print
// Printed lines appear as JSON string literals: quotes, backslashes and tabs are escaped.
print('say "hi"');
print("back\\slash");
print("tab\there");
print("");
