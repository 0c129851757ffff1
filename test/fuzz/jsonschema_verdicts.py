# The second, independent implementation for the agreement test: Python's jsonschema (Debian's
# python3-jsonschema) over the same schema files. Reads JSON lines {"schema": file, "text": record text}
# on stdin, writes one verdict per line: valid, invalid or unparseable.
# Relative $refs resolve through the schemas' own $ids: a `referencing` Registry where the library has
# it (jsonschema >= 4.18), else the older RefResolver with a store. No format checker: the schemas use no
# `format` keyword, and draft 2020-12 treats format as an annotation by default.
import json, pathlib, sys
import jsonschema

schema_dir = pathlib.Path(sys.argv[1])
schemas = {p.name: json.loads(p.read_text("utf-8")) for p in schema_dir.glob("*.schema.json")}
try:
    from referencing import Registry, Resource
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas.values())
    validators = {n: jsonschema.Draft202012Validator(s, registry=registry) for n, s in schemas.items()}
except ImportError:
    store = {s["$id"]: s for s in schemas.values()}
    validators = {n: jsonschema.Draft202012Validator(s, resolver=jsonschema.RefResolver.from_schema(s, store=store)) for n, s in schemas.items()}

for line in sys.stdin:
    job = json.loads(line)
    try:
        value = json.loads(job["text"])
    except RecursionError:
        print("too-deep")  # Python's json parser stops near sys.getrecursionlimit() levels
        continue
    except ValueError:
        print("unparseable")
        continue
    try:
        print("valid" if validators[job["schema"]].is_valid(value) else "invalid")
    except RecursionError:
        print("too-deep")
