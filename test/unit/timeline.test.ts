// timeline() orders events by the days their dates cover, not by the strings: a month covers its days,
// and undated events come last with the reason. Invented events.
import { describe, expect, it } from "vitest";
import { timelineOf } from "../../src/relations.js";
import type { Event } from "../../src/index.js";

const event = (id: string, ...values: string[]): Event =>
  ({ id, name: id, kind: "meeting", date: values.map((value) => ({ value, asStated: value, derivation: "stated" })), evidence: [{ article: "a", quote: id }] }) as unknown as Event;

describe("timelineOf", () => {
  it("puts a month after the days it covers, a year after its months, and undated events last", () => {
    const order = timelineOf([event("month", "2031-06"), event("undated"), event("day-20", "2031-06-20"), event("year", "2031"), event("day-03", "2031-06-03"), event("earlier-year", "2030")]);
    expect(order.map((t) => t.event.id)).toEqual(["earlier-year", "day-03", "day-20", "month", "year", "undated"]);
    expect(order.at(-1)).toEqual(expect.objectContaining({ undated: "no text dates it" }));
  });

  it("spans the days that all sources' dates cover and shows the date that starts earliest", () => {
    const [visit, talks] = timelineOf([event("talks", "2031-06-15"), event("visit", "2031-06-15", "2031-06-14")]);
    expect(visit).toEqual(expect.objectContaining({ date: "2031-06-14", span: { start: "2031-06-14", end: "2031-06-15" } }));
    expect(visit!.event.id).toBe("visit"); // ends with the talks, began the day before
    expect(talks!.span).toEqual({ start: "2031-06-15", end: "2031-06-15" });
    // Two events on the same days: by id.
    expect(timelineOf([event("b", "2031-06-15"), event("a", "2031-06-15")]).map((t) => t.event.id)).toEqual(["a", "b"]);
  });
});
