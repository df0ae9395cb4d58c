"""Records, errors and events shared by every floor; imports nothing heavy."""
