// An article's supplied outlet (`document.outlet`) is linked to the organization record that has its name:
// add-source links it when the record exists, the outlet-link rule reports it when the record came later,
// and fix links it. One matcher for the three.

/** The names an organization record answers to: its `name` and each of its `nameForms`. */
export function organizationNames(value: unknown): string[] {
  const { name, nameForms } = (value ?? {}) as { name?: unknown; nameForms?: unknown };
  return [name, ...(Array.isArray(nameForms) ? nameForms : [])].filter((n): n is string => typeof n === "string" && n !== "");
}

/** The organizations by each name they answer to. */
export class OrganizationsByName {
  private readonly ids = new Map<string, Set<string>>();

  add(id: string, value: unknown): void {
    for (const name of organizationNames(value)) {
      const set = this.ids.get(name) ?? new Set<string>();
      this.ids.set(name, set.add(id));
    }
  }

  /** The ids of the organizations with exactly this name or name form, in id order. */
  named(name: string): string[] {
    return [...(this.ids.get(name) ?? [])].sort();
  }
}

/** The supplied outlet's name when it is not linked to an organization record; undefined otherwise. */
export function unlinkedOutlet(article: unknown): string | undefined {
  const outlet = (article as { document?: { outlet?: { name?: unknown; organization?: unknown } } } | null)?.document?.outlet;
  return outlet && typeof outlet.name === "string" && outlet.organization === undefined ? outlet.name : undefined;
}
