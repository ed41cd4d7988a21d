"""The PySide6 client of the services. Nothing in here touches the database directly."""
