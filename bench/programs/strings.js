// strings: string building and string methods. `+=` concatenation, template literals,
// Array.join, charCodeAt hashing, indexOf/slice/split/replaceAll/padStart/toUpperCase,
// String.fromCharCode. Measures the string representation (ropes or flat buffers) and
// the string built-ins.
const out = typeof print === "function" ? print : console.log;

function hashStr(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h >>> 0;
}

// `+=` builds short lines (200 characters) that are then joined: one `+=` loop growing
// a single string to a million characters is quadratic on engines without ropes
// (QuickJS, boa) and would measure only that.
function buildConcat(n) {
  const lines = [];
  let s = "";
  for (let i = 0; i < n; i++) {
    s += String.fromCharCode(97 + (i % 26));
    if (s.length === 200) {
      lines.push(s);
      s = "";
    }
  }
  lines.push(s);
  return lines.join("");
}

function buildTemplate(n) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(`item-${i}:${i % 7 === 0 ? "seven" : "other"};`);
  return parts.join("");
}

// n words of syllables, 100 words a line
function words(n) {
  const syll = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po"];
  const lines = [];
  let line = [];
  for (let i = 0; i < n; i++) {
    let w = "";
    let k = i;
    do {
      w += syll[k & 7];
      k >>= 3;
    } while (k > 0);
    line.push(w);
    if (line.length === 100) {
      lines.push(line.join(" "));
      line = [];
    }
  }
  lines.push(line.join(" "));
  return lines.join("\n");
}

let total = 0;
const a = buildConcat(1000000);
total = (total + hashStr(a)) % 1000000007;

const b = buildTemplate(150000);
total = (total + hashStr(b) + b.length) % 1000000007;

const text = words(100000);
// split line by line: boa's split of a million-character string into 100000 pieces is
// quadratic (about 20 s) and would measure only that
const list = [];
for (const line of text.split("\n")) {
  for (const w of line.split(" ")) list.push(w);
}
let found = 0;
let at = 0;
for (let i = 0; i < list.length - 1; i++) {
  if (i % 7 === 0) {
    const window = text.slice(at, at + 400);
    if (window.indexOf(list[i]) >= 0) found++;
    if (window.includes(list[i] + " " + list[i + 1])) found++;
    if (text.lastIndexOf(list[i], at + 100) >= at) found++;
  }
  at += list[i].length + 1;
}
total = (total + found) % 1000000007;

const upper = text.slice(0, 50000).toUpperCase().replaceAll("KA", "<>");
total = (total + hashStr(upper)) % 1000000007;

const rows = [];
let row = "";
for (let i = 0; i < 60000; i++) {
  row += String(i).padStart(6, "0") + (i % 10 === 9 ? "\n" : ",");
  if (i % 10 === 9) {
    rows.push(row);
    row = "";
  }
}
const padded = rows.join("");
const lines = padded.split("\n");
total = (total + lines.length + hashStr(lines[lines.length - 2])) % 1000000007;

let rev = 0;
for (let i = 0; i < 20000; i++) {
  const w = list[i];
  let r = "";
  for (let j = w.length - 1; j >= 0; j--) r += w[j];
  if (r.startsWith("a")) rev++;
  rev += r.endsWith("k") ? 2 : 0;
}
total = (total + rev) % 1000000007;

out("lengths", a.length, b.length, text.length, "found", found, "rev", rev);
out("checksum", total);
