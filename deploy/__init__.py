"""Running Min plan as a service: the nginx site, the web fonts build, a local cluster for tests."""
