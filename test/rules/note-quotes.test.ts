import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";
import { quotedWords } from "../../src/check/rules/note-quotes.js";

/** Sets a note of the group norland-delegation (which cites only lantern-report) and checks the copy. */
function withNote(pointer: "/notes" | "/members/0/note", note: string) {
  const { root, data } = copyOfFixture();
  const group = readRecord(data, "groups", "norland-delegation");
  if (pointer === "/notes") group.notes = [note];
  else group.members[0].note = note;
  writeRecord(data, "groups", "norland-delegation", group);
  return { data, found: findings(check(root), "note-quotes") };
}

describe("note-quotes rule", () => {
  itAcceptsTheFixture("note-quotes");

  it("reports words in quotation marks that no cited article says, at the note, with a hint", () => {
    const { data, found } = withNote("/notes", 'The report calls them "the trade team" and says they "came with her".');
    expect(found).toEqual([
      {
        file: "data/groups/norland-delegation.json",
        ...positionOfPointer(data, "groups", "norland-delegation", "/notes/0"),
        pointer: "/notes/0",
        severity: "error",
        rule: "note-quotes",
        message: 'the note quotes "the trade team", which no article this record cites (or the note names) says (lantern-report)',
        hint: "quote the text's own words exactly (copy them from the seed), or drop the quotation marks; put field names and values in backticks",
      },
    ]);
  });

  it("checks a value's note too, and finds its words as the near-miss rules do (white space, quote and dash style)", () => {
    expect(withNote("/members/0/note", 'She said “Trade builds  bridges between our nations,” and "Velo is sunny".').found.map((d) => [d.pointer, d.message])).toEqual([
      ["/members/0/note", 'the note quotes "Velo is sunny", which no article this record cites (or the note names) says (lantern-report)'],
    ]);
  });

  it("lets a note quote an article it names by id, and no other", () => {
    expect(withNote("/notes", 'Article velo-wire says "Ruiz will visit Norland".').found).toEqual([]);
    expect(withNote("/notes", 'Another report says "Ruiz will visit Norland".').found.map((d) => d.message)).toEqual([
      'the note quotes "Ruiz will visit Norland", which no article this record cites (or the note names) says (lantern-report)',
    ]);
  });

  it("takes the words between double quotation marks, straight or curly, each run between ellipses on its own", () => {
    expect(quotedWords('a "b c" d “e … f” and \'g\' and "h...i"')).toEqual(["b c", "e", "f", "h", "i"]);
  });
});
