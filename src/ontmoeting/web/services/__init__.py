"""Services: what the routers do, without HTTP. Pages and the JSON API call the same functions."""
