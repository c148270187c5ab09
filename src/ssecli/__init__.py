"""sse: query a folder of news articles on the social and solidarity economy."""

__version__ = "0.1.0"
