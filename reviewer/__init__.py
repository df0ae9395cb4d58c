"""reviewer: offline review of French legislative texts."""

__version__ = "0.1.0"
