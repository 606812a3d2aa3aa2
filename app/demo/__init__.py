"""Demo data: a realistic care household, a supervisor's store, and large stores
for the benchmarks.

- ``household.fill``: the demo household of ``thuisboek demo`` (``family``,
  ``logs``, ``contacts``, ``milestones``);
- ``supervisor.fill_supervisor``: several households as a supervisor pulls them;
- ``bulk.fill_large``: many years of short logs, to measure the app.

Their words come from ``resources/demo/<language>.json`` (``phrases``). The same
seed gives the same records in every language.
"""
