"""The ``newsfacts`` command line."""
