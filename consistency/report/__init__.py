"""Report: findings -> terminal (rich), line, or JSON; and the figures table."""
