"""Rules: YAML rule files -> findings (loader, check primitives, engine, self-test)."""
