// json: a JSON round trip. Builds an array of nested records (strings, numbers, booleans,
// nulls, arrays, objects), JSON.stringify's it (compact and indented), JSON.parse's it
// back, walks and modifies the result, and round-trips again. Measures the JSON built-ins,
// object creation with many properties and string escaping.
const out = typeof print === "function" ? print : console.log;

function makeRecords(n) {
  const recs = [];
  for (let i = 0; i < n; i++) {
    recs.push({
      id: i,
      name: "user" + i,
      email: `user${i}@example.test`,
      active: i % 3 !== 0,
      score: (i * 37) % 1000,
      ratio: (i % 17) / 4,
      tags: ["t" + (i % 5), "g" + (i % 11)],
      address: { street: i + " Main St", zip: String(10000 + (i % 90000)), geo: [i % 90, -(i % 180)] },
      note: i % 10 === 0 ? 'quote " and \\ backslash\n' : null,
    });
  }
  return recs;
}

function hashStr(s) {
  let h = 0;
  for (let i = 0; i < s.length; i += 3) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h >>> 0;
}

let total = 0;
const recs = makeRecords(4000);
for (let round = 0; round < 16; round++) {
  const text = JSON.stringify(recs);
  const back = JSON.parse(text);
  let active = 0;
  let score = 0;
  for (const r of back) {
    if (r.active) active++;
    score += r.score + r.address.geo[0] + r.tags.length;
    r.score = (r.score + round) % 1000;
  }
  const pretty = JSON.stringify(back.slice(0, 500), null, 2);
  const again = JSON.parse(pretty);
  const revived = JSON.parse(JSON.stringify(again[7]), (k, v) => (typeof v === "number" ? v + 1 : v));
  total = (total + text.length + hashStr(text) + active + score + pretty.length + revived.id) % 1000000007;
  recs[round].name = back[round].name + "!";
}
out("checksum", total);
