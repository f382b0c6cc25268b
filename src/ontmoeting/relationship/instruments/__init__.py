"""The instruments written by this project, as data files (one YAML file each). A package so that the files
ship with the wheel; load them with :func:`ontmoeting.relationship.instrument.load_instruments`."""
