// destructuring undefined or null throws TypeError
// spec: [language.destructuring.binding] [language.host.uncaught]
function area({ w, h }) { return w * h; }
print(area({ w: 2, h: 3 }));
try {
  var { a } = null;
} catch (e) {
  print("caught", e.name);
}
var [] = []; // empty patterns are fine
var {} = 0;
print("empty patterns ok");
print(area());
