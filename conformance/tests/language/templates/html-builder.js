// a small templating use case: escaping values in a tag function
// spec: [language.template]
function esc(strings, ...vals) {
  var out = strings[0];
  for (var i = 0; i < vals.length; i++) {
    out += String(vals[i])
      .split("&").join("&amp;")
      .split("<").join("&lt;")
      .split(">").join("&gt;");
    out += strings[i + 1];
  }
  return out;
}
var user = "<b>Tom & Jerry</b>";
print(esc`<p>${user}</p>`);
var rows = [["a", 1], ["b", 2]].map(([k, v]) => `<tr><td>${k}</td><td>${v * 10}</td></tr>`);
print(rows.join(""));
var list = (items) => `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;
print(list(["x", "y"]));
print(`${"a".repeat(3)}|${"b".padStart(3, "-")}`);
