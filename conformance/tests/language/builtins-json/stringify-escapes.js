// string escaping: quotes, backslash, control characters and lone surrogates
// spec: [language.builtin.json-stringify]
print(JSON.stringify('say "hi"'), JSON.stringify("back\\slash"), JSON.stringify("/"));
print(JSON.stringify("\b\f\n\r\t"), JSON.stringify("\u0000\u0001\u001f"), JSON.stringify("\u007f").length);
print(JSON.stringify("\u2028\u2029").length, JSON.stringify("\u2028").charCodeAt(1), JSON.stringify("é😀"));
print(JSON.stringify("\uD800"), JSON.stringify("\uDFFF"), JSON.stringify("\uDE00\uD83D"), JSON.stringify("\uD83D\uDE00") === '"😀"');
print(JSON.stringify({ "key\nwith\"quote": 1 }));
print(JSON.stringify("\x0b"), JSON.stringify("<script>"), JSON.stringify("'"));
print(JSON.parse(JSON.stringify("\u0000\uD800 round trip")) === "\u0000\uD800 round trip");
