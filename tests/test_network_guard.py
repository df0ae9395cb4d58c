"""The guard that keeps every test offline must itself work."""

import socket

import pytest
from helpers import NetworkAttempt


def test_connecting_to_any_host_fails_the_test():
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("127.0.0.1", 9))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkAttempt):
        sock.connect(("10.0.0.1", 80))


def test_name_lookups_fail_the_test():
    with pytest.raises(NetworkAttempt):
        socket.getaddrinfo("example.org", 443)
