import ArmorKit
print("armor-bench: not built yet")
