// deeply mixed object/array patterns
// spec: [language.destructuring.binding]
var data = {
  users: [
    { id: 1, name: "ann", tags: ["admin", "dev"] },
    { id: 2, name: "bob", tags: [] },
  ],
  meta: { total: 2, page: { n: 1 } },
};
var {
  users: [{ name: firstName, tags: [firstTag, secondTag = "none"] }, { tags: [bobTag = "no tags"] }],
  meta: { total, page: { n: pageNum, size = 10 } },
} = data;
print(firstName, firstTag, secondTag, bobTag, total, pageNum, size);
var names = data.users.map(({ name, tags: { length } }) => name + length);
print(names.join(","));
var [{ id }, { id: id2 } = {}, { id: id3 } = { id: "dflt" }] = data.users;
print(id, id2, id3);
