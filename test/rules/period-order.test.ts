import { describe, expect, it } from "vitest";
import { check, copyOfFixture, findings, itAcceptsTheFixture, readRecord, writeRecord } from "../helpers/data-copy.js";

/** Piet Halden's first role that has a period, with its index. */
function rolePeriod(person: Record<string, any>): number {
  const index = person.roles.findIndex((r: Record<string, unknown>) => r.period);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

describe("period-order rule", () => {
  itAcceptsTheFixture("period-order");

  it("reports a period that ends before it starts, at its end", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "piet-halden");
    const i = rolePeriod(person);
    person.roles[i].period.start = "2019";
    person.roles[i].period.end = "2018-12-31";
    writeRecord(data, "people", "piet-halden", person);
    expect(findings(check(root), "period-order").map((d) => [d.pointer, d.message])).toEqual([[`/roles/${i}/period/end`, "period ends (2018-12-31) before it starts (2019)"]]);
  });

  it("compares bounds at the precision both give, and accepts an open bound", () => {
    const { root, data } = copyOfFixture();
    const person = readRecord(data, "people", "piet-halden");
    const i = rolePeriod(person);
    person.roles[i].period.start = "2018-05";
    person.roles[i].period.end = "2018";
    writeRecord(data, "people", "piet-halden", person);
    expect(findings(check(root), "period-order")).toEqual([]);
    delete person.roles[i].period.end;
    writeRecord(data, "people", "piet-halden", person);
    expect(findings(check(root), "period-order")).toEqual([]);
  });
});
