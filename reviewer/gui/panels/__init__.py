"""The window's side panels: each presents one thing and calls the facade through `Calls`."""
