"""The database: SQLAlchemy tables, sessions and Alembic migrations (SQLite by default, PostgreSQL by URL)."""
