"""A second campaign's taxonomy, for tests that nothing in code names the health campaign's labels."""

RIVER_TAXONOMY = """
[taxonomy]
key = "river-chief"
[[heads]]
key = "measure"
reported_only = true
[[heads.labels]]
key = "patrol"
name_zh = "巡河"
name_en = "River patrol"
definition = "Patrols of a river by its chief."
keywords = ["巡河"]
[[heads.labels]]
key = "dredging"
name_zh = "清淤"
name_en = "Dredging"
definition = "Removing silt."
keywords = ["清淤"]
"""
