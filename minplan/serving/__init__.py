"""How the app is served over HTTP: compression and the health check a load balancer asks."""
