import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, positionOfPointer, readRecord, writeRecord } from "../helpers/data-copy.js";

const AGREEMENT = "norland-sudavia-trade-agreement";

describe("words-name-reference rule", () => {
  itAcceptsTheFixture("words-name-reference");

  it("reports words beside a place reference that name another place, unless the reading says so", () => {
    const { root, data } = copyOfFixture();
    const agreement = readRecord(data, "agreements", AGREEMENT);
    agreement.place[0].place = "norland";
    writeRecord(data, "agreements", AGREEMENT, agreement);
    const found = findings(check(root), "words-name-reference");
    expect(found).toEqual([
      expect.objectContaining({
        file: `data/agreements/${AGREEMENT}.json`,
        ...positionOfPointer(data, "agreements", AGREEMENT, "/place/0/asStated"),
        pointer: "/place/0/asStated",
        message: '"in Velo" does not name the place "norland": none of its name forms occurs in it',
      }),
    ]);
    expect(found[0]!.hint).toContain('"certainty": "interpretation"');

    agreement.place[0].certainty = "interpretation";
    agreement.place[0].note = "Velo stands for the country here.";
    writeRecord(data, "agreements", AGREEMENT, agreement);
    expect(findings(check(root), "words-name-reference")).toEqual([]);
  });

  it("reports a photo credit and a post author that do not name the organization they refer to", () => {
    const { root, data } = copyOfFixture();
    const lantern = readRecord(data, "articles", "lantern-report");
    lantern.captions[0].credit.organization = "daily-lantern";
    writeRecord(data, "articles", "lantern-report", lantern);
    const wire = readRecord(data, "articles", "velo-wire");
    wire.posts[1].author.organization = "sudavia-presidency";
    writeRecord(data, "articles", "velo-wire", wire);
    expect(findings(check(root), "words-name-reference").map((d) => [d.file, d.line, d.column, d.pointer, d.message])).toEqual([
      ["data/articles/lantern-report.json", ...Object.values(positionOfPointer(data, "articles", "lantern-report", "/captions/0/credit/asStated")), "/captions/0/credit/asStated", '"photo: Sudavia Presidency" does not name the organization "daily-lantern": none of its name forms occurs in it'],
      ["data/articles/velo-wire.json", ...Object.values(positionOfPointer(data, "articles", "velo-wire", "/posts/1/author/asStated")), "/posts/1/author/asStated", '"Presidencia Sudavia" and "@PresidenciaSudavia" do not name the organization "sudavia-presidency": none of its name forms occurs in them'],
    ]);
  });

  it("reports a stated group member whose words do not name the person linked", () => {
    const { root, data } = copyOfFixture();
    const group = readRecord(data, "groups", "norland-delegation");
    group.members[1].person = "anna-berg";
    writeRecord(data, "groups", "norland-delegation", group);
    expect(findings(check(root), "words-name-reference").map((d) => [d.line, d.column, d.pointer, d.message])).toEqual([
      [...Object.values(positionOfPointer(data, "groups", "norland-delegation", "/members/1/asStated")), "/members/1/asStated", '"Foreign Minister Lena Ostrova" does not name the person "anna-berg": none of its name forms occurs in it'],
    ]);
  });

  it("reads a place standing for something else from one of its own name forms", () => {
    const { root, data } = copyOfFixture();
    const velo = readRecord(data, "places", "velo");
    velo.standsFor = [
      { asStated: "Velo", country: "XS", certainty: "interpretation", note: "The capital for the government." },
      { asStated: "Sudavia", country: "XS", certainty: "interpretation", note: "Not a form of Velo's name." },
    ];
    writeRecord(data, "places", "velo", velo);
    expect(findings(check(root), "words-name-reference").map((d) => [d.file, d.line, d.column, d.pointer, d.message])).toEqual([
      ["data/places/velo.json", ...Object.values(positionOfPointer(data, "places", "velo", "/standsFor/1/asStated")), "/standsFor/1/asStated", 'the place\'s name is read as standing for something else, but "Sudavia" is not one of its name forms'],
    ]);
  });
});
